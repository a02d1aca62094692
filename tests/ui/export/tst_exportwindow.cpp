// Export, Open and Compare in the main window as a user drives them: real widgets
// (offscreen), the real client against a HubSimulator on loopback, real files. Every scope's
// file is checked against what the window showed, byte for byte and in its order.

#include "app/consolesession.h"
#include "models/client/hubclient.h"
#include "models/core/rawjson.h"
#include "models/itemmodels/configurationtreemodel.h"
#include "models/itemmodels/orchestrationfiltermodel.h"
#include "models/itemmodels/orchestrationtablemodel.h"
#include "sim/hubsimulator.h"
#include "support/sessionsupport.h"
#include "support/testsavefiles.h"
#include "ui/export/comparecontroller.h"
#include "ui/export/comparewindow.h"
#include "ui/export/exportcontroller.h"
#include "ui/export/exportdialog.h"
#include "ui/export/snapshotbanner.h"
#include "ui/mainwindow/inspectorpanel.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/pagebar.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QProcess>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QSaveFile>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using State = OrchestrationTableModel::State;
using Scope = ViewExport::Scope;

using testsupport::FailingSaveFile;
using testsupport::ObservedSaveFile;

namespace {

constexpr int kLoadTimeoutMs = 20'000;

QList<QByteArray> rawOf(const QList<Orchestration> &records)
{
    QList<QByteArray> list;
    for (const Orchestration &record : records)
        list.append(record.rawJson());
    return list;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QStringList entries(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
}

bool isRoot()
{
#ifdef Q_OS_UNIX
    return ::geteuid() == 0;
#else
    return false;
#endif
}

} // namespace

class TestExportWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void pageScopeHoldsThePageInServerOrder();
    void viewScopeHoldsTheFilteredSortedRows();
    void selectionScopeHoldsTheSelectedRowsInViewOrder();
    void nodeScopeHoldsTheInspectorsNode();
    void allPagesFetchesWhatIsMissing();
    void allPagesUsesWhatIsLoaded();
    void visibleColumnsFollowTheHeader();
    void roundTripThroughASnapshot();
    void cancelWhileFetchingKeepsTheOldFile();
    void cancelWhileWritingKeepsTheOldFile();
    void writeErrorSaysWhyAndKeepsTheOldFile();
    void readOnlyFolderSaysWhy();
    void dialogPreviewsAndAsksBeforeReplacing();
    void compareSnapshotWithLiveData();
    void compareTwoSnapshots();

private:
    void connectWindow(int count = 300, int latencyMs = 0);
    QList<QByteArray> exportRecords(const ExportChoice &choice, QJsonObject *document = nullptr);
    ExportWriteResult runExport(const ExportChoice &choice);
    QList<Orchestration> shownRows() const;
    hubsim::Dataset changedDataset(QString *changedId, QString *participant) const;
    void screenshot(QWidget *widget, const QString &name);

    std::unique_ptr<hubsim::HubSimulator> m_sim;
    std::unique_ptr<ConsoleSession> m_session;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_immutable;
};

void TestExportWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("OrchestrationConsoleTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_exportwindow"));
    QLoggingCategory::setFilterRules(QStringLiteral("console.*.debug=false\nconsole.*.info=false\n"
                                                    "console.export.warning=false\n"
                                                    "hubsim.debug=false\nhubsim.info=false"));
}

void TestExportWindow::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestExportWindow::cleanup()
{
    if (!m_immutable.isEmpty())
        QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("-i"), m_immutable});
    m_immutable.clear();
    m_window.reset();
    m_session.reset();
    m_sim.reset();
    m_dir.reset();
}

void TestExportWindow::connectWindow(int count, int latencyMs)
{
    hubsim::SimulatorConfig config;
    config.count = count;
    config.latencyMs = latencyMs;
    m_sim = std::make_unique<hubsim::HubSimulator>(config);
    QVERIFY(m_sim->listen());
    QString error;
    m_session = testsupport::demoClientSession(*m_sim, &error);
    QVERIFY2(m_session, qPrintable(error));
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1280, 800);
    m_window->show();
    m_window->setConnection(m_session->client(), m_session->tokens(), m_session->info());
    QTRY_COMPARE_WITH_TIMEOUT(m_window->tableModel()->state(), State::Loaded, kLoadTimeoutMs);
}

ExportWriteResult TestExportWindow::runExport(const ExportChoice &choice)
{
    QSignalSpy finished(m_window->exportController(), &ExportController::exportFinished);
    m_window->exportController()->exportTo(choice);
    if (!finished.wait(kLoadTimeoutMs))
        return {};
    return finished.first().first().value<ExportWriteResult>();
}

