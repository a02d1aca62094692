// The export, snapshot and compare controllers on their own, with no main window: each gets
// the models, a table view and small providers through its constructor and says what the
// window should do through signals. Real models and a real client against a HubSimulator on
// loopback, real files, real widgets (offscreen).

#include "app/consolesession.h"
#include "models/client/hubclient.h"
#include "models/core/rawjson.h"
#include "models/core/snapshotfile.h"
#include "models/itemmodels/orchestrationfiltermodel.h"
#include "models/itemmodels/orchestrationtablemodel.h"
#include "sim/hubsimulator.h"
#include "support/csvreadback.h"
#include "support/sessionsupport.h"
#include "ui/export/allpagesfetcher.h"
#include "ui/export/comparecontroller.h"
#include "ui/export/comparewindow.h"
#include "ui/export/exportcontroller.h"
#include "ui/export/shownview.h"
#include "ui/export/snapshotcontroller.h"

#include <QFile>
#include <QHeaderView>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using State = OrchestrationTableModel::State;
using Scope = ViewExport::Scope;

namespace {

constexpr int kLoadTimeoutMs = 20'000;

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestControllers : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void exportFetchesWhatIsMissingAndSaysSo();
    void incompleteExportAsksBeforeWriting();
    void snapshotControllerHoldsTheFileTheWindowShows();
    void snapshotControllerRefusesABadFileOverItsParent();
    void compareReadsTheShownSnapshotThroughItsProvider();
    void exportAndCompareShareOneFetch();
    void csvOfTheViewReadsBackAsTheViewShowsIt();

private:
    void connectTable(int count);
    ShownView shown();

    std::unique_ptr<hubsim::HubSimulator> m_sim;
    std::unique_ptr<ConsoleSession> m_session;
    std::unique_ptr<QWidget> m_parent;
    OrchestrationTableModel *m_table = nullptr;
    OrchestrationFilterModel *m_filter = nullptr;
    QTableView *m_view = nullptr;
    std::optional<SnapshotFile> m_snapshot;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestControllers::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("OrchestrationConsoleTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_controllers"));
    QLoggingCategory::setFilterRules(QStringLiteral("console.*.debug=false\nconsole.*.info=false\n"
                                                    "console.snapshot.warning=false\n"
                                                    "hubsim.debug=false\nhubsim.info=false"));
}

void TestControllers::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    // What a window would own: a parent for dialogs, the models and the table view.
    m_parent = std::make_unique<QWidget>();
    m_parent->resize(800, 600);
    m_table = new OrchestrationTableModel(m_parent.get());
    m_filter = new OrchestrationFilterModel(m_parent.get());
    m_filter->setSourceModel(m_table);
    m_view = new QTableView(m_parent.get());
    m_view->setModel(m_filter);
    m_parent->show();
}

void TestControllers::cleanup()
{
    if (m_table)
        m_table->setClient(nullptr);
    m_parent.reset();
    m_table = nullptr;
    m_filter = nullptr;
    m_view = nullptr;
    m_snapshot.reset();
    m_session.reset();
    m_sim.reset();
    m_dir.reset();
}

void TestControllers::connectTable(int count)
{
    hubsim::SimulatorConfig config;
    config.count = count;
    m_sim = std::make_unique<hubsim::HubSimulator>(config);
    QVERIFY(m_sim->listen());
    QString error;
    m_session = testsupport::demoClientSession(*m_sim, &error);
    QVERIFY2(m_session, qPrintable(error));
    m_table->setClient(m_session->client());
    m_table->loadPage(1);
    QTRY_COMPARE_WITH_TIMEOUT(m_table->state(), State::Loaded, kLoadTimeoutMs);
}

