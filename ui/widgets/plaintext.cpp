#include "ui/widgets/plaintext.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QStyle>
#include <QToolTip>

QString PlainText::toolTip(const QString &text)
{
    if (text.isEmpty())
        return {};
    // Rich text on purpose: it is the only form QToolTip never reinterprets, and it wraps.
    return QStringLiteral("<p style=\"white-space:pre-wrap\">%1</p>").arg(text.toHtmlEscaped());
}

Qt::LayoutDirection PlainText::direction(const QString &text)
{
    return text.isRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight;
}

bool PlainTextDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view,
    const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (!event || !view || event->type() != QEvent::ToolTip)
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    const QString text = index.data(Qt::ToolTipRole).toString();
    if (text.isEmpty()) {
        QToolTip::hideText();
        event->ignore();
        return false;
    }
    QToolTip::showText(event->globalPos(), PlainText::toolTip(text), view, option.rect);
    return true;
}

void PlainTextDelegate::initStyleOption(
    QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (option->text.isEmpty() || PlainText::direction(option->text) == option->direction)
        return;
    // The text's own base direction; the column's alignment stays where the window puts it.
    const Qt::Alignment horizontal = QStyle::visualAlignment(
        option->direction, option->displayAlignment & Qt::AlignHorizontal_Mask);
    option->displayAlignment =
        (option->displayAlignment & ~Qt::AlignHorizontal_Mask) | horizontal | Qt::AlignAbsolute;
    option->direction = PlainText::direction(option->text);
}
