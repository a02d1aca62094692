#include "ui/help/helpmenu.h"

#include "ui/help/aboutdialog.h"
#include "ui/help/shortcutsdialog.h"
#include "ui/help/userguideviewer.h"

#include <QAction>
#include <QApplication>

namespace {

/// Shows the one @p Dialog over @p window, made the first time (or after it closed).
template<typename Dialog, typename Make> void showOnce(QWidget *window, Make make)
{
    auto *existing = window->findChild<Dialog *>(QString(), Qt::FindDirectChildrenOnly);
    if (!existing) {
        existing = make();
        existing->setAttribute(Qt::WA_DeleteOnClose);
    }
    existing->show();
    existing->raise();
    existing->activateWindow();
}

} // namespace

HelpMenu::HelpMenu(QWidget *window)
    : QMenu(tr("&Help"), window)
    , m_window(window)
{
    setObjectName(QStringLiteral("helpMenu"));
    QAction *shortcuts = addAction(tr("&Keyboard shortcuts"));
    connect(shortcuts, &QAction::triggered, this, &HelpMenu::showShortcuts);
    shortcuts->setObjectName(QStringLiteral("shortcutsAction"));
    shortcuts->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    QAction *guide = addAction(tr("&User guide"));
    connect(guide, &QAction::triggered, this, &HelpMenu::showUserGuide);
    guide->setObjectName(QStringLiteral("userGuideAction"));
    guide->setShortcut(QKeySequence::HelpContents);
    addSeparator();
    QAction *aboutQt = addAction(tr("About &Qt"));
    connect(aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
    aboutQt->setObjectName(QStringLiteral("aboutQtAction"));
    aboutQt->setMenuRole(QAction::AboutQtRole);
    QAction *about = addAction(tr("&About Orchestration Console"));
    connect(about, &QAction::triggered, this, &HelpMenu::showAbout);
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
}

void HelpMenu::showShortcuts()
{
    // Made anew each time: the list is what the window's keys are now.
    delete m_window->findChild<ShortcutsDialog *>(QString(), Qt::FindDirectChildrenOnly);
    showOnce<ShortcutsDialog>(m_window, [this] { return new ShortcutsDialog(m_window, m_window); });
}

void HelpMenu::showUserGuide()
{
    showOnce<UserGuideViewer>(m_window, [this] { return new UserGuideViewer(m_window); });
}

void HelpMenu::showAbout()
{
    showOnce<AboutDialog>(m_window, [this] { return new AboutDialog(m_window); });
}