ShownView TestControllers::shown()
{
    ShownView view;
    view.table = m_table;
    view.filter = m_filter;
    view.view = m_view;
    view.snapshot = [this] { return m_snapshot ? &*m_snapshot : nullptr; };
    view.connection = [this] {
        ConnectionInfo info;
        info.name = QStringLiteral("Simulated tenant");
        info.baseUrl = m_sim ? m_sim->baseUrl() : QUrl();
        return info;
    };
    return view;
}

void TestControllers::exportFetchesWhatIsMissingAndSaysSo()
{
    connectTable(120);
    QCOMPARE(m_table->loadedCount(), 25);
    AllPagesFetcher fetcher(m_table, m_parent.get());
    ExportController exporter(shown(), &fetcher, m_parent.get());
    QSignalSpy finished(&exporter, &ExportController::exportFinished);
    QSignalSpy said(&exporter, &ExportController::statusMessage);

    const QString path = m_dir->filePath(QStringLiteral("all.json"));
    exporter.exportTo(
        {Scope::All, ViewExport::Content::Records, ExportDocument::Style::Compact, path});
    QVERIFY(exporter.isBusy());
    QVERIFY(fetcher.isRunning());
    QVERIFY(finished.wait(kLoadTimeoutMs));
    QVERIFY(finished.first().first().value<ExportWriteResult>().ok());
    QVERIFY(!exporter.isBusy());

    const QList<QByteArray> records = RawJson::arrayElements(readFile(path), "orchestration");
    QCOMPARE(records.size(), 120);
    const hubsim::Dataset dataset = m_sim->dataset();
    for (int i = 0; i < records.size(); ++i)
        QCOMPARE(records.at(i), dataset.record(i));
    // The table keeps its page; the window hears of the outcome, it is not told what to do.
    QCOMPARE(m_table->loadedCount(), 25);
    QCOMPARE(said.size(), 1);
    QVERIFY2(said.first().first().toString().startsWith(QStringLiteral("Exported 120 ")),
        qPrintable(said.first().first().toString()));
    QCOMPARE(exporter.lastMessage(), said.first().first().toString());
}

void TestControllers::incompleteExportAsksBeforeWriting()
{
    // The server ignores paging: every page is page 1, so all pages give 25 of 120. The user
    // is asked; Cancel writes nothing, "Write Incomplete Export" writes a file that says so.
    connectTable(120);
    hubsim::FaultRule rule;
    rule.kind = hubsim::FaultRule::Kind::IgnorePaging;
    rule.times = -1;
    m_sim->addFault(rule);
    AllPagesFetcher fetcher(m_table, m_parent.get());
    ExportController exporter(shown(), &fetcher, m_parent.get());
    QSignalSpy finished(&exporter, &ExportController::exportFinished);
    QSignalSpy said(&exporter, &ExportController::statusMessage);
    const QString path = m_dir->filePath(QStringLiteral("all.json"));
    const ExportChoice choice {
        Scope::All, ViewExport::Content::Records, ExportDocument::Style::Compact, path};

    for (const bool write : {false, true}) {
        finished.clear();
        said.clear();
        exporter.exportTo(choice);
        QMessageBox *box = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (box = m_parent->findChild<QMessageBox *>(QStringLiteral("incompleteExport"))),
            kLoadTimeoutMs);
        QVERIFY2(box->text().contains(QStringLiteral("25 of the 120")), qPrintable(box->text()));
        QVERIFY(exporter.isBusy()); // nothing else starts while the question is open
        QVERIFY(!QFile::exists(path));
        QAbstractButton *answer = nullptr;
        for (QAbstractButton *button : box->buttons()) {
            const bool isWrite = box->buttonRole(button) == QMessageBox::AcceptRole;
            if (isWrite == write)
                answer = button;
        }
        QVERIFY(answer);
        answer->click();
        QTRY_VERIFY(!m_parent->findChild<QMessageBox *>(QStringLiteral("incompleteExport")));
        QVERIFY(finished.size() == 1 || finished.wait(kLoadTimeoutMs));
        QVERIFY(!exporter.isBusy());
        QVERIFY(!said.isEmpty());
        const QString status = said.last().first().toString();
        if (!write) {
            QVERIFY(!QFile::exists(path));
            QVERIFY2(status.contains(QStringLiteral("incomplete")), qPrintable(status));
            QVERIFY2(status.contains(QStringLiteral("nothing was written")), qPrintable(status));
            continue;
        }
        QVERIFY(finished.first().first().value<ExportWriteResult>().ok());
        QCOMPARE(RawJson::arrayElements(readFile(path), "orchestration").size(), 25);
        QVERIFY2(readFile(path).contains("Incomplete: 25 of the 120"), readFile(path).left(400));
        QVERIFY2(status.startsWith(QStringLiteral("Exported 25 ")), qPrintable(status));
        QVERIFY2(status.contains(QStringLiteral("Incomplete")), qPrintable(status));
    }
}

