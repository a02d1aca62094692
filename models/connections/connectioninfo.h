#pragma once

#include <QColor>
#include <QString>
#include <QUrl>
#include <QUuid>

/// What the window says about the connection it shows; holds no secret.
struct ConnectionInfo
{
    QString name; ///< e.g. "Demo tenant" or "client-id @ api.example.com"
    QUrl baseUrl;
    bool demo = false; ///< shows the "Demo data" badge
    QUuid profileId; ///< the saved profile shown; null for the demo or a command-line tenant
    QString label; ///< e.g. "PROD": shown as a band across the window; empty for none
    QColor labelColour; ///< the band's colour; invalid for a neutral one
    bool tokenFromKeychain = false; ///< signed in with a token the keychain kept from earlier
    bool sessionOnly = false; ///< the keychain is not available: secrets live in memory only
    int defaultPageSize = 0; ///< the profile's page size; 0 = the window keeps its own
    bool recordHistory = false; ///< complete loads of all go to the profile's history
    qint64 historyMaxBytes = 0; ///< the history's limits (0 = none)
    int historyMaxDays = 0;
};