QList<QByteArray> TestExportWindow::exportRecords(const ExportChoice &choice, QJsonObject *document)
{
    const ExportWriteResult result = runExport(choice);
    if (!result.ok()) {
        qWarning("export failed: %s", qPrintable(result.error));
        return {};
    }
    const QByteArray bytes = readFile(choice.path);
    if (document)
        *document = QJsonDocument::fromJson(bytes).object();
    // Minified, as each record is kept: compared byte for byte with what the window holds.
    return RawJson::arrayElements(bytes, "orchestration");
}

QList<Orchestration> TestExportWindow::shownRows() const
{
    const OrchestrationFilterModel *filter = m_window->filterModel();
    QList<Orchestration> rows;
    for (int row = 0; row < filter->rowCount(); ++row)
        rows.append(filter->index(row, 0)
                        .data(OrchestrationTableModel::OrchestrationRole)
                        .value<Orchestration>());
    return rows;
}

hubsim::Dataset TestExportWindow::changedDataset(QString *changedId, QString *participant) const
{
    // Record 0 (eGain's example, one bot) gets a new participant; record 1 goes; one arrives.
    const hubsim::Dataset original = m_sim->dataset();
    QList<QByteArray> records;
    for (int i = 0; i < original.size(); ++i) {
        if (i == 1)
            continue;
        records.append(original.record(i));
    }
    *changedId = Orchestration::fromJson(original.record(0)).id();
    *participant = QStringLiteral("99999999-2222-4333-8444-555555555555");
    QByteArray first = records.first();
    first.replace("\"participant\":{\"id\":\"b09dddd6-394b-4039-86bc-a5dd89ee5e8d\"}",
        QByteArray("\"participant\":{\"id\":\"" + participant->toUtf8() + "\"}"));
    records[0] = first;
    records.append(
        R"({"id":"00000000-0000-4000-8000-00000000000b","name":"arrived","active":true})");
    return *hubsim::Dataset::fromJson('[' + records.join(',') + ']');
}

