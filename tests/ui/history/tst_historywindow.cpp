// The history in the window, driven for real against the simulator: complete loads of all
// recorded for the profile shown (off the UI thread), History -> Timeline… listing them with
// what changed, compares of selected snapshots and "since" a date, and the inspector's note
// with each change of the selected orchestration a click away.

#include "app/translations.h"
#include "models/connections/profilestore.h"
#include "models/history/historytimelinemodel.h"
#include "models/itemmodels/orchestrationfiltermodel.h"
#include "models/itemmodels/orchestrationtablemodel.h"
#include "support/sessionsupport.h"
#include "ui/connections/profileform.h"
#include "ui/export/comparewindow.h"
#include "ui/history/historycontroller.h"
#include "ui/history/historytimelinedialog.h"
#include "ui/mainwindow/inspectorpanel.h"
#include "ui/mainwindow/mainwindow.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QScreen>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using State = OrchestrationTableModel::State;

namespace {

constexpr int kWaitMs = 30'000;

} // namespace

class TestHistoryWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void completeLoadsAreRecordedOncePerChange();
    void loadsOfAProfileWithoutHistoryAreNotRecorded();
    void timelineListsAndComparesSnapshots();
    void inspectorShowsTheChangesOfTheSelectedOrchestration();
    void profileFormKeepsTheHistorySetting();
    void screenshot();

private:
    void connectWindow(bool recordHistory = true);
    HistoryRecordResult loadAllAndRecord();
    void renameFirstRecord(const QString &name);
    void recordTwoSnapshots();
    void select(const QString &id);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<hubsim::HubSimulator> m_sim;
    std::unique_ptr<ConsoleSession> m_session;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<MainWindow> m_window;
    ConnectionProfile m_profile;
    QString m_renamedId;
};

void TestHistoryWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    installTranslators(); // the English plural forms, as the application has them
}

void TestHistoryWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    hubsim::SimulatorConfig config;
    config.count = 30;
    m_sim = std::make_unique<hubsim::HubSimulator>(config);
    QVERIFY(m_sim->listen());
    m_profiles = std::make_unique<ProfileStore>(m_dir->filePath(QStringLiteral("profiles.ini")));
    m_profile = ConnectionProfile();
    m_profile.name = QStringLiteral("Staging");
    m_profile.connection = testsupport::settingsFor(*m_sim);
    QVERIFY(m_profiles->add(m_profile));
    QDir(HistoryStore::folderFor(m_profile.id)).removeRecursively();
}

void TestHistoryWindow::cleanup()
{
    m_window.reset();
    m_session.reset();
    if (!m_profile.id.isNull())
        QDir(HistoryStore::folderFor(m_profile.id)).removeRecursively();
    m_profiles.reset();
    m_sim.reset();
    m_dir.reset();
}

void TestHistoryWindow::connectWindow(bool recordHistory)
{
    QString error;
    m_session = testsupport::demoClientSession(*m_sim, &error);
    QVERIFY2(m_session, qPrintable(error));
    m_window = std::make_unique<MainWindow>();
    m_window->historyController()->setProfileStore(m_profiles.get());
    m_window->resize(1280, 800);
    m_window->show();
    ConnectionInfo info = m_session->info();
    info.name = m_profile.name;
    info.profileId = m_profile.id;
    info.recordHistory = recordHistory;
    m_window->setConnection(m_session->client(), m_session->tokens(), info);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->tableModel()->state(), State::Loaded, kWaitMs);
}

HistoryRecordResult TestHistoryWindow::loadAllAndRecord()
{
    QSignalSpy recorded(m_window->historyController(), &HistoryController::recorded);
    m_window->tableModel()->loadAll();
    if (!recorded.wait(kWaitMs))
        return {};
    return recorded.first().first().value<HistoryRecordResult>();
}

void TestHistoryWindow::renameFirstRecord(const QString &name)
{
    QJsonArray records = QJsonDocument::fromJson(m_sim->dataset().toJsonArray()).array();
    QJsonObject first = records.at(0).toObject();
    m_renamedId = first.value(QStringLiteral("id")).toString();
    first.insert(QStringLiteral("name"), name);
    records.replace(0, first);
    m_sim->setDataset(*hubsim::Dataset::fromJson(QJsonDocument(records).toJson()));
}

void TestHistoryWindow::recordTwoSnapshots()
{
    connectWindow();
    QCOMPARE(loadAllAndRecord().outcome, HistoryRecordResult::Outcome::Recorded);
    renameFirstRecord(QStringLiteral("Renamed since"));
    const HistoryRecordResult second = loadAllAndRecord();
    QCOMPARE(second.outcome, HistoryRecordResult::Outcome::Recorded);
    QCOMPARE(second.entry.changedIds, QStringList {m_renamedId});
}

