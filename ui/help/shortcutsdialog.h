#pragma once

#include <QDialog>
#include <QKeySequence>
#include <QList>
#include <QString>

class QTreeWidget;

/// One keyboard shortcut as the user reads it.
struct ShortcutEntry
{
    QString action; ///< what it does, without mnemonics or a trailing ellipsis
    QList<QKeySequence> keys;
    QString where; ///< "Anywhere in the window", or the part of the window it works in
};

/**
 * Help -> Keyboard shortcuts: every shortcut of a window in one table (Action, Shortcut,
 * Where). The list is read from the window's own QActions and QShortcuts each time the dialog
 * opens, so it says what the keys do now, never what a hand-kept list once said. Actions and
 * shortcuts of other windows (a compare window, a dialog) are left out: they are not keys of
 * this window.
 */
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ShortcutsDialog(QWidget *window, QWidget *parent = nullptr);

    /// Every shortcut of @p window, in menu-bar order where there is one, then the others.
    static QList<ShortcutEntry> shortcutsOf(QWidget *window);

    QTreeWidget *table() const { return m_table; }

private:
    QTreeWidget *m_table;
};
