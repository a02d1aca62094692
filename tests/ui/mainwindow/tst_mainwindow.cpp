// The main window as a user drives it: real widgets (offscreen), the real demo simulator or a
// HubSimulator on loopback, the real client in between.

#include "app/consolesession.h"
#include "app/exportoptions.h"
#include "app/guilaunch.h"
#include "models/client/hubclient.h"
#include "models/client/retrypolicy.h"
#include "models/itemmodels/configurationtreemodel.h"
#include "models/itemmodels/orchestrationfiltermodel.h"
#include "models/itemmodels/orchestrationtablemodel.h"
#include "sim/hubsimulator.h"
#include "support/mnemonics.h"
#include "support/sessionsupport.h"
#include "ui/mainwindow/filterbar.h"
#include "ui/mainwindow/inspectorpanel.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/pagebar.h"
#include "ui/widgets/errorbanner.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using namespace std::chrono_literals;
using State = OrchestrationTableModel::State;

namespace {

constexpr int kLoadTimeoutMs = 15'000;

/// A policy that fails at once, so a fault reaches the banner without backoff delays.
RetryPolicy noRetries()
{
    RetryPolicy policy;
    policy.maxAttempts = 1;
    return policy;
}

/// Every node of @p model below @p parent, depth first.
QList<QModelIndex> allNodes(const QAbstractItemModel *model, const QModelIndex &parent = {})
{
    QList<QModelIndex> nodes;
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        nodes << index << allNodes(model, index);
    }
    return nodes;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void welcomePageOffersTheDemo();
    void demoMainFlow();
    void refreshKeepsSelection();
    void errorBannerShowsServerMessageAndRetryKeepsRows();
    void emptyTenantSaysSo();
    void loadAllLoadsEverything();
    void columnChoicesPersistAcrossWindows();
    void connectingWithoutCredentialsSaysWhatIsMissing();
    void everyMnemonicIsItsOwn();
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("OrchestrationConsoleTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    // Request-by-request diagnostics drown the test's own output; warnings stay.
    QLoggingCategory::setFilterRules(QStringLiteral("console.*.debug=false\nconsole.*.info=false\n"
                                                    "hubsim.debug=false\nhubsim.info=false"));
}

void TestMainWindow::init()
{
    QSettings().clear();
}

void TestMainWindow::welcomePageOffersTheDemo()
{
    GuiLauncher launcher;
    MainWindow *window = launcher.window();
    window->show();
    QVERIFY(!window->hasConnection());
    auto *demoButton = window->findChild<QPushButton *>(QStringLiteral("tryDemoButton"));
    QVERIFY(demoButton);
    QVERIFY(demoButton->isVisible());
    QVERIFY(window->findChild<QPushButton *>(QStringLiteral("addConnectionButton"))->isVisible());

    QTest::mouseClick(demoButton, Qt::LeftButton);
    QVERIFY(window->hasConnection());
    QVERIFY(window->connectionInfo().demo);
    QTRY_VERIFY(window->findChild<QLabel *>(QStringLiteral("demoBadge"))->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(window->tableModel()->state(), State::Loaded, kLoadTimeoutMs);
    QVERIFY(window->tableView()->isVisible());
}

void TestMainWindow::demoMainFlow()
{
    GuiLauncher launcher;
    MainWindow *window = launcher.window();
    window->resize(1280, 800);
    window->show();
    QVERIFY(launcher.startDemo());
    OrchestrationTableModel *table = window->tableModel();
    QTableView *view = window->tableView();

    // The first page arrives and its first row is inspected.
    QTRY_COMPARE_WITH_TIMEOUT(table->state(), State::Loaded, kLoadTimeoutMs);
    QCOMPARE(table->currentPage(), 1);
    QCOMPARE(view->model()->rowCount(), 25);
    QVERIFY(table->totalCount() > 1000);
    QTRY_VERIFY(!window->inspector()->orchestration().isNull());
    QTRY_VERIFY(window->findChild<QLabel *>(QStringLiteral("tokenLabel"))
                    ->text()
                    .startsWith(QStringLiteral("Signed in")));
    auto *counts = window->findChild<QLabel *>(QStringLiteral("countsLabel"));
    QCOMPARE(counts->text(),
        QStringLiteral("25 shown of 25 loaded, %1 total")
            .arg(QLocale().toString(table->totalCount())));

    // Next page through the page bar's button.
    auto *next = window->pageBar()->findChild<QToolButton *>(QStringLiteral("nextPageButton"));
    QVERIFY(next && next->isEnabled());
    QSignalSpy pageChanged(table, &OrchestrationTableModel::pageChanged);
    QTest::mouseClick(next, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(table->currentPage(), 2, kLoadTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(table->state(), State::Loaded, kLoadTimeoutMs);
    auto *range = window->pageBar()->findChild<QLabel *>(QStringLiteral("pageRangeLabel"));
    QCOMPARE(
        range->text(), QStringLiteral("26–50 of %1").arg(QLocale().toString(table->totalCount())));
    QCOMPARE(
        window->pageBar()->findChild<QSpinBox *>(QStringLiteral("pageNumberField"))->value(), 2);

    // Select a row on page 2 that references other ids; the inspector shows it.
    int row = -1;
    for (int r = 0; r < view->model()->rowCount() && row < 0; ++r) {
        const Orchestration candidate = table->orchestrationAt(
            window->filterModel()->mapToSource(view->model()->index(r, 0)).row());
        if (candidate.referencedIds().size() > 0 && r > 0)
            row = r;
    }
    QVERIFY(row > 0);
    const QModelIndex cell = view->model()->index(row, OrchestrationTableModel::NameColumn);
    view->scrollTo(cell);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(cell).center());
    const Orchestration selected = window->selectedOrchestration();
    QCOMPARE(selected.id(), cell.data(OrchestrationTableModel::IdRole).toString());
    InspectorPanel *inspector = window->inspector();
    QCOMPARE(inspector->orchestration().id(), selected.id());
    QCOMPARE(
        inspector->findChild<QLabel *>(QStringLiteral("inspectorTitle"))->text(), selected.name());
    QCOMPARE(
        inspector->findChild<QLabel *>(QStringLiteral("inspectorSubtitle"))->text(), selected.id());
    QVERIFY(inspector->rawJsonView()->toPlainText().contains(selected.id()));
    QVERIFY(inspector->rawJsonView()->isReadOnly());

    // Activate a nested id in the inspector (keyboard: select it, press Enter).
    const QString nestedId = selected.referencedIds().constFirst();
    QModelIndex idNode;
    for (const QModelIndex &node : allNodes(inspector->treeModel())) {
        if (node.siblingAtColumn(ConfigurationTreeModel::ValueColumn)
                .data(ConfigurationTreeModel::IdValueRole)
                .toString()
            == nestedId) {
            idNode = node;
            break;
        }
    }
    QVERIFY2(idNode.isValid(), qPrintable(nestedId));
    QTreeView *tree = inspector->treeView();
    tree->setFocus();
    tree->setCurrentIndex(idNode);
    QTest::keyClick(tree, Qt::Key_Return);

    // The table shows exactly the loaded orchestrations that reference it, the selected one among
    // them.
    QCOMPARE(window->filterBar()->searchText(), nestedId);
    const int users = table->countReferences(nestedId);
    QVERIFY(users >= 1);
    QTRY_COMPARE(view->model()->rowCount(), users);
    bool selectedIsShown = false;
    for (int r = 0; r < view->model()->rowCount(); ++r) {
        const Orchestration shown = table->orchestrationAt(
            window->filterModel()->mapToSource(view->model()->index(r, 0)).row());
        QVERIFY2(shown.referencedIds().contains(nestedId) || shown.id() == nestedId,
            qPrintable(shown.id()));
        selectedIsShown = selectedIsShown || shown.id() == selected.id();
    }
    QVERIFY(selectedIsShown);
    QVERIFY(counts->text().startsWith(QStringLiteral("%1 shown of 25 loaded").arg(users)));
}

void TestMainWindow::refreshKeepsSelection()
{
    GuiLauncher launcher;
    MainWindow *window = launcher.window();
    window->show();
    QVERIFY(launcher.startDemo());
    OrchestrationTableModel *table = window->tableModel();
    QTRY_COMPARE_WITH_TIMEOUT(table->state(), State::Loaded, kLoadTimeoutMs);

    QTableView *view = window->tableView();
    view->setFocus();
    view->selectionModel()->setCurrentIndex(view->model()->index(7, 0),
        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    const QString id = window->selectedOrchestration().id();
    QVERIFY(!id.isEmpty());

    QSignalSpy refreshed(table, &OrchestrationTableModel::refreshed);
    QTest::keyClick(window, Qt::Key_F5);
    QVERIFY(refreshed.wait(kLoadTimeoutMs));
    QCOMPARE(table->state(), State::Loaded);
    QCOMPARE(window->selectedOrchestration().id(), id);
    QCOMPARE(window->inspector()->orchestration().id(), id);
    QCOMPARE(view->selectionModel()->currentIndex().row(), 7);
}

void TestMainWindow::errorBannerShowsServerMessageAndRetryKeepsRows()
{
    hubsim::SimulatorConfig config;
    config.count = 60;
    hubsim::HubSimulator sim(config);
    QVERIFY(sim.listen());
    QString error;
    std::unique_ptr<ConsoleSession> session = testsupport::demoClientSession(sim, &error);
    QVERIFY2(session, qPrintable(error));
    session->client()->setRetryPolicy(noRetries());

    MainWindow window;
    window.show();
    window.setConnection(session->client(), session->tokens(), session->info());
    OrchestrationTableModel *table = window.tableModel();
    QTRY_COMPARE_WITH_TIMEOUT(table->state(), State::Loaded, kLoadTimeoutMs);
    QVERIFY(!window.findChild<QLabel *>(QStringLiteral("demoBadge"))->isVisible());
    const QString firstId = table->orchestrationAt(0).id();

    // Every page request now fails with an eGain 500. (Page 2 is prefetched already: go to
    // the last page, which is not.)
    hubsim::FaultRule fault;
    fault.kind = hubsim::FaultRule::Kind::Status;
    fault.status = 500;
    fault.times = -1;
    sim.setFaults({fault});
    QCOMPARE(table->pageCount(), 3);
    window.pageBar()->goLast();
    QTRY_COMPARE_WITH_TIMEOUT(table->state(), State::Error, kLoadTimeoutMs);

    ErrorBanner *banner = window.errorBanner();
    QVERIFY(banner->isVisible());
    auto *message = banner->findChild<QLabel *>(QStringLiteral("errorMessage"));
    QVERIFY2(
        message->text().contains(QStringLiteral("Something went wrong. Please try again later.")),
        qPrintable(message->text()));
    // code, developerMessage one click away
    auto *details = banner->findChild<QLabel *>(QStringLiteral("errorDetails"));
    QVERIFY(!details->isVisible());
    QTest::mouseClick(
        banner->findChild<QToolButton *>(QStringLiteral("errorDetailsButton")), Qt::LeftButton);
    QVERIFY(details->isVisible());
    QVERIFY2(details->text().contains(QStringLiteral("500-101")), qPrintable(details->text()));
    QVERIFY(details->text().contains(QStringLiteral("Injected failure.")));

    // The rows already loaded stay.
    QCOMPARE(table->rowCount(), 25);
    QCOMPARE(table->orchestrationAt(0).id(), firstId);
    QCOMPARE(window.tableView()->model()->rowCount(), 25);

    // Retry once the server is well again: page 3 arrives, the banner goes.
    sim.clearFaults();
    QTest::mouseClick(
        banner->findChild<QPushButton *>(QStringLiteral("retryButton")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(table->state(), State::Loaded, kLoadTimeoutMs);
    QCOMPARE(table->currentPage(), 3);
    QVERIFY(!banner->isVisible());
    QVERIFY(table->orchestrationAt(0).id() != firstId);
}

void TestMainWindow::emptyTenantSaysSo()
{
    hubsim::SimulatorConfig config;
    config.emptyAs204 = true;
    hubsim::HubSimulator sim(config, hubsim::Dataset());
    QVERIFY(sim.listen());
    QString error;
    std::unique_ptr<ConsoleSession> session = testsupport::demoClientSession(sim, &error);
    QVERIFY2(session, qPrintable(error));

    MainWindow window;
    window.show();
    window.setConnection(session->client(), session->tokens(), session->info());
    QTRY_COMPARE_WITH_TIMEOUT(window.tableModel()->state(), State::Empty, kLoadTimeoutMs);
    auto *overlay = window.findChild<QLabel *>(QStringLiteral("tableOverlay"));
    QVERIFY(overlay->isVisible());
    QCOMPARE(overlay->text(), QStringLiteral("There are no orchestrations in this tenant."));
    QVERIFY(!window.errorBanner()->isVisible());
    QVERIFY(window.inspector()->orchestration().isNull());
}

void TestMainWindow::loadAllLoadsEverything()
{
    hubsim::SimulatorConfig config;
    config.count = 180;
    hubsim::HubSimulator sim(config);
    QVERIFY(sim.listen());
    QString error;
    std::unique_ptr<ConsoleSession> session = testsupport::demoClientSession(sim, &error);
    QVERIFY2(session, qPrintable(error));

    MainWindow window;
    window.show();
    window.setConnection(session->client(), session->tokens(), session->info());
    OrchestrationTableModel *table = window.tableModel();
    QTRY_COMPARE_WITH_TIMEOUT(table->state(), State::Loaded, kLoadTimeoutMs);

    auto *loadAll = window.findChild<QAction *>(QStringLiteral("loadAllAction"));
    QVERIFY(loadAll && loadAll->isEnabled());
    loadAll->trigger();
    QCOMPARE(table->mode(), OrchestrationTableModel::Mode::All);
    QTRY_COMPARE_WITH_TIMEOUT(table->loadedCount(), qint64(180), kLoadTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(table->state(), State::Loaded, kLoadTimeoutMs);
    QCOMPARE(window.tableView()->model()->rowCount(), 180);
    QCOMPARE(window.countsText(), QStringLiteral("180 shown of 180 loaded, 180 total"));

    // Sorting covers every row, not a page: by bots, descending, the first row has the most of all.
    qsizetype mostBots = 0;
    for (int row = 0; row < table->rowCount(); ++row)
        mostBots = qMax(mostBots, table->orchestrationAt(row).bots().size());
    QVERIFY(mostBots > 1);
    window.tableView()->sortByColumn(OrchestrationTableModel::BotsColumn, Qt::DescendingOrder);
    const QModelIndex top = window.tableView()->model()->index(0, 0);
    QCOMPARE(table->orchestrationAt(window.filterModel()->mapToSource(top).row()).bots().size(),
        mostBots);

    // Back to pages from the page bar.
    auto *back = window.pageBar()->findChild<QPushButton *>(QStringLiteral("backToPagesButton"));
    QVERIFY(back->isVisible());
    QTest::mouseClick(back, Qt::LeftButton);
    QCOMPARE(table->mode(), OrchestrationTableModel::Mode::Paged);
    QTRY_COMPARE_WITH_TIMEOUT(table->state(), State::Loaded, kLoadTimeoutMs);
    QCOMPARE(table->rowCount(), 25);

    // Asking for 100 per page: the server grants 75, and the page bar says so.
    auto *pageSize = window.pageBar()->findChild<QComboBox *>(QStringLiteral("pageSizeCombo"));
    pageSize->setFocus();
    pageSize->setCurrentIndex(pageSize->findData(100));
    emit pageSize->activated(pageSize->currentIndex());
    QTRY_COMPARE_WITH_TIMEOUT(table->grantedPageSize(), 75, kLoadTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(table->state(), State::Loaded, kLoadTimeoutMs);
    QCOMPARE(table->rowCount(), 75);
    auto *granted = window.pageBar()->findChild<QLabel *>(QStringLiteral("grantedPageSizeLabel"));
    QVERIFY(granted->isVisible());
    QCOMPARE(granted->text(), QStringLiteral("(server grants 75)"));
    QCOMPARE(window.pageBar()->findChild<QLabel *>(QStringLiteral("pageRangeLabel"))->text(),
        QStringLiteral("1–75 of 180"));
}

void TestMainWindow::columnChoicesPersistAcrossWindows()
{
    {
        MainWindow window;
        window.show();
        QHeaderView *header = window.tableView()->horizontalHeader();
        QVERIFY(!header->isSectionHidden(OrchestrationTableModel::DescriptionColumn));
        window.setColumnVisible(OrchestrationTableModel::DescriptionColumn, false);
        QVERIFY(header->isSectionHidden(OrchestrationTableModel::DescriptionColumn));
        header->moveSection(header->visualIndex(OrchestrationTableModel::IdColumn), 0);
        window.tableView()->sortByColumn(
            OrchestrationTableModel::ModifiedColumn, Qt::DescendingOrder);
        window.close();
    }
    MainWindow again;
    QHeaderView *header = again.tableView()->horizontalHeader();
    QVERIFY(header->isSectionHidden(OrchestrationTableModel::DescriptionColumn));
    QCOMPARE(header->logicalIndex(0), int(OrchestrationTableModel::IdColumn));
    QCOMPARE(header->sortIndicatorSection(), int(OrchestrationTableModel::ModifiedColumn));
    QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);

    // The last visible column cannot be hidden: the header would be gone for good.
    for (int column = 0; column < OrchestrationTableModel::ColumnCount; ++column)
        again.setColumnVisible(column, false);
    QCOMPARE(header->count() - header->hiddenSectionCount(), 1);
}

void TestMainWindow::connectingWithoutCredentialsSaysWhatIsMissing()
{
    GuiLauncher launcher;
    ConnectionSettings settings;
    settings.baseUrl = QUrl(QStringLiteral("https://api.example.test/v3"));
    settings.tokenUrl = QUrl(QStringLiteral("https://auth.example.test/oauth2/token"));
    settings.clientId = QStringLiteral("console");
    QString error;
    QVERIFY(!launcher.connectTo(settings, Credentials(), &error));
    QVERIFY2(error.contains(QLatin1String(kClientSecretVariable)), qPrintable(error));
    QVERIFY(!launcher.window()->hasConnection());
    QVERIFY(!launcher.session());
}

void TestMainWindow::everyMnemonicIsItsOwn()
{
    GuiLauncher launcher;
    MainWindow *window = launcher.window();
    QStringList clashes = Mnemonics::clashes(Mnemonics::inWindow(window));
    // Each menu on its own, submenus included: a letter answers only in the menu that is open.
    QList<const QMenu *> menus;
    for (const QAction *action : window->menuBar()->actions())
        menus.append(action->menu());
    QVERIFY(menus.size() >= 3);
    for (qsizetype i = 0; i < menus.size(); ++i) {
        QVERIFY(menus.at(i));
        for (const QAction *action : menus.at(i)->actions()) {
            if (action->menu())
                menus.append(action->menu());
        }
        for (const QString &clash : Mnemonics::clashes(Mnemonics::inMenu(menus.at(i))))
            clashes.append(menus.at(i)->title() + QStringLiteral(" menu, ") + clash);
    }
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u'\n')));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
