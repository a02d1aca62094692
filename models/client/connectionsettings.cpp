#include "models/client/connectionsettings.h"

#include <QCoreApplication>
#include <QHostAddress>

QUrl ConnectionSettings::orchestrationsUrl() const
{
    QUrl url = baseUrl;
    QString path = url.path();
    if (!path.endsWith(QLatin1Char('/')))
        path += QLatin1Char('/');
    url.setPath(path + QStringLiteral("orchestrations"));
    return url;
}

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QStringLiteral("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

bool isTransportAllowed(const QUrl &url, QString *why)
{
    const auto refuse = [why](const QString &reason) {
        if (why)
            *why = reason;
        return false;
    };
    if (!url.isValid() || url.host().isEmpty())
        return refuse(QCoreApplication::translate(
            "ConnectionSettings", "\"%1\" is not a valid URL with a host.")
                          .arg(url.toDisplayString()));
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return true;
    if (scheme == QLatin1String("http")) {
        if (isLoopbackHost(url.host()))
            return true;
        return refuse(QCoreApplication::translate("ConnectionSettings",
            "%1 uses plain http: credentials would cross the network unencrypted. "
            "Use https (plain http is allowed only for this machine's loopback).")
                          .arg(url.toDisplayString()));
    }
    return refuse(QCoreApplication::translate("ConnectionSettings", "%1 must start with https://.")
                      .arg(url.toDisplayString()));
}