void TestExportWindow::screenshot(QWidget *widget, const QString &name)
{
    // Scratch screenshots for a person to look at: CONSOLE_SCREENSHOT_DIR=<dir>.
    const QString dir = qEnvironmentVariable("CONSOLE_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

void TestExportWindow::pageScopeHoldsThePageInServerOrder()
{
    connectWindow();
    OrchestrationTableModel *table = m_window->tableModel();
    m_window->pageBar()->goNext();
    QTRY_COMPARE_WITH_TIMEOUT(table->currentPage(), 2, kLoadTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(table->state(), State::Loaded, kLoadTimeoutMs);
    // A sort in the view does not reorder the page scope: it is the page as the server sent it.
    m_window->tableView()->sortByColumn(OrchestrationTableModel::NameColumn, Qt::DescendingOrder);

    QList<Orchestration> page;
    for (int row = 0; row < table->rowCount(); ++row)
        page.append(table->orchestrationAt(row));
    const hubsim::Dataset dataset = m_sim->dataset();
    for (int i = 0; i < page.size(); ++i)
        QCOMPARE(page.at(i).rawJson(), dataset.record(25 + i));

    ExportChoice choice {Scope::Page, ViewExport::Content::Records, ExportDocument::Style::Indented,
        m_dir->filePath(QStringLiteral("page.json"))};
    QJsonObject document;
    QCOMPARE(exportRecords(choice, &document), rawOf(page));
    QCOMPARE(document.value(QLatin1String("paginationInfo"))
                 .toObject()
                 .value(QLatin1String("pagenum"))
                 .toInt(),
        2);
    QCOMPARE(document.value(QLatin1String("paginationInfo"))
                 .toObject()
                 .value(QLatin1String("count"))
                 .toInt(),
        300);
    const QJsonObject info = document.value(QLatin1String("exportInfo")).toObject();
    QCOMPARE(info.value(QLatin1String("scope")).toString(), QStringLiteral("page"));
    QCOMPARE(info.value(QLatin1String("pagenum")).toInt(), 2);
    QCOMPARE(info.value(QLatin1String("baseUrl")).toString(), m_sim->baseUrl().toString());
    QCOMPARE(info.value(QLatin1String("profile")).toString(), m_window->connectionInfo().name);
    QVERIFY(!readFile(choice.path).contains(hubsim::kDemoClientSecret.data()));
    QVERIFY2(m_window->exportController()->lastMessage().contains(
                 QStringLiteral("Exported 25 orchestration(s)")),
        qPrintable(m_window->exportController()->lastMessage()));
}

void TestExportWindow::viewScopeHoldsTheFilteredSortedRows()
{
    connectWindow();
    m_window->tableModel()->loadAll();
    QTRY_COMPARE_WITH_TIMEOUT(m_window->tableModel()->state(), State::Loaded, kLoadTimeoutMs);
    QCOMPARE(m_window->tableModel()->rowCount(), 300);
    m_window->filterModel()->setSearchText(QStringLiteral("support"));
    m_window->filterModel()->setActiveFilter(OrchestrationFilterModel::ActiveFilter::Active);
    m_window->tableView()->sortByColumn(
        OrchestrationTableModel::ModifiedColumn, Qt::DescendingOrder);
    const QList<Orchestration> shown = shownRows();
    QVERIFY(shown.size() > 2);
    QVERIFY(shown.size() < 300);

    ExportChoice choice {Scope::View, ViewExport::Content::Records, ExportDocument::Style::Compact,
        m_dir->filePath(QStringLiteral("view.json"))};
    QJsonObject document;
    QCOMPARE(exportRecords(choice, &document), rawOf(shown));
    const QJsonObject info = document.value(QLatin1String("exportInfo")).toObject();
    QCOMPARE(info.value(QLatin1String("scope")).toString(), QStringLiteral("view"));
    QCOMPARE(info.value(QLatin1String("filter")).toObject().value(QLatin1String("text")).toString(),
        QStringLiteral("support"));
    QCOMPARE(
        info.value(QLatin1String("filter")).toObject().value(QLatin1String("active")).toString(),
        QStringLiteral("active"));
    QCOMPARE(info.value(QLatin1String("sort")).toObject().value(QLatin1String("column")).toString(),
        QStringLiteral("modified"));
    QCOMPARE(info.value(QLatin1String("sort")).toObject().value(QLatin1String("order")).toString(),
        QStringLiteral("descending"));
    QCOMPARE(info.value(QLatin1String("itemCount")).toInt(), shown.size());
}

void TestExportWindow::selectionScopeHoldsTheSelectedRowsInViewOrder()
{
    connectWindow();
    m_window->tableView()->sortByColumn(OrchestrationTableModel::NameColumn, Qt::AscendingOrder);
    QTableView *view = m_window->tableView();
    QItemSelectionModel *selection = view->selectionModel();
    selection->clearSelection();
    // Chosen out of order, as Ctrl+clicks would.
    for (const int row : {7, 2, 12}) {
        selection->select(
            view->model()->index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    const QList<Orchestration> shown = shownRows();
    const QList<Orchestration> expected {shown.at(2), shown.at(7), shown.at(12)};
    QCOMPARE(m_window->exportController()->preferredScope(), Scope::Selection);

    ExportChoice choice {Scope::Selection, ViewExport::Content::Records,
        ExportDocument::Style::Indented, m_dir->filePath(QStringLiteral("selection.json"))};
    QJsonObject document;
    QCOMPARE(exportRecords(choice, &document), rawOf(expected));
    QCOMPARE(document.value(QLatin1String("exportInfo"))
                 .toObject()
                 .value(QLatin1String("scope"))
                 .toString(),
        QStringLiteral("selection"));
}

void TestExportWindow::nodeScopeHoldsTheInspectorsNode()
{
    connectWindow();
    const QModelIndex first = m_window->tableView()->model()->index(0, 0);
    m_window->tableView()->selectionModel()->setCurrentIndex(
        first, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    const Orchestration record = m_window->selectedOrchestration();
    QTRY_COMPARE(m_window->inspector()->orchestration().id(), record.id());
    QVERIFY(!record.bots().isEmpty());
    const QString path = QStringLiteral("applications.botConfiguration.bots[0]");
    const QModelIndex node = m_window->inspector()->treeModel()->indexForPath(path);
    QVERIFY(node.isValid());
    m_window->inspector()->treeView()->setCurrentIndex(node);

    const QList<ExportScopeOffer> offers = m_window->exportController()->scopeOffers();
    const auto offer = std::find_if(offers.cbegin(), offers.cend(),
        [](const ExportScopeOffer &each) { return each.scope == Scope::Node; });
    QVERIFY(offer != offers.cend() && offer->available);
    QVERIFY2(offer->detail.contains(path), qPrintable(offer->detail));

    ExportChoice choice {Scope::Node, ViewExport::Content::Records, ExportDocument::Style::Indented,
        m_dir->filePath(QStringLiteral("node.json"))};
    QJsonObject document;
    QCOMPARE(exportRecords(choice, &document), QList<QByteArray> {record.rawJson()});
    const QJsonObject info = document.value(QLatin1String("exportInfo")).toObject();
    QCOMPARE(info.value(QLatin1String("nodePath")).toString(), path);
    QCOMPARE(info.value(QLatin1String("node")).toObject(),
        QJsonDocument::fromJson(node.data(ConfigurationTreeModel::NodeJsonRole).toByteArray())
            .object());
    QCOMPARE(info.value(QLatin1String("node")).toObject().value(QLatin1String("id")).toString(),
        record.bots().first().id);
}

void TestExportWindow::allPagesFetchesWhatIsMissing()
{
    connectWindow();
    QCOMPARE(m_window->tableModel()->loadedCount(), 25);
    const int before = m_sim->countRequests(m_sim->orchestrationsUrl().path());
    ExportChoice choice {Scope::All, ViewExport::Content::Records, ExportDocument::Style::Indented,
        m_dir->filePath(QStringLiteral("all.json"))};
    QJsonObject document;
    const QList<QByteArray> records = exportRecords(choice, &document);
    QCOMPARE(records.size(), 300);
    const hubsim::Dataset dataset = m_sim->dataset();
    for (int i = 0; i < 300; ++i)
        QCOMPARE(records.at(i), dataset.record(i));
    QVERIFY(m_sim->countRequests(m_sim->orchestrationsUrl().path()) > before);
    QCOMPARE(document.value(QLatin1String("exportInfo"))
                 .toObject()
                 .value(QLatin1String("scope"))
                 .toString(),
        QStringLiteral("all"));
    QCOMPARE(document.value(QLatin1String("paginationInfo"))
                 .toObject()
                 .value(QLatin1String("count"))
                 .toInt(),
        300);
    // The window still shows its page.
    QCOMPARE(m_window->tableModel()->loadedCount(), 25);
}

void TestExportWindow::allPagesUsesWhatIsLoaded()
{
    connectWindow(120);
    m_window->tableModel()->loadAll();
    QTRY_COMPARE_WITH_TIMEOUT(m_window->tableModel()->state(), State::Loaded, kLoadTimeoutMs);
    m_window->filterModel()->setSearchText(QStringLiteral("default")); // does not narrow "all"
    const int before = m_sim->countRequests(m_sim->orchestrationsUrl().path());
    ExportChoice choice {Scope::All, ViewExport::Content::Records, ExportDocument::Style::Compact,
        m_dir->filePath(QStringLiteral("all.json"))};
    const QList<QByteArray> records = exportRecords(choice);
    QCOMPARE(records.size(), 120);
    QCOMPARE(m_sim->countRequests(m_sim->orchestrationsUrl().path()), before);
}

void TestExportWindow::visibleColumnsFollowTheHeader()
{
    connectWindow();
    QHeaderView *header = m_window->tableView()->horizontalHeader();
    m_window->setColumnVisible(OrchestrationTableModel::DescriptionColumn, false);
    m_window->setColumnVisible(OrchestrationTableModel::CustomerAppColumn, false);
    header->moveSection(header->visualIndex(OrchestrationTableModel::IdColumn), 0);
    const QList<int> columns = m_window->exportController()->visibleColumns();
    QCOMPARE(columns.first(), int(OrchestrationTableModel::IdColumn));
    QVERIFY(!columns.contains(OrchestrationTableModel::DescriptionColumn));

    ExportChoice choice {Scope::View, ViewExport::Content::Columns, ExportDocument::Style::Indented,
        m_dir->filePath(QStringLiteral("columns.json"))};
    QJsonObject document;
    const QList<QByteArray> rows = exportRecords(choice, &document);
    const QList<Orchestration> shown = shownRows();
    QCOMPARE(rows.size(), shown.size());
    QStringList keys;
    for (const int column : columns)
        keys.append(ViewColumns::key(column));
    for (int i = 0; i < rows.size(); ++i) {
        QStringList rowKeys;
        const QList<RawJson::Member> members = RawJson::objectMembers(rows.at(i));
        for (const RawJson::Member &member : members)
            rowKeys.append(RawJson::decodeString(member.rawKey));
        QCOMPARE(rowKeys, keys);
        QCOMPARE(rows.at(i), ViewColumns::rowJson(shown.at(i), columns));
    }
    QCOMPARE(document.value(QLatin1String("exportInfo"))
                 .toObject()
                 .value(QLatin1String("columns"))
                 .toArray(),
        QJsonArray::fromStringList(keys));
}

void TestExportWindow::roundTripThroughASnapshot()
{
    connectWindow(150);
    const QString first = m_dir->filePath(QStringLiteral("first.json"));
    const QList<QByteArray> exported = exportRecords(
        {Scope::All, ViewExport::Content::Records, ExportDocument::Style::Indented, first});
    QCOMPARE(exported.size(), 150);
    const QJsonObject firstInfo = QJsonDocument::fromJson(readFile(first))
                                      .object()
                                      .value(QLatin1String("exportInfo"))
                                      .toObject();

    QString error;
    QVERIFY2(m_window->openSnapshot(first, &error), qPrintable(error));
    QVERIFY(m_window->snapshot());
    SnapshotBanner *banner = m_window->snapshotBanner();
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->text(),
        QStringLiteral("Snapshot of %1 taken %2")
            .arg(m_sim->baseUrl().toDisplayString(),
                QLocale().toString(
                    QDateTime::fromString(
                        firstInfo.value(QLatin1String("exportedAt")).toString(), Qt::ISODateWithMs)
                        .toLocalTime(),
                    QLocale::LongFormat)));
    // Read-only: nothing that would fetch is offered.
    QVERIFY(!m_window->findChild<QAction *>(QStringLiteral("refreshAction"))->isEnabled());
    QVERIFY(!m_window->findChild<QAction *>(QStringLiteral("loadAllAction"))->isEnabled());
    QVERIFY(m_window->findChild<QAction *>(QStringLiteral("exportAction"))->isEnabled());
    QVERIFY(!m_window->pageBar()->isVisible());
    QCOMPARE(rawOf(shownRows()), exported);
    QTRY_VERIFY(!m_window->inspector()->orchestration().isNull());
    screenshot(m_window.get(), QStringLiteral("snapshot-window"));

    // Export again, from the snapshot: the same records, and where they came from.
    const QString second = m_dir->filePath(QStringLiteral("second.json"));
    QJsonObject document;
    QCOMPARE(exportRecords({Scope::All, ViewExport::Content::Records,
                               ExportDocument::Style::Indented, second},
                 &document),
        exported);
    const QJsonObject info = document.value(QLatin1String("exportInfo")).toObject();
    QCOMPARE(info.value(QLatin1String("baseUrl")).toString(), m_sim->baseUrl().toString());
    QCOMPARE(info.value(QLatin1String("source"))
                 .toObject()
                 .value(QLatin1String("exportedAt"))
                 .toString(),
        firstInfo.value(QLatin1String("exportedAt")).toString());
    const auto recordsText = [](const QByteArray &json) {
        return json.left(json.indexOf("\"paginationInfo\""));
    };
    QCOMPARE(recordsText(readFile(second)), recordsText(readFile(first)));

    // Back to live data.
    m_window->closeSnapshot();
    QVERIFY(!m_window->snapshot());
    QVERIFY(!banner->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(m_window->tableModel()->state(), State::Loaded, kLoadTimeoutMs);
    QCOMPARE(m_window->tableModel()->loadedCount(), 25);
    QVERIFY(m_window->findChild<QAction *>(QStringLiteral("refreshAction"))->isEnabled());

    // A file that is not an export is refused with its name; the window is unchanged.
    const QString bad = m_dir->filePath(QStringLiteral("notes.json"));
    QFile notes(bad);
    QVERIFY(notes.open(QIODevice::WriteOnly));
    notes.write("not json");
    notes.close();
    QVERIFY(!m_window->openSnapshot(bad, &error));
    QVERIFY2(error.contains(QStringLiteral("notes.json")), qPrintable(error));
    QVERIFY(!m_window->snapshot());
}

void TestExportWindow::cancelWhileFetchingKeepsTheOldFile()
{
    connectWindow(600);
    // Page 4 takes its time: the user is waiting for it when they press Cancel.
    hubsim::FaultRule slowPage;
    slowPage.kind = hubsim::FaultRule::Kind::Latency;
    slowPage.onlyPage = 4;
    slowPage.delayMs = 30'000;
    slowPage.times = -1;
    m_sim->setFaults({slowPage});
    const QString path = m_dir->filePath(QStringLiteral("report.json"));
    QFile old(path);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("the old report");
    old.close();

    ExportController *controller = m_window->exportController();
    QSignalSpy finished(controller, &ExportController::exportFinished);
    controller->exportTo(
        {Scope::All, ViewExport::Content::Records, ExportDocument::Style::Indented, path});
    QVERIFY(controller->isBusy());
    QProgressDialog *progress =
        m_window->findChild<QProgressDialog *>(QStringLiteral("exportProgress"));
    QVERIFY(progress);
    // The user presses Cancel on the progress dialog while pages are still arriving.
    QTRY_VERIFY_WITH_TIMEOUT(
        progress->labelText().contains(QStringLiteral("Fetched")), kLoadTimeoutMs);
    QPushButton *cancel = progress->findChild<QPushButton *>();
    QVERIFY(cancel);
    cancel->click(); // the scan stops at once, so finished() may already be in
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kLoadTimeoutMs);
    QCOMPARE(finished.first().first().value<ExportWriteResult>().outcome,
        ExportWriteResult::Outcome::Cancelled);
    QCOMPARE(readFile(path), QByteArray("the old report"));
    QCOMPARE(entries(m_dir->path()), QStringList {QStringLiteral("report.json")});
    QVERIFY2(controller->lastMessage().contains(QStringLiteral("nothing was written")),
        qPrintable(controller->lastMessage()));
    QVERIFY(!controller->isBusy());
}

void TestExportWindow::cancelWhileWritingKeepsTheOldFile()
{
    connectWindow();
    m_window->tableModel()->loadAll();
    QTRY_COMPARE_WITH_TIMEOUT(m_window->tableModel()->state(), State::Loaded, kLoadTimeoutMs);
    const QString path = m_dir->filePath(QStringLiteral("report.json"));
    QFile old(path);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("the old report");
    old.close();

    ExportController *controller = m_window->exportController();
    controller->setChunkSize(4096);
    QPointer<QPushButton> cancel;
    connect(controller, &ExportController::writeStarted, this, [&] {
        if (auto *progress =
                m_window->findChild<QProgressDialog *>(QStringLiteral("exportProgress")))
            cancel = progress->findChild<QPushButton *>();
    });
    // Cancel is pressed on the dialog while the first chunk is on its way to the disk.
    controller->setFileFactory([&cancel](const QString &target) {
        return std::make_unique<ObservedSaveFile>(target, [&cancel, first = true](qint64) mutable {
            if (std::exchange(first, false))
                QMetaObject::invokeMethod(
                    cancel.data(), &QPushButton::click, Qt::BlockingQueuedConnection);
        });
    });
    const ExportWriteResult result = runExport(
        {Scope::All, ViewExport::Content::Records, ExportDocument::Style::Indented, path});
    QCOMPARE(result.outcome, ExportWriteResult::Outcome::Cancelled);
    QCOMPARE(readFile(path), QByteArray("the old report"));
    QCOMPARE(entries(m_dir->path()), QStringList {QStringLiteral("report.json")});
    QVERIFY2(controller->lastMessage().contains(QStringLiteral("was not changed")),
        qPrintable(controller->lastMessage()));
}

void TestExportWindow::writeErrorSaysWhyAndKeepsTheOldFile()
{
    connectWindow();
    const QString path = m_dir->filePath(QStringLiteral("report.json"));
    QFile old(path);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("the old report");
    old.close();
    ExportController *controller = m_window->exportController();
    controller->setChunkSize(1024);
    controller->setFileFactory(
        [](const QString &target) { return std::make_unique<FailingSaveFile>(target, 5000); });
    const ExportWriteResult result = runExport(
        {Scope::Page, ViewExport::Content::Records, ExportDocument::Style::Indented, path});
    QCOMPARE(result.outcome, ExportWriteResult::Outcome::Failed);
    QCOMPARE(readFile(path), QByteArray("the old report"));
    QCOMPARE(entries(m_dir->path()), QStringList {QStringLiteral("report.json")});
    auto *message = m_window->findChild<QMessageBox *>(QStringLiteral("exportMessage"));
    QVERIFY(message);
    QTRY_VERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QDir::toNativeSeparators(path)), qPrintable(message->text()));
    QVERIFY(message->text().contains(QStringLiteral("No space left on device")));
    QVERIFY(message->text().contains(QStringLiteral("Nothing was changed")));
    message->close();
}

void TestExportWindow::readOnlyFolderSaysWhy()
{
    connectWindow(60);
    const QString folder = m_dir->filePath(QStringLiteral("locked"));
    QVERIFY(QDir().mkpath(folder));
    const QString path = folder + QStringLiteral("/report.json");
    QFile old(path);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("the old report");
    old.close();
    if (isRoot()) {
        if (QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("+i"), folder}) != 0)
            QSKIP("Running as root without chattr +i: a folder cannot be made read-only here; "
                  "writeErrorSaysWhyAndKeepsTheOldFile covers the same failure path.");
        m_immutable = folder;
    } else {
        QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    }
    const ExportWriteResult result = runExport(
        {Scope::Page, ViewExport::Content::Records, ExportDocument::Style::Indented, path});
    if (!isRoot())
        QFile::setPermissions(
            folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QCOMPARE(result.outcome, ExportWriteResult::Outcome::Failed);
    QCOMPARE(readFile(path), QByteArray("the old report"));
    QCOMPARE(entries(folder), QStringList {QStringLiteral("report.json")});
    auto *message = m_window->findChild<QMessageBox *>(QStringLiteral("exportMessage"));
    QVERIFY(message);
    QVERIFY2(message->text().contains(QDir::toNativeSeparators(path)), qPrintable(message->text()));
    message->close();
}

void TestExportWindow::dialogPreviewsAndAsksBeforeReplacing()
{
    connectWindow();
    ExportController *controller = m_window->exportController();
    ExportDialog dialog(
        controller->scopeOffers(), controller->preferredScope(), {QStringLiteral("Name")},
        [controller](const ExportChoice &choice) { return controller->preview(choice); },
        m_window.get());
    dialog.show();
    auto *preview = dialog.findChild<QLabel *>(QStringLiteral("exportPreview"));
    QVERIFY2(preview->text().startsWith(QStringLiteral("25 orchestration(s), about ")),
        qPrintable(preview->text()));
    dialog.findChild<QRadioButton *>(QStringLiteral("scope_all"))->setChecked(true);
    QVERIFY2(preview->text().startsWith(QStringLiteral("300 orchestration(s)")),
        qPrintable(preview->text()));
    QVERIFY(preview->text().contains(QStringLiteral("fetched first")));
    QVERIFY(!dialog.findChild<QRadioButton *>(QStringLiteral("scope_node"))->isEnabled()
        || !m_window->inspector()->orchestration().isNull());
    screenshot(&dialog, QStringLiteral("export-dialog"));

    const QString path = m_dir->filePath(QStringLiteral("existing.json"));
    QFile existing(path);
    QVERIFY(existing.open(QIODevice::WriteOnly));
    existing.write("keep me");
    existing.close();
    dialog.setPath(path);
    auto *exportButton = dialog.findChild<QPushButton *>(QStringLiteral("exportButton"));
    QVERIFY(exportButton->isEnabled());

    // "Replace?" -> No: the dialog stays open and nothing is exported.
    bool asked = false;
    QTimer::singleShot(0, this, [&asked] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        asked = box && box->text().contains(QStringLiteral("existing.json"));
        if (box)
            box->button(QMessageBox::No)->click();
    });
    QTest::mouseClick(exportButton, Qt::LeftButton);
    QVERIFY(asked);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(dialog.isVisible());
    // -> Yes: accepted.
    QTimer::singleShot(0, this, [] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
            box->button(QMessageBox::Yes)->click();
    });
    QTest::mouseClick(exportButton, Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.choice().scope, Scope::All);
    QCOMPARE(readFile(path), QByteArray("keep me")); // the dialog only chose; nothing written yet

    // The folder of a successful export is remembered for the next dialog.
    const QString elsewhere = m_dir->filePath(QStringLiteral("sub"));
    QVERIFY(QDir().mkpath(elsewhere));
    QVERIFY(runExport({Scope::Page, ViewExport::Content::Records, ExportDocument::Style::Indented,
                          elsewhere + QStringLiteral("/x.json")})
                .ok());
    QCOMPARE(QDir(ExportDialog::lastFolder()).canonicalPath(), QDir(elsewhere).canonicalPath());
}

