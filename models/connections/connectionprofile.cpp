#include "models/connections/connectionprofile.h"

#include <QCoreApplication>
#include <QJsonValue>

namespace {

/// The translation context of this file's messages (lupdate reads the macro).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionProfile)
};

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
        add(QStringLiteral("name"), Text::tr("Give the connection a name."));

    QString why;
    if (connection.baseUrl.isEmpty())
        add(QStringLiteral("baseUrl"), Text::tr("The API base URL is required."));
    else if (!isTransportAllowed(connection.baseUrl, &why))
        add(QStringLiteral("baseUrl"), Text::tr("API base URL: %1").arg(why));

    if (signIn == SignIn::ClientCredentials) {
        if (connection.tokenUrl.isEmpty())
            add(QStringLiteral("tokenUrl"),
                Text::tr("The token URL is required to sign in with a client secret."));
        else if (!isTransportAllowed(connection.tokenUrl, &why))
            add(QStringLiteral("tokenUrl"), Text::tr("Token URL: %1").arg(why));
        if (connection.clientId.trimmed().isEmpty())
            add(QStringLiteral("clientId"), Text::tr("The client ID is required."));
    } else if (!connection.tokenUrl.isEmpty() && !isTransportAllowed(connection.tokenUrl, &why)) {
        add(QStringLiteral("tokenUrl"), Text::tr("Token URL: %1").arg(why));
    }

    if (connection.scope.simplified().isEmpty())
        add(QStringLiteral("scope"), Text::tr("The scope must not be empty."));

    if (!isParameterName(connection.pageNumberParameter))
        add(QStringLiteral("pageNumberParameter"),
            Text::tr("The page number parameter needs a name without spaces, &, =, ? or #."));
    if (!isParameterName(connection.pageSizeParameter))
        add(QStringLiteral("pageSizeParameter"),
            Text::tr("The page size parameter needs a name without spaces, &, =, ? or #."));
    else if (connection.pageSizeParameter == connection.pageNumberParameter)
        add(QStringLiteral("pageSizeParameter"),
            Text::tr("The page size and page number parameters must have different names."));

    if (defaultPageSize < 1 || defaultPageSize > kMaxPageSize)
        add(QStringLiteral("defaultPageSize"),
            Text::tr("The default page size must be from 1 to %1.").arg(kMaxPageSize));
    if (connection.loadAllPageSize < 1 || connection.loadAllPageSize > kMaxPageSize)
        add(QStringLiteral("loadAllPageSize"),
            Text::tr("The page size for loading all must be from 1 to %1.").arg(kMaxPageSize));

    if (historyMaxMegabytes < 0 || historyMaxDays < 0)
        add(QStringLiteral("history"), Text::tr("The history limits must not be negative."));

    if (label.size() > kMaxLabelLength)
        add(QStringLiteral("label"),
            Text::tr("The label must be at most %Ln characters long.", nullptr, kMaxLabelLength));
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
        {QStringLiteral("loadAllPageSize"), connection.loadAllPageSize},
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
    // One whole sentence per type: a type name cannot be translated apart from its sentence.
    const auto wrongType = [problems](const QString &field, const char *sentence) {
        if (problems)
            problems->append({field, Text::tr(sentence).arg(field)});
    };
    const auto readString = [&](const QString &field, QString *target) {
        const QJsonValue value = json.value(field);
        if (value.isUndefined() || value.isNull())
            return;
        if (!value.isString()) {
            wrongType(field, QT_TRANSLATE_NOOP("ConnectionProfile", "\"%1\" must be a string."));
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
            wrongType(
                field, QT_TRANSLATE_NOOP("ConnectionProfile", "\"%1\" must be a whole number."));
    };
    readWholeNumber(QStringLiteral("defaultPageSize"), &profile.defaultPageSize);
    // Profiles saved before it existed ask for the largest page, as a new one does.
    readWholeNumber(QStringLiteral("loadAllPageSize"), &profile.connection.loadAllPageSize);
    readWholeNumber(QStringLiteral("historyMaxMegabytes"), &profile.historyMaxMegabytes);
    readWholeNumber(QStringLiteral("historyMaxDays"), &profile.historyMaxDays);
    const QJsonValue recordHistory = json.value(QStringLiteral("recordHistory"));
    if (recordHistory.isBool())
        profile.recordHistory = recordHistory.toBool();
    else if (!recordHistory.isUndefined())
        wrongType(QStringLiteral("recordHistory"),
            QT_TRANSLATE_NOOP("ConnectionProfile", "\"%1\" must be true or false."));

    QString signIn;
    readString(QStringLiteral("signIn"), &signIn);
    if (signIn == kBearerToken)
        profile.signIn = SignIn::BearerToken;
    else if (!signIn.isEmpty() && signIn != kClientCredentials && problems)
        problems->append({QStringLiteral("signIn"),
            Text::tr("\"signIn\" must be \"%1\" or \"%2\".")
                .arg(kClientCredentials, kBearerToken)});

    QString color;
    readString(QStringLiteral("color"), &color);
    if (!color.isEmpty()) {
        profile.color = QColor::fromString(color);
        if (!profile.color.isValid() && problems)
            problems->append({QStringLiteral("color"),
                Text::tr("\"%1\" is not a colour (use #RRGGBB).").arg(color)});
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
