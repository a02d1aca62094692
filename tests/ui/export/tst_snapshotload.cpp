// Opening a snapshot off the UI thread: SnapshotLoadJob gives what the synchronous reader
// gives, bad files are refused with their name, and the window keeps handling events while a
// large file loads, showing only the latest of two opens. Real files, real threads, real
// widgets (offscreen).

#include "models/core/snapshotfile.h"
#include "models/itemmodels/orchestrationtablemodel.h"
#include "models/itemmodels/viewexport.h"
#include "sim/dataset.h"
#include "ui/export/comparecontroller.h"
#include "ui/export/comparewindow.h"
#include "ui/export/snapshotbanner.h"
#include "ui/export/snapshotcontroller.h"
#include "ui/mainwindow/mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QProgressBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

namespace {

constexpr int kLoadTimeoutMs = 60'000;
/// Enough records that reading and parsing them takes many turns of the event loop.
constexpr int kLargeCount = 40'000;

QList<QByteArray> rawOf(const QList<Orchestration> &records)
{
    QList<QByteArray> list;
    for (const Orchestration &record : records)
        list.append(record.rawJson());
    return list;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

/// A raw API page of @p count generated records, as GET /orchestrations answers.
QByteArray apiPage(int count, quint64 seed = 7)
{
    const hubsim::Dataset dataset = hubsim::Dataset::generate(seed, count);
    return "{\"paginationInfo\":{\"count\":" + QByteArray::number(count)
        + ",\"pagenum\":1,\"pagesize\":" + QByteArray::number(count)
        + "},\"orchestration\":" + dataset.toJsonArray() + '}';
}

SnapshotLoadResult load(const QString &path)
{
    SnapshotLoadJob job(path);
    QSignalSpy finished(&job, &SnapshotLoadJob::finished);
    job.start();
    if (!finished.wait(kLoadTimeoutMs))
        return {};
    return finished.first().first().value<SnapshotLoadResult>();
}

} // namespace

class TestSnapshotLoad : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void jobDeliversWhatTheReaderReads_data();
    void jobDeliversWhatTheReaderReads();
    void badFilesAreRefusedWithTheirName();
    void windowKeepsHandlingEventsWhileALargeFileLoads();
    void secondOpenShowsOnlyTheSecondFile();
    void compareReadsItsFileOffTheUiThread();
    void cancelKeepsTheWindowAsItWas();
    void closingTheWindowWhileLoadingDropsTheResult();

private:
    QString largeFile();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
};

void TestSnapshotLoad::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("OrchestrationConsoleTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_snapshotload"));
    QLoggingCategory::setFilterRules(QStringLiteral("console.*.debug=false\nconsole.*.info=false\n"
                                                    "console.snapshot.warning=false"));
}

void TestSnapshotLoad::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1280, 800);
    m_window->show();
}

void TestSnapshotLoad::cleanup()
{
    m_window.reset();
    m_dir.reset();
}

QString TestSnapshotLoad::largeFile()
{
    const QString path = m_dir->filePath(QStringLiteral("large.json"));
    if (!writeFile(path, apiPage(kLargeCount)))
        return {};
    return path;
}

void TestSnapshotLoad::jobDeliversWhatTheReaderReads_data()
{
    QTest::addColumn<QByteArray>("bytes");

    ViewExport spec;
    spec.scope = ViewExport::Scope::View;
    const hubsim::Dataset dataset = hubsim::Dataset::generate(3, 250);
    for (int i = 0; i < dataset.size(); ++i)
        spec.records.append(Orchestration::fromJson(dataset.record(i)));
    spec.baseUrl = QUrl(QStringLiteral("https://tenant.example.com/system"));
    spec.warnings = {QStringLiteral("a warning")};
    spec.exportedAt = QDateTime(QDate(2024, 5, 1), QTime(10, 0), Qt::UTC);
    spec.style = ExportDocument::Style::Indented;
    QTest::newRow("export") << spec.toJson();
    spec.content = ViewExport::Content::Columns;
    spec.columns = {OrchestrationTableModel::IdColumn, OrchestrationTableModel::NameColumn};
    QTest::newRow("export of columns") << spec.toJson();

    QFile page(QStringLiteral(CONSOLE_SOURCE_DIR "/tests/sim/example-response.json"));
    QVERIFY(page.open(QIODevice::ReadOnly));
    QTest::newRow("raw API page") << page.readAll();
}