void TestExportWindow::compareSnapshotWithLiveData()
{
    connectWindow();
    const QString before = m_dir->filePath(QStringLiteral("before.json"));
    QCOMPARE(exportRecords({Scope::All, ViewExport::Content::Records,
                               ExportDocument::Style::Indented, before})
                 .size(),
        300);
    QString changedId;
    QString participant;
    m_sim->setDataset(changedDataset(&changedId, &participant));
    const QString oldParticipant = QStringLiteral("b09dddd6-394b-4039-86bc-a5dd89ee5e8d");

    CompareController *controller = m_window->compareController();
    QSignalSpy opened(controller, &CompareController::compareOpened);
    controller->compareWith(before); // live data is paged: every page is fetched first
    QVERIFY(opened.wait(kLoadTimeoutMs));
    CompareWindow *compare = controller->compareWindow();
    QVERIFY(compare);
    QVERIFY(compare->isVisible());
    const OrchestrationDiff &diff = compare->listModel()->diff();
    QCOMPARE(diff.addedCount(), 1);
    QCOMPARE(diff.removedCount(), 1);
    QCOMPARE(diff.changedCount(), 1);
    QCOMPARE(diff.unchangedCount(), 298);
    QVERIFY2(compare->summaryText().contains(
                 QStringLiteral("1 added, 1 removed, 1 changed, 298 unchanged")),
        qPrintable(compare->summaryText()));
    QVERIFY(compare->summaryText().contains(QStringLiteral("before.json")));

    // The filter shows one kind at a time.
    QComboBox *kind = compare->kindFilter();
    kind->setCurrentIndex(kind->findData(QStringLiteral("changed")));
    QCOMPARE(compare->changesView()->model()->rowCount(), 1);
    kind->setCurrentIndex(kind->findData(QStringLiteral("added")));
    QCOMPARE(compare->changesView()->model()->rowCount(), 1);
    QCOMPARE(compare->changesView()->model()->index(0, DiffListModel::NameColumn).data().toString(),
        QStringLiteral("arrived"));
    kind->setCurrentIndex(0);
    QCOMPARE(compare->changesView()->model()->rowCount(), 3);

    // The changed record side by side: the differing row highlighted, old and new values.
    QVERIFY(compare->selectId(changedId));
    QTreeWidgetItem *item = compare->itemForPath(
        QStringLiteral("applications.botConfiguration.bots[0].participant.id"));
    QVERIFY(item);
    QCOMPARE(
        item->data(0, CompareWindow::StateRole).toInt(), int(CompareWindow::RowState::Changed));
    QCOMPARE(item->text(1), oldParticipant);
    QCOMPARE(item->text(2), participant);
    QVERIFY(item->background(1).color().isValid() && item->background(1).style() != Qt::NoBrush);
    QTreeWidgetItem *same = compare->itemForPath(QStringLiteral("name"));
    QVERIFY(same);
    QCOMPARE(same->data(0, CompareWindow::StateRole).toInt(), int(CompareWindow::RowState::Same));
    QCOMPARE(same->background(1).style(), Qt::NoBrush);
    // "Only differing fields" hides the rest.
    compare->findChild<QCheckBox *>(QStringLiteral("compareOnlyDifferences"))->setChecked(true);
    QVERIFY(same->isHidden());
    QVERIFY(!item->isHidden());
    compare->findChild<QCheckBox *>(QStringLiteral("compareOnlyDifferences"))->setChecked(false);
    compare->resize(1280, 720);
    screenshot(compare, QStringLiteral("compare-window"));
    compare->close();
}

