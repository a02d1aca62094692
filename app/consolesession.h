#pragma once

#include "connectionsettings.h"
#include "exportcommand.h"
#include "mainwindow.h"

#include <QObject>
#include <QString>

#include <memory>

class DemoSource;
class HubClient;
class QNetworkAccessManager;
class TokenProvider;

/**
 * One connection of the GUI: the network manager, the token provider and the HubClient
 * for a tenant, and for the demo the embedded simulator behind them. The main window is
 * handed client() and tokens() and never owns them; the session outlives its use there.
 *
 * The client secret goes into the token provider and nowhere else: not into info(), not
 * into a log line, not into any file.
 */
class ConsoleSession : public QObject
{
    Q_OBJECT
public:
    ~ConsoleSession() override;

    /// The embedded demo tenant; nullptr with the reason in @p error when it cannot start.
    static std::unique_ptr<ConsoleSession> startDemo(QString *error);

    /**
     * A tenant given by @p settings, signed in with the client secret (needs a token URL) or
     * a ready access token from @p credentials; nullptr with the reason in @p error when
     * there is nothing to sign in with.
     */
    static std::unique_ptr<ConsoleSession> connectTo(const ConnectionSettings &settings,
                                                     const ExportCredentials &credentials,
                                                     QString *error);

    HubClient *client() const { return m_client; }
    TokenProvider *tokens() const { return m_tokens; }
    const ConnectionInfo &info() const { return m_info; }
    /// The simulator of a demo session (nullptr otherwise), e.g. for tests to inject faults.
    DemoSource *demo() const { return m_demo.get(); }

private:
    ConsoleSession();
    void build(const ConnectionSettings &settings, TokenProvider *tokens);

    std::unique_ptr<DemoSource> m_demo;
    QNetworkAccessManager *m_nam = nullptr;
    TokenProvider *m_tokens = nullptr;
    HubClient *m_client = nullptr;
    ConnectionInfo m_info;
};