void TestControllers::snapshotControllerHoldsTheFileTheWindowShows()
{
    connectTable(40);
    AllPagesFetcher fetcher(m_table, m_parent.get());
    ExportController exporter(shown(), &fetcher, m_parent.get());
    QSignalSpy exported(&exporter, &ExportController::exportFinished);
    const QString path = m_dir->filePath(QStringLiteral("page.json"));
    exporter.exportTo(
        {Scope::Page, ViewExport::Content::Records, ExportDocument::Style::Indented, path});
    QVERIFY(exported.wait(kLoadTimeoutMs));

    SnapshotController snapshots(m_parent.get());
    QSignalSpy placed(&snapshots, &SnapshotController::loadIndicatorCreated);
    QSignalSpy shownSpy(&snapshots, &SnapshotController::shown);
    QSignalSpy opened(&snapshots, &SnapshotController::snapshotOpened);
    QVERIFY(!snapshots.loadIndicator()); // nothing read yet: nothing to place
    QVERIFY(!snapshots.current());

    snapshots.openSnapshot(path);
    QVERIFY(snapshots.isLoadingSnapshot());
    QCOMPARE(placed.size(), 1);
    QWidget *indicator = placed.first().first().value<QWidget *>();
    QCOMPARE(indicator, snapshots.loadIndicator());
    QVERIFY(indicator->isVisible());
    QVERIFY(opened.wait(kLoadTimeoutMs));
    QVERIFY(!indicator->isVisible());
    // shown() came first, with the file: the window shows it; the controller only holds it.
    QCOMPARE(shownSpy.size(), 1);
    QCOMPARE(shownSpy.first().first().value<SnapshotFile>().path, path);
    QVERIFY(snapshots.current());
    QCOMPARE(snapshots.current()->path, path);
    QCOMPARE(snapshots.current()->document.records.size(), 25);
    QCOMPARE(m_table->loadedCount(), 25); // not touched by the controller

    // A second open reuses the indicator.
    snapshots.openSnapshot(path);
    QVERIFY(opened.wait(kLoadTimeoutMs));
    QCOMPARE(placed.size(), 1);

    snapshots.close();
    QVERIFY(!snapshots.current());
}

void TestControllers::snapshotControllerRefusesABadFileOverItsParent()
{
    const QString notes = m_dir->filePath(QStringLiteral("notes.json"));
    QFile file(notes);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("not json");
    file.close();

    SnapshotController snapshots(m_parent.get());
    QSignalSpy failed(&snapshots, &SnapshotController::snapshotOpenFailed);
    QSignalSpy shownSpy(&snapshots, &SnapshotController::shown);
    snapshots.openSnapshot(notes);
    QVERIFY(failed.wait(kLoadTimeoutMs));
    QCOMPARE(failed.first().first().toString(), notes);
    QCOMPARE(shownSpy.size(), 0);
    QVERIFY(!snapshots.current());
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = m_parent->findChild<QMessageBox *>(QStringLiteral("exportMessage"))));
    QCOMPARE(box->windowTitle(), QStringLiteral("Open snapshot"));
    QVERIFY(box->text().contains(QStringLiteral("notes.json")));
    box->close();
}

