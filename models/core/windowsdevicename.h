#pragma once

#include <QString>

/**
 * Whether Windows reads @p path as a device rather than a file: the reserved names CON, PRN,
 * AUX, NUL, COM0-9, LPT0-9, CONIN$ and CONOUT$ in any folder, in any case, with or without an
 * extension or trailing dots and spaces ("nul.json" is NUL), and anything under "\\.\".
 * Writing to one must go straight through: a temporary file renamed over it would fail.
 * Pure string logic, so it is tested on every platform.
 */
bool isWindowsDeviceName(const QString &path);
