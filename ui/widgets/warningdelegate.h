#pragma once

#include "ui/widgets/plaintext.h"

#include <QIcon>

/**
 * Draws a warning icon in front of a cell whose model flags it: the models say "this record
 * (or node) has validation warnings" in a role of their own and know nothing of icons, this
 * delegate turns that into something a user notices. The warning text itself comes from the
 * model's tooltip, shown as plain text (PlainTextDelegate).
 *
 * A cell is flagged when @p role holds a non-empty string or a number above zero.
 */
class WarningDelegate : public PlainTextDelegate
{
    Q_OBJECT
public:
    explicit WarningDelegate(int role, QObject *parent = nullptr);

    static bool isFlagged(const QVariant &value);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    int m_role;
    QIcon m_icon;
};