void TestExportWindow::compareTwoSnapshots()
{
    connectWindow(80);
    const QString older = m_dir->filePath(QStringLiteral("older.json"));
    QCOMPARE(exportRecords(
                 {Scope::All, ViewExport::Content::Records, ExportDocument::Style::Indented, older})
                 .size(),
        80);
    QString changedId;
    QString participant;
    m_sim->setDataset(changedDataset(&changedId, &participant));
    QTest::qWait(5); // exportedAt has millisecond resolution: the second file is later
    const QString newer = m_dir->filePath(QStringLiteral("newer.json"));
    QCOMPARE(exportRecords(
                 {Scope::All, ViewExport::Content::Records, ExportDocument::Style::Compact, newer})
                 .size(),
        80);

    // Showing the newer snapshot, compared with the older file: the older file is "old".
    QVERIFY(m_window->openSnapshot(newer));
    CompareController *controller = m_window->compareController();
    QSignalSpy opened(controller, &CompareController::compareOpened);
    controller->compareWith(older);
    QVERIFY(opened.count() == 1 || opened.wait(kLoadTimeoutMs));
    const OrchestrationDiff &diff = controller->compareWindow()->listModel()->diff();
    QCOMPARE(diff.addedCount(), 1);
    QCOMPARE(diff.removedCount(), 1);
    QCOMPARE(diff.changedCount(), 1);
    QCOMPARE(diff.changes().first().name, QStringLiteral("arrived"));
    QVERIFY(
        controller->compareWindow()->summaryText().startsWith(QStringLiteral("Old: older.json")));
    controller->compareWindow()->close();
}

QTEST_MAIN(TestExportWindow)
#include "tst_exportwindow.moc"
