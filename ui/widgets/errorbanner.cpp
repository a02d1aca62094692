#include "ui/widgets/errorbanner.h"

#include <QLabel>
#include <QPushButton>
#include <QToolButton>

ErrorBanner::ErrorBanner(QWidget *parent)
    : Banner(Kind::Error, parent)
    , m_detailsButton(new QToolButton(this))
    , m_retryButton(new QPushButton(tr("&Retry"), this))
{
    setObjectName(QStringLiteral("errorBanner"));
    textLabel()->setObjectName(QStringLiteral("errorMessage"));
    detailsLabel()->setObjectName(QStringLiteral("errorDetails"));
    detailsLabel()->setTextInteractionFlags(
        Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    closeButton()->setObjectName(QStringLiteral("errorCloseButton"));
    closeButton()->setAccessibleName(tr("Hide error"));

    m_detailsButton->setObjectName(QStringLiteral("errorDetailsButton"));
    m_detailsButton->setText(tr("&Details"));
    m_detailsButton->setCheckable(true);
    m_detailsButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(m_detailsButton, &QToolButton::toggled, detailsLabel(), &QWidget::setVisible);
    addButton(m_detailsButton);

    m_retryButton->setObjectName(QStringLiteral("retryButton"));
    connect(m_retryButton, &QPushButton::clicked, this, &ErrorBanner::retryRequested);
    addButton(m_retryButton);
}

void ErrorBanner::showError(const ApiError &error)
{
    m_error = error;
    setText(error.summary());
    const QString details = detailsText(error);
    setDetails(details);
    m_detailsButton->setChecked(false);
    detailsLabel()->setVisible(false); // one click away
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
