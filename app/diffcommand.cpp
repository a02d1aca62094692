#include "app/diffcommand.h"

#include "app/commandlinecredentials.h"
#include "app/standardoutput.h"
#include "models/connections/profileloader.h"
#include "models/connections/profilestore.h"
#include "models/connections/secretstore.h"
#include "models/core/snapshotfile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QTextStream>
#include <QTimer>
#include <cstdio>
#ifdef Q_OS_WIN
#include <io.h>
#define isatty _isatty
#define fileno _fileno
#else
#include <unistd.h>
#endif

namespace {

/// The translation context of this file's messages (lupdate reads the macro).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DiffCommand)
};

const QString kProfile = QStringLiteral("profile");
const QString kMatch = QStringLiteral("match");

/**
 * The sides in the order the command line gives them: QCommandLineParser keeps the order of
 * the files and of the profiles, not how they interleave ("diff a.json --profile B").
 */
QList<DiffSide> sidesInOrder(
    const QStringList &arguments, const QStringList &files, const QStringList &profiles)
{
    QList<DiffSide> sides;
    qsizetype nextFile = 0;
    qsizetype nextProfile = 0;
    bool optionsEnded = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (!optionsEnded && argument == QLatin1String("--")) {
            optionsEnded = true;
        } else if (!optionsEnded && argument.startsWith(QLatin1Char('-')) && argument.size() > 1) {
            const bool takesValue =
                argument == QLatin1String("--profile") || argument == QLatin1String("--match");
            if (argument == QLatin1String("--profile")
                || argument.startsWith(QLatin1String("--profile="))) {
                if (nextProfile < profiles.size())
                    sides.append({{}, profiles.at(nextProfile++)});
            }
            if (takesValue)
                ++i;
        } else if (nextFile < files.size()) {
            sides.append({files.at(nextFile++), {}});
        }
    }
    return sides;
}

} // namespace

DiffArguments parseDiffArguments(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr(
        "Compares two sides, each an exported file (or raw API page response) or the live "
        "orchestrations of a saved connection profile: orchestrations added, removed and "
        "changed, and for each changed one the fields that differ. The first side given is "
        "the older. Records are matched by id (or by name with --match name); key order "
        "and number spelling alone are no change; bots and agents are matched by their "
        "ids, and a new order of the same ids is reported.\n"
        "Exit codes: 0 no differences, 1 differences, 2 usage, 4 a side cannot be read or "
        "loaded, or the result cannot be written."));
    const QCommandLineOption help(
        {QStringLiteral("h"), QStringLiteral("help")}, Text::tr("Show this help."));
    const QCommandLineOption json(
        QStringLiteral("json"), Text::tr("Print the differences as JSON instead of a summary."));
    const QCommandLineOption profile(kProfile,
        Text::tr("A side: every orchestration of the saved connection profile NAME, loaded live "
                 "with its secret from the system keychain. Given twice, compares two tenants."),
        Text::tr("NAME"));
    const QCommandLineOption match(kMatch,
        Text::tr("Pair records by id (default) or by name: the same orchestration has different "
                 "ids in two tenants. By name, ids are not compared, and a name that several "
                 "records of one side carry is reported, not paired."),
        Text::tr("id|name"));
    parser.addOptions({help, json, profile, match});
    parser.addPositionalArgument(QStringLiteral("A.json"), Text::tr("The older file."));
    parser.addPositionalArgument(QStringLiteral("B.json"), Text::tr("The newer file."));

    DiffArguments result;
    if (!parser.parse(QStringList {QStringLiteral("diff")} + arguments)) {
        result.error = parser.errorText();
        return result;
    }
    if (parser.isSet(help)) {
        const QString text = parser.helpText();
        result.helpText = Text::tr("Usage: orchestration-console diff [--json] [--match id|name] "
                                   "A.json|--profile A B.json|--profile B")
            + text.mid(text.indexOf(QLatin1Char('\n')));
        return result;
    }
    const QStringList files = parser.positionalArguments();
    const QStringList profiles = parser.values(profile);
    for (const QString &name : profiles) {
        if (name.trimmed().isEmpty()) {
            result.error = Text::tr("--profile needs the name of a saved connection profile.");
            return result;
        }
    }
    const qsizetype sides = files.size() + profiles.size();
    if (sides != 2) {
        result.error = sides < 2
            ? Text::tr("diff needs two files, two profiles (--profile NAME), or one of each.")
            : Text::tr("diff compares two sides, not %1.").arg(sides);
        return result;
    }
    if (parser.isSet(match)) {
        const auto chosen = OrchestrationDiff::matchFromName(parser.value(match).trimmed());
        if (!chosen) {
            result.error =
                Text::tr("--match takes id or name, not \"%1\".").arg(parser.value(match));
            return result;
        }
        result.match = *chosen;
    }
    const QList<DiffSide> ordered = sidesInOrder(arguments, files, profiles);
    if (ordered.size() != 2) {
        result.error =
            Text::tr("diff needs two files, two profiles (--profile NAME), or one of each.");
        return result;
    }
    result.before = ordered.at(0);
    result.after = ordered.at(1);
    result.json = parser.isSet(json);
    return result;
}

DiffCommand::DiffCommand(const DiffArguments &arguments, const QString &environmentSecret,
    QTextStream &log, bool logIsTerminal, QObject *parent)
    : QObject(parent)
    , m_arguments(arguments)
    , m_environmentSecret(environmentSecret)
    , m_log(log)
    , m_logIsTerminal(logIsTerminal)
{
    m_sides[0].source = arguments.before;
    m_sides[1].source = arguments.after;
}

DiffCommand::~DiffCommand() = default;

void DiffCommand::start()
{
    QTimer::singleShot(0, this, &DiffCommand::begin);
}

