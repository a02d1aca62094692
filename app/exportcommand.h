#pragma once

#include "exitcode.h"
#include "exportdocument.h"
#include "exportoptions.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <memory>

class DemoSource;
class HubClient;
class QNetworkAccessManager;
class QTextStream;
class TokenProvider;

/// The credentials an export signs in with, taken from the environment (never argv).
struct ExportCredentials
{
    QString clientSecret;
    QString accessToken;

    /// Reads both variables and removes them from this process's environment, so nothing
    /// this process starts inherits them.
    static ExportCredentials takeFromEnvironment();
};

/**
 * One run of `orchestration-console export`: signs in, fetches one page or all of them,
 * and writes the export document all at once (stdout, or a file replaced atomically), so a
 * failed run leaves no file and never a partial one. Reports progress on @p log when it is
 * a terminal and every failure as one readable line. Emits finished() exactly once.
 */
class ExportCommand : public QObject
{
    Q_OBJECT
public:
    ExportCommand(const ExportOptions &options, const ExportCredentials &credentials,
                  QTextStream &log, bool logIsTerminal, QObject *parent = nullptr);
    ~ExportCommand() override;

    /// Begins the work; finished() follows, never from inside this call.
    void start();

signals:
    void finished(ExitCode code);

private:
    bool connect(QString *error, ExitCode *code);
    void fetchOnePage();
    void fetchAllPages();
    void onFailure(const ApiError &error);
    void writeDocument();
    void finish(ExitCode code);
    void reportProgress(qint64 loaded, qint64 total);
    void collectRecordWarnings(const OrchestrationPage &page);

    ExportOptions m_options;
    ExportCredentials m_credentials;
    QTextStream &m_log;
    bool m_logIsTerminal;
    std::unique_ptr<DemoSource> m_demo;
    QNetworkAccessManager *m_nam = nullptr;
    TokenProvider *m_tokens = nullptr;
    HubClient *m_client = nullptr;
    ExportDocument m_document;
    bool m_finished = false;
    bool m_progressShown = false;
};

/// Runs `export` with the arguments that follow it, in a QCoreApplication; the exit code.
int runExportCommand(const QStringList &arguments);
