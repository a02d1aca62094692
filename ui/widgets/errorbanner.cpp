#include "ui/widgets/errorbanner.h"

#include <QLabel>
#include <QPushButton>
#include <QToolButton>

ErrorBanner::ErrorBanner(QWidget *parent)
    : Banner(Kind::Error, parent)
    , m_detailsButton(new QToolButton(this))
    , m_retryButton(new QPushButton(tr("&Retry"), this))
    , m_editButton(new QPushButton(tr("&Edit connection…"), this))
{
    setObjectName(QStringLiteral("errorBanner"));
    textLabel()->setObjectName(QStringLiteral("errorMessage"));
    detailsLabel()->setObjectName(QStringLiteral("errorDetails"));
    detailsLabel()->setTextInteractionFlags(
        Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    closeButton()->setObjectName(QStringLiteral("errorCloseButton"));
    closeButton()->setAccessibleName(tr("Hide error"));

    m_detailsButton->setObjectName(QStringLiteral("errorDetailsButton"));
    m_detailsButton->setText(tr("De&tails"));
    m_detailsButton->setCheckable(true);
    m_detailsButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(m_detailsButton, &QToolButton::toggled, detailsLabel(), &QWidget::setVisible);
    addButton(m_detailsButton);

    m_retryButton->setObjectName(QStringLiteral("retryButton"));
    connect(m_retryButton, &QPushButton::clicked, this, &ErrorBanner::retryRequested);
    addButton(m_retryButton);

    m_editButton->setObjectName(QStringLiteral("editConnectionButton"));
    m_editButton->setToolTip(tr("Open the connection's settings: client id, secret and scope"));
    m_editButton->hide();
    connect(m_editButton, &QPushButton::clicked, this, &ErrorBanner::editConnectionRequested);
    addButton(m_editButton);
}

void ErrorBanner::setConnectionEditable(bool editable)
{
    m_connectionEditable = editable;
    if (m_error.isError())
        showError(m_error);
}

bool ErrorBanner::needsConnectionEdit(const ApiError &error)
{
    return error.kind == ApiError::Kind::Authentication
        || error.kind == ApiError::Kind::Authorization || error.httpStatus == 401
        || error.httpStatus == 403;
}

QString ErrorBanner::adviceText(const ApiError &error)
{
    if (error.kind == ApiError::Kind::Authorization || error.httpStatus == 403)
        return tr("The client may not read orchestrations: check the connection's scope, or ask "
                  "your tenant's administrator for access.");
    if (needsConnectionEdit(error))
        return tr("The tenant refused the client id or secret: check them in the connection's "
                  "settings.");
    switch (error.kind) {
    case ApiError::Kind::Network:
        return tr("The connection to the server was lost. Check your network or VPN, then "
                  "press Retry.");
    case ApiError::Kind::Timeout:
        return tr("The server did not answer in time. Press Retry, or try again later.");
    case ApiError::Kind::Tls:
        return tr("The server's certificate was not accepted: the connection may not be "
                  "private. Check the address, or ask your administrator.");
    default:
        return {};
    }
}

void ErrorBanner::showError(const ApiError &error)
{
    m_error = error;
    const QString advice = adviceText(error);
    setText(advice.isEmpty() ? error.summary() : tr("%1\n%2").arg(error.summary(), advice));
    const bool edit = needsConnectionEdit(error) && m_connectionEditable;
    m_editButton->setVisible(edit);
    m_retryButton->setVisible(!edit);
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
