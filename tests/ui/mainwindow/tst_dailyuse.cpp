// The main window as support staff use it all day: server text shown as typed, the view and
// its labels in agreement, the inspector on the selected row, the keyboard reaching every
// part, a window that fits its screen. Offscreen, real widgets, the real simulator.

#include "app/consolesession.h"
#include "app/guilaunch.h"
#include "models/client/hubclient.h"
#include "models/client/retrypolicy.h"
#include "models/core/exportdocument.h"
#include "models/itemmodels/configurationtreemodel.h"
#include "models/itemmodels/orchestrationfiltermodel.h"
#include "models/itemmodels/orchestrationtablemodel.h"
#include "sim/dataset.h"
#include "sim/hubsimulator.h"
#include "support/sessionsupport.h"
#include "ui/export/comparecontroller.h"
#include "ui/export/comparewindow.h"
#include "ui/mainwindow/filterbar.h"
#include "ui/mainwindow/inspectorpanel.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/pagebar.h"
#include "ui/mainwindow/tablerowactions.h"
#include "ui/widgets/banner.h"
#include "ui/widgets/elidedlabel.h"
#include "ui/widgets/errorbanner.h"
#include "ui/widgets/plaintext.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QHelpEvent>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMenu>
#include <QPointer>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTimer>
#include <QToolButton>
#include <QToolTip>
#include <QTreeView>
#include <QTreeWidget>

using State = OrchestrationTableModel::State;

namespace {

constexpr int kLoadTimeoutMs = 15'000;

const QString kHostileName = QStringLiteral("<b>Bold</b> & <script>alert(1)</script>");
const QString kLongName = QStringLiteral("Escalation to the overnight billing and collections "
                                         "team for enterprise customers in the EMEA region with "
                                         "a very long name that goes on and on and on and on");
const QString kArabicName = QStringLiteral("خدمة العملاء 24/7");

/**
 * The simulator's generated records with the names of records 0, 1 and 2 replaced by markup, a
 * very long name and an Arabic one; @p count records in all.
 */
hubsim::Dataset datasetWithEdgeNames(int count)
{
    const hubsim::Dataset generated = hubsim::Dataset::generate(7, count);
    QJsonArray records;
    for (int i = 0; i < generated.size(); ++i) {
        QJsonObject record = QJsonDocument::fromJson(generated.record(i)).object();
        if (i == 0)
            record.insert(QStringLiteral("name"), kHostileName);
        else if (i == 1)
            record.insert(QStringLiteral("name"), kLongName);
        else if (i == 2)
            record.insert(QStringLiteral("name"), kArabicName);
        records.append(record);
    }
    return *hubsim::Dataset::fromJson(QJsonDocument(records).toJson(QJsonDocument::Compact));
}

/// What a tooltip shows once rendered: rich text becomes its characters, plain stays.
QString renderedToolTip(const QString &tip)
{
    if (!Qt::mightBeRichText(tip))
        return tip;
    QTextDocument document;
    document.setHtml(tip);
    return document.toPlainText();
}

/// Asks @p view for the tooltip of @p index as a hovering mouse would.
QString toolTipOf(QAbstractItemView *view, const QModelIndex &index)
{
    QToolTip::hideText();
    const QPoint position = view->visualRect(index).center();
    QHelpEvent event(QEvent::ToolTip, position, view->viewport()->mapToGlobal(position));
    QApplication::sendEvent(view->viewport(), &event);
    return QToolTip::isVisible() ? QToolTip::text() : QString();
}

/// The filter-model row of @p id in @p window's table; -1 when not shown.
int shownRowOf(MainWindow *window, const QString &id)
{
    const int source = window->tableModel()->rowForId(id);
    if (source < 0)
        return -1;
    return window->filterModel()->mapFromSource(window->tableModel()->index(source, 0)).row();
}

/// The inspector agrees with the table: it shows the current row, and that row is selected.
bool inspectorMatchesSelection(MainWindow *window)
{
    QItemSelectionModel *selection = window->tableView()->selectionModel();
    const QModelIndex current = selection->currentIndex();
    const Orchestration inspected = window->inspector()->orchestration();
    if (!current.isValid())
        return inspected.isNull();
    return selection->isRowSelected(current.row(), QModelIndex())
        && inspected.id() == current.data(OrchestrationTableModel::IdRole).toString();
}

/// A window on @p sim, shown and active, with the first page loaded.
struct Connected
{
    std::unique_ptr<ConsoleSession> session;
    std::unique_ptr<MainWindow> window;
};

RetryPolicy noRetries()
{
    RetryPolicy policy;
    policy.maxAttempts = 1;
    return policy;
}

} // namespace

class TestDailyUse : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void serverTextIsShownAsTyped();
    void failedPageKeepsTheLabelsOfTheRowsShown();
    void usageCountsFollowLoadAll();
    void inspectorFollowsTheSelectionThroughFilters();
    void sortKeepsTheSelectedRowInView();
    void loadAllOnASlowServerNeverInspectsAnUnlistedRecord();
    void tabLeavesTheTable();
    void longNameNeverWidensTheWindow();
    void rightToLeftTextKeepsItsDirection();
    void firstStartFitsTheScreen();
    void restoredGeometryIsClampedToTheScreen();
    void welcomeTextIsNotClipped();
    void exportShortcutWorksFromTheSearchBox();
    void pageOnlySearchSaysSoAndOffersLoadAll();
    void contextMenuAndCopyCoverTheSelectedRows();
    void pageBoxSaysWhenThePageDoesNotExist();
    void profilePageSizeIsHonoured();
    void authorizationErrorsOfferToEditTheConnection();
    void snapshotStatusDescribesTheFile();
    void statusBarFitsASmallScreen();
    void keyboardOnlyFlow();
    void everyControlHasAnAccessibleName();

private:
    Connected connect(hubsim::HubSimulator &sim, ConnectionInfo info = {});
};

void TestDailyUse::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("OrchestrationConsoleTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_dailyuse"));
    QLoggingCategory::setFilterRules(QStringLiteral("console.*.debug=false\nconsole.*.info=false\n"
                                                    "hubsim.debug=false\nhubsim.info=false"));
}

void TestDailyUse::init()
{
    QSettings().clear();
}

Connected TestDailyUse::connect(hubsim::HubSimulator &sim, ConnectionInfo info)
{
    Connected connected;
    QString error;
    connected.session = testsupport::demoClientSession(sim, &error);
    if (!connected.session) {
        qWarning() << error;
        return connected;
    }
    connected.session->client()->setRetryPolicy(noRetries());
    connected.window = std::make_unique<MainWindow>();
    connected.window->resize(1200, 760);
    connected.window->show();
    if (info.name.isEmpty())
        info = connected.session->info();
    connected.window->setConnection(connected.session->client(), connected.session->tokens(), info);
    return connected;
}

