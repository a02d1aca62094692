#pragma once

// Keyboard mnemonics ("&File") that collide: Alt+letter in a window, or the letter in an open
// menu, then reaches only one of the items that share it. Checked over every item, shown or
// not, as a translator's check over the strings would be.

#include <QAbstractButton>
#include <QGroupBox>
#include <QLabel>
#include <QMap>
#include <QMenu>
#include <QMenuBar>
#include <QTabBar>

namespace Mnemonics {

/// The letter after a single '&' ("Sign &out" -> 'o'), in lower case; null when there is none.
inline QChar of(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) != u'&')
            return text.at(i + 1).toLower();
        ++i; // "&&" is a literal ampersand
    }
    return {};
}

/// The texts that share a mnemonic, one line per letter ("o: Sign &out | &Open snapshot…").
inline QStringList clashes(const QStringList &texts)
{
    QMap<QChar, QStringList> byLetter;
    for (const QString &text : texts) {
        if (const QChar letter = of(text); !letter.isNull())
            byLetter[letter].append(text);
    }
    QStringList found;
    for (auto it = byLetter.cbegin(); it != byLetter.cend(); ++it) {
        if (it.value().size() > 1)
            found.append(
                QString(it.key()) + QStringLiteral(": ") + it.value().join(QStringLiteral(" | ")));
    }
    return found;
}

/// The texts of a menu's own items (a submenu by its title).
inline QStringList inMenu(const QMenu *menu)
{
    QStringList texts;
    for (const QAction *action : menu->actions())
        texts.append(action->text());
    return texts;
}

/// The texts Alt reaches inside @p window: buttons, labels with a buddy, group boxes, tabs and
/// the menu bar's titles. A menu's items answer only while it is open: see inMenu().
inline QStringList inWindow(const QWidget *window)
{
    QStringList texts;
    for (const QAbstractButton *button : window->findChildren<QAbstractButton *>())
        texts.append(button->text());
    for (const QLabel *label : window->findChildren<QLabel *>()) {
        if (label->buddy())
            texts.append(label->text());
    }
    for (const QGroupBox *box : window->findChildren<QGroupBox *>())
        texts.append(box->title());
    for (const QTabBar *tabs : window->findChildren<QTabBar *>()) {
        for (int i = 0; i < tabs->count(); ++i)
            texts.append(tabs->tabText(i));
    }
    if (const auto *bar = window->findChild<QMenuBar *>()) {
        for (const QAction *action : bar->actions())
            texts.append(action->text());
    }
    return texts;
}

} // namespace Mnemonics
