#pragma once

#include "app/exportviewoptions.h"
#include "models/client/connectionsettings.h"

#include <QString>
#include <QStringList>
#include <optional>

/// What `orchestration-console export` was asked to do; holds no secret.
struct ExportOptions
{
    bool demo = false;
    QString profileName; ///< --profile: connection and keychain secret of a saved profile
    ConnectionSettings connection;
    bool allPages = true;
    int pagenum = 1;
    int pagesize = 0; ///< 0: kDefaultAllPageSize for --all, kDefaultPageSize for --page
    QString output = QStringLiteral("-"); ///< a path, or "-" for standard output
    bool compact = false;
    int retries = 3; ///< retries per request after the first attempt
    int timeoutSeconds = 30; ///< no byte for this long fails the attempt
    ExportViewOptions view; ///< --filter, --active, --columns
    qint64 maxRecords = 0; ///< --max-records: a scan's record budget; 0 = HubClientOptions'
    qint64 maxBytes = 0; ///< --max-bytes: a scan's budget of record text; 0 = HubClientOptions'
    bool allowIncomplete = false; ///< write an export that lacks records (and say so)
    bool clientSecretFromStdin = false; ///< --client-secret-stdin
    /// `history record`: the complete set of records goes to the profile's history (whatever
    /// its setting) and nowhere else.
    bool recordOnly = false;

    static constexpr int kDefaultPageSize = 25; ///< the API's own default
    static constexpr int kDefaultAllPageSize = 75; ///< fewer requests; the server may grant less

    int effectivePageSize() const
    {
        return pagesize > 0 ? pagesize : (allPages ? kDefaultAllPageSize : kDefaultPageSize);
    }
};

/// The command line of `export`, read: options, or help text, or why it is wrong.
struct ExportArguments
{
    std::optional<ExportOptions> options;
    QString helpText; ///< set when --help was asked for
    QString error; ///< set when the command line is wrong (exit code 2)
};

/**
 * Reads the arguments that follow `export`. Pure: reads no environment and touches nothing,
 * so every usage error is testable. A secret given as an option is refused with a pointer to
 * the environment variable, so it never lingers in shell history or the process list.
 */
ExportArguments parseExportArguments(const QStringList &arguments);

/// The environment variables the export reads its credentials from.
inline constexpr char kClientSecretVariable[] = "ORCHESTRATION_CONSOLE_CLIENT_SECRET";
inline constexpr char kAccessTokenVariable[] = "ORCHESTRATION_CONSOLE_ACCESS_TOKEN";
