#include "app/commandlinecredentials.h"

#include "app/exportoptions.h"

#include <QCoreApplication>

namespace CommandLineCredentials {

Credentials takeFromEnvironment()
{
    Credentials credentials;
    credentials.clientSecret = qEnvironmentVariable(kClientSecretVariable);
    credentials.accessToken = qEnvironmentVariable(kAccessTokenVariable).trimmed();
    qunsetenv(kClientSecretVariable);
    qunsetenv(kAccessTokenVariable);
    return credentials;
}

QString explain(ClientStack::Problem problem)
{
    switch (problem) {
    case ClientStack::Problem::None:
        break;
    case ClientStack::Problem::NoCredentials:
        return QCoreApplication::translate(
            "CommandLineCredentials", "No credentials: set %1 (with --token-url) or %2.")
            .arg(QLatin1String(kClientSecretVariable), QLatin1String(kAccessTokenVariable));
    case ClientStack::Problem::NoTokenUrl:
        return QCoreApplication::translate("CommandLineCredentials",
            "A client secret needs a token URL (--token-url) to sign in with.");
    }
    return {};
}

} // namespace CommandLineCredentials