void TestDailyUse::serverTextIsShownAsTyped()
{
    hubsim::HubSimulator sim({}, datasetWithEdgeNames(30));
    QVERIFY(sim.listen());
    Connected c = connect(sim);
    QVERIFY(c.window);
    MainWindow *window = c.window.get();
    QTRY_COMPARE_WITH_TIMEOUT(window->tableModel()->state(), State::Loaded, kLoadTimeoutMs);

    const int row = shownRowOf(window, window->tableModel()->orchestrationAt(0).id());
    QCOMPARE(window->tableModel()->orchestrationAt(0).name(), kHostileName);
    QTableView *view = window->tableView();
    const QModelIndex name = view->model()->index(row, OrchestrationTableModel::NameColumn);
    QCOMPARE(renderedToolTip(toolTipOf(view, name)), kHostileName);

    // The inspector: its title, and the tooltip of the name in the tree.
    view->selectionModel()->setCurrentIndex(
        name, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QTRY_COMPARE(window->inspector()->orchestration().name(), kHostileName);
    QCOMPARE(window->inspector()->titleLabel()->fullText(), kHostileName);
    QCOMPARE(window->inspector()->titleLabel()->textFormat(), Qt::PlainText);
    QTreeView *tree = window->inspector()->treeView();
    const QModelIndex nameValue = window->inspector()->treeModel()->indexForPath(
        QStringLiteral("name"), ConfigurationTreeModel::ValueColumn);
    QVERIFY(nameValue.isValid());
    tree->scrollTo(nameValue);
    QVERIFY(renderedToolTip(toolTipOf(tree, nameValue)).contains(kHostileName));
}

void TestDailyUse::failedPageKeepsTheLabelsOfTheRowsShown()
{
    hubsim::SimulatorConfig config;
    config.count = 60;
    hubsim::HubSimulator sim(config);
    QVERIFY(sim.listen());
    Connected c = connect(sim);
    MainWindow *window = c.window.get();
    OrchestrationTableModel *table = window->tableModel();
    QTRY_COMPARE_WITH_TIMEOUT(table->state(), State::Loaded, kLoadTimeoutMs);
    const QString firstId = table->orchestrationAt(0).id();

    // Page 3 (not prefetched) fails.
    hubsim::FaultRule fault;
    fault.kind = hubsim::FaultRule::Kind::Status;
    fault.status = 500;
    fault.times = -1;
    sim.setFaults({fault});
    window->pageBar()->goLast();
    QTRY_COMPARE_WITH_TIMEOUT(table->state(), State::Error, kLoadTimeoutMs);

    // The rows are page 1's, and every label says page 1.
    QCOMPARE(table->orchestrationAt(0).id(), firstId);
    QCOMPARE(table->currentPage(), 1);
    QCOMPARE(
        window->pageBar()->findChild<QSpinBox *>(QStringLiteral("pageNumberField"))->value(), 1);
    QCOMPARE(window->pageBar()->findChild<QLabel *>(QStringLiteral("pageRangeLabel"))->text(),
        QStringLiteral("1–25 of 60"));
    QVERIFY(window->errorBanner()->isVisible());

    // Retry asks for the page that failed.
    sim.clearFaults();
    QTest::mouseClick(
        window->errorBanner()->findChild<QPushButton *>(QStringLiteral("retryButton")),
        Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(table->currentPage(), 3, kLoadTimeoutMs);
    QCOMPARE(
        window->pageBar()->findChild<QSpinBox *>(QStringLiteral("pageNumberField"))->value(), 3);
}

void TestDailyUse::usageCountsFollowLoadAll()
{
    hubsim::SimulatorConfig config;
    config.count = 180;
    hubsim::HubSimulator sim(config);
    QVERIFY(sim.listen());
    Connected c = connect(sim);
    MainWindow *window = c.window.get();
    OrchestrationTableModel *table = window->tableModel();
    QTRY_COMPARE_WITH_TIMEOUT(table->state(), State::Loaded, kLoadTimeoutMs);

    // A row of the first page whose nested id is shared with rows further on.
    QString sharedId;
    QString recordId;
    for (int row = 0; row < table->rowCount() && sharedId.isEmpty(); ++row) {
        for (const QString &id : table->orchestrationAt(row).referencedIds()) {
            if (id != table->orchestrationAt(row).id()) {
                sharedId = id;
                recordId = table->orchestrationAt(row).id();
                break;
            }
        }
    }
    QVERIFY(!sharedId.isEmpty());
    QTableView *view = window->tableView();
    view->selectionModel()->setCurrentIndex(view->model()->index(shownRowOf(window, recordId), 0),
        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QTRY_COMPARE(window->inspector()->orchestration().id(), recordId);
    ConfigurationTreeModel *tree = window->inspector()->treeModel();
    QModelIndex idNode;
    const std::function<void(const QModelIndex &)> find = [&](const QModelIndex &parent) {
        for (int row = 0; row < tree->rowCount(parent) && !idNode.isValid(); ++row) {
            const QModelIndex value = tree->index(row, ConfigurationTreeModel::ValueColumn, parent);
            if (value.data(ConfigurationTreeModel::IdValueRole).toString() == sharedId)
                idNode = value;
            find(tree->index(row, 0, parent));
        }
    };
    find({});
    QVERIFY(idNode.isValid());
    const int before = idNode.data(ConfigurationTreeModel::UsageCountRole).toInt();
    const QString path = idNode.data(ConfigurationTreeModel::PathRole).toString();

    QSignalSpy changed(tree, &QAbstractItemModel::dataChanged);
    window->findChild<QAction *>(QStringLiteral("loadAllAction"))->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(table->state(), State::Loaded, kLoadTimeoutMs);
    QCOMPARE(table->loadedCount(), qint64(180));
    QTRY_COMPARE(window->inspector()->orchestration().id(), recordId);
    const int after = table->countReferences(sharedId);
    QVERIFY(after >= before);
    // The view was told: a dataChanged for the usage counts came after the last rows.
    QVERIFY(!changed.isEmpty());
    const QList<int> roles = changed.constLast().at(2).value<QList<int>>();
    QVERIFY(roles.contains(ConfigurationTreeModel::UsageCountRole));
    const QModelIndex again =
        window->inspector()->treeModel()->indexForPath(path, ConfigurationTreeModel::ValueColumn);
    QCOMPARE(again.data(ConfigurationTreeModel::UsageCountRole).toInt(), after);
}

void TestDailyUse::inspectorFollowsTheSelectionThroughFilters()
{
    hubsim::SimulatorConfig config;
    config.count = 120;
    hubsim::HubSimulator sim(config);
    QVERIFY(sim.listen());
    Connected c = connect(sim);
    MainWindow *window = c.window.get();
    OrchestrationTableModel *table = window->tableModel();
    QTRY_COMPARE_WITH_TIMEOUT(table->state(), State::Loaded, kLoadTimeoutMs);
    window->findChild<QAction *>(QStringLiteral("loadAllAction"))->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(table->state(), State::Loaded, kLoadTimeoutMs);
    QTRY_VERIFY(inspectorMatchesSelection(window));

    // An active record selected; "Inactive only" hides it; back to all.
    QTableView *view = window->tableView();
    int activeRow = -1;
    for (int row = 5; row < view->model()->rowCount() && activeRow < 0; ++row) {
        if (view->model()->index(row, 0).data(OrchestrationTableModel::ActiveRole).toBool())
            activeRow = row;
    }
    QVERIFY(activeRow >= 0);
    view->selectionModel()->setCurrentIndex(view->model()->index(activeRow, 0),
        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    const QString chosen = window->selectedOrchestration().id();
    QTRY_COMPARE(window->inspector()->orchestration().id(), chosen);

    auto *active = window->filterBar()->findChild<QComboBox *>(QStringLiteral("activeFilter"));
    active->setCurrentIndex(2); // Inactive only
    QTRY_VERIFY(inspectorMatchesSelection(window));
    QVERIFY(window->inspector()->orchestration().id() != chosen);
    QVERIFY(!window->inspector()->orchestration().isActive());

    active->setCurrentIndex(0); // reset
    QTRY_VERIFY(inspectorMatchesSelection(window));
    QVERIFY(!window->inspector()->orchestration().isNull());

    // A search that matches nothing: nothing is inspected. Clearing it brings a selection back.
    window->filterBar()->setSearchText(QStringLiteral("no such orchestration anywhere"));
    QTRY_COMPARE(view->model()->rowCount(), 0);
    QTRY_VERIFY(window->inspector()->orchestration().isNull());
    window->filterBar()->setSearchText(QString());
    QTRY_VERIFY(!window->inspector()->orchestration().isNull());
    QTRY_VERIFY(inspectorMatchesSelection(window));
}

void TestDailyUse::sortKeepsTheSelectedRowInView()
{
    hubsim::SimulatorConfig config;
    config.count = 120;
    hubsim::HubSimulator sim(config);
    QVERIFY(sim.listen());
    Connected c = connect(sim);
    MainWindow *window = c.window.get();
    window->resize(900, 500);
    OrchestrationTableModel *table = window->tableModel();
    QTRY_COMPARE_WITH_TIMEOUT(table->state(), State::Loaded, kLoadTimeoutMs);
    window->findChild<QAction *>(QStringLiteral("loadAllAction"))->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(table->loadedCount(), qint64(120), kLoadTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(table->state(), State::Loaded, kLoadTimeoutMs);

    // Among the first rows, the one with the smallest id: sorted by id, descending, it moves
    // far down.
    QTableView *view = window->tableView();
    int target = 0;
    for (int row = 1; row <= 30; ++row) {
        if (view->model()->index(row, 0).data(OrchestrationTableModel::IdRole).toString()
            < view->model()->index(target, 0).data(OrchestrationTableModel::IdRole).toString())
            target = row;
    }
    view->scrollToTop();
    view->selectionModel()->setCurrentIndex(view->model()->index(target, 0),
        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    const QString id = window->selectedOrchestration().id();
    view->sortByColumn(OrchestrationTableModel::IdColumn, Qt::DescendingOrder);
    const QModelIndex moved = view->model()->index(shownRowOf(window, id), 0);
    QVERIFY2(moved.row() > target + 30, qPrintable(QString::number(moved.row())));
    QTRY_VERIFY(view->viewport()->rect().intersects(view->visualRect(moved)));
    QCOMPARE(window->selectedOrchestration().id(), id);
    QCOMPARE(window->inspector()->orchestration().id(), id);
}

void TestDailyUse::loadAllOnASlowServerNeverInspectsAnUnlistedRecord()
{
    hubsim::SimulatorConfig config;
    config.count = 600;
    hubsim::HubSimulator sim(config);
    QVERIFY(sim.listen());
    Connected c = connect(sim);
    MainWindow *window = c.window.get();
    OrchestrationTableModel *table = window->tableModel();
    QTRY_COMPARE_WITH_TIMEOUT(table->state(), State::Loaded, kLoadTimeoutMs);
    QTableView *view = window->tableView();
    view->selectionModel()->setCurrentIndex(view->model()->index(20, 0),
        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QTRY_VERIFY(!window->inspector()->orchestration().isNull());

    hubsim::FaultRule slow;
    slow.kind = hubsim::FaultRule::Kind::Latency;
    slow.delayMs = 1000;
    slow.times = -1;
    sim.setFaults({slow});
    window->findChild<QAction *>(QStringLiteral("loadAllAction"))->trigger();
    QCOMPARE(table->rowCount(), 0);
    // The table is empty while the first page is on its way: the inspector shows nothing.
    QTRY_VERIFY(window->inspector()->orchestration().isNull());
    // Then the first rows arrive and one of them is inspected, and selected.
    QTRY_VERIFY_WITH_TIMEOUT(table->rowCount() > 0, kLoadTimeoutMs);
    QTRY_VERIFY(!window->inspector()->orchestration().isNull());
    QVERIFY(table->rowForId(window->inspector()->orchestration().id()) >= 0);
    QVERIFY(inspectorMatchesSelection(window));

    // Escape stops loading, from the table.
    QCOMPARE(table->state(), State::Loading);
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Escape);
    QCOMPARE(table->state(), State::Cancelled);
    QVERIFY(table->rowCount() < 600);
}

void TestDailyUse::tabLeavesTheTable()
{
    hubsim::SimulatorConfig config;
    config.count = 60;
    hubsim::HubSimulator sim(config);
    QVERIFY(sim.listen());
    Connected c = connect(sim);
    MainWindow *window = c.window.get();
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
    QTRY_COMPARE_WITH_TIMEOUT(window->tableModel()->state(), State::Loaded, kLoadTimeoutMs);
    QTableView *view = window->tableView();
    view->setFocus();
    QTRY_VERIFY(view->hasFocus());
    const QString selected = window->selectedOrchestration().id();

    // Tab: out of the table, into the page bar.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QVERIFY(!view->hasFocus());
    QVERIFY(window->pageBar()->isAncestorOf(QApplication::focusWidget()));

    // Onwards: the page number, the page size, then the inspector's tabs and fields; all this
    // in order, without leaving the window.
    QList<QWidget *> visited;
    for (int i = 0; i < 20; ++i) {
        visited << QApplication::focusWidget();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    }
    const auto indexOf = [&visited](QWidget *widget) { return visited.indexOf(widget); };
    auto *pageNumber = window->pageBar()->findChild<QSpinBox *>(QStringLiteral("pageNumberField"));
    const int pageIndex = indexOf(pageNumber->findChild<QLineEdit *>());
    const int sizeIndex =
        indexOf(window->pageBar()->findChild<QComboBox *>(QStringLiteral("pageSizeCombo")));
    const int treeIndex = indexOf(window->inspector()->treeView());
    QVERIFY2(pageIndex >= 0 || indexOf(pageNumber) >= 0, "the page number is reachable");
    QVERIFY(sizeIndex >= 0);
    QVERIFY(treeIndex > sizeIndex);
    QVERIFY(indexOf(window->inspector()->tabs()->tabBar()) >= 0
        || indexOf(window->inspector()->tabs()) >= 0);
    QVERIFY(indexOf(window->filterBar()->searchField()) >= 0);
    QVERIFY(indexOf(view) > indexOf(window->filterBar()->searchField()));

    // Shift+Tab from the page bar goes back to the table.
    window->pageBar()->findChild<QToolButton *>(QStringLiteral("nextPageButton"))->setFocus();
    for (int i = 0; i < 6 && !view->hasFocus(); ++i)
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab, Qt::ShiftModifier);
    QVERIFY(view->hasFocus());

    // Ctrl+Tab in the table never moves the current row away from the selection.
    QTest::keyClick(view, Qt::Key_Tab, Qt::ControlModifier);
    QCOMPARE(window->selectedOrchestration().id(), selected);
    QVERIFY(inspectorMatchesSelection(window));
}

void TestDailyUse::longNameNeverWidensTheWindow()
{
    hubsim::HubSimulator sim({}, datasetWithEdgeNames(30));
    QVERIFY(sim.listen());
    Connected c = connect(sim);
    MainWindow *window = c.window.get();
    const QRect available = window->screen()->availableGeometry();
    window->resize(qMin(1000, available.width() - 40), qMin(700, available.height() - 60));
    QTRY_COMPARE_WITH_TIMEOUT(window->tableModel()->state(), State::Loaded, kLoadTimeoutMs);
    const int width = window->width();

    const QString longId = window->tableModel()->orchestrationAt(1).id();
    QTableView *view = window->tableView();
    view->selectionModel()->setCurrentIndex(view->model()->index(shownRowOf(window, longId), 0),
        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QTRY_COMPARE(window->inspector()->orchestration().id(), longId);
    QApplication::processEvents();
    QCOMPARE(window->width(), width);
    QVERIFY(window->minimumSizeHint().width() <= 1024); // the smallest screen it is made for

    // The title is cut short with its full text in the tooltip.
    ElidedLabel *title = window->inspector()->titleLabel();
    QTRY_VERIFY(title->isElided());
    QCOMPARE(title->fullText(), kLongName);
    QVERIFY(title->text().endsWith(QChar(0x2026)));
    QCOMPARE(renderedToolTip(title->toolTip()), kLongName);
    QVERIFY(title->width() <= window->inspector()->width());
}

void TestDailyUse::rightToLeftTextKeepsItsDirection()
{
    hubsim::HubSimulator sim({}, datasetWithEdgeNames(30));
    QVERIFY(sim.listen());
    Connected c = connect(sim);
    MainWindow *window = c.window.get();
    QTRY_COMPARE_WITH_TIMEOUT(window->tableModel()->state(), State::Loaded, kLoadTimeoutMs);
    const QString arabicId = window->tableModel()->orchestrationAt(2).id();
    QTableView *view = window->tableView();
    const QModelIndex cell =
        view->model()->index(shownRowOf(window, arabicId), OrchestrationTableModel::NameColumn);
    view->selectionModel()->setCurrentIndex(
        cell, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QTRY_COMPARE(window->inspector()->orchestration().id(), arabicId);

    // The title reads right to left and stays at the panel's left edge.
    ElidedLabel *title = window->inspector()->titleLabel();
    QCOMPARE(title->layoutDirection(), Qt::RightToLeft);
    QVERIFY(title->alignment() & Qt::AlignAbsolute);
    QVERIFY(title->alignment() & Qt::AlignLeft);
    // A left-to-right name does not.
    view->selectionModel()->setCurrentIndex(
        view->model()->index(shownRowOf(window, window->tableModel()->orchestrationAt(5).id()), 0),
        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QTRY_COMPARE(title->layoutDirection(), Qt::LeftToRight);

    // The cell: base direction from its text, in the column's place.
    struct Probe : PlainTextDelegate
    {
        using PlainTextDelegate::initStyleOption;
    } probe;
    QStyleOptionViewItem option;
    option.direction = Qt::LeftToRight;
    option.displayAlignment = Qt::AlignLeft | Qt::AlignVCenter;
    probe.initStyleOption(&option, cell);
    QCOMPARE(option.text, kArabicName);
    QCOMPARE(option.direction, Qt::RightToLeft);
    QCOMPARE(option.displayAlignment & Qt::AlignHorizontal_Mask,
        Qt::Alignment(Qt::AlignLeft | Qt::AlignAbsolute));
}

void TestDailyUse::firstStartFitsTheScreen()
{
    MainWindow window;
    const QRect available = window.screen()->availableGeometry();
    QVERIFY(window.width() <= available.width());
    QVERIFY(window.height() <= available.height());
    window.show();
    QVERIFY(available.contains(window.geometry()));
}

void TestDailyUse::restoredGeometryIsClampedToTheScreen()
{
    {
        MainWindow big;
        big.setGeometry(QRect(QPoint(300, 200), big.screen()->availableGeometry().size() * 2));
        big.show();
        big.close(); // saves the geometry
    }
    MainWindow window;
    const QRect available = window.screen()->availableGeometry();
    window.show();
    QVERIFY2(available.contains(window.geometry()),
        qPrintable(QStringLiteral("%1,%2 %3x%4 outside %5x%6")
                       .arg(window.x())
                       .arg(window.y())
                       .arg(window.width())
                       .arg(window.height())
                       .arg(available.width())
                       .arg(available.height())));
}

void TestDailyUse::welcomeTextIsNotClipped()
{
    MainWindow window;
    window.resize(1024, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *text = window.findChild<QLabel *>(QStringLiteral("welcomeText"));
    QVERIFY(text && text->isVisible());
    QVERIFY2(text->height() >= text->heightForWidth(text->width()),
        qPrintable(QStringLiteral("%1 px tall, needs %2")
                       .arg(text->height())
                       .arg(text->heightForWidth(text->width()))));
    QVERIFY(text->height() >= 3 * text->fontMetrics().lineSpacing() - 2);
}

void TestDailyUse::exportShortcutWorksFromTheSearchBox()
{
    hubsim::SimulatorConfig config;
    config.count = 30;
    hubsim::HubSimulator sim(config);
    QVERIFY(sim.listen());
    Connected c = connect(sim);
    MainWindow *window = c.window.get();
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
    QTRY_COMPARE_WITH_TIMEOUT(window->tableModel()->state(), State::Loaded, kLoadTimeoutMs);
    QLineEdit *search = window->filterBar()->searchField();
    search->setFocus();
    QTRY_VERIFY(search->hasFocus());

    auto *exportAction = window->findChild<QAction *>(QStringLiteral("exportAction"));
    QSignalSpy triggered(exportAction, &QAction::triggered);
    bool dialogSeen = false;
    QTimer::singleShot(0, this, [&dialogSeen] {
        QTRY_VERIFY(QApplication::activeModalWidget());
        dialogSeen = true;
        QApplication::activeModalWidget()->close();
    });
    QTest::keyClick(search, Qt::Key_E, Qt::ControlModifier);
    QCOMPARE(triggered.count(), 1);
    QVERIFY(dialogSeen);
}

void TestDailyUse::pageOnlySearchSaysSoAndOffersLoadAll()
{
    hubsim::SimulatorConfig config;
    config.count = 90;
    hubsim::HubSimulator sim(config);
    QVERIFY(sim.listen());
    Connected c = connect(sim);
    MainWindow *window = c.window.get();
    OrchestrationTableModel *table = window->tableModel();
    QTRY_COMPARE_WITH_TIMEOUT(table->state(), State::Loaded, kLoadTimeoutMs);
    Banner *note = window->scopeNote();
    QVERIFY(!note->isVisible());

    window->filterBar()->setSearchText(QStringLiteral("a"));
    QTRY_VERIFY(note->isVisible());
    QCOMPARE(note->text(),
        QStringLiteral("The search covers this page only: 25 of 90 "
                       "orchestration(s)."));
    window->tableView()->sortByColumn(OrchestrationTableModel::NameColumn, Qt::AscendingOrder);
    QTRY_VERIFY(note->text().startsWith(QStringLiteral("The search and the sort cover")));

    // Its Load all loads all; then the note has nothing to say.
    QTest::mouseClick(
        note->findChild<QPushButton *>(QStringLiteral("scopeLoadAllButton")), Qt::LeftButton);
    QCOMPARE(table->mode(), OrchestrationTableModel::Mode::All);
    QTRY_COMPARE_WITH_TIMEOUT(table->state(), State::Loaded, kLoadTimeoutMs);
    QTRY_VERIFY(!note->isVisible());
}

void TestDailyUse::contextMenuAndCopyCoverTheSelectedRows()
{
    hubsim::SimulatorConfig config;
    config.count = 30;
    hubsim::HubSimulator sim(config);
    QVERIFY(sim.listen());
    Connected c = connect(sim);
    MainWindow *window = c.window.get();
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
    OrchestrationTableModel *table = window->tableModel();
    QTRY_COMPARE_WITH_TIMEOUT(table->state(), State::Loaded, kLoadTimeoutMs);
    QTableView *view = window->tableView();
    view->setFocus();
    QItemSelectionModel *selection = view->selectionModel();
    selection->setCurrentIndex(view->model()->index(1, 0),
        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    selection->select(
        view->model()->index(2, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    selection->select(
        view->model()->index(4, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QList<QString> ids;
    for (const int row : {1, 2, 4})
        ids << view->model()->index(row, 0).data(OrchestrationTableModel::IdRole).toString();

    // Ctrl+C: three rows, tab-separated, visible columns with a header line.
    QApplication::clipboard()->clear();
    QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier);
    const QStringList lines =
        QApplication::clipboard()->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QVERIFY(lines.at(0).startsWith(QStringLiteral("Name\tActive\tKind")));
    for (int i = 0; i < 3; ++i) {
        QVERIFY2(lines.at(i + 1).contains(ids.at(i)), qPrintable(lines.at(i + 1)));
        QCOMPARE(lines.at(i + 1).count(QLatin1Char('\t')), lines.at(0).count(QLatin1Char('\t')));
    }

    // The context menu on a selected row: its actions act on the three.
    QStringList offered;
    QTimer::singleShot(0, this, [&offered] {
        QTRY_VERIFY(qobject_cast<QMenu *>(QApplication::activePopupWidget()));
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        for (QAction *action : menu->actions())
            offered << action->text();
        for (QAction *action : menu->actions()) {
            if (action->objectName() == QLatin1String("copyRowsJsonAction"))
                menu->setActiveAction(action);
        }
        QTest::keyClick(menu, Qt::Key_Return);
    });
    const QModelIndex cell = view->model()->index(2, OrchestrationTableModel::NameColumn);
    window->rowActions()->showMenu(view->visualRect(cell).center());
    // (Plurals read "row(s)" without the English translation the application loads.)
    QVERIFY2(
        offered.contains(QStringLiteral("&Copy 3 row(s) as text")), qPrintable(offered.join('|')));
    QVERIFY(offered.contains(QStringLiteral("Copy &ID")));
    QVERIFY(offered.contains(QStringLiteral("&Open in the inspector")));
    QVERIFY(offered.contains(QStringLiteral("Show orchestrations that &share a bot or agent")));
    const QJsonArray copied =
        QJsonDocument::fromJson(QApplication::clipboard()->text().toUtf8()).array();
    QCOMPARE(copied.size(), 3);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(copied.at(i).toObject().value(QLatin1String("id")).toString(), ids.at(i));
    // The current row moved to the clicked one, still selected with the others.
    QCOMPARE(window->inspector()->orchestration().id(), ids.at(1));

    // Sharing: the orchestrations that reference one of the row's bots or agents.
    window->rowActions()->copyId();
    QCOMPARE(QApplication::clipboard()->text(), ids.at(1));
    QSignalSpy wanted(window->rowActions(), &TableRowActions::referencesRequested);
    const Orchestration record = window->selectedOrchestration();
    QString sharedId = record.bots().isEmpty() ? QString() : record.bots().constFirst().id;
    if (sharedId.isEmpty() && !record.agentIds().isEmpty())
        sharedId = record.agentIds().constFirst();
    if (!sharedId.isEmpty()) {
        QTimer::singleShot(0, this, [] {
            QTRY_VERIFY(qobject_cast<QMenu *>(QApplication::activePopupWidget()));
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            auto *sharing = menu->findChild<QMenu *>(QStringLiteral("sharingMenu"));
            QVERIFY(sharing && !sharing->actions().isEmpty());
            sharing->actions().constFirst()->trigger();
            menu->close();
        });
        window->rowActions()->showMenu(view->visualRect(cell).center());
        QCOMPARE(wanted.count(), 1);
        QCOMPARE(window->filterBar()->searchText(), wanted.at(0).at(0).toString());
    }
}

void TestDailyUse::pageBoxSaysWhenThePageDoesNotExist()
{
    hubsim::SimulatorConfig config;
    config.count = 60;
    hubsim::HubSimulator sim(config);
    QVERIFY(sim.listen());
    Connected c = connect(sim);
    MainWindow *window = c.window.get();
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
    OrchestrationTableModel *table = window->tableModel();
    QTRY_COMPARE_WITH_TIMEOUT(table->state(), State::Loaded, kLoadTimeoutMs);
    QCOMPARE(table->pageCount(), 3);

    auto *box = window->pageBar()->findChild<QSpinBox *>(QStringLiteral("pageNumberField"));
    box->setFocus();
    box->selectAll();
    QTest::keyClicks(box, QStringLiteral("99"));
    QTest::keyClick(box, Qt::Key_Return);
    auto *note = window->pageBar()->findChild<QLabel *>(QStringLiteral("pageNumberNote"));
    QVERIFY(note->isVisible());
    QCOMPARE(note->text(), QStringLiteral("There is no page 99: the last is 3."));
    QCOMPARE(box->value(), 1);
    QCOMPARE(table->requestedPage(), 1);

    box->selectAll();
    QTest::keyClicks(box, QStringLiteral("3"));
    QTest::keyClick(box, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(table->currentPage(), 3, kLoadTimeoutMs);
    QVERIFY(!note->isVisible());
}

void TestDailyUse::profilePageSizeIsHonoured()
{
    QSettings().setValue(QStringLiteral("table/pageSize"), 50);
    hubsim::SimulatorConfig config;
    config.count = 60;
    hubsim::HubSimulator sim(config);
    QVERIFY(sim.listen());
    QString error;
    std::unique_ptr<ConsoleSession> session = testsupport::demoClientSession(sim, &error);
    QVERIFY(session);
    ConnectionInfo info = session->info();
    info.profileId = QUuid::createUuid();
    info.defaultPageSize = 10;
    Connected c = connect(sim, info);
    MainWindow *window = c.window.get();
    QTRY_COMPARE_WITH_TIMEOUT(window->tableModel()->state(), State::Loaded, kLoadTimeoutMs);
    QCOMPARE(window->tableModel()->pageSize(), 10);
    QCOMPARE(window->tableModel()->rowCount(), 10);
    auto *size = window->pageBar()->findChild<QComboBox *>(QStringLiteral("pageSizeCombo"));
    QCOMPARE(size->currentData().toInt(), 10);
}

void TestDailyUse::authorizationErrorsOfferToEditTheConnection()
{
    hubsim::SimulatorConfig config;
    config.count = 60;
    hubsim::HubSimulator sim(config);
    QVERIFY(sim.listen());
    QString error;
    std::unique_ptr<ConsoleSession> session = testsupport::demoClientSession(sim, &error);
    QVERIFY(session);
    ConnectionInfo info = session->info();
    info.profileId = QUuid::createUuid(); // a saved connection, which can be edited
    Connected c = connect(sim, info);
    MainWindow *window = c.window.get();
    OrchestrationTableModel *table = window->tableModel();
    QTRY_COMPARE_WITH_TIMEOUT(table->state(), State::Loaded, kLoadTimeoutMs);

    hubsim::FaultRule forbidden;
    forbidden.kind = hubsim::FaultRule::Kind::Status;
    forbidden.status = 403;
    forbidden.times = -1;
    sim.setFaults({forbidden});
    window->pageBar()->goLast();
    QTRY_COMPARE_WITH_TIMEOUT(table->state(), State::Error, kLoadTimeoutMs);
    ErrorBanner *banner = window->errorBanner();
    auto *edit = banner->findChild<QPushButton *>(QStringLiteral("editConnectionButton"));
    QVERIFY(edit->isVisible());
    QVERIFY(!banner->findChild<QPushButton *>(QStringLiteral("retryButton"))->isVisible());
    QSignalSpy wanted(window, &MainWindow::connectionsRequested);
    QTest::mouseClick(edit, Qt::LeftButton);
    QCOMPARE(wanted.count(), 1);

    // A dropped connection says what to do, and offers Retry.
    hubsim::FaultRule dropped;
    dropped.kind = hubsim::FaultRule::Kind::DropConnection;
    dropped.times = -1;
    sim.setFaults({dropped});
    // Hidden before the page is asked for: a failure that arrives early must show it again.
    // The last page, whose fetch failed above, is the one page surely not in the cache (page 2
    // may have been prefetched before the faults were set, and would show without a request).
    QVERIFY(!table->isPageCached(table->pageCount()));
    banner->hide();
    window->pageBar()->goLast();
    // A dropped connection is retried with backoff before the banner shows: give the retries
    // room on a slow (sanitizer) build.
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 4 * kLoadTimeoutMs);
    QVERIFY2(
        banner->text().contains(QStringLiteral("Check your network")), qPrintable(banner->text()));
    QVERIFY(banner->findChild<QPushButton *>(QStringLiteral("retryButton"))->isVisible());
    QVERIFY(!edit->isVisible());
}

void TestDailyUse::snapshotStatusDescribesTheFile()
{
    hubsim::SimulatorConfig config;
    config.count = 30;
    hubsim::HubSimulator sim(config);
    QVERIFY(sim.listen());
    Connected c = connect(sim);
    MainWindow *window = c.window.get();
    OrchestrationTableModel *table = window->tableModel();
    QTRY_COMPARE_WITH_TIMEOUT(table->state(), State::Loaded, kLoadTimeoutMs);
    const QString liveUrl = sim.baseUrl().toDisplayString();
    auto *urlLabel = window->findChild<QLabel *>(QStringLiteral("baseUrlLabel"));
    QCOMPARE(urlLabel->text(), c.session->info().baseUrl.toDisplayString());

    SnapshotFile file;
    file.path = QStringLiteral("/tmp/orchestrations-2024-05-01.json");
    for (int row = 0; row < table->rowCount(); ++row)
        file.document.records.append(table->orchestrationAt(row));
    file.document.info.baseUrl = QUrl(QStringLiteral("https://tenant.example/v3"));
    file.document.info.exportedAt = QDateTime(QDate(2024, 5, 1), QTime(9, 30), Qt::UTC);
    window->showSnapshot(file);
    QTRY_VERIFY(window->snapshot());
    QVERIFY(!urlLabel->text().contains(c.session->info().baseUrl.host()));
    QCOMPARE(urlLabel->text(), QStringLiteral("orchestrations-2024-05-01.json"));
    QVERIFY(!window->findChild<QLabel *>(QStringLiteral("tokenLabel"))->isVisible());
    const QString description = window->snapshot()->description();
    QVERIFY2(!description.contains(QStringLiteral("2024-05-01T")), qPrintable(description));
    QVERIFY(description.contains(
        QLocale().toString(file.document.info.exportedAt.toLocalTime(), QLocale::LongFormat)));
    Q_UNUSED(liveUrl)

    window->closeSnapshot();
    QCOMPARE(urlLabel->text(), c.session->info().baseUrl.toDisplayString());
}

void TestDailyUse::statusBarFitsASmallScreen()
{
    hubsim::SimulatorConfig config;
    config.count = 30;
    hubsim::HubSimulator sim(config);
    QVERIFY(sim.listen());
    // A tenant's address as long as real ones get, on a 1024x768 screen.
    ConnectionInfo info;
    info.name = QStringLiteral("Production EMEA");
    const QString url = QStringLiteral("https://contact-centre-production-emea.example-tenant.com"
                                       "/system/ws/v19/orchestration-console/api/v3");
    info.baseUrl = QUrl(url);
    Connected c = connect(sim, info);
    MainWindow *window = c.window.get();
    window->resize(1024, 768);
    QTRY_COMPARE_WITH_TIMEOUT(window->tableModel()->state(), State::Loaded, kLoadTimeoutMs);
    QTRY_COMPARE(window->width(), 1024);
    QCoreApplication::sendPostedEvents(); // the status bar's layout

    // Nothing in the status bar is cut off: what does not fit is elided, whole in its tooltip.
    for (QLabel *label : window->statusBar()->findChildren<QLabel *>()) {
        if (!label->isVisible() || label->text().isEmpty())
            continue;
        const int right = label->mapTo(window, QPoint(label->width(), 0)).x();
        QVERIFY2(right <= window->width(),
            qPrintable(QStringLiteral("%1 ends at %2").arg(label->objectName()).arg(right)));
        const int needed = label->fontMetrics().horizontalAdvance(label->text());
        QVERIFY2(needed <= label->contentsRect().width(),
            qPrintable(QStringLiteral("%1: \"%2\" needs %3 px, has %4")
                           .arg(label->objectName(), label->text())
                           .arg(needed)
                           .arg(label->contentsRect().width())));
    }
    auto *address = window->findChild<QLabel *>(QStringLiteral("baseUrlLabel"));
    QVERIFY(address->isVisible());
    // Cut in the middle: the host and the path's end both stay readable.
    QVERIFY2(address->text().contains(QChar(0x2026)), qPrintable(address->text()));
    QVERIFY2(
        address->text().startsWith(QStringLiteral("https://contact")), qPrintable(address->text()));
    QVERIFY2(address->text().endsWith(QStringLiteral("/v3")), qPrintable(address->text()));
    QCOMPARE(renderedToolTip(address->toolTip()), url);

    // With room, it is whole and needs no tooltip.
    window->resize(1900, 768);
    QTRY_COMPARE(address->text(), url);
    QCOMPARE(address->toolTip(), QString());
}

void TestDailyUse::keyboardOnlyFlow()
{
    GuiLauncher launcher;
    MainWindow *window = launcher.window();
    window->resize(1200, 760);
    window->show();
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));

    // Welcome page: the demo button is the default; Tab reaches it, Space presses it.
    auto *demo = window->findChild<QPushButton *>(QStringLiteral("tryDemoButton"));
    for (int i = 0; i < 10 && QApplication::focusWidget() != demo; ++i)
        QTest::keyClick(
            QApplication::focusWidget() ? QApplication::focusWidget() : window, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), demo);
    QTest::keyClick(demo, Qt::Key_Space);
    QTRY_VERIFY(window->hasConnection());
    OrchestrationTableModel *table = window->tableModel();
    QTRY_COMPARE_WITH_TIMEOUT(table->state(), State::Loaded, kLoadTimeoutMs);
    // Connected: the focus is in the table, the first row selected and inspected.
    QTableView *view = window->tableView();
    QTRY_VERIFY2(view->hasFocus(),
        qPrintable(QApplication::focusWidget() ? QApplication::focusWidget()->objectName()
                                               : QStringLiteral("none")));
    QTRY_VERIFY(inspectorMatchesSelection(window));

    // Next page.
    QTest::keyClick(view, Qt::Key_PageDown, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(table->currentPage(), 2, kLoadTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(table->state(), State::Loaded, kLoadTimeoutMs);
    QVERIFY(view->hasFocus());

    // Select the fourth row with the arrows; the inspector follows.
    QTest::keyClick(view, Qt::Key_Home, Qt::ControlModifier);
    for (int i = 0; i < 3; ++i)
        QTest::keyClick(view, Qt::Key_Down);
    QCOMPARE(view->currentIndex().row(), 3);
    QTRY_VERIFY(inspectorMatchesSelection(window));
    const QString chosen = window->selectedOrchestration().id();

    // Enter: into the inspector's fields.
    QTest::keyClick(view, Qt::Key_Return);
    QTRY_VERIFY(window->inspector()->treeView()->hasFocus());
    QCOMPARE(window->inspector()->orchestration().id(), chosen);

    // Filter: Ctrl+F to the search box, type, Escape clears it and returns to the table.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F, Qt::ControlModifier);
    QLineEdit *search = window->filterBar()->searchField();
    QTRY_VERIFY(search->hasFocus());
    QTest::keyClicks(search, chosen.left(8));
    QTest::keyClick(search, Qt::Key_Return);
    QTRY_VERIFY(view->model()->rowCount() >= 1);
    QVERIFY(view->model()->rowCount() < 25);
    QTest::keyClick(search, Qt::Key_Escape);
    QTRY_VERIFY(view->hasFocus());
    QTRY_COMPARE(view->model()->rowCount(), 25);
    QTRY_COMPARE(window->selectedOrchestration().id(), chosen);

    // Export: Ctrl+E opens the dialog with the focus inside it; Escape closes it.
    bool dialogHadFocus = false;
    QTimer::singleShot(0, this, [&dialogHadFocus] {
        QTRY_VERIFY(QApplication::activeModalWidget());
        QWidget *dialog = QApplication::activeModalWidget();
        QTRY_VERIFY(dialog->isAncestorOf(QApplication::focusWidget()));
        dialogHadFocus = true;
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    });
    QTest::keyClick(view, Qt::Key_E, Qt::ControlModifier);
    QVERIFY(dialogHadFocus);
    QTRY_VERIFY(!QApplication::activeModalWidget());
    window->activateWindow(); // as a window manager does when the dialog goes
    QVERIFY(QTest::qWaitForWindowActive(window));
    QTRY_VERIFY2(view->hasFocus(),
        qPrintable(QApplication::focusWidget() ? QApplication::focusWidget()->objectName()
                                               : QStringLiteral("none")));

    // Compare: today's snapshot opened with Ctrl+O, compared with yesterday's from the
    // snapshot banner; each file typed into the file dialog.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const auto writeSnapshot = [&dir, table](const QString &name, int daysAgo, bool edited) {
        ExportDocument document;
        for (int row = 0; row < table->rowCount(); ++row)
            document.records.append(table->orchestrationAt(row));
        if (edited) {
            QJsonObject first = QJsonDocument::fromJson(document.records.at(0).rawJson()).object();
            first.insert(QStringLiteral("name"), QStringLiteral("Renamed"));
            document.records[0] =
                Orchestration::fromJson(QJsonDocument(first).toJson(QJsonDocument::Compact));
            document.records.removeLast();
        }
        document.info.exportedAt = QDateTime::currentDateTimeUtc().addDays(-daysAgo);
        QFile file(dir.filePath(name));
        return file.open(QIODevice::WriteOnly) && file.write(document.toJson()) > 0;
    };
    QVERIFY(writeSnapshot(QStringLiteral("yesterday.json"), 1, false));
    QVERIFY(writeSnapshot(QStringLiteral("today.json"), 0, true));
    const auto answerFileDialog = [this](const QString &path, bool *typed) {
        QTimer::singleShot(0, this, [path, typed] {
            QTRY_VERIFY(QApplication::activeModalWidget());
            QWidget *dialog = QApplication::activeModalWidget();
            QTRY_VERIFY(dialog->isAncestorOf(QApplication::focusWidget()));
            QTest::keyClicks(QApplication::focusWidget(), path);
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
            *typed = true;
        });
    };
    bool typed = false;
    answerFileDialog(dir.filePath(QStringLiteral("today.json")), &typed);
    QTest::keyClick(view, Qt::Key_O, Qt::ControlModifier);
    QVERIFY(typed);
    QTRY_VERIFY_WITH_TIMEOUT(window->snapshot(), kLoadTimeoutMs);
    window->activateWindow(); // as a window manager does when the dialog goes
    QVERIFY(QTest::qWaitForWindowActive(window));
    auto *compareButton = window->findChild<QPushButton *>(QStringLiteral("snapshotCompareButton"));
    for (int i = 0; i < 40 && QApplication::focusWidget() != compareButton; ++i)
        QTest::keyClick(
            QApplication::focusWidget() ? QApplication::focusWidget() : window, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), compareButton);
    typed = false;
    answerFileDialog(dir.filePath(QStringLiteral("yesterday.json")), &typed);
    QTest::keyClick(compareButton, Qt::Key_Space);
    QVERIFY(typed);
    QTRY_VERIFY_WITH_TIMEOUT(window->compareController()->compareWindow(), kLoadTimeoutMs);
    CompareWindow *compare = window->compareController()->compareWindow();
    QVERIFY(QTest::qWaitForWindowActive(compare));
    QCOMPARE(compare->listModel()->diff().changes().size(), 2); // one renamed, one removed
    // The focus is on the list of changes; the arrows move through it and the tree follows.
    QTableView *changes = compare->changesView();
    QTRY_VERIFY(changes->hasFocus());
    auto *recordTitle = compare->findChild<QLabel *>(QStringLiteral("compareRecordTitle"));
    QTest::keyClick(changes, Qt::Key_Down);
    QCOMPARE(changes->currentIndex().row(), 1);
    QVERIFY(changes->selectionModel()->isRowSelected(1, QModelIndex()));
    const QString secondId =
        changes->currentIndex().siblingAtColumn(DiffListModel::IdColumn).data().toString();
    QVERIFY2(recordTitle->text().contains(secondId), qPrintable(recordTitle->text()));
    // Tab: into the tree beside it.
    QTest::keyClick(changes, Qt::Key_Tab);
    auto *tree = compare->findChild<QTreeWidget *>(QStringLiteral("compareTree"));
    QTRY_VERIFY(tree->hasFocus());
    QVERIFY(tree->topLevelItemCount() > 0);
    // Escape closes it; the focus is back where it was in the window.
    const QPointer<CompareWindow> closing(compare);
    QTest::keyClick(tree, Qt::Key_Escape);
    QTRY_VERIFY(!closing || !closing->isVisible());
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
    QTRY_VERIFY2(compareButton->hasFocus(),
        qPrintable(QApplication::focusWidget() ? QApplication::focusWidget()->objectName()
                                               : QStringLiteral("none")));

    // Close: Ctrl+Q.
    QTest::keyClick(compareButton, Qt::Key_Q, Qt::ControlModifier);
    QTRY_VERIFY(!window->isVisible());
}

void TestDailyUse::everyControlHasAnAccessibleName()
{
    hubsim::SimulatorConfig config;
    config.count = 60;
    hubsim::HubSimulator sim(config);
    QVERIFY(sim.listen());
    Connected c = connect(sim);
    MainWindow *window = c.window.get();
    QTRY_COMPARE_WITH_TIMEOUT(window->tableModel()->state(), State::Loaded, kLoadTimeoutMs);
    window->filterBar()->setSearchText(QStringLiteral("a")); // the scope note and its button
    QTRY_VERIFY(window->scopeNote()->isVisible());
    ApiError error;
    error.kind = ApiError::Kind::Network;
    error.networkErrorText = QStringLiteral("Connection closed");
    window->errorBanner()->showError(error);

    QStringList unnamed;
    const QList<QWidget *> widgets = window->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (!widget->isVisibleTo(window) || widget->focusPolicy() == Qt::NoFocus)
            continue;
        QString text;
        if (auto *button = qobject_cast<QAbstractButton *>(widget))
            text = button->text();
        else if (auto *label = qobject_cast<QLabel *>(widget))
            text = label->text(); // selectable text: focusable, and read out as it is
        text.remove(QLatin1Char('&'));
        if (!widget->accessibleName().isEmpty() || !text.trimmed().isEmpty())
            continue;
        // Parts of a named composite: a spin box's line edit, a tab widget's bar.
        QWidget *parent = widget->parentWidget();
        if ((qobject_cast<QLineEdit *>(widget) && qobject_cast<QAbstractSpinBox *>(parent))
            || (qobject_cast<QTabBar *>(widget) && parent && !parent->accessibleName().isEmpty()))
            continue;
        unnamed << QStringLiteral("%1 (%2)").arg(
            widget->objectName(), QString::fromLatin1(widget->metaObject()->className()));
    }
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
}

QTEST_MAIN(TestDailyUse)
#include "tst_dailyuse.moc"
