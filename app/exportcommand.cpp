#include "app/exportcommand.h"

#include "app/commandlinecredentials.h"
#include "app/demosource.h"
#include "app/standardoutput.h"
#include "models/client/clientcredentialstokenprovider.h"
#include "models/client/clientstack.h"
#include "models/client/hubclient.h"
#include "models/client/pagereply.h"
#include "models/client/scanjob.h"
#include "models/connections/profilestore.h"
#include "models/connections/secretstore.h"
#include "models/core/atomicfile.h"
#include "models/core/buildinfo.h"
#include "models/core/recordsink.h"
#include "models/history/historystore.h"
#include "models/itemmodels/csvrecordsink.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>
#include <QTimer>
#include <cstdio>
#ifdef Q_OS_WIN
#include <fcntl.h>
#include <io.h>
#define isatty _isatty
#define fileno _fileno
#else
#include <unistd.h>
#endif

namespace {

#ifdef Q_OS_WIN
/// Windows opens standard output in text mode, which turns every "\n" of the document into
/// "\r\n": `-o -` must write the very bytes a file would get.
void useBinaryStandardOutput()
{
    std::fflush(stdout);
    _setmode(_fileno(stdout), _O_BINARY);
}
#else
void useBinaryStandardOutput() { }
#endif

} // namespace

