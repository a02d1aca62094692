#pragma once

#include <QString>
#include <QStyledItemDelegate>

/**
 * Text that may come from a server (names, descriptions, ids, error messages) shown as typed.
 *
 * A tooltip is rich text whenever Qt::mightBeRichText() guesses so, which a name like
 * "<b>Bold</b>" satisfies: toolTip() escapes the text and keeps its line breaks, so
 * QToolTip shows the characters, never markup. direction() is the text's own writing
 * direction, for a base direction that keeps right-to-left names readable in a
 * left-to-right window.
 */
namespace PlainText {

/// @p text as a tooltip that shows it verbatim (line breaks kept); empty for empty text.
QString toolTip(const QString &text);

/// Right-to-left when @p text's first strong character is, else left-to-right.
Qt::LayoutDirection direction(const QString &text);

} // namespace PlainText

/**
 * The item delegate for cells holding server text: the tooltip (Qt::ToolTipRole) is shown
 * as plain text, and each cell is laid out in its text's own direction while keeping the
 * column's alignment (a right-to-left name stays at the column's left edge, its punctuation
 * and digits in their right places).
 */
class PlainTextDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
        const QModelIndex &index) override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};
