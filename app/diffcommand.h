#pragma once

#include <QString>
#include <QStringList>
#include <optional>

/// What `orchestration-console diff` returns to the shell.
enum class DiffExitCode : int {
    NoDifferences = 0,
    Differences = 1,
    Usage = 2,
    UnreadableInput = 4, ///< a file cannot be read or is not an export or API page, or the
                         ///< result could not be written to standard output
};

/// The command line of `diff`, read: the two files and the output form, or help, or an error.
struct DiffArguments
{
    QString before; ///< the older file (A)
    QString after; ///< the newer file (B)
    bool json = false;
    QString helpText;
    QString error; ///< set when the command line is wrong
};

/// Reads the arguments that follow `diff`. Pure: touches no file.
DiffArguments parseDiffArguments(const QStringList &arguments);

/**
 * Runs `orchestration-console diff A.json B.json [--json]`: reads two exports (or raw API
 * pages), compares them with OrchestrationDiff and prints the differences on standard output,
 * a readable summary or, with --json, a stable JSON structure. Messages about the files go
 * to standard error. Returns the exit code (DiffExitCode).
 */
int runDiffCommand(const QStringList &arguments);

class OrchestrationDiff;
/// Prints @p diff on standard output, a summary or (@p json) the JSON document; the exit code
/// (DiffExitCode) that says whether there are differences.
int printDiff(const OrchestrationDiff &diff, bool json);
