// The window in every language the console ships, and in a pseudo-locale (every string 40%
// longer, accented): real widgets on the embedded demo, offscreen (a 1920x1080 screen, so the
// window opens at its default 1280x800).
// - no two mnemonics collide within one menu, the window or one dialog;
// - no label, button or check box text is wider than its widget (an ElidedLabel may cut its
//   text when its tooltip holds all of it), in the main window, the Connections dialog and
//   the Export dialog at their default sizes;
// - Arabic runs the window right to left, with the page bar's arrows and meaning mirrored,
//   while a name in Latin script stays left to right;
// - an export's bytes are the same whatever the language.
// Each scene is also saved as a PNG under <build>/screenshots/languages, to look at.

#include "app/guilaunch.h"
#include "app/translations.h"
#include "models/connections/inmemorykeychainbackend.h"
#include "models/connections/profilestore.h"
#include "models/connections/secretstore.h"
#include "models/itemmodels/orchestrationfiltermodel.h"
#include "models/itemmodels/orchestrationtablemodel.h"
#include "support/pseudotranslator.h"
#include "ui/connections/connectionsdialog.h"
#include "ui/export/exportcontroller.h"
#include "ui/export/exportdialog.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/pagebar.h"
#include "ui/widgets/elidedlabel.h"
#include "ui/widgets/icons.h"
#include "ui/widgets/plaintext.h"

#include <QAbstractButton>
#include <QDir>
#include <QGroupBox>
#include <QLabel>
#include <QLoggingCategory>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <optional>

