#include "models/connections/connectionprofile.h"

#include <QCoreApplication>
#include <QJsonValue>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ConnectionProfile", text);
}

const QString kClientCredentials = QStringLiteral("clientCredentials");
const QString kBearerToken = QStringLiteral("bearerToken");

bool isParameterName(const QString &name)
{
    if (name.isEmpty())
        return false;
    for (const QChar c : name) {
        // Characters that would need escaping, or split a query, make a useless parameter name.
        if (c.isSpace() || c == QLatin1Char('&') || c == QLatin1Char('=') || c == QLatin1Char('#')
            || c == QLatin1Char('?') || c.unicode() < 0x20)
            return false;
    }
    return true;
}

} // namespace

QString ConnectionProfile::signInName(SignIn signIn)
{
    return signIn == SignIn::BearerToken ? kBearerToken : kClientCredentials;
}

QList<ProfileProblem> ConnectionProfile::problems() const
{
    QList<ProfileProblem> found;
    const auto add = [&found](const QString &field, const QString &message) {
        found.append({field, message});
    };

    if (name.trimmed().isEmpty())
        add(QStringLiteral("name"), tr("Give the connection a name."));

    QString why;
    if (connection.baseUrl.isEmpty())
        add(QStringLiteral("baseUrl"), tr("The API base URL is required."));
    else if (!isTransportAllowed(connection.baseUrl, &why))
        add(QStringLiteral("baseUrl"), tr("API base URL: %1").arg(why));

    if (signIn == SignIn::ClientCredentials) {
        if (connection.tokenUrl.isEmpty())
            add(QStringLiteral("tokenUrl"),
                tr("The token URL is required to sign in with a client secret."));
        else if (!isTransportAllowed(connection.tokenUrl, &why))
            add(QStringLiteral("tokenUrl"), tr("Token URL: %1").arg(why));
        if (connection.clientId.trimmed().isEmpty())
            add(QStringLiteral("clientId"), tr("The client ID is required."));
    } else if (!connection.tokenUrl.isEmpty() && !isTransportAllowed(connection.tokenUrl, &why)) {
        add(QStringLiteral("tokenUrl"), tr("Token URL: %1").arg(why));
    }

    if (connection.scope.simplified().isEmpty())
        add(QStringLiteral("scope"), tr("The scope must not be empty."));

    if (!isParameterName(connection.pageNumberParameter))
        add(QStringLiteral("pageNumberParameter"),
            tr("The page number parameter needs a name without spaces, &, =, ? or #."));
    if (!isParameterName(connection.pageSizeParameter))
        add(QStringLiteral("pageSizeParameter"),
            tr("The page size parameter needs a name without spaces, &, =, ? or #."));
    else if (connection.pageSizeParameter == connection.pageNumberParameter)
        add(QStringLiteral("pageSizeParameter"),
            tr("The page size and page number parameters must have different names."));

    if (defaultPageSize < 1 || defaultPageSize > kMaxPageSize)
        add(QStringLiteral("defaultPageSize"),
            tr("The default page size must be from 1 to %1.").arg(kMaxPageSize));

    if (historyMaxMegabytes < 0 || historyMaxDays < 0)
        add(QStringLiteral("history"), tr("The history limits must not be negative."));

    if (label.size() > kMaxLabelLength)
        add(QStringLiteral("label"),
            tr("The label must be at most %1 characters long.").arg(kMaxLabelLength));
    return found;
}

QJsonObject ConnectionProfile::toJson() const
{
    QJsonObject json {
        {QStringLiteral("id"), id.toString(QUuid::WithoutBraces)},
        {QStringLiteral("name"), name},
        {QStringLiteral("baseUrl"), connection.baseUrl.toString(QUrl::FullyEncoded)},
        {QStringLiteral("tokenUrl"), connection.tokenUrl.toString(QUrl::FullyEncoded)},
        {QStringLiteral("clientId"), connection.clientId},
        {QStringLiteral("scope"), connection.scope},
        {QStringLiteral("pageNumberParameter"), connection.pageNumberParameter},
        {QStringLiteral("pageSizeParameter"), connection.pageSizeParameter},
        {QStringLiteral("defaultPageSize"), defaultPageSize},
        {QStringLiteral("signIn"), signInName(signIn)},
        {QStringLiteral("recordHistory"), recordHistory},
        {QStringLiteral("historyMaxMegabytes"), historyMaxMegabytes},
        {QStringLiteral("historyMaxDays"), historyMaxDays},
    };
    if (!label.isEmpty())
        json.insert(QStringLiteral("label"), label);
    if (color.isValid())
        json.insert(QStringLiteral("color"), color.name(QColor::HexRgb));
    return json;
}

