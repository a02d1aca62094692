#include "app/diffcommand.h"

#include "app/standardoutput.h"
#include "models/core/orchestrationdiff.h"
#include "models/core/snapshotfile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QTextStream>

namespace {

/// The translation context of this file's messages (lupdate reads the macro).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DiffCommand)
};

} // namespace

DiffArguments parseDiffArguments(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr(
        "Compares two exported files (or raw API page responses): orchestrations added, "
        "removed and changed, and for each changed one the fields that differ. Records are "
        "matched by id; key order and number spelling alone are no change; bots and agents "
        "are matched by their ids, and a new order of the same ids is reported.\n"
        "Exit codes: 0 no differences, 1 differences, 2 usage, 4 a file cannot be read or "
        "the result cannot be written."));
    const QCommandLineOption help(
        {QStringLiteral("h"), QStringLiteral("help")}, Text::tr("Show this help."));
    const QCommandLineOption json(
        QStringLiteral("json"), Text::tr("Print the differences as JSON instead of a summary."));
    parser.addOptions({help, json});
    parser.addPositionalArgument(QStringLiteral("A.json"), Text::tr("The older file."));
    parser.addPositionalArgument(QStringLiteral("B.json"), Text::tr("The newer file."));

    DiffArguments result;
    if (!parser.parse(QStringList {QStringLiteral("diff")} + arguments)) {
        result.error = parser.errorText();
        return result;
    }
    if (parser.isSet(help)) {
        const QString text = parser.helpText();
        result.helpText = Text::tr("Usage: orchestration-console diff [--json] A.json B.json")
            + text.mid(text.indexOf(QLatin1Char('\n')));
        return result;
    }
    const QStringList files = parser.positionalArguments();
    if (files.size() != 2) {
        result.error = files.size() < 2
            ? Text::tr("diff needs two files: the older and the newer.")
            : Text::tr("diff compares two files, not %1.").arg(files.size());
        return result;
    }
    result.before = files.at(0);
    result.after = files.at(1);
    result.json = parser.isSet(json);
    return result;
}

int runDiffCommand(const QStringList &arguments)
{
    QTextStream err(stderr);
    const QString program = QCoreApplication::applicationName();
    const DiffArguments parsed = parseDiffArguments(arguments);
    if (!parsed.helpText.isEmpty()) {
        return int(printStandardOutput(parsed.helpText.toUtf8()) ? DiffExitCode::NoDifferences
                                                                 : DiffExitCode::UnreadableInput);
    }
    if (!parsed.error.isEmpty()) {
        err << program << ": " << parsed.error << Qt::endl
            << Text::tr("Try 'orchestration-console diff --help'.") << Qt::endl;
        return int(DiffExitCode::Usage);
    }

    QString error;
    const std::optional<SnapshotFile> before = SnapshotFile::read(parsed.before, &error);
    if (!before) {
        err << program << ": " << error << Qt::endl;
        return int(DiffExitCode::UnreadableInput);
    }
    const std::optional<SnapshotFile> after = SnapshotFile::read(parsed.after, &error);
    if (!after) {
        err << program << ": " << error << Qt::endl;
        return int(DiffExitCode::UnreadableInput);
    }
    for (const SnapshotFile *file : {&*before, &*after}) {
        for (const QString &warning : file->warnings)
            err << program << ": " << Text::tr("note: %1: %2").arg(file->path, warning) << Qt::endl;
    }
    if (before->hasFullRecords() != after->hasFullRecords())
        err << program << ": "
            << Text::tr(
                   "note: one file holds full records and the other only columns; most records "
                   "will differ for that reason alone.")
            << Qt::endl;

    return printDiff(
        OrchestrationDiff::compare(before->document.records, after->document.records), parsed.json);
}

int printDiff(const OrchestrationDiff &diff, bool json)
{
    const QByteArray text = json ? QJsonDocument(diff.toJson()).toJson(QJsonDocument::Indented)
                                 : diff.toText().toUtf8();
    // A comparison the reader never got is no answer: exit 0 or 1 would claim one.
    if (!printStandardOutput(text))
        return int(DiffExitCode::UnreadableInput);
    return int(diff.isEmpty() ? DiffExitCode::NoDifferences : DiffExitCode::Differences);
}
