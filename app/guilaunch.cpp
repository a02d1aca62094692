#include "guilaunch.h"

#include "connectiondialog.h"
#include "guioptions.h"
#include "icons.h"
#include "inspectorpanel.h"
#include "mainwindow.h"
#include "orchestrationtablemodel.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QMessageBox>
#include <QPixmap>
#include <QPointer>
#include <QSettings>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

GuiLauncher::GuiLauncher(QObject *parent)
    : QObject(parent)
    , m_window(std::make_unique<MainWindow>())
{
    connect(m_window.get(), &MainWindow::demoRequested, this, &GuiLauncher::startDemo);
    connect(m_window.get(), &MainWindow::addConnectionRequested, this, &GuiLauncher::askForConnection);
}

GuiLauncher::~GuiLauncher()
{
    m_window.reset(); // lets go of the client before the session ends
    m_session.reset();
}

bool GuiLauncher::startDemo()
{
    if (m_session && m_session->demo())
        return true; // already showing it
    QString error;
    std::unique_ptr<ConsoleSession> session = ConsoleSession::startDemo(&error);
    if (!session) {
        m_window->showWelcomeProblem(error);
        if (m_window->hasConnection())
            QMessageBox::warning(m_window.get(), tr("Demo"), error);
        return false;
    }
    adopt(std::move(session));
    return true;
}

bool GuiLauncher::connectTo(const ConnectionSettings &settings, const ExportCredentials &credentials,
                            QString *error)
{
    std::unique_ptr<ConsoleSession> session = ConsoleSession::connectTo(settings, credentials, error);
    if (!session)
        return false;
    adopt(std::move(session));
    return true;
}

void GuiLauncher::adopt(std::unique_ptr<ConsoleSession> session)
{
    m_window->setConnection(session->client(), session->tokens(), session->info());
    m_session = std::move(session); // the previous one ends here, after the window let go
}

void GuiLauncher::askForConnection()
{
    ConnectionDialog dialog(m_window.get());
    if (dialog.exec() != QDialog::Accepted)
        return;
    ExportCredentials credentials;
    credentials.clientSecret = dialog.clientSecret();
    QString error;
    if (!connectTo(dialog.settings(), credentials, &error))
        QMessageBox::warning(m_window.get(), tr("Add connection"), error);
}

namespace {

/**
 * --screenshot: waits until the first page is shown and a row is in the inspector, grabs
 * the window to a PNG and quits; gives up after a minute.
 */
class ScreenshotTaker : public QObject
{
public:
    ScreenshotTaker(MainWindow *window, const QString &path)
        : QObject(window)
        , m_window(window)
        , m_path(path)
    {
        connect(&m_poll, &QTimer::timeout, this, &ScreenshotTaker::check);
        m_poll.start(50);
        QTimer::singleShot(60'000, this, [this] { finish(tr("the window did not show a loaded page in time")); });
    }

private:
    static QString tr(const char *text) { return QCoreApplication::translate("ScreenshotTaker", text); }

    void check()
    {
        const Orchestration selected = m_window->selectedOrchestration();
        const bool ready = m_window->tableModel()->state() == OrchestrationTableModel::State::Loaded
                           && !selected.isNull()
                           && m_window->inspector()->orchestration().id() == selected.id();
        if (!ready)
            return;
        m_poll.stop();
        // One more turn of the event loop for the last layout and paint.
        QTimer::singleShot(300, this, [this] {
            const QImage image = m_window->grab().toImage();
            QDir().mkpath(QFileInfo(m_path).absolutePath());
            if (image.isNull() || !image.save(m_path, "PNG"))
                finish(tr("cannot write %1").arg(m_path));
            else
                finish({});
        });
    }

    void finish(const QString &error)
    {
        if (m_done)
            return;
        m_done = true;
        if (!error.isEmpty())
            QTextStream(stderr) << QCoreApplication::applicationName() << ": "
                                << tr("screenshot failed: %1").arg(error) << Qt::endl;
        QCoreApplication::exit(error.isEmpty() ? 0 : 1);
    }

    MainWindow *m_window;
    QString m_path;
    QTimer m_poll;
    bool m_done = false;
};

} // namespace

int runGui(const QStringList &arguments)
{
    const GuiArguments parsed = parseGuiArguments(arguments);
    if (!parsed.helpText.isEmpty()) {
        QTextStream(stdout) << parsed.helpText;
        return 0;
    }
    if (!parsed.options) {
        QTextStream(stderr) << QCoreApplication::applicationName() << ": " << parsed.error << Qt::endl
                            << QCoreApplication::translate("GuiOptions",
                                                           "Try 'orchestration-console --help'.")
                            << Qt::endl;
        return 2;
    }
    const GuiOptions &options = *parsed.options;
    auto *app = qobject_cast<QApplication *>(QCoreApplication::instance());
    Q_ASSERT(app);
    Theme::apply(*app, options.colorScheme);
    QApplication::setWindowIcon(Icons::application());

    // A screenshot must not depend on, or change, the user's remembered window layout.
    QTemporaryDir screenshotSettings;
    if (!options.screenshotPath.isEmpty())
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, screenshotSettings.path());

    // Taken before any window exists, and removed from the environment (see ExportCredentials).
    const ExportCredentials credentials = ExportCredentials::takeFromEnvironment();
    GuiLauncher launcher;
    MainWindow *window = launcher.window();
    if (options.windowSize.isValid())
        window->resize(options.windowSize);
    if (options.demo) {
        if (!launcher.startDemo() && !options.screenshotPath.isEmpty())
            return 1;
    } else if (options.connection) {
        QString error;
        if (!launcher.connectTo(*options.connection, credentials, &error)) {
            QTextStream(stderr) << QCoreApplication::applicationName() << ": " << error << Qt::endl;
            if (!options.screenshotPath.isEmpty())
                return 2;
            window->showWelcomeProblem(error);
        }
    }
    if (!options.screenshotPath.isEmpty())
        new ScreenshotTaker(window, options.screenshotPath);
    window->show();
    return QApplication::exec();
}
