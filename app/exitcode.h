#pragma once

#include "models/client/apierror.h"

/// What `orchestration-console export` (and later subcommands) return to the shell.
enum class ExitCode : int {
    Ok = 0,
    Usage = 2, ///< the command line is wrong: nothing was sent
    Auth = 3, ///< authentication or authorization failed
    RemoteFailure = 4, ///< server, network or data error after retries
    OutputFailure = 5, ///< the output could not be written
};

/// The exit code that tells a script what kind of failure @p error is.
ExitCode exitCodeFor(const ApiError &error);
