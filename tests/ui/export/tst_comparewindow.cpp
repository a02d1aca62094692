// The compare window on its own: two small sets of records, real widgets (offscreen), real
// files for the export. What a user reads (which side is old), what they can do with the
// keyboard (close, copy, export) and with the buttons (swap, copy, export).

#include "models/core/exportwriter.h"
#include "models/core/orchestration.h"
#include "ui/export/comparecontroller.h"
#include "ui/export/comparewindow.h"

#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStyle>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>

namespace {

const QString kKeptId = QStringLiteral("3f2b7c1e-8d4a-4b6e-9a1f-0c2d3e4f5a6b");
const QString kGoneId = QStringLiteral("9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d");
const QString kNewId = QStringLiteral("0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e");

Orchestration record(const QString &id, const QString &name, const QString &description)
{
    QJsonObject object;
    object.insert(QStringLiteral("id"), id);
    object.insert(QStringLiteral("name"), name);
    object.insert(QStringLiteral("description"), description);
    return Orchestration::fromJson(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

CompareSide side(const QString &name, const QList<Orchestration> &records)
{
    return {records, name, QStringLiteral("%1, taken yesterday").arg(name)};
}

} // namespace

class TestCompareWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void bothSidesAreNamed();
    void swapTurnsTheDifferencesRound();
    void escapeAndCtrlWClose_data();
    void escapeAndCtrlWClose();
    void copiesTheSelectedDifferences();
    void exportsTheResultAsJson();
    void idsAreShownWhole();
    void idsInTheTreeAreNeverElided();
    void opensInsideTheScreen();
    void aFileEditedFromTheShownSnapshotReadsForwards();

private:
    std::unique_ptr<CompareWindow> m_window;
};

void TestCompareWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestCompareWindow::init()
{
    // Old: kept (description "before") and gone; new: kept ("after") and a new one.
    m_window = std::make_unique<CompareWindow>(
        side(QStringLiteral("monday.json"),
            {record(kKeptId, QStringLiteral("Billing"), QStringLiteral("before")),
                record(kGoneId, QStringLiteral("Returns"), QStringLiteral("old"))}),
        side(QStringLiteral("tuesday.json"),
            {record(kKeptId, QStringLiteral("Billing"), QStringLiteral("after")),
                record(kNewId, QStringLiteral("Sales"), QStringLiteral("new"))}));
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestCompareWindow::cleanup()
{
    m_window.reset();
}

void TestCompareWindow::bothSidesAreNamed()
{
    const QString summary = m_window->summaryText();
    QVERIFY2(summary.startsWith(QStringLiteral("Old: monday.json, taken yesterday\n"
                                               "New: tuesday.json, taken yesterday\n")),
        qPrintable(summary));
    QVERIFY(summary.contains(QStringLiteral("1 added, 1 removed, 1 changed, 0 unchanged")));
    QTreeWidgetItem *header = m_window->sideBySide()->headerItem();
    QCOMPARE(header->text(1), QStringLiteral("Old: monday.json"));
    QCOMPARE(header->text(2), QStringLiteral("New: tuesday.json"));
}

void TestCompareWindow::swapTurnsTheDifferencesRound()
{
    QVERIFY(m_window->selectId(kKeptId));
    QCOMPARE(
        m_window->itemForPath(QStringLiteral("description"))->text(1), QStringLiteral("before"));

    auto *swap = m_window->findChild<QPushButton *>(QStringLiteral("compareSwap"));
    QVERIFY(swap);
    QTest::mouseClick(swap, Qt::LeftButton);

    QVERIFY(m_window->summaryText().startsWith(QStringLiteral("Old: tuesday.json")));
    QCOMPARE(m_window->sideBySide()->headerItem()->text(1), QStringLiteral("Old: tuesday.json"));
    const OrchestrationDiff &diff = m_window->listModel()->diff();
    QCOMPARE(diff.changeFor(kNewId)->kind, RecordChange::Kind::Removed);
    QCOMPARE(diff.changeFor(kGoneId)->kind, RecordChange::Kind::Added);
    // The record selected stays selected, its values now the other way round.
    const QModelIndex current = m_window->changesView()->currentIndex();
    QCOMPARE(current.siblingAtColumn(DiffListModel::IdColumn).data().toString(), kKeptId);
    QCOMPARE(
        m_window->itemForPath(QStringLiteral("description"))->text(1), QStringLiteral("after"));
    QCOMPARE(
        m_window->itemForPath(QStringLiteral("description"))->text(2), QStringLiteral("before"));
}

void TestCompareWindow::escapeAndCtrlWClose_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<int>("modifiers");
    QTest::newRow("Escape") << int(Qt::Key_Escape) << int(Qt::NoModifier);
    QTest::newRow("Ctrl+W") << int(Qt::Key_W) << int(Qt::ControlModifier);
}

void TestCompareWindow::escapeAndCtrlWClose()
{
    QFETCH(int, key);
    QFETCH(int, modifiers);
    m_window->changesView()->setFocus();
    QTest::keyClick(m_window->changesView(), Qt::Key(key), Qt::KeyboardModifiers(modifiers));
    QTRY_VERIFY(!m_window->isVisible());
}

void TestCompareWindow::copiesTheSelectedDifferences()
{
    QApplication::clipboard()->clear();
    QTableView *view = m_window->changesView();
    view->selectAll();
    view->setFocus();
    QTest::keySequence(view, QKeySequence::Copy);
    const QString text = QApplication::clipboard()->text();
    // Every selected record, as the diff command prints it, the changed one with its field.
    QVERIFY2(text.contains(QStringLiteral("+ Sales (%1)\n").arg(kNewId)), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("- Returns (%1)\n").arg(kGoneId)));
    QVERIFY(text.contains(
        QStringLiteral("~ Billing (%1)\n    description: \"before\" -> \"after\"\n").arg(kKeptId)));

