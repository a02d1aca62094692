// Screenshots of the main window as a new user meets it, for the README and for reviewing
// changes by eye: the welcome page, the demo with its longest-named orchestration selected,
// and the table's context menu. Needs a real X server with a window manager (Xvfb and
// openbox), so the frame, the screen size and popups are real; writes PNGs named after the
// screen size into $CONSOLE_SCREENSHOT_DIR and skips when that is not set. Last, the compare
// window on a snapshot of the demo edited by hand.

#include "app/guilaunch.h"
#include "app/translations.h"
#include "models/core/exportdocument.h"
#include "models/itemmodels/orchestrationfiltermodel.h"
#include "models/itemmodels/orchestrationtablemodel.h"
#include "ui/export/comparecontroller.h"
#include "ui/export/comparewindow.h"
#include "ui/mainwindow/inspectorpanel.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/tablerowactions.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMenu>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

namespace {

constexpr int kLoadTimeoutMs = 30'000;

/// The window with its frame and any popup over it, as the screen shows it.
bool grab(QWidget *window, const QString &name)
{
    QApplication::processEvents();
    QTest::qWait(300); // let the window manager and the compositor settle
    const QString directory = qEnvironmentVariable("CONSOLE_SCREENSHOT_DIR");
    const QSize screen = window->screen()->size();
    const QString path = QDir(directory).filePath(
        QStringLiteral("%1-%2x%3.png").arg(name).arg(screen.width()).arg(screen.height()));
    // The window's frame, and the menus open over it (a submenu may reach past it).
    QRect area = window->frameGeometry();
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (qobject_cast<QMenu *>(widget) && widget->isVisible())
            area |= widget->frameGeometry();
    }
    const QPixmap shot =
        window->screen()->grabWindow(0).copy(area.intersected(QRect(QPoint(0, 0), screen)));
    return shot.save(path);
}

} // namespace

class TestScreenshots : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void mainWindow();
};

void TestScreenshots::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("CONSOLE_SCREENSHOT_DIR"))
        QSKIP("set CONSOLE_SCREENSHOT_DIR (and run under Xvfb with a window manager)");
    if (QGuiApplication::platformName() != QLatin1String("xcb"))
        QSKIP("screenshots need a real X server");
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("OrchestrationConsoleTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_screenshots"));
    QLoggingCategory::setFilterRules(QStringLiteral("console.*.debug=false\nhubsim.debug=false"));
    QSettings().clear(); // a first start
    installTranslators(); // as the application reads: "3 rows", not "3 row(s)"
}

void TestScreenshots::mainWindow()
{
    GuiLauncher launcher;
    MainWindow *window = launcher.window();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QVERIFY(grab(window, QStringLiteral("welcome")));

    QVERIFY(launcher.startDemo());
    OrchestrationTableModel *table = window->tableModel();
    QTRY_COMPARE_WITH_TIMEOUT(
        table->state(), OrchestrationTableModel::State::Loaded, kLoadTimeoutMs);
    QVERIFY(grab(window, QStringLiteral("demo")));

    // The longest name of the tenant, selected.
    window->findChild<QAction *>(QStringLiteral("loadAllAction"))->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(
        table->state(), OrchestrationTableModel::State::Loaded, kLoadTimeoutMs);
    int longest = 0;
    for (int row = 1; row < table->rowCount(); ++row) {
        if (table->orchestrationAt(row).name().size()
            > table->orchestrationAt(longest).name().size())
            longest = row;
    }
    QTableView *view = window->tableView();
    const QModelIndex index = window->filterModel()->mapFromSource(table->index(longest, 0));
    view->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    view->scrollTo(index, QAbstractItemView::PositionAtCenter);
    view->setFocus();
    QTRY_COMPARE(window->inspector()->orchestration().id(), table->orchestrationAt(longest).id());
    QVERIFY(grab(window, QStringLiteral("long-name")));

    // The context menu on three selected rows.
    const QModelIndex first = view->indexAt(QPoint(10, view->viewport()->height() / 3));
    view->selectionModel()->setCurrentIndex(
        first, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    for (int next = 1; next <= 2; ++next)
        view->selectionModel()->select(view->model()->index(first.row() + next, 0),
            QItemSelectionModel::Select | QItemSelectionModel::Rows);
    bool grabbed = false;
    QTimer::singleShot(500, this, [&] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (menu) {
            if (auto *sharing = menu->findChild<QMenu *>(QStringLiteral("sharingMenu")))
                menu->setActiveAction(sharing->menuAction());
            QTest::qWait(400);
            grabbed = grab(window, QStringLiteral("context-menu"));
            menu->close();
        }
    });
    const QModelIndex cell = view->model()->index(first.row() + 1, 0);
    window->rowActions()->showMenu(view->visualRect(cell).center());
    QVERIFY(grabbed);

    // The compare window: yesterday's snapshot (one record renamed and given another queue,
    // one not there yet) against the live demo.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ExportDocument yesterday;
    for (int row = 0; row < table->rowCount(); ++row)
        yesterday.records.append(table->orchestrationAt(row));
    yesterday.records.removeAt(5);
    QJsonObject edited = QJsonDocument::fromJson(yesterday.records.at(0).rawJson()).object();
    edited.insert(QStringLiteral("name"),
        QString(edited.value(QStringLiteral("name")).toString() + QStringLiteral(" (old)")));
    edited.insert(QStringLiteral("description"), QStringLiteral("Before the November changes"));
    yesterday.records[0] =
        Orchestration::fromJson(QJsonDocument(edited).toJson(QJsonDocument::Compact));
    yesterday.info.exportedAt = QDateTime::currentDateTimeUtc().addDays(-1);
    const QString path = dir.filePath(QStringLiteral("yesterday.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(yesterday.toJson());
    file.close();
    window->compareController()->compareWith(path);
    QTRY_VERIFY_WITH_TIMEOUT(window->compareController()->compareWindow(), kLoadTimeoutMs);
    CompareWindow *compare = window->compareController()->compareWindow();
    QVERIFY(QTest::qWaitForWindowExposed(compare));
    compare->selectId(yesterday.records.at(0).id());
    QVERIFY(grab(compare, QStringLiteral("compare")));
}

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
