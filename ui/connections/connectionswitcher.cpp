#include "ui/connections/connectionswitcher.h"

#include "ui/widgets/plaintext.h"
#include "ui/widgets/theme.h"

#include <QActionGroup>
#include <QFontMetrics>
#include <QPainter>
#include <QPixmap>

ConnectionSwitcher::ConnectionSwitcher(QWidget *parent)
    : QMenu(parent)
    , m_group(new QActionGroup(this))
{
    setObjectName(QStringLiteral("connectionSwitcher"));
    setToolTipsVisible(true);
    m_group->setExclusive(true);
}

void ConnectionSwitcher::setChoices(const QList<ConnectionChoice> &choices)
{
    m_choices = choices;
    rebuild();
}

void ConnectionSwitcher::setCurrent(const QUuid &id)
{
    m_current = id;
    for (QAction *action : std::as_const(m_choiceActions))
        action->setChecked(action->data().toUuid() == id && !id.isNull());
}

void ConnectionSwitcher::setFixedActions(const QList<QAction *> &actions)
{
    m_fixed = actions;
    rebuild();
}

QAction *ConnectionSwitcher::actionFor(const QUuid &id) const
{
    for (QAction *action : m_choiceActions) {
        if (action->data().toUuid() == id)
            return action;
    }
    return nullptr;
}

QPixmap ConnectionSwitcher::chipPixmap(
    const QString &label, const QColor &colour, const QFont &font, const QPalette &palette)
{
    if (label.isEmpty())
        return {};
    QFont chipFont = font;
    chipFont.setBold(true);
    chipFont.setPointSizeF(font.pointSizeF() * 0.8);
    const QFontMetrics metrics(chipFont);
    const int height = metrics.height() + 2;
    const int width = metrics.horizontalAdvance(label) + 10;
    const qreal ratio = 2.0; // sharp on high-DPI screens; scaled down elsewhere
    QPixmap pixmap(QSize(width, height) * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    const QColor background = colour.isValid() ? colour : palette.color(QPalette::Mid);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(background);
    painter.drawRoundedRect(QRectF(0, 0, width, height), 4, 4);
    painter.setFont(chipFont);
    painter.setPen(Theme::contrastingText(background));
    painter.drawText(QRectF(0, 0, width, height), Qt::AlignCenter, label);
    painter.end();
    return pixmap;
}

void ConnectionSwitcher::rebuild()
{
    clear(); // deletes the choices and separators (ours); the fixed actions belong to others
    m_choiceActions.clear();
    if (m_choices.isEmpty()) {
        QAction *none = addAction(tr("No saved connections"));
        none->setEnabled(false);
        m_choiceActions.append(none);
    }
    for (const ConnectionChoice &choice : std::as_const(m_choices)) {
        auto *action = new QAction(choice.name, this);
        action->setObjectName(QStringLiteral("connectionChoice"));
        action->setData(choice.id);
        action->setCheckable(true);
        action->setChecked(choice.id == m_current && !m_current.isNull());
        if (!choice.label.isEmpty()) {
            // The label goes where shortcuts go, right-aligned; an icon would hide the check
            // mark of the current connection in several styles.
            action->setText(choice.name + QLatin1Char('\t') + choice.label);
            action->setToolTip(PlainText::toolTip(tr("%1 (%2)").arg(choice.name, choice.label)));
        }
        m_group->addAction(action);
        connect(
            action, &QAction::triggered, this, [this, id = choice.id] { emit profileChosen(id); });
        addAction(action);
        m_choiceActions.append(action);
    }
    addSeparator();
    for (QAction *action : std::as_const(m_fixed)) {
        if (action)
            addAction(action);
        else
            addSeparator();
    }
}
