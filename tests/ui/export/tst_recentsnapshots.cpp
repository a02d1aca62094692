// File -> Open recent and dropping a snapshot on the main window (offscreen, real files):
// both open through the window's SnapshotController, as File -> Open snapshot does.

#include "models/core/orchestration.h"
#include "models/itemmodels/viewexport.h"
#include "ui/export/recentsnapshots.h"
#include "ui/export/snapshotcontroller.h"
#include "ui/export/snapshotdroptarget.h"
#include "ui/mainwindow/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

namespace {

constexpr int kLoadTimeoutMs = 20'000;

/// An export of @p count small records at @p path.
bool writeSnapshot(const QString &path, int count)
{
    ViewExport spec;
    spec.baseUrl = QUrl(QStringLiteral("https://tenant.example.com/system"));
    for (int i = 0; i < count; ++i) {
        QJsonObject record;
        record.insert(QStringLiteral("id"), QStringLiteral("id-%1").arg(i));
        record.insert(QStringLiteral("name"), QStringLiteral("Record %1").arg(i));
        spec.records.append(
            Orchestration::fromJson(QJsonDocument(record).toJson(QJsonDocument::Compact)));
    }
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(spec.toJson()) > 0;
}

/// The Open recent menu's entries, as shown, after it was opened.
QStringList entries(QMenu *menu)
{
    emit menu->aboutToShow();
    QStringList texts;
    for (QAction *action : menu->actions()) {
        if (!action->isSeparator())
            texts.append(action->text());
    }
    return texts;
}

QAction *entry(QMenu *menu, int index)
{
    emit menu->aboutToShow();
    return menu->actions().value(index);
}

} // namespace

class TestRecentSnapshots : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void openedFilesAreListedNewestFirstUpToTen();
    void aMissingFileIsTakenOffWithAMessage();
    void droppingASnapshotOpensIt();

private:
    bool drop(const QList<QUrl> &urls);
    RecentSnapshotsMenu *menu() const;

    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestRecentSnapshots::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("OrchestrationConsoleTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_recentsnapshots"));
}

void TestRecentSnapshots::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_window = std::make_unique<MainWindow>();
    m_window->show();
}

void TestRecentSnapshots::cleanup()
{
    m_window.reset();
    m_dir.reset();
}

RecentSnapshotsMenu *TestRecentSnapshots::menu() const
{
    return m_window->findChild<RecentSnapshotsMenu *>(QStringLiteral("recentSnapshotsMenu"));
}

bool TestRecentSnapshots::drop(const QList<QUrl> &urls)
{
    QMimeData data;
    data.setUrls(urls);
    const QPoint where = m_window->rect().center();
    QDragEnterEvent enter(where, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &enter);
    if (!enter.isAccepted())
        return false;
    QDropEvent dropped(where, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &dropped);
    return dropped.isAccepted();
}

void TestRecentSnapshots::openedFilesAreListedNewestFirstUpToTen()
{
    QVERIFY(menu());
    QVERIFY(entries(menu()).contains(QStringLiteral("No recent snapshots")));
    QVERIFY(!menu()->findChild<QAction *>(QStringLiteral("clearRecentAction"))->isEnabled());

    // Twelve files opened, the first one twice: the newest ten, the first one on top.
    QStringList paths;
    for (int i = 0; i < 12; ++i) {
        paths.append(m_dir->filePath(QStringLiteral("snapshot-%1.json").arg(i)));
        QVERIFY(writeSnapshot(paths.last(), 2));
        QString error;
        QVERIFY2(m_window->openSnapshot(paths.last(), &error), qPrintable(error));
    }
    QVERIFY(m_window->openSnapshot(paths.first()));
    const QStringList recent = RecentSnapshotsMenu::files();
    QCOMPARE(recent.size(), RecentSnapshotsMenu::kMaxEntries);
    QCOMPARE(recent.first(), paths.first());
    QCOMPARE(recent.at(1), paths.at(11));
    QVERIFY(!recent.contains(paths.at(1)) && !recent.contains(paths.at(2)));
    const QStringList shown = entries(menu());
    QCOMPARE(shown.first(), QStringLiteral("&1 snapshot-0.json"));
    QCOMPARE(shown.at(9), QStringLiteral("10 snapshot-3.json"));

    // Choosing one opens it, as File -> Open snapshot does.
    QSignalSpy opened(m_window->snapshotController(), &SnapshotController::snapshotOpened);
    entry(menu(), 1)->trigger();
    QVERIFY(opened.wait(kLoadTimeoutMs));
    QCOMPARE(opened.first().first().toString(), paths.at(11));
    QCOMPARE(m_window->snapshot()->path, paths.at(11));

    // Clear list empties it, for the next start too.
    menu()->findChild<QAction *>(QStringLiteral("clearRecentAction"))->trigger();
    QVERIFY(RecentSnapshotsMenu::files().isEmpty());
    QVERIFY(entries(menu()).contains(QStringLiteral("No recent snapshots")));
}

void TestRecentSnapshots::aMissingFileIsTakenOffWithAMessage()
{
    const QString kept = m_dir->filePath(QStringLiteral("kept.json"));
    const QString gone = m_dir->filePath(QStringLiteral("gone.json"));
    QVERIFY(writeSnapshot(kept, 1));
    QVERIFY(writeSnapshot(gone, 1));
    QVERIFY(m_window->openSnapshot(kept));
    QVERIFY(m_window->openSnapshot(gone));
    QVERIFY(QFile::remove(gone));

    QSignalSpy started(m_window->snapshotController(), &SnapshotController::snapshotLoadStarted);
    entry(menu(), 0)->trigger(); // gone.json, the newest
    QCOMPARE(started.size(), 0); // nothing to open
    QCOMPARE(RecentSnapshotsMenu::files(), QStringList {kept});
    auto *message = m_window->findChild<QMessageBox *>(QStringLiteral("exportMessage"));
    QVERIFY(message);
    QVERIFY2(message->text().contains(QStringLiteral("gone.json")), qPrintable(message->text()));
    QVERIFY(message->text().contains(QStringLiteral("no longer exists")));
    message->close();
}

void TestRecentSnapshots::droppingASnapshotOpensIt()
{
    const QString path = m_dir->filePath(QStringLiteral("dropped.json"));
    QVERIFY(writeSnapshot(path, 3));
    QVERIFY(m_window->acceptDrops());

    // Text, two files or a web address: refused before the drop.
    QVERIFY(!drop({QUrl(QStringLiteral("https://example.com/x.json"))}));
    QVERIFY(!drop({QUrl::fromLocalFile(path), QUrl::fromLocalFile(path)}));
    QVERIFY(!drop({QUrl::fromLocalFile(m_dir->filePath(QStringLiteral("missing.json")))}));

    QSignalSpy opened(m_window->snapshotController(), &SnapshotController::snapshotOpened);
    QVERIFY(drop({QUrl::fromLocalFile(path)}));
    QVERIFY(opened.wait(kLoadTimeoutMs));
    QCOMPARE(m_window->snapshot()->path, path);
    QCOMPARE(m_window->snapshot()->document.records.size(), 3);
    QCOMPARE(RecentSnapshotsMenu::files().value(0), path); // and it is recent now
}

QTEST_MAIN(TestRecentSnapshots)
#include "tst_recentsnapshots.moc"