namespace {

constexpr int kLoadTimeoutMs = 30'000;
const QString kPseudo = QStringLiteral("pseudo");

QStringList languages()
{
    return QStringLiteral(CONSOLE_LANGUAGES).split(QLatin1Char(','));
}

/// Sets the language as the application would at start: the real catalogues, or the
/// pseudo-locale over English.
void useLanguage(const QString &language)
{
    static QTranslator *pseudo = nullptr;
    if (pseudo) {
        QCoreApplication::removeTranslator(pseudo);
        delete pseudo;
        pseudo = nullptr;
    }
    if (language != kPseudo) {
        installTranslators(language);
        return;
    }
    installTranslators(QStringLiteral("en"));
    static QTranslator english;
    if (english.isEmpty())
        (void)english.load(QStringLiteral(":/i18n/orchestration-console_en.qm"));
    pseudo = new testsupport::PseudoTranslator(&english);
    QCoreApplication::installTranslator(pseudo);
}

/// What a user reads on @p widget, and what it has room for; false when it shows no text.
struct Fit
{
    QString text;
    int needed = 0;
    int available = 0;
};

std::optional<Fit> fitOf(QWidget *widget)
{
    if (auto *elided = qobject_cast<ElidedLabel *>(widget)) {
        // Cut short on purpose; the tooltip must then hold the whole text.
        if (elided->isElided() && elided->toolTip().isEmpty())
            return Fit {elided->fullText(), 1, 0};
        return std::nullopt;
    }
    if (auto *label = qobject_cast<QLabel *>(widget)) {
        const QString text = label->text();
        const bool rich = label->textFormat() == Qt::RichText
            || (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(text));
        if (text.isEmpty() || label->wordWrap() || rich)
            return std::nullopt;
        QString shown = text;
        if (label->buddy())
            shown.remove(QRegularExpression(QStringLiteral("&(?=[^&])")));
        int needed = 0;
        for (const QString &line : shown.split(QLatin1Char('\n')))
            needed = qMax(needed, label->fontMetrics().horizontalAdvance(line));
        return Fit {text, needed, label->contentsRect().width() - 2 * label->margin()};
    }
    if (auto *button = qobject_cast<QAbstractButton *>(widget)) {
        auto *tool = qobject_cast<QToolButton *>(button);
        if (button->text().isEmpty() || (tool && tool->toolButtonStyle() == Qt::ToolButtonIconOnly))
            return std::nullopt;
        return Fit {button->text(), button->sizeHint().width(), button->width()};
    }
    if (auto *group = qobject_cast<QGroupBox *>(widget)) {
        if (group->title().isEmpty())
            return std::nullopt;
        return Fit {group->title(), group->fontMetrics().horizontalAdvance(group->title()) + 16,
            group->width()};
    }
    return std::nullopt;
}

/// Every visible text of @p top that does not fit, named: "MainWindow pageRangeLabel ...".
QStringList overflows(QWidget *top, const QString &scene)
{
    QStringList problems;
    for (QWidget *widget : top->findChildren<QWidget *>()) {
        if (!widget->isVisibleTo(top) || qobject_cast<QMenu *>(widget))
            continue;
        const std::optional<Fit> fit = fitOf(widget);
        if (fit && fit->needed > fit->available)
            problems << QStringLiteral("%1: %2 %3 \"%4\" needs %5 px, has %6")
                            .arg(scene, QString::fromLatin1(widget->metaObject()->className()),
                                widget->objectName(), fit->text)
                            .arg(fit->needed)
                            .arg(fit->available);
    }
    return problems;
}

/// The mnemonic texts of @p texts that share a key with another, named.
QStringList collisions(const QString &scope, const QStringList &texts)
{
    QMultiHash<QKeySequence, QString> byKey;
    for (const QString &text : texts) {
        const QKeySequence key = QKeySequence::mnemonic(text);
        if (!key.isEmpty())
            byKey.insert(key, text);
    }
    QStringList problems;
    const QList<QKeySequence> keys = byKey.uniqueKeys();
    for (const QKeySequence &key : keys) {
        const QStringList same = byKey.values(key);
        if (same.size() > 1)
            problems << QStringLiteral("%1: %2 on \"%3\"")
                            .arg(scope, key.toString(), same.join(QStringLiteral("\", \"")));
    }
    return problems;
}

QStringList menuCollisions(QMenu *menu, const QString &scene)
{
    QStringList texts;
    QStringList problems;
    emit menu->aboutToShow(); // menus that fill themselves when opened
    const QList<QAction *> actions = menu->actions();
    for (QAction *action : actions) {
        if (action->isSeparator() || !action->isVisible())
            continue;
        texts << action->text();
        if (action->menu())
            problems << menuCollisions(action->menu(), scene);
    }
    return problems + collisions(scene + QStringLiteral(" menu \"") + menu->title() + u'"', texts);
}

/// The mnemonics a user can press in @p top outside its menus: labels (with a buddy),
/// buttons, check boxes and group boxes that are shown.
QStringList widgetMnemonics(QWidget *top)
{
    QStringList texts;
    for (QWidget *widget : top->findChildren<QWidget *>()) {
        if (!widget->isVisibleTo(top) || qobject_cast<QMenu *>(widget))
            continue;
        if (auto *label = qobject_cast<QLabel *>(widget); label && label->buddy())
            texts << label->text();
        else if (auto *button = qobject_cast<QAbstractButton *>(widget))
            texts << button->text();
        else if (auto *group = qobject_cast<QGroupBox *>(widget))
            texts << group->title();
    }
    return texts;
}

void saveShot(QWidget *widget, const QString &language, const QString &name)
{
    const QString directory = QStringLiteral(CONSOLE_BUILD_DIR "/screenshots/languages");
    QDir().mkpath(directory);
    widget->grab().save(QStringLiteral("%1/%2-%3.png").arg(directory, language, name));
}

/// A PlainTextDelegate whose option a test can read.
class DelegateProbe : public PlainTextDelegate
{
public:
    DelegateProbe()
        : PlainTextDelegate(nullptr)
    { }
    using PlainTextDelegate::initStyleOption;
};

/// The script of @p text's first letter ("Billing (EU)": Latin).
QChar::Script firstLetterScript(const QString &text)
{
    for (const QChar c : text) {
        if (c.isLetter())
            return c.script();
    }
    return QChar::Script_Unknown;
}

/// The window on the demo, its Connections dialog and its Export dialog, in one language.
struct Scene
{
    explicit Scene(const QString &iniPath)
        : profiles(iniPath)
        , secrets(std::make_shared<InMemoryKeychainBackend>())
        , launcher(&profiles, &secrets)
    { }

    /// Shows the window's first start (the welcome page); with @p demo, then the demo.
    bool open(bool demo = true)
    {
        window = launcher.window();
        window->show();
        if (!QTest::qWaitForWindowExposed(window))
            return false;
        if (!demo)
            return true;
        if (!launcher.startDemo())
            return false;
        return QTest::qWaitFor(
            [this] {
                return window->tableModel()->state() == OrchestrationTableModel::State::Loaded;
            },
            kLoadTimeoutMs);
    }

    std::unique_ptr<ExportDialog> exportDialog()
    {
        ExportController *controller = window->exportController();
        QStringList names;
        for (const int column : controller->visibleColumns())
            names << window->tableModel()->headerData(column, Qt::Horizontal).toString();
        auto dialog = std::make_unique<ExportDialog>(
            controller->scopeOffers(), controller->preferredScope(), names,
            [controller](const ExportChoice &choice) { return controller->preview(choice); },
            window);
        dialog->show();
        return dialog;
    }

    ConnectionsDialog *connectionsDialog()
    {
        launcher.showConnectionsDialog(true);
        return launcher.connectionsDialog();
    }

    ProfileStore profiles;
    SecretStore secrets;
    GuiLauncher launcher;
    MainWindow *window = nullptr;
};

} // namespace

class TestLanguageWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void everyLanguage_data();
    void everyLanguage();
    void arabicRunsRightToLeft();
    void tenantTextKeepsItsDirection_data();
    void tenantTextKeepsItsDirection();
    void exportBytesDoNotDependOnTheLanguage();

private:
    QTemporaryDir m_dir;
};

void TestLanguageWindow::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("OrchestrationConsoleTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_languagewindow"));
    QLoggingCategory::setFilterRules(QStringLiteral("console.*.debug=false\nhubsim.debug=false"));
    QVERIFY2(QGuiApplication::primaryScreen()->availableSize().width() >= 1280,
        "run with the 1920x1080 offscreen screen (tests/translations/CMakeLists.txt)");
}

void TestLanguageWindow::init()
{
    QSettings().clear(); // a first start: default sizes
}

void TestLanguageWindow::cleanupTestCase()
{
    useLanguage(QString());
}

void TestLanguageWindow::everyLanguage_data()
{
    QTest::addColumn<QString>("language");
    const QStringList all = languages() << kPseudo;
    for (const QString &language : all)
        QTest::newRow(qPrintable(language)) << language;
}

void TestLanguageWindow::everyLanguage()
{
    QFETCH(QString, language);
    useLanguage(language);
    Scene scene(m_dir.filePath(language + QStringLiteral(".ini")));
    QVERIFY(scene.open(false));
    MainWindow *window = scene.window;
    QCOMPARE(window->size(), QSize(1280, 800));
    saveShot(window, language, QStringLiteral("welcome"));
    QStringList menuTitles;
    for (QAction *action : window->menuBar()->actions())
        menuTitles << action->text();
    QStringList problems = overflows(window, language + QStringLiteral(" welcome page"));
    problems << collisions(
        language + QStringLiteral(" welcome page"), menuTitles + widgetMnemonics(window));

    QVERIFY(scene.launcher.startDemo());
    QTRY_COMPARE_WITH_TIMEOUT(
        window->tableModel()->state(), OrchestrationTableModel::State::Loaded, kLoadTimeoutMs);
    // The page bar and the status labels fill in with the first page; their layouts are
    // applied on a later pass of the event loop (on a slow sanitizer run they were measured
    // at 6 px wide before that).
    QTest::qWait(200);
    QCOMPARE(window->size(), QSize(1280, 800));
    saveShot(window, language, QStringLiteral("main"));
    problems << overflows(window, language + QStringLiteral(" main window"));
    for (QAction *action : window->menuBar()->actions()) {
        if (action->menu())
            problems << menuCollisions(action->menu(), language);
    }
    problems << collisions(
        language + QStringLiteral(" main window"), menuTitles + widgetMnemonics(window));

    std::unique_ptr<ExportDialog> exportDialog = scene.exportDialog();
    QVERIFY(QTest::qWaitForWindowExposed(exportDialog.get()));
    saveShot(exportDialog.get(), language, QStringLiteral("export"));
    problems << overflows(exportDialog.get(), language + QStringLiteral(" export dialog"))
             << collisions(language + QStringLiteral(" export dialog"),
                    widgetMnemonics(exportDialog.get()));
    exportDialog.reset();

    ConnectionsDialog *connections = scene.connectionsDialog();
    QVERIFY(connections);
    QVERIFY(QTest::qWaitForWindowExposed(connections));
    saveShot(connections, language, QStringLiteral("connections"));
    problems << overflows(connections, language + QStringLiteral(" connections dialog"))
             << collisions(
                    language + QStringLiteral(" connections dialog"), widgetMnemonics(connections));
    connections->close();

    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestLanguageWindow::arabicRunsRightToLeft()
{
    useLanguage(QStringLiteral("ar"));
    Scene scene(m_dir.filePath(QStringLiteral("rtl.ini")));
    QVERIFY(scene.open());
    MainWindow *window = scene.window;
    QCOMPARE(QGuiApplication::layoutDirection(), Qt::RightToLeft);
    QCOMPARE(window->layoutDirection(), Qt::RightToLeft);

    // The table on the right, the inspector on its left.
    auto *splitter = window->findChild<QSplitter *>();
    QVERIFY(splitter && splitter->count() >= 2);
    QVERIFY(splitter->widget(0)->x() > splitter->widget(1)->x());

    // "Next" sits left of "previous", points left, and goes forward.
    PageBar *bar = window->pageBar();
    auto *previous = bar->findChild<QToolButton *>(QStringLiteral("previousPageButton"));
    auto *next = bar->findChild<QToolButton *>(QStringLiteral("nextPageButton"));
    QVERIFY(next->mapTo(window, QPoint()).x() < previous->mapTo(window, QPoint()).x());
    const QColor colour = bar->palette().color(QPalette::ButtonText);
    QCOMPARE(next->icon().pixmap(16).toImage(),
        Icons::themed(QStringLiteral("go-previous"), colour).pixmap(16).toImage());
    QCOMPARE(previous->icon().pixmap(16).toImage(),
        Icons::themed(QStringLiteral("go-next"), colour).pixmap(16).toImage());
    OrchestrationTableModel *table = window->tableModel();
    QCOMPARE(table->currentPage(), 1);
    QTest::mouseClick(next, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(table->currentPage(), 2, kLoadTimeoutMs);
}

void TestLanguageWindow::tenantTextKeepsItsDirection_data()
{
    everyLanguage_data();
}

void TestLanguageWindow::tenantTextKeepsItsDirection()
{
    QFETCH(QString, language);
    useLanguage(language);
    Scene scene(m_dir.filePath(QStringLiteral("direction-%1.ini").arg(language)));
    QVERIFY(scene.open());
    QTableView *view = scene.window->tableView();
    QVERIFY(qobject_cast<PlainTextDelegate *>(
        view->itemDelegateForColumn(OrchestrationTableModel::NameColumn)));
    DelegateProbe probe;
    const QAbstractItemModel *model = view->model();
    bool sawLatin = false;
    bool sawArabic = false;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, OrchestrationTableModel::NameColumn);
        const QString name = index.data().toString();
        QStyleOptionViewItem option;
        option.initFrom(view);
        QCOMPARE(option.direction, scene.window->layoutDirection());
        probe.initStyleOption(&option, index);
        const QChar::Script script = firstLetterScript(name);
        if (script == QChar::Script_Latin) {
            sawLatin = true;
            QVERIFY2(option.direction == Qt::LeftToRight, qPrintable(name));
        } else if (script == QChar::Script_Arabic) {
            sawArabic = true;
            QVERIFY2(option.direction == Qt::RightToLeft, qPrintable(name));
        }
    }
    QVERIFY(sawLatin);
    if (!sawArabic)
        qInfo("no name in Arabic script on the first page");
}