    // One row selected, through the button: only that one.
    QVERIFY(m_window->selectId(kNewId));
    QApplication::clipboard()->clear();
    QTest::mouseClick(
        m_window->findChild<QPushButton *>(QStringLiteral("compareCopy")), Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("+ Sales (%1)\n").arg(kNewId));
}

void TestCompareWindow::exportsTheResultAsJson()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("differences.json"));
    QSignalSpy finished(m_window.get(), &CompareWindow::exportFinished);
    m_window->exportResultTo(path);
    QVERIFY(finished.wait(10'000));
    QVERIFY(finished.first().first().value<ExportWriteResult>().ok());

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject document = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(document.value(QStringLiteral("old")).toString(),
        QStringLiteral("monday.json, taken yesterday"));
    QCOMPARE(document.value(QStringLiteral("new")).toString(),
        QStringLiteral("tuesday.json, taken yesterday"));
    QCOMPARE(document.value(QStringLiteral("summary")).toObject().value(QStringLiteral("added")),
        QJsonValue(1));
    const QJsonArray changed = document.value(QStringLiteral("changed")).toArray();
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().toObject().value(QStringLiteral("id")).toString(), kKeptId);
    QCOMPARE(
        QDir(dir.path()).entryList(QDir::Files), QStringList {QStringLiteral("differences.json")});

    // A folder that does not exist: said in the window, nothing written.
    finished.clear();
    m_window->exportResultTo(dir.filePath(QStringLiteral("missing/differences.json")));
    QVERIFY(finished.wait(10'000));
    QVERIFY(!finished.first().first().value<ExportWriteResult>().ok());
    auto *status = m_window->findChild<QLabel *>(QStringLiteral("compareStatus"));
    QVERIFY(status->isVisible());
    QVERIFY2(status->text().contains(QStringLiteral("missing")), qPrintable(status->text()));
}

void TestCompareWindow::idsAreShownWhole()
{
    QTableView *view = m_window->changesView();
    const int needed = view->fontMetrics().horizontalAdvance(kKeptId);
    QVERIFY2(view->columnWidth(DiffListModel::IdColumn) > needed,
        qPrintable(QStringLiteral("%1 <= %2")
                       .arg(view->columnWidth(DiffListModel::IdColumn))
                       .arg(needed)));
    // ...and the column is inside the list as the window opens, not scrolled out of it.
    const int right = view->horizontalHeader()->sectionViewportPosition(DiffListModel::IdColumn)
        + view->columnWidth(DiffListModel::IdColumn);
    QVERIFY2(right <= view->viewport()->width(),
        qPrintable(QStringLiteral("%1 > %2").arg(right).arg(view->viewport()->width())));
}

void TestCompareWindow::idsInTheTreeAreNeverElided()
{
    // One record whose queue changed and whose bot was replaced: changed values are bold,
    // so wider than the same id in the regular font.
    const QString queueBefore = QStringLiteral("5d1c0a9e-2b3f-4c6d-8e7f-a0b1c2d3e4f5");
    const QString queueAfter = QStringLiteral("e4f5a6b7-c8d9-4e0f-9a1b-2c3d4e5f6a7b");
    const QString botBefore = QStringLiteral("7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d");
    const QString botAfter = QStringLiteral("c2d3e4f5-a6b7-4c8d-9e0f-1a2b3c4d5e6f");
    const auto recordWith = [](const QString &queue, const QString &bot) {
        QJsonObject object;
        object.insert(QStringLiteral("id"), kKeptId);
        object.insert(QStringLiteral("name"), QStringLiteral("Billing"));
        object.insert(QStringLiteral("queueId"), queue);
        object.insert(QStringLiteral("bots"),
            QJsonArray {
                QJsonObject {{QStringLiteral("id"), bot}, {QStringLiteral("name"), "Bot"}}});
        return Orchestration::fromJson(QJsonDocument(object).toJson(QJsonDocument::Compact));
    };
    CompareWindow window(side(QStringLiteral("monday.json"), {recordWith(queueBefore, botBefore)}),
        side(QStringLiteral("tuesday.json"), {recordWith(queueAfter, botAfter)}));
    window.resize(800, 600); // a small screen: the tree gets less than half of it
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *tree = window.findChild<QTreeWidget *>(QStringLiteral("compareTree"));
    QTRY_VERIFY(tree->topLevelItemCount() > 0);

    const QSet<QString> ids {kKeptId, queueBefore, queueAfter, botBefore, botAfter};
    const int margin =
        2 * (tree->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, tree) + 1);
    QStringList seen;
    int bold = 0;
    for (QTreeWidgetItemIterator it(tree); *it; ++it) {
        for (const int column : {1, 2}) {
            const QString text = (*it)->text(column);
            if (!ids.contains(text))
                continue;
            seen.append(text);
            bold += (*it)->font(column).bold() ? 1 : 0;
            const int needed = QFontMetrics((*it)->font(column)).horizontalAdvance(text) + margin;
            QVERIFY2(needed <= tree->columnWidth(column),
                qPrintable(QStringLiteral("%1 in column %2 needs %3 px, has %4")
                               .arg(text)
                               .arg(column)
                               .arg(needed)
                               .arg(tree->columnWidth(column))));
            QCOMPARE((*it)->toolTip(column), text);
        }
    }
    for (const QString &id : ids)
        QVERIFY2(seen.contains(id), qPrintable(id + QStringLiteral(" not shown")));
    QVERIFY(bold >= 4);

    // With more room, the two sides share it: the tree is filled to its right edge.
    window.resize(1600, 800);
    QTRY_VERIFY(tree->columnWidth(0) + tree->columnWidth(1) + tree->columnWidth(2)
        >= tree->viewport()->width() - 2);
}

void TestCompareWindow::opensInsideTheScreen()
{
    // The window as opened (init()), on a screen smaller than the size it was designed for.
    const QRect available = m_window->screen()->availableGeometry();
    QVERIFY2(m_window->width() <= available.width() && m_window->height() <= available.height(),
        qPrintable(QStringLiteral("%1x%2 on %3x%4")
                       .arg(m_window->width())
                       .arg(m_window->height())
                       .arg(available.width())
                       .arg(available.height())));
}

void TestCompareWindow::aFileEditedFromTheShownSnapshotReadsForwards()
{
    using Direction = CompareController::Direction;
    const QDateTime monday(QDate(2026, 11, 30), QTime(9, 0), Qt::UTC);
    const QDateTime tuesday = monday.addDays(1);
    // A copy edited by hand keeps its exportedAt: the snapshot shown is the old side.
    QCOMPARE(CompareController::direction(monday, monday), Direction::ShownIsOld);
    QCOMPARE(CompareController::direction({}, monday), Direction::ShownIsOld);
    QCOMPARE(CompareController::direction(monday, {}), Direction::ShownIsOld);
    // Otherwise the earlier one is old, whichever is shown.
    QCOMPARE(CompareController::direction(monday, tuesday), Direction::FileIsOld);
    QCOMPARE(CompareController::direction(tuesday, monday), Direction::ShownIsOld);
}

QTEST_MAIN(TestCompareWindow)
#include "tst_comparewindow.moc"
