#include "ui/widgets/errorbanner.h"

#include "ui/widgets/icons.h"
#include "ui/widgets/theme.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

ErrorBanner::ErrorBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_message(new QLabel(this))
    , m_details(new QLabel(this))
    , m_detailsButton(new QToolButton(this))
    , m_retryButton(new QPushButton(tr("&Retry"), this))
    , m_closeButton(new QToolButton(this))
{
    setObjectName(QStringLiteral("errorBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setAccessibleName(tr("Error"));

    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(Icons::coloured(QStringLiteral("error")).pixmap(iconSize, iconSize));
    m_icon->setAlignment(Qt::AlignTop);

    m_message->setObjectName(QStringLiteral("errorMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_message->font();
    bold.setBold(true);
    m_message->setFont(bold);

    m_details->setObjectName(QStringLiteral("errorDetails"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_details->setVisible(false);

    m_detailsButton->setObjectName(QStringLiteral("errorDetailsButton"));
    m_detailsButton->setText(tr("&Details"));
    m_detailsButton->setCheckable(true);
    m_detailsButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(m_detailsButton, &QToolButton::toggled, m_details, &QWidget::setVisible);

    m_retryButton->setObjectName(QStringLiteral("retryButton"));
    connect(m_retryButton, &QPushButton::clicked, this, &ErrorBanner::retryRequested);

    m_closeButton->setObjectName(QStringLiteral("errorCloseButton"));
    m_closeButton->setAutoRaise(true);
    m_closeButton->setToolTip(tr("Hide this message"));
    m_closeButton->setAccessibleName(tr("Hide error"));
    connect(m_closeButton, &QToolButton::clicked, this, &QWidget::hide);

    auto *text = new QVBoxLayout;
    text->setSpacing(4);
    text->addWidget(m_message);
    text->addWidget(m_details);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 6, 6);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addLayout(text, 1);
    layout->addWidget(m_detailsButton, 0, Qt::AlignTop);
    layout->addWidget(m_retryButton, 0, Qt::AlignTop);
    layout->addWidget(m_closeButton, 0, Qt::AlignTop);

    updateColours();
    hide();
}

void ErrorBanner::showError(const ApiError &error)
{
    m_error = error;
    m_message->setText(error.summary());
    const QString details = detailsText(error);
    m_details->setText(details);
    m_detailsButton->setChecked(false);
    m_detailsButton->setVisible(!details.isEmpty());
    show();
}

QString ErrorBanner::detailsText(const ApiError &error)
{
    QStringList lines;
    if (!error.code.isEmpty())
        lines << tr("Code: %1").arg(error.code);
    if (error.httpStatus > 0)
        lines << tr("HTTP status: %1").arg(error.httpStatus);
    lines << tr("Kind: %1").arg(ApiError::kindName(error.kind));
    if (!error.developerMessage.isEmpty())
        lines << tr("Developer message: %1").arg(error.developerMessage);
    for (const ApiError::Detail &detail : error.details)
        lines << tr("Detail: %1 = %2").arg(detail.key, detail.value);
    if (!error.oauthError.isEmpty())
        lines << tr("OAuth error: %1").arg(error.oauthError);
    if (!error.oauthErrorDescription.isEmpty())
        lines << tr("OAuth description: %1").arg(error.oauthErrorDescription);
    if (!error.networkErrorText.isEmpty())
        lines << tr("Network: %1").arg(error.networkErrorText);
    if (!error.message.isEmpty() && error.message != error.summary())
        lines << tr("Message: %1").arg(error.message);
    if (!error.context.isEmpty())
        lines << tr("Where: %1").arg(error.context);
    return lines.join(QLatin1Char('\n'));
}

void ErrorBanner::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        updateColours();
}

void ErrorBanner::updateColours()
{
    // Decide light or dark from the surroundings: this widget's own Window colour is ours.
    const QPalette surroundings = parentWidget() ? parentWidget()->palette() : palette();
    QPalette p = palette();
    const QColor background = Theme::errorBackground(surroundings);
    if (p.color(QPalette::Window) == background)
        return;
    p.setColor(QPalette::Window, background);
    setPalette(p);
    m_closeButton->setIcon(Icons::themed(QStringLiteral("cancel"), p.color(QPalette::WindowText)));
}