void TestHistoryWindow::select(const QString &id)
{
    const int row = m_window->tableModel()->rowForId(id);
    QVERIFY(row >= 0);
    const QModelIndex index =
        m_window->filterModel()->mapFromSource(m_window->tableModel()->index(row, 0));
    m_window->tableView()->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QTRY_COMPARE(m_window->inspector()->orchestration().id(), id);
}

void TestHistoryWindow::completeLoadsAreRecordedOncePerChange()
{
    connectWindow();
    const HistoryRecordResult first = loadAllAndRecord();
    QCOMPARE(first.outcome, HistoryRecordResult::Outcome::Recorded);
    QVERIFY(first.entry.first);
    QCOMPARE(first.entry.recordCount, 30);

    QCOMPARE(loadAllAndRecord().outcome, HistoryRecordResult::Outcome::Unchanged);

    renameFirstRecord(QStringLiteral("Renamed"));
    QSignalSpy status(m_window->historyController(), &HistoryController::statusMessage);
    const HistoryRecordResult second = loadAllAndRecord();
    QCOMPARE(second.outcome, HistoryRecordResult::Outcome::Recorded);
    QCOMPARE(second.entry.changedCount(), 1);
    QCOMPARE(status.size(), 1);
    QCOMPARE(status.first().first().toString(),
        QStringLiteral("History: 0 added, 0 removed, 1 changed since the last snapshot."));
    QCOMPARE(HistoryStore(HistoryStore::folderFor(m_profile.id)).list().entries.size(), 2);
}

void TestHistoryWindow::loadsOfAProfileWithoutHistoryAreNotRecorded()
{
    connectWindow(false);
    QSignalSpy recorded(m_window->historyController(), &HistoryController::recorded);
    m_window->tableModel()->loadAll();
    QTRY_COMPARE_WITH_TIMEOUT(m_window->tableModel()->state(), State::Loaded, kWaitMs);
    QCOMPARE(m_window->tableModel()->loadedCount(), 30);
    QCoreApplication::processEvents();
    QCOMPARE(recorded.size(), 0);
    QVERIFY(!QDir(HistoryStore::folderFor(m_profile.id)).exists());
}

void TestHistoryWindow::timelineListsAndComparesSnapshots()
{
    recordTwoSnapshots();
    HistoryController *history = m_window->historyController();
    QMenu *menu = history->menu();
    QCOMPARE(menu->title(), QStringLiteral("Hi&story"));
    QAction *open = menu->findChild<QAction *>(QStringLiteral("historyTimelineAction"));
    QVERIFY(open);
    open->trigger();
    HistoryTimelineDialog *dialog = history->timeline();
    QVERIFY(dialog);
    QCOMPARE(dialog->profileBox()->currentText(), m_profile.name);
    QTRY_COMPARE(dialog->model()->rowCount(), 2);

    // Newest first, with what changed since the one before; the first has nothing to count.
    const QAbstractItemModel *model = dialog->view()->model();
    QCOMPARE(model->index(0, HistoryTimelineModel::RecordsColumn).data().toString(),
        QStringLiteral("30"));
    QCOMPARE(model->index(0, HistoryTimelineModel::ChangedColumn).data().toString(),
        QStringLiteral("1"));
    QCOMPARE(
        model->index(0, HistoryTimelineModel::AddedColumn).data().toString(), QStringLiteral("0"));
    QVERIFY(!model->index(1, HistoryTimelineModel::ChangedColumn).data().isValid());

    // One snapshot: against the one before it.
    QVERIFY(!dialog->compareButton()->isEnabled());
    dialog->view()->selectRow(0);
    QVERIFY(dialog->compareButton()->isEnabled());
    QSignalSpy opened(history, &HistoryController::compareOpened);
    QTest::mouseClick(dialog->compareButton(), Qt::LeftButton);
    QVERIFY(opened.wait(kWaitMs));
    CompareWindow *compare = history->compareWindow();
    QVERIFY(compare);
    QCOMPARE(compare->listModel()->diff().changedCount(), 1);
    QCOMPARE(compare->listModel()->diff().changes().first().name, QStringLiteral("Renamed since"));
    QVERIFY(compare->oldSide().description.startsWith(m_profile.name));

    // The first snapshot alone has none before it.
    dialog->view()->selectRow(1);
    QVERIFY(!dialog->compareButton()->isEnabled());

    // Two snapshots, selected newest first: still the older as old.
    dialog->view()->selectAll();
    QVERIFY(dialog->compareButton()->isEnabled());
    opened.clear();
    QTest::mouseClick(dialog->compareButton(), Qt::LeftButton);
    QVERIFY(opened.wait(kWaitMs));
    QCOMPARE(history->compareWindow()->listModel()->diff().changes().first().name,
        QStringLiteral("Renamed since"));
    QVERIFY(history->compareWindow()->listModel()->diff().changes().first().before.name()
        != QStringLiteral("Renamed since"));

    // Since tomorrow: the newest against itself, nothing changed.
    opened.clear();
    dialog->sinceEdit()->setMaximumDate(QDate::currentDate().addDays(1));
    dialog->sinceEdit()->setDate(QDate::currentDate().addDays(1));
    // The listing is read again off the UI thread after each compare: click once it is back.
    QTRY_VERIFY_WITH_TIMEOUT(dialog->sinceButton()->isEnabled(), kWaitMs);
    QTest::mouseClick(dialog->sinceButton(), Qt::LeftButton);
    QVERIFY(opened.wait(kWaitMs));
    QVERIFY(history->compareWindow()->listModel()->diff().isEmpty());

    // Before the first snapshot there is nothing: said in the dialog, no compare.
    opened.clear();
    dialog->compareSince(QDate(2001, 1, 1));
    QVERIFY(dialog->noteLabel()->isVisible());
    QVERIFY2(dialog->noteLabel()->text().startsWith(QStringLiteral("No snapshot was taken before")),
        qPrintable(dialog->noteLabel()->text()));
    QCoreApplication::processEvents();
    QCOMPARE(opened.size(), 0);
}

