#include "app/historycommand.h"

#include "app/commandlinecredentials.h"
#include "app/diffcommand.h"
#include "app/exitcode.h"
#include "app/exportcommand.h"
#include "app/standardoutput.h"
#include "models/connections/profilestore.h"
#include "models/core/orchestrationdiff.h"
#include "models/history/historystore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace {

/// The translation context of this file's messages (lupdate reads the macro).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(HistoryCommand)
};

QString stamp(const QDateTime &when)
{
    return when.toUTC().toString(Qt::ISODate);
}

void complain(const QString &message)
{
    QTextStream(stderr) << QCoreApplication::applicationName() << ": " << message << Qt::endl;
}

int listHistory(const HistoryListing &listing)
{
    QString text;
    for (const HistoryEntry &entry : listing.entries) {
        text += stamp(entry.takenAt) + QLatin1String("  ")
            + QCoreApplication::translate(
                "HistoryCommand", "%n orchestration(s)", nullptr, entry.recordCount);
        if (entry.first)
            text += QLatin1String("  ") + Text::tr("(first)");
        else
            text += QStringLiteral("  +%1 -%2 ~%3")
                        .arg(entry.addedCount())
                        .arg(entry.removedCount())
                        .arg(entry.changedCount());
        text += QLatin1Char('\n');
    }
    return printStandardOutput(text.toUtf8()) ? int(ExitCode::Ok) : int(ExitCode::OutputFailure);
}

int diffHistory(
    const HistoryStore &store, const HistoryListing &listing, const HistoryArguments &parsed)
{
    if (listing.entries.isEmpty()) {
        complain(Text::tr("The history of \"%1\" holds no snapshot yet.").arg(parsed.profileName));
        return int(DiffExitCode::UnreadableInput);
    }
    const HistoryEntry *base = listing.newestAtOrBefore(parsed.since);
    if (!base) {
        complain(Text::tr("No snapshot was taken at or before %1; the oldest is from %2.")
                     .arg(stamp(parsed.since), stamp(listing.entries.first().takenAt)));
        return int(DiffExitCode::UnreadableInput);
    }
    const HistoryEntry &newest = listing.entries.last();
    QString error;
    const std::optional<SnapshotFile> before = store.load(*base, &error);
    const std::optional<SnapshotFile> after =
        before ? store.load(newest, &error) : std::optional<SnapshotFile>();
    if (!before || !after) {
        complain(error);
        return int(DiffExitCode::UnreadableInput);
    }
    complain(Text::tr("note: comparing the snapshot of %1 with the newest, of %2.")
                 .arg(stamp(base->takenAt), stamp(newest.takenAt)));
    return printDiff(
        OrchestrationDiff::compare(before->document.records, after->document.records), parsed.json);
}

} // namespace