void TestControllers::compareReadsTheShownSnapshotThroughItsProvider()
{
    connectTable(40);
    AllPagesFetcher fetcher(m_table, m_parent.get());
    ExportController exporter(shown(), &fetcher, m_parent.get());
    QSignalSpy exported(&exporter, &ExportController::exportFinished);
    const QString path = m_dir->filePath(QStringLiteral("all.json"));
    exporter.exportTo(
        {Scope::All, ViewExport::Content::Records, ExportDocument::Style::Indented, path});
    QVERIFY(exported.wait(kLoadTimeoutMs));

    // The "window" shows a snapshot of the first three records only.
    QString error;
    const std::optional<SnapshotFile> file = SnapshotFile::read(path, &error);
    QVERIFY2(file, qPrintable(error));
    m_snapshot = *file;
    m_snapshot->document.records = m_snapshot->document.records.mid(0, 3);

    CompareController compare(shown(), &fetcher, m_parent.get());
    QSignalSpy compared(&compare, &CompareController::compareOpened);
    QSignalSpy said(&compare, &CompareController::statusMessage);
    compare.compareWith(path);
    QVERIFY(compare.isLoading());
    QVERIFY(compared.wait(kLoadTimeoutMs));
    QVERIFY(!fetcher.isRunning()); // a snapshot is compared as it is: nothing fetched
    CompareWindow *window = compare.compareWindow();
    QVERIFY(window);
    QCOMPARE(window->parentWidget(), m_parent.get());
    // Same exportedAt (the shown one trimmed by hand): the snapshot shown is "old", the file
    // picked "new", so what the file has more reads as added.
    QCOMPARE(window->listModel()->diff().addedCount(), 37);
    QCOMPARE(window->listModel()->diff().removedCount(), 0);
    QVERIFY(window->oldSide().records.size() == 3);
    QVERIFY2(window->summaryText().startsWith(QStringLiteral("Old: all.json (snapshot of ")),
        qPrintable(window->summaryText()));
    QCOMPARE(said.size(), 1);
    QCOMPARE(said.first().first().toString(), QStringLiteral("37 added, 0 removed, 0 changed."));
    window->close();
}

void TestControllers::exportAndCompareShareOneFetch()
{
    connectTable(300);
    const QString before = m_dir->filePath(QStringLiteral("before.json"));
    {
        // A file to compare with: the page shown.
        AllPagesFetcher fetcher(m_table, m_parent.get());
        ExportController exporter(shown(), &fetcher, m_parent.get());
        QSignalSpy exported(&exporter, &ExportController::exportFinished);
        exporter.exportTo(
            {Scope::Page, ViewExport::Content::Records, ExportDocument::Style::Indented, before});
        QVERIFY(exported.wait(kLoadTimeoutMs));
    }

    // Page 4 (of 75 each) takes its time: the fetch is still running when Cancel is pressed.
    hubsim::FaultRule slowPage;
    slowPage.kind = hubsim::FaultRule::Kind::Latency;
    slowPage.onlyPage = 4;
    slowPage.delayMs = 30'000;
    slowPage.times = -1;
    m_sim->setFaults({slowPage});

    AllPagesFetcher fetcher(m_table, m_parent.get());
    ExportController exporter(shown(), &fetcher, m_parent.get());
    CompareController compare(shown(), &fetcher, m_parent.get());
    QSignalSpy compared(&compare, &CompareController::compareOpened);
    QSignalSpy failed(&compare, &CompareController::compareFailed);
    QSignalSpy exported(&exporter, &ExportController::exportFinished);

    // Live data is paged: the compare fetches every page first, through the shared fetcher.
    compare.compareWith(before);
    QTRY_VERIFY_WITH_TIMEOUT(fetcher.isRunning(), kLoadTimeoutMs);
    // Meanwhile the export is busy too, and starts nothing of its own.
    QVERIFY(exporter.isBusy());
    exporter.exportTo({Scope::All, ViewExport::Content::Records, ExportDocument::Style::Indented,
        m_dir->filePath(QStringLiteral("all.json"))});
    // Cancel on the one progress dialog stops the compare's fetch; no compare window opens.
    auto *progress = m_parent->findChild<QProgressDialog *>(QStringLiteral("exportProgress"));
    QVERIFY(progress);
    QCOMPARE(progress->windowTitle(), QStringLiteral("Compare")); // not "Export"
    QPushButton *cancel = progress->findChild<QPushButton *>();
    QVERIFY(cancel);
    cancel->click(); // the scan stops at once, so compareFailed() may already be in
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, kLoadTimeoutMs);
    QVERIFY(failed.first().first().toString().contains(QStringLiteral("Cancelled")));
    QCOMPARE(compared.size(), 0);
    QVERIFY(!fetcher.isRunning());
    QVERIFY(!exporter.isBusy());
    QCOMPARE(exported.size(), 0);
    QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("all.json"))));
}

