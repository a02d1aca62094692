#include "ui/widgets/messagebar.h"

#include "ui/widgets/icons.h"
#include "ui/widgets/theme.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("messageBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);

    m_text->setObjectName(QStringLiteral("messageBarText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_close->setObjectName(QStringLiteral("messageBarClose"));
    m_close->setAutoRaise(true);
    m_close->setToolTip(tr("Hide this message"));
    m_close->setAccessibleName(tr("Hide message"));
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 6, 6);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    hide();
}

void MessageBar::showMessage(Kind kind, const QString &text)
{
    m_kind = kind;
    m_text->setText(text);
    setAccessibleName(kind == Kind::Warning ? tr("Warning") : tr("Information"));
    updateColours();
    show();
}

QString MessageBar::text() const
{
    return m_text->text();
}

void MessageBar::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::StyleChange)
        updateColours();
}

void MessageBar::updateColours()
{
    // Light or dark is decided from the surroundings: this widget's own Window colour is ours.
    const QPalette surroundings = parentWidget() ? parentWidget()->palette() : palette();
    QPalette p = palette();
    p.setColor(QPalette::Window,
        m_kind == Kind::Warning ? Theme::badgeBackground(surroundings)
                                : surroundings.color(QPalette::AlternateBase));
    p.setColor(QPalette::WindowText, surroundings.color(QPalette::WindowText));
    setPalette(p);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(m_kind == Kind::Warning
            ? Icons::coloured(QStringLiteral("warning")).pixmap(iconSize, iconSize)
            : Icons::themed(QStringLiteral("details"), p.color(QPalette::WindowText))
                  .pixmap(iconSize, iconSize));
    m_close->setIcon(Icons::themed(QStringLiteral("cancel"), p.color(QPalette::WindowText)));
}
