// View -> Theme on a running application (offscreen): the palette changes at once, the
// choice is kept for the next start, and System brings back what the platform gave.

#include "ui/widgets/theme.h"
#include "ui/widgets/thememenu.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

class TestThemeMenu : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void choosingASchemeAppliesItLiveAndKeepsIt();
};

void TestThemeMenu::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("OrchestrationConsoleTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_thememenu"));
    QSettings().clear();
}

void TestThemeMenu::choosingASchemeAppliesItLiveAndKeepsIt()
{
    // As at start-up: the platform's look, nothing stored yet.
    Theme::apply(*qApp, Theme::ColorScheme::System);
    const QPalette platform = QApplication::palette();
    QVERIFY(!ThemeMenu::storedScheme());
    QLabel shown(QStringLiteral("text"));
    shown.show();

    ThemeMenu menu;
    auto *system = menu.findChild<QAction *>(QStringLiteral("theme_system"));
    auto *dark = menu.findChild<QAction *>(QStringLiteral("theme_dark"));
    auto *light = menu.findChild<QAction *>(QStringLiteral("theme_light"));
    QVERIFY(system && dark && light);
    QVERIFY(system->isChecked());

    dark->trigger();
    QVERIFY(Theme::isDark(QApplication::palette()));
    QTRY_VERIFY(Theme::isDark(shown.palette())); // a window already open follows at once
    QCOMPARE(Theme::current(), Theme::ColorScheme::Dark);
    QVERIFY(ThemeMenu::storedScheme() == Theme::ColorScheme::Dark);
    QVERIFY(dark->isChecked() && !system->isChecked());

    light->trigger();
    QVERIFY(!Theme::isDark(QApplication::palette()));
    QCOMPARE(QApplication::palette().color(QPalette::Window),
        Theme::lightPalette().color(QPalette::Window));
    QVERIFY(ThemeMenu::storedScheme() == Theme::ColorScheme::Light);

    system->trigger();
    QCOMPARE(QApplication::palette().color(QPalette::Window), platform.color(QPalette::Window));
    QCOMPARE(QApplication::palette().color(QPalette::Text), platform.color(QPalette::Text));
    QVERIFY(ThemeMenu::storedScheme() == Theme::ColorScheme::System);

    // A scheme applied from elsewhere (the command line) is the one ticked.
    Theme::apply(*qApp, Theme::ColorScheme::Dark);
    emit menu.aboutToShow();
    QVERIFY(dark->isChecked());
    QVERIFY(ThemeMenu::storedScheme() == Theme::ColorScheme::System); // not saved
}

QTEST_MAIN(TestThemeMenu)
#include "tst_thememenu.moc"