void TestControllers::csvOfTheViewReadsBackAsTheViewShowsIt()
{
    connectTable(60);
    // The view as a user left it: a search, a sort, a column hidden and one moved first.
    m_filter->setSearchText(QStringLiteral("a"));
    m_filter->sort(OrchestrationTableModel::NameColumn, Qt::DescendingOrder);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionHidden(OrchestrationTableModel::KindColumn, true);
    header->moveSection(header->visualIndex(OrchestrationTableModel::IdColumn), 0);
    QVERIFY(m_filter->rowCount() > 1);

    AllPagesFetcher fetcher(m_table, m_parent.get());
    ExportController exporter(shown(), &fetcher, m_parent.get());
    QSignalSpy finished(&exporter, &ExportController::exportFinished);
    const QString path = m_dir->filePath(QStringLiteral("view.csv"));
    exporter.exportTo({Scope::View, ViewExport::Content::Columns, ExportDocument::Style::Indented,
        path, ViewExport::Format::Csv});
    QVERIFY(finished.wait(kLoadTimeoutMs));
    QVERIFY(finished.first().first().value<ExportWriteResult>().ok());

    const auto rows = testsupport::readCsvWithPython(path);
    QVERIFY(rows);
    QStringList keys;
    QList<int> columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int column = header->logicalIndex(visual);
        if (!header->isSectionHidden(column)) {
            columns.append(column);
            keys.append(ViewColumns::key(column));
        }
    }
    QCOMPARE(rows->first(), keys);
    QCOMPARE(keys.first(), QStringLiteral("id"));
    QVERIFY(!keys.contains(QStringLiteral("kind")));
    QCOMPARE(rows->size(), m_filter->rowCount() + 1);
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        const Orchestration record =
            m_table->orchestrationAt(m_filter->mapToSource(m_filter->index(row, 0)).row());
        const QStringList &cells = rows->at(row + 1);
        QCOMPARE(cells.size(), columns.size());
        QStringList bots;
        for (const BotReference &bot : record.bots())
            bots.append(bot.id);
        for (int i = 0; i < columns.size(); ++i) {
            const int column = columns.at(i);
            if (column == OrchestrationTableModel::BotsColumn)
                QCOMPARE(cells.at(i), bots.join(QLatin1Char(' ')));
            else if (column == OrchestrationTableModel::AgentsColumn)
                QCOMPARE(cells.at(i), record.agentIds().join(QLatin1Char(' ')));
            else if (column == OrchestrationTableModel::NameColumn)
                QCOMPARE(cells.at(i), m_filter->index(row, column).data().toString());
            else if (column == OrchestrationTableModel::IdColumn)
                QCOMPARE(cells.at(i), record.id());
        }
    }
}

QTEST_MAIN(TestControllers)
#include "tst_controllers.moc"
