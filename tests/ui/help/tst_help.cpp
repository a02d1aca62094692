// Help in the real main window (offscreen): Keyboard shortcuts lists every key of the window
// as its actions say now, the user guide is the README's, shipped inside the program, and
// the About box names the versions and licences.

#include "models/core/buildinfo.h"
#include "ui/help/aboutdialog.h"
#include "ui/help/helpmenu.h"
#include "ui/help/shortcutsdialog.h"
#include "ui/help/userguideviewer.h"
#include "ui/mainwindow/mainwindow.h"

#include <QAction>
#include <QDir>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

namespace {

QString plain(QString text)
{
    text.remove(QLatin1Char('&'));
    if (text.endsWith(QChar(0x2026)))
        text.chop(1);
    return text.trimmed();
}

/// The table's rows as "Action|Shortcut".
QStringList rowsOf(QTreeWidget *table)
{
    QStringList rows;
    for (int i = 0; i < table->topLevelItemCount(); ++i)
        rows.append(
            table->topLevelItem(i)->text(0) + QLatin1Char('|') + table->topLevelItem(i)->text(1));
    return rows;
}

/// Scratch screenshots for a person to look at: CONSOLE_SCREENSHOT_DIR=<dir>.
void screenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("CONSOLE_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

} // namespace

class TestHelp : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void helpMenuOffersTheFourEntries();
    void everyActionWithAShortcutIsListed();
    void shortcutsAreReadEachTimeTheDialogOpens();
    void everyListedShortcutSaysWhatItDoes();
    void userGuideIsTheReadmeSection();
    void aboutNamesVersionsAndLicences();
};

void TestHelp::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("OrchestrationConsoleTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_help"));
    QSettings().clear();
}

void TestHelp::helpMenuOffersTheFourEntries()
{
    MainWindow window;
    auto *help = window.findChild<HelpMenu *>(QStringLiteral("helpMenu"));
    QVERIFY(help);
    QVERIFY(window.menuBar()->actions().contains(help->menuAction()));
    QStringList texts;
    for (QAction *action : help->actions()) {
        if (!action->isSeparator())
            texts.append(plain(action->text()));
    }
    QCOMPARE(texts,
        (QStringList {QStringLiteral("Keyboard shortcuts"), QStringLiteral("User guide"),
            QStringLiteral("About Qt"), QStringLiteral("About Orchestration Console")}));
    QCOMPARE(help->findChild<QAction *>(QStringLiteral("aboutQtAction"))->menuRole(),
        QAction::AboutQtRole);
    QCOMPARE(help->findChild<QAction *>(QStringLiteral("userGuideAction"))->shortcut(),
        QKeySequence(QKeySequence::HelpContents));
}

void TestHelp::everyActionWithAShortcutIsListed()
{
    MainWindow window;
    ShortcutsDialog dialog(&window);
    const QStringList rows = rowsOf(dialog.table());
    // Every action of the window that has keys, wherever it lives (menus, toolbar, inspector).
    int checked = 0;
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->shortcuts().isEmpty() || plain(action->text()).isEmpty())
            continue;
        QStringList keys;
        for (const QKeySequence &key : action->shortcuts())
            keys.append(key.toString(QKeySequence::NativeText));
        const QString row =
            plain(action->text()) + QLatin1Char('|') + keys.join(QStringLiteral(" or "));
        QVERIFY2(
            rows.contains(row), qPrintable(row + QStringLiteral(" not in ") + rows.join(", ")));
        ++checked;
    }
    QVERIFY2(checked >= 10, qPrintable(QString::number(checked)));
    // A few a user looks for by name.
    QVERIFY(rows.contains(QStringLiteral("Export|Ctrl+E")));
    QVERIFY(rows.contains(QStringLiteral("Open snapshot|Ctrl+O")));
    QVERIFY(rows.contains(QStringLiteral("User guide|F1")));
    // Keys that work in one part of the window say which.
    const QList<QTreeWidgetItem *> copyValue =
        dialog.table()->findItems(QStringLiteral("Copy value"), Qt::MatchExactly);
    QCOMPARE(copyValue.size(), 1);
    QCOMPARE(copyValue.first()->text(2), QStringLiteral("In Orchestration fields"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    screenshot(&dialog, QStringLiteral("shortcuts"));
}

void TestHelp::shortcutsAreReadEachTimeTheDialogOpens()
{
    MainWindow window;
    auto *help = window.findChild<HelpMenu *>(QStringLiteral("helpMenu"));
    auto *added = new QAction(QStringLiteral("&Frobnicate…"), &window);
    added->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_F));
    window.addAction(added);
    help->showShortcuts();
    auto *dialog = window.findChild<ShortcutsDialog *>();
    QVERIFY(dialog);
    QVERIFY(rowsOf(dialog->table()).contains(QStringLiteral("Frobnicate|Ctrl+Alt+F")));

    // Keys changed while the window runs: the next opening says the new ones.
    added->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_G));
    help->showShortcuts();
    const QList<ShortcutsDialog *> open = window.findChildren<ShortcutsDialog *>();
    QCOMPARE(open.size(), 1);
    QVERIFY(rowsOf(open.first()->table()).contains(QStringLiteral("Frobnicate|Ctrl+Alt+G")));

    // A window of its own (a dialog's action) is not this window's key.
    auto *other = new QWidget(&window, Qt::Window);
    auto *foreign = new QAction(QStringLiteral("Elsewhere"), other);
    foreign->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_H));
    other->addAction(foreign);
    for (const ShortcutEntry &entry : ShortcutsDialog::shortcutsOf(&window))
        QVERIFY(entry.action != QStringLiteral("Elsewhere"));
}

