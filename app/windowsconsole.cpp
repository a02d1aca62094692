#include "app/windowsconsole.h"

#include <QtGlobal>

#ifdef Q_OS_WIN
#include <cstdio>
#include <windows.h>

namespace {

/// Whether the standard stream @p which already goes somewhere (a redirect, a pipe, a console).
bool hasStream(DWORD which)
{
    const HANDLE handle = GetStdHandle(which);
    return handle != nullptr && handle != INVALID_HANDLE_VALUE
        && GetFileType(handle) != FILE_TYPE_UNKNOWN;
}

} // namespace

void attachToParentConsole()
{
    const bool needsOut = !hasStream(STD_OUTPUT_HANDLE);
    const bool needsErr = !hasStream(STD_ERROR_HANDLE);
    if (!needsOut && !needsErr)
        return;
    // Fails when the parent has no console (started from Explorer): nothing to print to.
    if (!AttachConsole(ATTACH_PARENT_PROCESS))
        return;
    if (needsOut && std::freopen("CONOUT$", "w", stdout) != nullptr)
        std::setvbuf(stdout, nullptr, _IONBF, 0);
    if (needsErr && std::freopen("CONOUT$", "w", stderr) != nullptr)
        std::setvbuf(stderr, nullptr, _IONBF, 0);
}
#else
void attachToParentConsole() { }
#endif