QDateTime parseHistoryDate(const QString &text)
{
    // QDate reads the date part of a date-time too: a date alone is exactly ten characters.
    if (text.size() == 10)
        return QDate::fromString(text, Qt::ISODate).startOfDay();
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

HistoryArguments parseHistoryArguments(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr(
        "The local change history of a connection profile: snapshots of all its "
        "orchestrations, recorded by complete loads and exports (when the profile keeps a "
        "history) or by 'history record'.\n"
        "  list     the snapshots: when, how many orchestrations, +added -removed ~changed\n"
        "  record   load all orchestrations and record them (for a scheduled job)\n"
        "  diff     the differences since --since, as 'diff' prints them\n"
        "Exit codes: list and record as export (0 ok, 2 usage, 3 authentication, 4 server "
        "or data, 5 output); diff as diff (0 no differences, 1 differences, 2 usage, 4 no "
        "snapshot or unreadable)."));
    const QCommandLineOption help(
        {QStringLiteral("h"), QStringLiteral("help")}, Text::tr("Show this help."));
    const QCommandLineOption profile(QStringLiteral("profile"),
        Text::tr("The saved connection profile whose history to use."), Text::tr("name"));
    const QCommandLineOption since(QStringLiteral("since"),
        Text::tr(
            "diff: compare the newest snapshot taken at or before this date (2026-11-01) or "
            "date-time (2026-11-01T09:30, local time unless a zone is given) with the newest."),
        Text::tr("date"));
    const QCommandLineOption json(QStringLiteral("json"),
        Text::tr("diff: print the differences as JSON instead of a summary."));
    parser.addOptions({help, profile, since, json});
    parser.addPositionalArgument(QStringLiteral("list|record|diff"), Text::tr("What to do."));

    HistoryArguments result;
    if (!parser.parse(QStringList {QStringLiteral("history")} + arguments)) {
        result.error = parser.errorText();
        return result;
    }
    if (parser.isSet(help)) {
        const QString text = parser.helpText();
        result.helpText =
            Text::tr(
                "Usage: orchestration-console history list|record|diff --profile NAME [--since "
                "DATE] [--json]")
            + text.mid(text.indexOf(QLatin1Char('\n')));
        return result;
    }
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    if (positional.size() != 1
        || (action != QLatin1String("list") && action != QLatin1String("record")
            && action != QLatin1String("diff"))) {
        result.error = Text::tr("history needs one of list, record or diff.");
        return result;
    }
    result.action = action == QLatin1String("list") ? HistoryArguments::Action::List
        : action == QLatin1String("record")         ? HistoryArguments::Action::Record
                                                    : HistoryArguments::Action::Diff;
    result.profileName = parser.value(profile).trimmed();
    if (result.profileName.isEmpty()) {
        result.error = Text::tr("history needs --profile NAME.");
        return result;
    }
    result.json = parser.isSet(json);
    if (result.action == HistoryArguments::Action::Diff) {
        if (!parser.isSet(since)) {
            result.error = Text::tr("history diff needs --since DATE.");
            return result;
        }
        result.since = parseHistoryDate(parser.value(since));
        if (!result.since.isValid()) {
            result.error = Text::tr("\"%1\" is not a date (2026-11-01) or date-time "
                                    "(2026-11-01T09:30).")
                               .arg(parser.value(since));
            return result;
        }
    } else if (parser.isSet(since) || result.json) {
        result.error = Text::tr("--since and --json are for history diff only.");
    }
    return result;
}

int runHistoryCommand(const QStringList &arguments)
{
    const HistoryArguments parsed = parseHistoryArguments(arguments);
    if (!parsed.helpText.isEmpty())
        return printStandardOutput(parsed.helpText.toUtf8()) ? int(ExitCode::Ok)
                                                             : int(ExitCode::OutputFailure);
    if (!parsed.error.isEmpty()) {
        complain(parsed.error);
        QTextStream(stderr) << Text::tr("Try 'orchestration-console history --help'.") << Qt::endl;
        return int(ExitCode::Usage);
    }
    if (parsed.action == HistoryArguments::Action::Record) {
        ExportOptions options;
        options.profileName = parsed.profileName;
        options.allPages = true;
        options.recordOnly = true;
        return runExport(options, CommandLineCredentials::takeFromEnvironment());
    }

    QString error;
    const std::optional<ConnectionProfile> profile =
        ProfileStore().findUsable(parsed.profileName, &error);
    if (!profile) {
        complain(error);
        return int(ExitCode::Usage);
    }
    const HistoryStore store(HistoryStore::folderFor(profile->id));
    const HistoryListing listing = store.list();
    if (!listing.error.isEmpty()) {
        complain(listing.error);
        return int(ExitCode::RemoteFailure);
    }
    for (const QString &problem : listing.problems)
        complain(Text::tr("warning: %1").arg(problem));
    if (parsed.action == HistoryArguments::Action::List)
        return listHistory(listing);
    return diffHistory(store, listing, parsed);
}