ConnectionProfile ConnectionProfile::fromJson(
    const QJsonObject &json, QList<ProfileProblem> *problems)
{
    ConnectionProfile profile;
    const auto wrongType = [problems](const QString &field, const QString &expected) {
        if (problems)
            problems->append({field, tr("\"%1\" must be %2.").arg(field, expected)});
    };
    const auto readString = [&](const QString &field, QString *target) {
        const QJsonValue value = json.value(field);
        if (value.isUndefined() || value.isNull())
            return;
        if (!value.isString()) {
            wrongType(field, tr("a string"));
            return;
        }
        *target = value.toString();
    };
    const auto readUrl = [&](const QString &field, QUrl *target) {
        QString text;
        readString(field, &text);
        if (!text.isEmpty())
            *target = QUrl(text, QUrl::StrictMode);
    };

    QString idText;
    readString(QStringLiteral("id"), &idText);
    profile.id = QUuid::fromString(idText);
    readString(QStringLiteral("name"), &profile.name);
    readUrl(QStringLiteral("baseUrl"), &profile.connection.baseUrl);
    readUrl(QStringLiteral("tokenUrl"), &profile.connection.tokenUrl);
    readString(QStringLiteral("clientId"), &profile.connection.clientId);
    readString(QStringLiteral("scope"), &profile.connection.scope);
    readString(QStringLiteral("pageNumberParameter"), &profile.connection.pageNumberParameter);
    readString(QStringLiteral("pageSizeParameter"), &profile.connection.pageSizeParameter);
    readString(QStringLiteral("label"), &profile.label);

    const auto readWholeNumber = [&](const QString &field, int *target) {
        const QJsonValue value = json.value(field);
        if (value.isDouble() && value.toDouble() == double(value.toInt()))
            *target = value.toInt();
        else if (!value.isUndefined())
            wrongType(field, tr("a whole number"));
    };
    readWholeNumber(QStringLiteral("defaultPageSize"), &profile.defaultPageSize);
    readWholeNumber(QStringLiteral("historyMaxMegabytes"), &profile.historyMaxMegabytes);
    readWholeNumber(QStringLiteral("historyMaxDays"), &profile.historyMaxDays);
    const QJsonValue recordHistory = json.value(QStringLiteral("recordHistory"));
    if (recordHistory.isBool())
        profile.recordHistory = recordHistory.toBool();
    else if (!recordHistory.isUndefined())
        wrongType(QStringLiteral("recordHistory"), tr("true or false"));

    QString signIn;
    readString(QStringLiteral("signIn"), &signIn);
    if (signIn == kBearerToken)
        profile.signIn = SignIn::BearerToken;
    else if (!signIn.isEmpty() && signIn != kClientCredentials && problems)
        problems->append({QStringLiteral("signIn"),
            tr("\"signIn\" must be \"%1\" or \"%2\".").arg(kClientCredentials, kBearerToken)});

    QString color;
    readString(QStringLiteral("color"), &color);
    if (!color.isEmpty()) {
        profile.color = QColor::fromString(color);
        if (!profile.color.isValid() && problems)
            problems->append(
                {QStringLiteral("color"), tr("\"%1\" is not a colour (use #RRGGBB).").arg(color)});
    }
    return profile;
}

bool ConnectionProfile::operator==(const ConnectionProfile &other) const
{
    const ConnectionSettings &a = connection;
    const ConnectionSettings &b = other.connection;
    return id == other.id && name == other.name && signIn == other.signIn
        && defaultPageSize == other.defaultPageSize && label == other.label && color == other.color
        && recordHistory == other.recordHistory && historyMaxMegabytes == other.historyMaxMegabytes
        && historyMaxDays == other.historyMaxDays && a.baseUrl == b.baseUrl
        && a.tokenUrl == b.tokenUrl && a.clientId == b.clientId && a.scope == b.scope
        && a.pageNumberParameter == b.pageNumberParameter
        && a.pageSizeParameter == b.pageSizeParameter;
}