void TestSnapshotLoad::jobDeliversWhatTheReaderReads()
{
    QFETCH(QByteArray, bytes);
    const QString path = m_dir->filePath(QStringLiteral("snapshot.json"));
    QVERIFY(writeFile(path, bytes));
    QString error;
    const std::optional<SnapshotFile> expected = SnapshotFile::read(path, &error);
    QVERIFY2(expected, qPrintable(error));
    QVERIFY(!expected->document.records.isEmpty());

    const SnapshotLoadResult result = load(path);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QVERIFY(!result.cancelled);
    QCOMPARE(result.path, path);
    QCOMPARE(rawOf(result.snapshot->document.records), rawOf(expected->document.records));
    QCOMPARE(result.snapshot->warnings, expected->warnings);
    QCOMPARE(result.snapshot->description(), expected->description());
    QCOMPARE(result.snapshot->hasFullRecords(), expected->hasFullRecords());
    QCOMPARE(result.snapshot->sourceJson(), expected->sourceJson());
}

void TestSnapshotLoad::badFilesAreRefusedWithTheirName()
{
    const QString notes = m_dir->filePath(QStringLiteral("notes.json"));
    QVERIFY(writeFile(notes, "not json"));
    SnapshotLoadResult result = load(notes);
    QVERIFY(!result.ok());
    QVERIFY(!result.cancelled);
    QVERIFY2(result.error.contains(QStringLiteral("notes.json")), qPrintable(result.error));

    result = load(m_dir->filePath(QStringLiteral("missing.json")));
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(QStringLiteral("missing.json")), qPrintable(result.error));

    // In the window: the user is told, naming the file, and what was shown stays.
    const QString good = m_dir->filePath(QStringLiteral("good.json"));
    QVERIFY(writeFile(good, apiPage(3)));
    QString error;
    QVERIFY2(m_window->openSnapshot(good, &error), qPrintable(error));
    SnapshotController *controller = m_window->snapshotController();
    QSignalSpy failed(controller, &SnapshotController::snapshotOpenFailed);
    controller->openSnapshot(notes);
    QVERIFY(failed.wait(kLoadTimeoutMs));
    QVERIFY2(failed.first().at(1).toString().contains(QStringLiteral("notes.json")),
        qPrintable(failed.first().at(1).toString()));
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = m_window->findChild<QMessageBox *>(QStringLiteral("exportMessage"))));
    QVERIFY(box->text().contains(QStringLiteral("notes.json")));
    QCOMPARE(box->windowTitle(), QStringLiteral("Open snapshot"));
    box->close();
    QVERIFY(m_window->snapshot());
    QCOMPARE(m_window->snapshot()->path, good);
    QCOMPARE(m_window->tableModel()->rowCount(), 3);
}

void TestSnapshotLoad::windowKeepsHandlingEventsWhileALargeFileLoads()
{
    const QString path = largeFile();
    QVERIFY(!path.isEmpty());
    SnapshotController *controller = m_window->snapshotController();
    QSignalSpy opened(controller, &SnapshotController::snapshotOpened);
    int ticks = 0;
    QTimer ticker;
    ticker.setInterval(0);
    connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
    ticker.start();

    controller->openSnapshot(path);
    // Nothing was read on this thread: the open returned before the file was shown.
    QVERIFY(controller->isLoadingSnapshot());
    QVERIFY(!m_window->snapshot());
    QWidget *indicator = controller->loadIndicator();
    QVERIFY(indicator);
    QVERIFY(indicator->isVisible());
    QVERIFY(indicator->findChild<QProgressBar *>(QStringLiteral("snapshotLoadProgress")));

    QVERIFY(opened.wait(kLoadTimeoutMs));
    ticker.stop();
    // The event loop went round while the worker read and parsed.
    QVERIFY2(ticks >= 3, qPrintable(QString::number(ticks)));
    QCOMPARE(opened.first().first().toString(), path);
    QVERIFY(!controller->isLoadingSnapshot());
    QVERIFY(!indicator->isVisible());
    QVERIFY(m_window->snapshot());
    QCOMPARE(m_window->tableModel()->rowCount(), kLargeCount);
    QCOMPARE(m_window->tableModel()->orchestrationAt(0).rawJson(),
        Orchestration::fromJson(hubsim::Dataset::generate(7, 1).record(0)).rawJson());
    QVERIFY(m_window->snapshotBanner()->isVisible());
}

