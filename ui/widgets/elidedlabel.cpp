#include "ui/widgets/elidedlabel.h"

#include "ui/widgets/plaintext.h"

#include <QEvent>

ElidedLabel::ElidedLabel(QWidget *parent)
    : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setWordWrap(false);
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    setAlignment(Qt::AlignLeft | Qt::AlignAbsolute | Qt::AlignVCenter);
}

void ElidedLabel::setFullText(const QString &text)
{
    m_fullText = text;
    setAccessibleName(text);
    setLayoutDirection(PlainText::direction(text));
    updateShownText();
    updateGeometry();
}

bool ElidedLabel::isElided() const
{
    return text() != m_fullText;
}

void ElidedLabel::setElideMode(Qt::TextElideMode mode)
{
    m_elideMode = mode;
    updateShownText();
}

void ElidedLabel::setFullToolTip(const QString &text)
{
    m_fullToolTip = text;
    updateShownText();
}

QSize ElidedLabel::minimumSizeHint() const
{
    const QSize hint = QLabel::minimumSizeHint();
    return {fontMetrics().averageCharWidth() * 8, hint.height()};
}

QSize ElidedLabel::sizeHint() const
{
    return {fontMetrics().horizontalAdvance(m_fullText) + 2 * margin() + 4,
        QLabel::sizeHint().height()};
}

void ElidedLabel::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    updateShownText();
}

void ElidedLabel::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        updateShownText();
}

void ElidedLabel::updateShownText()
{
    const int available = contentsRect().width() - 2 * margin();
    QString shown = m_fullText;
    // Line breaks in a name would make a one-line title two lines tall.
    shown.replace(QLatin1Char('\n'), QLatin1Char(' '));
    shown = fontMetrics().elidedText(shown, m_elideMode, qMax(0, available));
    if (shown != text())
        QLabel::setText(shown);
    if (!m_fullToolTip.isEmpty())
        setToolTip(PlainText::toolTip(m_fullToolTip));
    else
        setToolTip(shown == m_fullText ? QString() : PlainText::toolTip(m_fullText));
}
