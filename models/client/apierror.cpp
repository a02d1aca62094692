#include "models/client/apierror.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QString stringField(const QJsonObject &object, QLatin1StringView name)
{
    const QJsonValue value = object.value(name);
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble());
    return {};
}

} // namespace

bool ApiError::isTransientNetworkError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProtocolFailure: // a garbled or cut-off response
        return true;
    default:
        return false;
    }
}

bool ApiError::isTransientHttpStatus(int status)
{
    switch (status) {
    case 408:
    case 429:
    case 500:
    case 502:
    case 503:
    case 504:
        return true;
    default:
        return false;
    }
}

bool ApiError::isTransient() const
{
    switch (kind) {
    case Kind::Network:
        return isTransientNetworkError(networkError);
    case Kind::Timeout:
        return true;
    case Kind::Http:
        return isTransientHttpStatus(httpStatus);
    default:
        return false;
    }
}

QString ApiError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return tr("No error");
    case Kind::Network:
        return tr("Network error");
    case Kind::Timeout:
        return tr("Timed out");
    case Kind::Tls:
        return tr("Secure connection failed");
    case Kind::InsecureTransport:
        return tr("Insecure connection refused");
    case Kind::Redirect:
        return tr("Unexpected redirect");
    case Kind::Http:
        return tr("Server error");
    case Kind::Authentication:
        return tr("Authentication failed");
    case Kind::Authorization:
        return tr("Access denied");
    case Kind::InvalidResponse:
        return tr("Invalid response");
    case Kind::TooLarge:
        return tr("Response too large");
    case Kind::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

ApiError ApiError::make(Kind kind, const QString &message)
{
    ApiError error;
    error.kind = kind;
    error.message = message;
    return error;
}

QString ApiError::summary() const
{
    if (kind == Kind::None)
        return {};
    QString text;
    if (!userMessage.isEmpty()) {
        text = code.isEmpty() ? userMessage : tr("%1 (%2)").arg(userMessage, code);
    } else if (!message.isEmpty()) {
        text = message;
        if (!code.isEmpty())
            text = tr("%1 (%2)").arg(text, code);
    } else if (!oauthError.isEmpty()) {
        text = oauthErrorDescription.isEmpty()
            ? tr("%1: %2").arg(kindName(kind), oauthError)
            : tr("%1: %2 (%3)").arg(kindName(kind), oauthErrorDescription, oauthError);
    } else if (!developerMessage.isEmpty()) {
        text = code.isEmpty() ? developerMessage : tr("%1 (%2)").arg(developerMessage, code);
    } else if (!networkErrorText.isEmpty()) {
        text = tr("%1: %2").arg(kindName(kind), networkErrorText);
    } else if (httpStatus > 0) {
        text = tr("%1: HTTP %2").arg(kindName(kind)).arg(httpStatus);
    } else {
        text = kindName(kind);
    }
    return context.isEmpty() ? text : tr("%1: %2").arg(context, text);
}

void ApiError::parseErrorBody(QByteArrayView body)
{
    if (body.isEmpty())
        return;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return;
    const QJsonObject object = document.object();
    code = stringField(object, QLatin1StringView("code"));
    developerMessage = stringField(object, QLatin1StringView("developerMessage"));
    userMessage = stringField(object, QLatin1StringView("userMessage"));
    details.clear();
    const QJsonValue detailsValue = object.value(QLatin1StringView("details"));
    if (detailsValue.isArray()) {
        for (const QJsonValue &entry : detailsValue.toArray()) {
            if (!entry.isObject())
                continue;
            const QJsonObject detail = entry.toObject();
            details.append({stringField(detail, QLatin1StringView("key")),
                stringField(detail, QLatin1StringView("value"))});
        }
    }
    oauthError = stringField(object, QLatin1StringView("error"));
    oauthErrorDescription = stringField(object, QLatin1StringView("error_description"));
}