void TestHistoryWindow::inspectorShowsTheChangesOfTheSelectedOrchestration()
{
    recordTwoSnapshots();
    HistoryController *history = m_window->historyController();
    QPushButton *note = history->inspectorNote();
    select(m_renamedId);
    QTRY_VERIFY(note->isVisible());
    QTRY_VERIFY2(
        note->text().startsWith(QStringLiteral("Changed 1 time since")), qPrintable(note->text()));
    QCOMPARE(note->menu()->actions().size(), 1);

    // Another orchestration never changed.
    const QString other = m_window->tableModel()->orchestrationAt(1).id();
    select(other);
    QTRY_VERIFY2(
        note->text().startsWith(QStringLiteral("Unchanged since")), qPrintable(note->text()));
    QVERIFY(!note->isEnabled());

    // The change a click away: the compare window on it, filtered to that orchestration.
    select(m_renamedId);
    QTRY_VERIFY(note->isEnabled());
    QSignalSpy opened(history, &HistoryController::compareOpened);
    note->menu()->actions().first()->trigger();
    QVERIFY(opened.wait(kWaitMs));
    CompareWindow *compare = history->compareWindow();
    QCOMPARE(compare->listModel()->rowCount(), 1);
    QCOMPARE(compare->listModel()->diff().unchangedCount(), 0);
    const QModelIndex current = compare->changesView()->currentIndex();
    QVERIFY(current.isValid());
    QCOMPARE(current.siblingAtColumn(DiffListModel::IdColumn).data().toString(), m_renamedId);
}

void TestHistoryWindow::profileFormKeepsTheHistorySetting()
{
    ProfileForm form;
    form.fill(ConnectionProfile());
    auto *box = form.findChild<QCheckBox *>(QStringLiteral("recordHistoryField"));
    QVERIFY(box);
    QVERIFY(box->isChecked()); // on for a new profile
    QVERIFY(form.profile().recordHistory);

    ConnectionProfile limited = m_profile;
    limited.recordHistory = false;
    limited.historyMaxMegabytes = 7;
    limited.historyMaxDays = 30;
    form.fill(limited);
    QVERIFY(!box->isChecked());
    const ConnectionProfile edited = form.profile();
    QVERIFY(!edited.recordHistory);
    // The limits have no field of their own and survive an edit.
    QCOMPARE(edited.historyMaxMegabytes, 7);
    QCOMPARE(edited.historyMaxDays, 30);
    box->click();
    QVERIFY(form.profile().recordHistory);
}

void TestHistoryWindow::screenshot()
{
    const QString directory = qEnvironmentVariable("CONSOLE_SCREENSHOT_DIR");
    if (directory.isEmpty())
        QSKIP("set CONSOLE_SCREENSHOT_DIR (and run under Xvfb with a window manager)");
    recordTwoSnapshots();
    renameFirstRecord(QStringLiteral("Renamed again"));
    QCOMPARE(loadAllAndRecord().outcome, HistoryRecordResult::Outcome::Recorded);
    m_window->historyController()->openTimeline();
    HistoryTimelineDialog *dialog = m_window->historyController()->timeline();
    QTRY_COMPARE(dialog->model()->rowCount(), 3);
    dialog->view()->selectRow(0);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QTest::qWait(500); // let the window manager place and paint it
    const QPixmap shot = dialog->screen()->grabWindow(0).copy(dialog->frameGeometry());
    QVERIFY(shot.save(QDir(directory).filePath(QStringLiteral("history-timeline.png"))));
    QSignalSpy opened(m_window->historyController(), &HistoryController::compareOpened);
    select(m_renamedId);
    QTRY_VERIFY(m_window->historyController()->inspectorNote()->isVisible());
    QTest::qWait(500);
    const QPixmap window = m_window->screen()->grabWindow(0).copy(m_window->frameGeometry());
    QVERIFY(window.save(QDir(directory).filePath(QStringLiteral("history-inspector.png"))));
}

QTEST_MAIN(TestHistoryWindow)
#include "tst_historywindow.moc"
