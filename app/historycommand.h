#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

/// The command line of `history`, read: which subcommand, for which profile, or help, or why
/// it is wrong.
struct HistoryArguments
{
    enum class Action { List, Record, Diff };
    Action action = Action::List;
    QString profileName;
    QDateTime since; ///< diff: the snapshot at or before this is compared with the newest
    bool json = false;
    QString helpText;
    QString error; ///< set when the command line is wrong (exit code 2)
};

/// Reads the arguments that follow `history`. Pure: touches no file.
HistoryArguments parseHistoryArguments(const QStringList &arguments);

/**
 * "2026-11-01" (the start of that day, local time) or an ISO 8601 date-time ("2026-11-01T09:30",
 * local time unless it names a zone: "2026-11-01T09:30Z", "...+01:00"); invalid otherwise.
 */
QDateTime parseHistoryDate(const QString &text);

/**
 * Runs `orchestration-console history list|record|diff --profile NAME`: lists the profile's
 * snapshots, records one (loading all pages as `export --profile` does, for a scheduled job),
 * or prints the differences between the newest snapshot taken at or before --since and the
 * newest one, as `diff` prints them. Damaged snapshot files are named on standard error and
 * skipped. Exit codes: list and record as `export` (ExitCode), diff as `diff` (DiffExitCode).
 */
int runHistoryCommand(const QStringList &arguments);
