#pragma once

#include "app/exitcode.h"
#include "app/exportoptions.h"
#include "models/client/credentials.h"
#include "models/connections/connectionprofile.h"
#include "models/connections/tokenpersistence.h"
#include "models/core/atomicfile.h"
#include "models/core/exportdocument.h"
#include "models/core/recordwarnings.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <functional>
#include <memory>
#include <optional>

class ClientCredentialsTokenProvider;
class ClientStack;
class DemoSource;
class HubClient;
class ProfileStore;
class RecordSink;
class SecretStore;
class QTextStream;

/**
 * One run of `orchestration-console export`: signs in, fetches one page or all of them,
 * and streams the export document page by page into a temporary file (AtomicOutput), which
 * becomes the output (a file replaced atomically, or copied to stdout or a stream node) only
 * once complete, so a failed run leaves no file and never a partial one, and memory holds a
 * few pages whatever the size of the export. Reports progress on @p log when it is
 * a terminal and every failure as one readable line. Emits finished() exactly once.
 *
 * An export of all pages never lies: unless it holds every record the server announced
 * (ScanJob::missing()), it writes nothing and fails with one line saying what is missing,
 * or, with --allow-incomplete, writes the file and says every warning on @p log. A count
 * that changed during the scan is always said. The scan's budget (--max-records,
 * --max-bytes) bounds its memory. Record warnings are tallied (RecordWarnings), not copied.
 *
 * With --profile, the connection comes from the ProfileStore and the client secret and
 * cached token from the keychain, read asynchronously before anything is sent; a still-good
 * cached token is reused (no token request), a newly issued one is stored, and finished()
 * waits until the keychain has it. A secret in the environment overrides the keychain's.
 *
 * A complete export of all pages with --profile also goes to the profile's local history
 * (HistoryStore) when the profile keeps one: all records, before --filter or --columns. A
 * history that cannot be written is a warning then; with ExportOptions::recordOnly (`history
 * record`) the history is the only output, recorded whatever the profile's setting.
 */
class ExportCommand : public QObject
{
    Q_OBJECT
public:
    ExportCommand(const ExportOptions &options, const Credentials &credentials, QTextStream &log,
        bool logIsTerminal, QObject *parent = nullptr);
    ~ExportCommand() override;

    /// Begins the work; finished() follows, never from inside this call.
    void start();

    /// Where --profile looks profiles up (default: the application's settings); not owned.
    void setProfileStore(ProfileStore *profiles) { m_profiles = profiles; }
    /// The keychain --profile uses (default: one under the application id); not owned.
    void setSecretStore(SecretStore *secrets) { m_secrets = secrets; }

signals:
    void finished(ExitCode code);

private:
    void loadProfile();
    void begin();
    void fail(const QString &message, ExitCode code);
    bool connect(QString *error, ExitCode *code);
    std::function<void(ClientCredentialsTokenProvider *)> tokenProviderSettings() const;
    bool connectProfile(QString *error, ExitCode *code);
    void fetchOnePage();
    void fetchAllPages();
    void onFailure(const ApiError &error);
    bool openOutput();
    bool keepsHistory() const;
    bool writeRecords(const QList<Orchestration> &records);
    bool writePending();
    void writeDocument();
    bool recordHistory();
    void finish(ExitCode code);
    void reportProgress(qint64 loaded, qint64 total);
    void collectRecordWarnings(const OrchestrationPage &page);
    void note(const QString &line);

    ExportOptions m_options;
    Credentials m_credentials; ///< from the environment (CommandLineCredentials)
    QTextStream &m_log;
    bool m_logIsTerminal;
    std::unique_ptr<DemoSource> m_demo;
    std::unique_ptr<ClientStack> m_stack;
    HubClient *m_client = nullptr; ///< m_stack's
    ExportInfo m_info;
    PaginationInfo m_pagination;
    std::unique_ptr<AtomicOutput> m_output;
    std::unique_ptr<RecordSink> m_sink; ///< the file's format
    QByteArray m_pending; ///< bytes the sink made, not yet written
    qint64 m_received = 0; ///< records the scan delivered
    QList<Orchestration> m_historyRecords; ///< the whole scan, only when it is recorded
    RecordWarnings m_recordWarnings;
    std::optional<ConnectionProfile> m_profile;
    ProfileCredentials m_profileCredentials;
    ProfileStore *m_profiles = nullptr;
    SecretStore *m_secrets = nullptr;
    TokenPersistence *m_tokenPersistence = nullptr;
    bool m_finished = false;
    bool m_progressShown = false;
    bool m_complete = false; ///< the scan of all pages lacked nothing
};

/// Runs `export` with the arguments that follow it, in a QCoreApplication; the exit code.
int runExportCommand(const QStringList &arguments);
/// Runs an ExportCommand for @p options to its end, in a QCoreApplication; the exit code.
int runExport(const ExportOptions &options, const Credentials &credentials);
