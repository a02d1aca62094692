#include "models/client/tokenresponse.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <cmath>

bool TokenResponse::isToken68(const QString &token)
{
    // Anything else could break the Authorization header.
    return !token.isEmpty() && std::all_of(token.cbegin(), token.cend(), [](QChar c) {
        const char16_t u = c.unicode();
        return (u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9')
            || u == '-' || u == '.' || u == '_' || u == '~' || u == '+' || u == '/' || u == '=';
    });
}

std::optional<TokenResponse> TokenResponse::parse(const QByteArray &body, QString *why)
{
    const auto invalid = [why](const QString &reason) {
        if (why)
            *why = reason;
        return std::nullopt;
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return invalid(tr("not a JSON object"));
    const QJsonObject object = document.object();

    const QJsonValue token = object.value(QLatin1StringView("access_token"));
    if (!token.isString() || !isToken68(token.toString()))
        return invalid(tr("no usable access_token"));
    const QJsonValue type = object.value(QLatin1StringView("token_type"));
    if (!type.isString()
        || type.toString().compare(QLatin1StringView("Bearer"), Qt::CaseInsensitive) != 0)
        return invalid(tr("token_type is not Bearer"));

    // The lifetime is compared as a double and only converted once it is known to be in
    // range: casting an out-of-range double to an integer is undefined behaviour.
    double seconds = double(assumedLifetime.count());
    const QJsonValue expires = object.value(QLatin1StringView("expires_in"));
    if (expires.isDouble()) {
        seconds = expires.toDouble();
    } else if (expires.isString()) {
        bool ok = false;
        seconds = expires.toString().trimmed().toDouble(&ok);
        if (!ok)
            return invalid(tr("expires_in is not a number"));
    } else if (!expires.isUndefined()) {
        return invalid(tr("expires_in is not a number"));
    }
    if (std::isnan(seconds))
        return invalid(tr("expires_in is not a number"));
    if (!(seconds > 0))
        return invalid(tr("expires_in is not positive"));

    TokenResponse response;
    response.accessToken = token.toString();
    if (seconds > double(maxLifetime.count())) {
        response.lifetime = maxLifetime;
        response.claimedLifetime = seconds;
    } else {
        // A fraction of a second still is a lifetime: round up, never to zero.
        response.lifetime = std::chrono::seconds(qint64(std::ceil(seconds)));
    }
    return response;
}
