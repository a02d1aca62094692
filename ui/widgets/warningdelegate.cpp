#include "ui/widgets/warningdelegate.h"

#include "ui/widgets/icons.h"

WarningDelegate::WarningDelegate(int role, QObject *parent)
    : PlainTextDelegate(parent)
    , m_role(role)
    , m_icon(Icons::coloured(QStringLiteral("warning")))
{ }

bool WarningDelegate::isFlagged(const QVariant &value)
{
    if (!value.isValid())
        return false;
    if (value.typeId() == QMetaType::QString)
        return !value.toString().isEmpty();
    return value.toInt() > 0;
}

void WarningDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    PlainTextDelegate::initStyleOption(option, index);
    if (!isFlagged(index.data(m_role)))
        return;
    option->icon = m_icon;
    option->features |= QStyleOptionViewItem::HasDecoration;
}
