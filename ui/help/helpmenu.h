#pragma once

#include <QMenu>

/**
 * The Help menu of a window: Keyboard shortcuts (read from the window's actions each time),
 * User guide (F1, the guide shipped inside the program), About Qt and About Orchestration
 * Console. The dialogs open over the window, one of each at a time, and do not block it.
 */
class HelpMenu : public QMenu
{
    Q_OBJECT
public:
    explicit HelpMenu(QWidget *window);

    void showShortcuts();
    void showUserGuide();
    void showAbout();

private:
    QWidget *m_window;
};