void TestHelp::everyListedShortcutSaysWhatItDoes()
{
    MainWindow window;
    const QList<ShortcutEntry> entries = ShortcutsDialog::shortcutsOf(&window);
    QVERIFY(entries.size() >= 10);
    bool escapeListed = false;
    for (const ShortcutEntry &entry : entries) {
        QStringList keys;
        for (const QKeySequence &key : entry.keys)
            keys.append(key.toString(QKeySequence::NativeText));
        QVERIFY2(!entry.action.isEmpty(),
            qPrintable(keys.join(QStringLiteral(" or ")) + QStringLiteral(" has no description")));
        QVERIFY2(!entry.where.isEmpty(), qPrintable(entry.action));
        if (entry.keys.contains(QKeySequence(Qt::Key_Escape))) {
            escapeListed = true;
            QCOMPARE(entry.where, QStringLiteral("In Search orchestrations"));
        }
    }
    // Escape in the search box clears it: a key the user learns from this list.
    QVERIFY(escapeListed);
}

void TestHelp::userGuideIsTheReadmeSection()
{
    const QString guide = UserGuideViewer::guideMarkdown();
    QVERIFY2(guide.startsWith(QStringLiteral("# User guide\n")), qPrintable(guide.left(80)));
    // The menus it documents, and nothing of the README's other sections.
    QVERIFY(guide.contains(QStringLiteral("Open recent")));
    QVERIFY(guide.contains(QStringLiteral("Keyboard shortcuts")));
    QVERIFY(guide.contains(QStringLiteral("Theme")));
    QVERIFY(!guide.contains(QStringLiteral("## Layout")));
    QVERIFY(!guide.contains(QStringLiteral("## Licence")));

    UserGuideViewer viewer;
    QVERIFY(viewer.browser()->isReadOnly());
    QVERIFY(viewer.browser()->toPlainText().contains(QStringLiteral("Open recent")));
    QVERIFY(!viewer.browser()->toPlainText().contains(QStringLiteral("## ")));
}

void TestHelp::aboutNamesVersionsAndLicences()
{
    const QString text = AboutDialog::aboutHtml();
    QVERIFY(text.contains(QStringLiteral("Orchestration Console %1").arg(CONSOLE_VERSION)));
    QVERIFY(text.contains(QStringLiteral("running on Qt %1").arg(qVersion())));
    QVERIFY(text.contains(QStringLiteral("Built with Qt %1").arg(QT_VERSION_STR)));
    QVERIFY2(text.contains(QStringLiteral("QtKeychain 0.")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Apache License 2.0")));
    QVERIFY(text.contains(QStringLiteral("LGPL-3.0")));
    QVERIFY(text.contains(QStringLiteral("GPL-3.0"))); // Qt HTTP Server in 6.4
    QVERIFY(text.contains(QStringLiteral("BSD")));

    AboutDialog about;
    about.show();
    QVERIFY(QTest::qWaitForWindowExposed(&about));
    screenshot(&about, QStringLiteral("about"));
}

QTEST_MAIN(TestHelp)
#include "tst_help.moc"
