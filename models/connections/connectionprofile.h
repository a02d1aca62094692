#pragma once

#include "models/client/connectionsettings.h"

#include <QColor>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUuid>

/// One thing wrong with a profile, said for the user, and the field it concerns.
struct ProfileProblem
{
    QString field; ///< the JSON/settings key, e.g. "tokenUrl"; empty for the profile as a whole
    QString message; ///< translated, a whole sentence saying what to fix

    bool operator==(const ProfileProblem &other) const = default;
};

/**
 * A saved connection: where a tenant is and how the console signs in to it. Holds no secret,
 * ever: the client secret and tokens live in the OS keychain (SecretStore), keyed by id, so
 * this value may be logged, written to QSettings and exported to JSON as it is.
 */
struct ConnectionProfile
{
    /// How the console gets its bearer tokens for this profile.
    enum class SignIn {
        ClientCredentials, ///< OAuth 2.0 client id + secret against tokenUrl
        BearerToken, ///< a token obtained elsewhere and pasted in; no token URL needed
    };

    QUuid id; ///< stable identity; keychain keys are scoped by it (never by the name)
    QString name;
    ConnectionSettings connection;
    SignIn signIn = SignIn::ClientCredentials;
    int defaultPageSize = 25;
    QString label; ///< short band text, e.g. "PROD"; empty for none
    QColor color; ///< band colour; invalid for none
    /// Whether complete loads and exports of all orchestrations are kept in the profile's
    /// local history (HistoryStore); on for a new profile.
    bool recordHistory = true;
    int historyMaxMegabytes = 100; ///< the history's size on disk; 0 = no limit
    int historyMaxDays = 0; ///< snapshots older than this are dropped; 0 = kept

    static constexpr int kMaxPageSize = ConnectionSettings::kLargestPageSize;
    static constexpr int kMaxLabelLength = 16;

    /// The history limits above, in bytes and days (HistoryLimits).
    qint64 historyMaxBytes() const { return qint64(historyMaxMegabytes) * 1024 * 1024; }

    /**
     * Everything wrong with this profile, in field order; empty when it can be saved. Says
     * why a URL is refused (https required unless the host is loopback) in the words of
     * isTransportAllowed().
     */
    QList<ProfileProblem> problems() const;
    bool isValid() const { return problems().isEmpty(); }

    /// The profile as JSON, without any secret (there is none to leave out).
    QJsonObject toJson() const;
    /**
     * A profile from @p json. Unknown keys are ignored; missing ones keep their defaults;
     * wrongly typed ones are reported in @p problems (when given) and left at their defaults.
     * The result still needs problems() to be checked.
     */
    static ConnectionProfile fromJson(
        const QJsonObject &json, QList<ProfileProblem> *problems = nullptr);

    static QString signInName(SignIn signIn);

    bool operator==(const ConnectionProfile &other) const;
};