ExportCommand::ExportCommand(const ExportOptions &options, const Credentials &credentials,
    QTextStream &log, bool logIsTerminal, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_credentials(credentials)
    , m_log(log)
    , m_logIsTerminal(logIsTerminal)
{ }

ExportCommand::~ExportCommand() = default;

void ExportCommand::start()
{
    QTimer::singleShot(0, this, [this] {
        if (!m_options.profileName.isEmpty())
            loadProfile();
        else
            begin();
    });
}

void ExportCommand::fail(const QString &message, ExitCode code)
{
    m_log << QCoreApplication::applicationName() << ": " << message << Qt::endl;
    finish(code);
}

void ExportCommand::loadProfile()
{
    std::unique_ptr<ProfileStore> ownProfiles;
    ProfileStore *profiles = m_profiles;
    if (!profiles) {
        ownProfiles = std::make_unique<ProfileStore>();
        profiles = ownProfiles.get();
    }
    QString why;
    m_profile = profiles->findUsable(m_options.profileName, &why);
    if (!m_profile)
        return fail(why, ExitCode::Usage);
    m_options.connection = m_profile->connection;
    if (!m_options.allPages && m_options.pagesize == 0)
        m_options.pagesize = m_profile->defaultPageSize;

    // A ready bearer token from the environment needs nothing from the keychain.
    if (!m_credentials.accessToken.isEmpty())
        return begin();

    if (!m_secrets)
        m_secrets = new SecretStore(this);
    m_tokenPersistence = new TokenPersistence(m_secrets, m_profile->id, this);
    m_tokenPersistence->loadCredentials(this, [this](const ProfileCredentials &credentials) {
        m_profileCredentials = credentials;
        begin();
    });
}

void ExportCommand::begin()
{
    QString error;
    ExitCode code = ExitCode::Ok;
    if (!connect(&error, &code))
        return fail(error, code);
    if (!openOutput())
        return;
    if (m_options.allPages)
        fetchAllPages();
    else
        fetchOnePage();
}

std::function<void(ClientCredentialsTokenProvider *)> ExportCommand::tokenProviderSettings() const
{
    return [timeout = m_options.timeoutSeconds, retries = m_options.retries](
               ClientCredentialsTokenProvider *tokens) {
        tokens->setTransferTimeout(std::chrono::seconds(timeout));
        RetryPolicy policy;
        policy.maxAttempts = retries + 1;
        tokens->setRetryPolicy(policy);
    };
}

bool ExportCommand::connectProfile(QString *error, ExitCode *code)
{
    ProfileCredentials credentials = m_profileCredentials;
    const bool secretFromEnvironment = !m_credentials.clientSecret.isEmpty();
    if (secretFromEnvironment)
        credentials.clientSecret = m_credentials.clientSecret;
    if (credentials.problem != SecretStore::Problem::None && !secretFromEnvironment) {
        *error =
            tr("The system keychain is not available (%1); set %2 to export with the "
               "profile \"%3\".")
                .arg(credentials.detail, QLatin1String(kClientSecretVariable), m_profile->name);
        *code = ExitCode::Auth;
        return false;
    }
    QString why;
    m_stack = makeProfileClientStack(
        *m_profile, credentials, m_tokenPersistence, &why, tokenProviderSettings());
    if (!m_stack) {
        *error = tr("%1 Save it in the console's connection dialog, or set %2.")
                     .arg(why,
                         QLatin1String(m_profile->signIn == ConnectionProfile::SignIn::BearerToken
                                 ? kAccessTokenVariable
                                 : kClientSecretVariable));
        *code = ExitCode::Auth;
        return false;
    }
    return true;
}

bool ExportCommand::connect(QString *error, ExitCode *code)
{
    ConnectionSettings settings = m_options.connection;
    QString secret = m_credentials.clientSecret;
    if (m_options.demo) {
        m_demo = std::make_unique<DemoSource>();
        QString why;
        if (!m_demo->start(&why)) {
            *error = tr("The demo simulator could not start: %1").arg(why);
            *code = ExitCode::RemoteFailure;
            return false;
        }
        settings = m_demo->connection();
        secret = DemoSource::clientSecret();
    }

    if (m_profile && m_credentials.accessToken.isEmpty()) {
        if (!connectProfile(error, code))
            return false;
    } else {
        // The demo signs in with its published secret; a ready token from the environment
        // wins over a profile.
        Credentials credentials = m_credentials;
        if (m_options.demo) {
            credentials = Credentials();
            credentials.clientSecret = secret;
        }
        ClientStack::Hooks hooks;
        hooks.configure = tokenProviderSettings();
        m_stack = ClientStack::make(settings, credentials, nullptr, hooks);
        if (!m_stack) {
            *error = CommandLineCredentials::explain(ClientStack::check(settings, credentials));
            *code = ExitCode::Usage;
            return false;
        }
    }

    m_client = m_stack->client();
    RetryPolicy policy;
    policy.maxAttempts = m_options.retries + 1;
    m_client->setRetryPolicy(policy);
    HubClientOptions clientOptions;
    clientOptions.transferTimeout = std::chrono::seconds(m_options.timeoutSeconds);
    if (m_options.maxRecords > 0)
        clientOptions.maxScanRecords = m_options.maxRecords;
    if (m_options.maxBytes > 0)
        clientOptions.maxScanBytes = m_options.maxBytes;
    m_client->setOptions(clientOptions);

    ExportInfo &info = m_info;
    info.baseUrl = settings.baseUrl;
    info.scope = m_options.allPages ? QStringLiteral("all") : QStringLiteral("page");
    info.pagenum = m_options.allPages ? 0 : m_options.pagenum;
    info.pagesize = m_options.effectivePageSize();
    return true;
}

bool ExportCommand::openOutput()
{
    if (m_options.view.format == ExportViewOptions::Format::Csv)
        m_sink = std::make_unique<CsvRecordSink>(m_options.view.csvColumns());
    else
        m_sink = std::make_unique<JsonRecordSink>(
            m_options.compact ? ExportDocument::Style::Compact : ExportDocument::Style::Indented);
    // Recording the history only writes no file.
    if (m_options.recordOnly)
        return true;
    m_output = m_options.output == QLatin1String("-")
        ? std::make_unique<AtomicOutput>()
        : std::make_unique<AtomicOutput>(m_options.output);
    if (!m_output->open()) {
        if (m_options.output == QLatin1String("-"))
            reportStandardOutputFailure(m_output->errorString());
        else
            m_log << QCoreApplication::applicationName() << ": " << m_output->errorString()
                  << Qt::endl;
        finish(ExitCode::OutputFailure);
        return false;
    }
    m_sink->begin(m_pending);
    return true;
}

bool ExportCommand::keepsHistory() const
{
    return m_profile && m_options.allPages && (m_options.recordOnly || m_profile->recordHistory);
}

bool ExportCommand::writeRecords(const QList<Orchestration> &records)
{
    // The history needs the whole scan at once; only a run that records one holds it.
    if (keepsHistory())
        m_historyRecords += records;
    if (m_options.recordOnly)
        return true;
    // CSV makes its own columns of whole records; JSON holds records or flat column objects.
    const QList<Orchestration> chosen = m_options.view.format == ExportViewOptions::Format::Csv
        ? m_options.view.matching(records)
        : m_options.view.select(records);
    for (const Orchestration &record : chosen) {
        if (!record.isNull())
            m_sink->add(m_pending, record);
    }
    return writePending();
}

bool ExportCommand::writePending()
{
    const bool written = m_output->write(m_pending);
    m_pending.resize(0); // keeps the capacity: the next page is about as large
    if (written)
        return true;
    if (m_options.output == QLatin1String("-"))
        reportStandardOutputFailure(m_output->errorString());
    else
        m_log << QCoreApplication::applicationName() << ": " << m_output->errorString() << Qt::endl;
    finish(ExitCode::OutputFailure);
    return false;
}

void ExportCommand::fetchOnePage()
{
    PageReply *reply = m_client->fetchPage(m_options.pagenum, m_options.effectivePageSize());
    QObject::connect(reply, &PageReply::finished, this, [this, reply] {
        if (reply->error().isError()) {
            onFailure(reply->error());
            return;
        }
        const OrchestrationPage &page = reply->page();
        collectRecordWarnings(page);
        m_info.warnings += m_recordWarnings.lines();
        if (!writeRecords(page.records))
            return;
        m_pagination = page.pagination;
        if (page.pagination.present)
            m_info.pagesize = page.pagination.pagesize;
        writeDocument();
    });
}

void ExportCommand::fetchAllPages()
{
    // Each page goes to the output as it arrives, in order: memory holds a few pages, not
    // the export, and the output is made the target only once the scan is complete.
    ScanJob *scan = m_client->fetchAll(m_options.effectivePageSize());
    QObject::connect(scan, &ScanJob::pageReady, this, [this, scan](const OrchestrationPage &page) {
        collectRecordWarnings(page);
        m_received += page.records.size();
        if (!writeRecords(page.records))
            scan->cancelQuietly();
    });
    QObject::connect(scan, &ScanJob::progress, this, &ExportCommand::reportProgress);
    QObject::connect(scan, &ScanJob::finished, this, [this, scan] {
        m_info.warnings += scan->warnings();
        m_info.warnings += m_recordWarnings.lines();
        if (scan->error().isError()) {
            ApiError error = scan->error();
            // The scan's own budget (a page too large names its page): say how to raise it.
            if (error.kind == ApiError::Kind::TooLarge && error.context.isEmpty())
                error.message +=
                    QLatin1Char(' ') + tr("(--max-records and --max-bytes set the limits.)");
            onFailure(error);
            return;
        }
        // A count that moved is news even when everything arrived: the export is a blend of
        // two moments.
        if (!scan->countChange().isEmpty())
            note(tr("warning: %1").arg(scan->countChange()));
        const QString missing = scan->missing();
        if (!missing.isEmpty()) {
            if (!m_options.allowIncomplete)
                return fail(tr("export incomplete, nothing written: %1. --allow-incomplete writes "
                               "it anyway.")
                                .arg(missing),
                    ExitCode::RemoteFailure);
            m_info.warnings.prepend(tr("Incomplete: %1.").arg(missing));
            for (const QString &warning : std::as_const(m_info.warnings)) {
                if (warning != scan->countChange())
                    note(tr("warning: %1").arg(warning));
            }
        }
        m_complete = missing.isEmpty();
        // The file holds every record as one page, so read as an API page it is complete;
        // filtered, it is one complete page of what matched.
        PaginationInfo &pagination = m_pagination;
        pagination.present = true;
        pagination.count = m_options.view.filters() ? m_sink->records()
            : scan->totalCount() >= 0               ? scan->totalCount()
                                                    : m_received;
        pagination.pagenum = 1;
        pagination.pagesize = int(m_options.view.filters() ? m_sink->records() : m_received);
        if (scan->grantedPageSize() > 0)
            m_info.pagesize = scan->grantedPageSize();
        writeDocument();
    });
}

void ExportCommand::collectRecordWarnings(const OrchestrationPage &page)
{
    // Tallied, not copied: a million records with the same flaw make one line.
    m_recordWarnings.addPage(page);
    for (const Orchestration &record : page.records)
        m_recordWarnings.addRecord(record);
}

void ExportCommand::note(const QString &line)
{
    if (m_progressShown) {
        m_log << Qt::endl;
        m_progressShown = false;
    }
    m_log << QCoreApplication::applicationName() << ": " << line << Qt::endl;
}

void ExportCommand::reportProgress(qint64 loaded, qint64 total)
{
    if (!m_logIsTerminal)
        return;
    m_log << '\r'
          << tr("Fetching orchestrations: %L1 of %Ln", nullptr, int(qMin<qint64>(total, INT_MAX)))
                 .arg(loaded)
          << Qt::flush;
    m_progressShown = true;
}

void ExportCommand::onFailure(const ApiError &error)
{
    m_log << QCoreApplication::applicationName() << ": "
          << tr("export failed: %1").arg(error.summary()) << Qt::endl;
    finish(exitCodeFor(error));
}

bool ExportCommand::recordHistory()
{
    if (!m_complete) {
        if (m_options.recordOnly)
            fail(tr("Not every orchestration arrived, so nothing was recorded."),
                ExitCode::RemoteFailure);
        return !m_options.recordOnly;
    }
    HistoryLimits limits;
    limits.maxBytes = m_profile->historyMaxBytes();
    limits.maxAgeDays = m_profile->historyMaxDays;
    const HistoryRecordResult result =
        HistoryStore(HistoryStore::folderFor(m_profile->id))
            .record(m_historyRecords, m_info.baseUrl, QDateTime::currentDateTimeUtc(), limits);
    for (const QString &problem : result.problems)
        note(tr("warning: %1").arg(problem));
    if (result.outcome == HistoryRecordResult::Outcome::Failed) {
        if (m_options.recordOnly) {
            fail(tr("The history was not recorded: %1").arg(result.error), ExitCode::OutputFailure);
            return false;
        }
        note(tr("warning: the history was not recorded: %1").arg(result.error));
        return true;
    }
    if (m_options.recordOnly) {
        const HistoryEntry &entry = result.entry;
        const QString text = result.outcome == HistoryRecordResult::Outcome::Unchanged
            ? tr("Nothing changed since the snapshot of %1; nothing recorded.")
                  .arg(entry.takenAt.toString(Qt::ISODate))
            : entry.first
            ? tr("Recorded %n orchestration(s), the first snapshot.", nullptr, entry.recordCount)
            : tr("Recorded %n orchestration(s): %1 added, %2 removed, %3 changed.", nullptr,
                entry.recordCount)
                  .arg(entry.addedCount())
                  .arg(entry.removedCount())
                  .arg(entry.changedCount());
        if (!printStandardOutput((text + QLatin1Char('\n')).toUtf8())) {
            finish(ExitCode::OutputFailure);
            return false;
        }
    }
    return true;
}

void ExportCommand::writeDocument()
{
    // The history keeps every record, whatever --filter and --columns leave in the file.
    if (keepsHistory() && !recordHistory())
        return;
    if (m_options.recordOnly)
        return finish(ExitCode::Ok);
    m_options.view.describeIn(m_info);
    m_sink->end(m_pending, m_pagination, m_info);
    if (!writePending())
        return;
    if (m_options.output == QLatin1String("-")) {
        useBinaryStandardOutput();
        QFile out;
        QString error;
        if (!openStandardOutput(out, &error) || !m_output->commitTo(out)) {
            reportStandardOutputFailure(error.isEmpty() ? m_output->errorString() : error);
            finish(ExitCode::OutputFailure);
            return;
        }
    } else if (!m_output->commit()) {
        m_log << QCoreApplication::applicationName() << ": " << m_output->errorString() << Qt::endl;
        finish(ExitCode::OutputFailure);
        return;
    }
    if (m_logIsTerminal)
        m_log << tr("Exported %n orchestration(s).", nullptr, int(m_sink->records())) << Qt::endl;
    finish(ExitCode::Ok);
}

void ExportCommand::finish(ExitCode code)
{
    if (m_finished)
        return;
    m_finished = true;
    // Whatever was not committed goes: the target stays as it was, no temporary file stays.
    m_output.reset();
    if (m_progressShown && code != ExitCode::Ok)
        m_log << Qt::endl;
    // A token issued during the run is still on its way to the keychain: let it arrive, so
    // the next run reuses it. Every keychain job has a timeout, so this wait ends.
    if (m_secrets && m_secrets->isBusy()) {
        QObject::connect(
            m_secrets, &SecretStore::idle, this, [this, code] { emit finished(code); },
            Qt::SingleShotConnection);
        return;
    }
    emit finished(code);
}

int runExportCommand(const QStringList &arguments)
{
    QTextStream err(stderr);
    const ExportArguments parsed = parseExportArguments(arguments);
    if (!parsed.helpText.isEmpty())
        return int(
            printStandardOutput(parsed.helpText.toUtf8()) ? ExitCode::Ok : ExitCode::OutputFailure);
    if (!parsed.options) {
        err << QCoreApplication::applicationName() << ": " << parsed.error << Qt::endl
            << QCoreApplication::translate(
                   "ExportCommand", "Try 'orchestration-console export --help'.")
            << Qt::endl;
        return int(ExitCode::Usage);
    }
    Credentials credentials = CommandLineCredentials::takeFromEnvironment();
    if (parsed.options->clientSecretFromStdin) {
        QString why;
        const std::optional<QString> secret =
            CommandLineCredentials::readSecretFromStandardInput(&why);
        if (!secret) {
            err << QCoreApplication::applicationName() << ": " << why << Qt::endl;
            return int(ExitCode::Usage);
        }
        credentials.clientSecret = *secret;
    }
    return runExport(*parsed.options, credentials);
}

int runExport(const ExportOptions &options, const Credentials &credentials)
{
    QTextStream err(stderr);
    ExportCommand command(options, credentials, err, isatty(fileno(stderr)) != 0);
    QObject::connect(&command, &ExportCommand::finished, qApp,
        [](ExitCode code) { QCoreApplication::exit(int(code)); });
    command.start();
    return QCoreApplication::exec();
}