void DiffCommand::fail(const QString &message, DiffExitCode code)
{
    if (m_progressShown) {
        m_log << Qt::endl;
        m_progressShown = false;
    }
    m_log << QCoreApplication::applicationName() << ": " << message << Qt::endl;
    finish(code);
}

bool DiffCommand::readFile(Side &side)
{
    QString error;
    const std::optional<SnapshotFile> file = SnapshotFile::read(side.source.file, &error);
    if (!file) {
        fail(error, DiffExitCode::UnreadableInput);
        return false;
    }
    for (const QString &warning : file->warnings)
        m_log << QCoreApplication::applicationName() << ": "
              << tr("note: %1: %2").arg(file->path, warning) << Qt::endl;
    side.records = file->document.records;
    side.fullRecords = file->hasFullRecords();
    return true;
}

void DiffCommand::startProfile(Side &side, const ConnectionProfile &profile)
{
    auto *loader = new ProfileLoader(profile, m_secrets, this);
    const bool oneProfile = !m_sides[0].source.isProfile() || !m_sides[1].source.isProfile();
    if (oneProfile && !m_environmentSecret.isEmpty())
        loader->setClientSecret(m_environmentSecret);
    side.loader = loader;
    connect(loader, &ProfileLoader::progress, this, &DiffCommand::reportProgress);
    connect(loader, &ProfileLoader::finished, this, &DiffCommand::onLoaderFinished);
}

void DiffCommand::begin()
{
    // Files first: a file that cannot be read fails the run before anything is sent.
    for (Side &side : m_sides) {
        if (!side.source.isProfile() && !readFile(side))
            return;
    }
    std::unique_ptr<ProfileStore> ownProfiles;
    ProfileStore *profiles = m_profiles;
    if (!profiles) {
        ownProfiles = std::make_unique<ProfileStore>();
        profiles = ownProfiles.get();
    }
    QList<ConnectionProfile> chosen;
    for (const Side &side : m_sides) {
        if (!side.source.isProfile())
            continue;
        QString why;
        const std::optional<ConnectionProfile> profile =
            profiles->findUsable(side.source.profile, &why);
        if (!profile)
            return fail(why, DiffExitCode::Usage);
        chosen.append(*profile);
    }
    if (chosen.isEmpty())
        return compare();
    if (!m_secrets)
        m_secrets = new SecretStore(this);
    qsizetype next = 0;
    for (Side &side : m_sides) {
        if (side.source.isProfile())
            startProfile(side, chosen.at(next++));
    }
    // Both tenants load at once: the slower one sets the pace, not the sum.
    for (Side &side : m_sides) {
        if (side.loader)
            side.loader->start();
    }
}

void DiffCommand::reportProgress()
{
    if (!m_logIsTerminal)
        return;
    QStringList parts;
    for (const Side &side : m_sides) {
        if (!side.loader)
            continue;
        parts.append(tr("%1 %2 of %3")
                         .arg(side.source.profile)
                         .arg(side.loader->loadedCount())
                         .arg(side.loader->totalCount()));
    }
    m_log << '\r' << tr("Loading orchestrations: %1").arg(parts.join(QStringLiteral(", ")))
          << Qt::flush;
    m_progressShown = true;
}

void DiffCommand::onLoaderFinished()
{
    if (m_finished)
        return;
    for (Side &side : m_sides) {
        if (!side.loader || side.loader->isRunning())
            continue;
        if (side.loader->failure() != ProfileLoader::Failure::None) {
            const QString message = side.loader->errorText();
            // The other tenant's load is pointless now: stop it rather than wait for it.
            for (Side &other : m_sides) {
                if (other.loader && other.loader->isRunning()) {
                    other.loader->disconnect(this);
                    other.loader->cancel();
                }
            }
            return fail(message, DiffExitCode::UnreadableInput);
        }
    }
    for (const Side &side : m_sides) {
        if (side.loader && side.loader->isRunning())
            return;
    }
    for (Side &side : m_sides) {
        if (!side.loader)
            continue;
        side.records = side.loader->records();
        for (const QString &warning : side.loader->warnings())
            m_log << QCoreApplication::applicationName() << ": "
                  << tr("note: %1: %2").arg(side.source.profile, warning) << Qt::endl;
    }
    compare();
}

void DiffCommand::compare()
{
    if (m_progressShown) {
        m_log << Qt::endl;
        m_progressShown = false;
    }
    if (m_sides[0].fullRecords != m_sides[1].fullRecords)
        m_log << QCoreApplication::applicationName() << ": "
              << tr("note: one file holds full records and the other only columns; most records "
                    "will differ for that reason alone.")
              << Qt::endl;

    const OrchestrationDiff diff =
        OrchestrationDiff::compare(m_sides[0].records, m_sides[1].records, m_arguments.match);
    finish(DiffExitCode(printDiff(diff, m_arguments.json)));
}

void DiffCommand::finish(DiffExitCode code)
{
    if (m_finished)
        return;
    m_finished = true;
    // A token issued during the run is still on its way to the keychain: let it arrive, so
    // the next run reuses it. Every keychain job has a timeout, so this wait ends.
    if (m_secrets && m_secrets->isBusy()) {
        connect(
            m_secrets, &SecretStore::idle, this, [this, code] { emit finished(code); },
            Qt::SingleShotConnection);
        return;
    }
    emit finished(code);
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
    const Credentials credentials = CommandLineCredentials::takeFromEnvironment();
    DiffCommand command(parsed, credentials.clientSecret, err, isatty(fileno(stderr)) != 0);
    QObject::connect(&command, &DiffCommand::finished, qApp,
        [](DiffExitCode code) { QCoreApplication::exit(int(code)); });
    command.start();
    return QCoreApplication::exec();
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
