#include "ui/connections/secretfield.h"

#include <QAction>
#include <QPainter>
#include <QPainterPath>

namespace {

/// An eye (crossed out while the text is shown), drawn in @p colour so it reads in any palette.
QIcon eyeIcon(const QColor &colour, bool crossed)
{
    constexpr qreal ratio = 2.0;
    QPixmap pixmap(QSize(20, 16) * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    QColor ink = colour;
    ink.setAlphaF(0.75);
    painter.setPen(QPen(ink, 1.5));
    QPainterPath outline;
    outline.moveTo(2, 8);
    outline.quadTo(10, -1, 18, 8);
    outline.quadTo(10, 17, 2, 8);
    painter.drawPath(outline);
    painter.setBrush(ink);
    painter.drawEllipse(QPointF(10, 8), 2.6, 2.6);
    if (crossed)
        painter.drawLine(QPointF(4, 14.5), QPointF(16, 1.5));
    painter.end();
    return QIcon(pixmap);
}

} // namespace

SecretField::SecretField(const QString &toggleName, QWidget *parent)
    : QLineEdit(parent)
    , m_toggle(addAction(QIcon(), QLineEdit::TrailingPosition))
{
    setEchoMode(QLineEdit::Password);
    m_toggle->setCheckable(true);
    m_toggle->setText(tr("Show"));
    m_toggle->setToolTip(tr("Show or hide what you typed"));
    m_toggle->setObjectName(toggleName);
    updateToggle();
    connect(m_toggle, &QAction::toggled, this, [this](bool on) {
        setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password);
        updateToggle();
    });
}

void SecretField::updateToggle()
{
    m_toggle->setIcon(eyeIcon(palette().color(QPalette::Text), m_toggle->isChecked()));
    m_toggle->setText(m_toggle->isChecked() ? tr("Hide") : tr("Show"));
}
