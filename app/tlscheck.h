#pragma once

#include <QString>

/// Empty when TLS works; otherwise a translated sentence saying what is missing and what to do.
QString tlsProblem();

/**
 * Says at start, not at the first sign-in, when this build cannot speak TLS (a package that
 * lost its TLS backend plugin, or no OpenSSL): one line on stderr, and in the window a
 * non-modal warning once the event loop runs, so scripted and --screenshot runs go on.
 */
void warnIfTlsMissing(bool inWindow);
