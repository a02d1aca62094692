#pragma once

#include "consolesession.h"

#include <QObject>
#include <QStringList>

#include <memory>

class MainWindow;

/**
 * The GUI's wiring: one main window and the session it shows. Answers the window's
 * "Try the demo" and "Add connection" by making a new session and handing it over; the old
 * session goes only after the window has let go of it.
 */
class GuiLauncher : public QObject
{
    Q_OBJECT
public:
    explicit GuiLauncher(QObject *parent = nullptr);
    ~GuiLauncher() override;

    MainWindow *window() const { return m_window.get(); }
    ConsoleSession *session() const { return m_session.get(); }

    /// Shows the demo tenant; false (and the reason on the welcome page) when it cannot start.
    bool startDemo();
    /// Shows the tenant of @p settings; false with the reason in @p error.
    bool connectTo(const ConnectionSettings &settings, const ExportCredentials &credentials,
                   QString *error);

private:
    void adopt(std::unique_ptr<ConsoleSession> session);
    void askForConnection();

    std::unique_ptr<ConsoleSession> m_session;
    std::unique_ptr<MainWindow> m_window;
};

/**
 * Runs the window in the QApplication that exists with @p arguments (the program name left
 * out); returns the exit code: 0, 2 for a wrong command line, 1 when --screenshot failed.
 */
int runGui(const QStringList &arguments);
