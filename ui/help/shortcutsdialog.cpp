#include "ui/help/shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSet>
#include <QShortcut>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

/// "&Open snapshot…" -> "Open snapshot".
QString plainText(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    text.replace(QStringLiteral("&&"), QStringLiteral("&"));
    if (text.endsWith(QChar(0x2026)))
        text.chop(1);
    else if (text.endsWith(QLatin1String("...")))
        text.chop(3);
    return text.trimmed();
}

/// The widget an object belongs to: itself, or its nearest widget ancestor.
QWidget *owningWidget(QObject *object)
{
    for (QObject *o = object; o; o = o->parent()) {
        if (auto *widget = qobject_cast<QWidget *>(o))
            return widget;
    }
    return nullptr;
}

/// The window whose keys @p widget's are: a menu pops up as a window of its own, but its
/// actions are keys of the window it belongs to.
QWidget *keyWindow(QWidget *widget)
{
    while (qobject_cast<QMenu *>(widget) && widget->parentWidget())
        widget = widget->parentWidget();
    return widget->window();
}

/// Where keys with @p context on @p widget work, in words.
QString whereText(Qt::ShortcutContext context, QWidget *widget)
{
    if (context == Qt::WindowShortcut || context == Qt::ApplicationShortcut || !widget)
        return ShortcutsDialog::tr("Anywhere in the window");
    for (QWidget *w = widget; w && !w->isWindow(); w = w->parentWidget()) {
        if (!w->accessibleName().isEmpty())
            return ShortcutsDialog::tr("In %1").arg(w->accessibleName());
    }
    return ShortcutsDialog::tr("Where it has the focus");
}

void collectMenu(QMenu *menu, QList<QAction *> &ordered, QSet<QAction *> &seen)
{
    for (QAction *action : menu->actions()) {
        if (action->menu())
            collectMenu(action->menu(), ordered, seen);
        else if (!seen.contains(action)) {
            seen.insert(action);
            ordered.append(action);
        }
    }
}

} // namespace

QList<ShortcutEntry> ShortcutsDialog::shortcutsOf(QWidget *window)
{
    QList<QAction *> actions;
    QSet<QAction *> seen;
    if (auto *main = qobject_cast<QMainWindow *>(window); main && main->menuWidget()) {
        if (auto *bar = qobject_cast<QMenuBar *>(main->menuWidget())) {
            for (QAction *top : bar->actions()) {
                if (top->menu())
                    collectMenu(top->menu(), actions, seen);
            }
        }
    }
    for (QAction *action : window->findChildren<QAction *>()) {
        if (!seen.contains(action)) {
            seen.insert(action);
            actions.append(action);
        }
    }

    QList<ShortcutEntry> entries;
    for (QAction *action : std::as_const(actions)) {
        QWidget *owner = owningWidget(action->parent());
        if (action->shortcuts().isEmpty() || (owner && keyWindow(owner) != window))
            continue;
        const QString text =
            plainText(action->text().isEmpty() ? action->toolTip() : action->text());
        // Keys that work only in a widget work in the one the action was added to.
        QWidget *where = owner;
        for (QObject *object : action->associatedObjects()) {
            auto *widget = qobject_cast<QWidget *>(object);
            if (widget && !qobject_cast<QMenu *>(widget)) {
                where = widget;
                break;
            }
        }
        entries.append({text, action->shortcuts(), whereText(action->shortcutContext(), where)});
    }
    for (QShortcut *shortcut : window->findChildren<QShortcut *>()) {
        QWidget *owner = owningWidget(shortcut->parent());
        if (shortcut->keys().isEmpty() || !shortcut->isEnabled()
            || (owner && keyWindow(owner) != window))
            continue;
        // A QShortcut has no text of its own: it says what it does in whatsThis. One that
        // does not is listed all the same, so a key never works unseen.
        const QString text = plainText(shortcut->whatsThis());
        entries.append({text, shortcut->keys(), whereText(shortcut->context(), owner)});
    }
    return entries;
}

ShortcutsDialog::ShortcutsDialog(QWidget *window, QWidget *parent)
    : QDialog(parent)
    , m_table(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_table->setObjectName(QStringLiteral("shortcutsTable"));
    m_table->setAccessibleName(tr("Keyboard shortcuts"));
    m_table->setRootIsDecorated(false);
    m_table->setUniformRowHeights(true);
    m_table->setAlternatingRowColors(true);
    m_table->setHeaderLabels({tr("Action"), tr("Shortcut"), tr("Where")});
    for (const ShortcutEntry &entry : shortcutsOf(window)) {
        QStringList keys;
        for (const QKeySequence &key : entry.keys)
            keys.append(key.toString(QKeySequence::NativeText));
        auto *item =
            new QTreeWidgetItem(m_table, {entry.action, keys.join(tr(" or ")), entry.where});
        item->setToolTip(0, entry.action.toHtmlEscaped());
    }
    m_table->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->header()->setStretchLastSection(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(640, 520);
}