void TestLanguageWindow::exportBytesDoNotDependOnTheLanguage()
{
    // The same demo, exported in each language as records and as the visible columns (which
    // the window shows as localized dates and numbers): the files differ only in when, and
    // in the port of each run's demo.
    QHash<QString, QByteArray> english;
    for (const QString &language :
        {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("ar"), kPseudo}) {
        useLanguage(language);
        Scene scene(m_dir.filePath(QStringLiteral("export-%1.ini").arg(language)));
        QVERIFY(scene.open());
        for (const auto content : {ViewExport::Content::Records, ViewExport::Content::Columns}) {
            ExportChoice choice;
            choice.scope = ViewExport::Scope::View;
            choice.content = content;
            choice.path =
                m_dir.filePath(QStringLiteral("%1-%2.json").arg(language).arg(int(content)));
            QSignalSpy finished(
                scene.window->exportController(), &ExportController::exportFinished);
            scene.window->exportController()->exportTo(choice);
            QVERIFY(finished.wait(kLoadTimeoutMs));
            QFile file(choice.path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QByteArray bytes = file.readAll();
            static const QRegularExpression when(QStringLiteral("\"exportedAt\": *\"[^\"]*\""));
            QString text = QString::fromUtf8(bytes);
            QCOMPARE(text.count(when), 1);
            // Each scene's demo listens on a port of its own.
            static const QRegularExpression port(QStringLiteral("//127\\.0\\.0\\.1:\\d+/"));
            bytes = text.replace(when, QStringLiteral("\"exportedAt\": \"-\""))
                        .replace(port, QStringLiteral("//127.0.0.1:0/"))
                        .toUtf8();
            const QString key = QString::number(int(content));
            if (language == QLatin1String("en")) {
                english.insert(key, bytes);
                continue;
            }
            if (bytes != english.value(key)) {
                // Name the first difference, for the reader of the failure.
                qsizetype at = 0;
                const QByteArray &base = english.value(key);
                while (at < bytes.size() && at < base.size() && bytes.at(at) == base.at(at))
                    ++at;
                QFAIL(qPrintable(
                    QStringLiteral("%1, content %2: differs from English at byte %3: "
                                   "\"%4\" vs \"%5\"")
                        .arg(language, key)
                        .arg(at)
                        .arg(QString::fromUtf8(bytes.mid(qMax<qsizetype>(0, at - 40), 120)),
                            QString::fromUtf8(base.mid(qMax<qsizetype>(0, at - 40), 120)))));
            }
        }
    }
}

QTEST_MAIN(TestLanguageWindow)
#include "tst_languagewindow.moc"