void TestSnapshotLoad::secondOpenShowsOnlyTheSecondFile()
{
    const QString large = largeFile();
    QVERIFY(!large.isEmpty());
    const QString small = m_dir->filePath(QStringLiteral("small.json"));
    QVERIFY(writeFile(small, apiPage(3, 11)));
    SnapshotController *controller = m_window->snapshotController();
    QSignalSpy opened(controller, &SnapshotController::snapshotOpened);
    QSignalSpy failed(controller, &SnapshotController::snapshotOpenFailed);

    controller->openSnapshot(large);
    controller->openSnapshot(small);
    QVERIFY(opened.wait(kLoadTimeoutMs));
    QCOMPARE(opened.first().first().toString(), small);
    // The first job is done (and gone) only once its worker finished: by then its result,
    // had it been used, would have been shown.
    QTRY_VERIFY_WITH_TIMEOUT(
        controller->findChildren<SnapshotLoadJob *>().isEmpty(), kLoadTimeoutMs);
    QCoreApplication::processEvents();
    QCOMPARE(opened.size(), 1);
    QCOMPARE(failed.size(), 0);
    QCOMPARE(m_window->snapshot()->path, small);
    QCOMPARE(m_window->tableModel()->rowCount(), 3);
    QCOMPARE(m_window->tableModel()->orchestrationAt(0).rawJson(),
        Orchestration::fromJson(hubsim::Dataset::generate(11, 3).record(0)).rawJson());
    QVERIFY(!controller->loadIndicator()->isVisible());
}

void TestSnapshotLoad::compareReadsItsFileOffTheUiThread()
{
    const QString shown = m_dir->filePath(QStringLiteral("shown.json"));
    QVERIFY(writeFile(shown, apiPage(3, 11)));
    QVERIFY(m_window->openSnapshot(shown));
    const QString large = largeFile();
    QVERIFY(!large.isEmpty());
    CompareController *controller = m_window->compareController();
    QSignalSpy compared(controller, &CompareController::compareOpened);
    controller->compareWith(large);
    QCOMPARE(compared.size(), 0); // not yet read
    QVERIFY(controller->loadIndicator()->isVisible());
    QVERIFY(compared.wait(kLoadTimeoutMs));
    QVERIFY(controller->compareWindow());
    QVERIFY(!controller->loadIndicator()->isVisible());
    controller->compareWindow()->close();
}

void TestSnapshotLoad::cancelKeepsTheWindowAsItWas()
{
    const QString shown = m_dir->filePath(QStringLiteral("shown.json"));
    QVERIFY(writeFile(shown, apiPage(3, 11)));
    QVERIFY(m_window->openSnapshot(shown));
    const QString large = largeFile();
    QVERIFY(!large.isEmpty());
    SnapshotController *controller = m_window->snapshotController();
    QSignalSpy opened(controller, &SnapshotController::snapshotOpened);
    QSignalSpy failed(controller, &SnapshotController::snapshotOpenFailed);
    controller->openSnapshot(large);
    auto *cancel =
        controller->loadIndicator()->findChild<QToolButton *>(QStringLiteral("snapshotLoadCancel"));
    QVERIFY(cancel);
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(failed.wait(kLoadTimeoutMs));
    QCOMPARE(failed.first().first().toString(), large);
    QVERIFY2(failed.first().at(1).toString().contains(QStringLiteral("large.json")),
        qPrintable(failed.first().at(1).toString()));
    QCOMPARE(opened.size(), 0);
    QVERIFY(!controller->isLoadingSnapshot());
    QCOMPARE(m_window->snapshot()->path, shown);
    QCOMPARE(m_window->tableModel()->rowCount(), 3);
    // A cancel is the user's choice, not a problem: no warning box.
    QVERIFY(!m_window->findChild<QMessageBox *>(QStringLiteral("exportMessage")));
}

void TestSnapshotLoad::closingTheWindowWhileLoadingDropsTheResult()
{
    const QString path = largeFile();
    QVERIFY(!path.isEmpty());
    SnapshotController *controller = m_window->snapshotController();
    QSignalSpy opened(controller, &SnapshotController::snapshotOpened);
    controller->openSnapshot(path);
    QVERIFY(controller->isLoadingSnapshot());
    m_window.reset(); // the job stops its worker; nothing is delivered to what is gone
    QCOMPARE(opened.size(), 0);
    QCoreApplication::processEvents();
}

QTEST_MAIN(TestSnapshotLoad)
#include "tst_snapshotload.moc"
