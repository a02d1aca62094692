#include "app/exportoptions.h"

#include "models/client/hubclient.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <limits>

namespace {

/// The translation context of this file's messages (lupdate reads the macro).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)
};

std::optional<int> positiveInt(const QString &text)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    return ok && value > 0 ? std::optional<int>(value) : std::nullopt;
}

// "5000", "64K", "512M", "2G" (binary multiples): a budget of bytes, from 1 up.
std::optional<qint64> byteCount(const QString &text)
{
    QString digits = text.trimmed();
    qint64 unit = 1;
    const QChar suffix = digits.isEmpty() ? QChar() : digits.back().toUpper();
    if (suffix == QLatin1Char('K') || suffix == QLatin1Char('M') || suffix == QLatin1Char('G')) {
        unit = suffix == QLatin1Char('K') ? 1024
            : suffix == QLatin1Char('M')  ? 1024 * 1024
                                          : 1024 * 1024 * 1024;
        digits.chop(1);
    }
    bool ok = false;
    const qint64 value = digits.toLongLong(&ok);
    if (!ok || value <= 0 || value > std::numeric_limits<qint64>::max() / unit)
        return std::nullopt;
    return value * unit;
}

} // namespace

ExportArguments parseExportArguments(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr(
            "Exports orchestrations to JSON, records exactly as the server sent them.\n"
            "The client secret is read from %1, or a ready bearer token from %2; "
            "never from the command line; --client-secret-stdin reads the secret from standard "
            "input instead. With --profile, the profile's secret and cached "
            "token come from the system keychain (%1 still overrides the secret).\n"
            "Exit codes: 0 ok, 2 usage, 3 authentication/authorization, "
            "4 server/network/data error after retries, an incomplete export or a budget "
            "exceeded, 5 cannot write the output.")
            .arg(QLatin1String(kClientSecretVariable), QLatin1String(kAccessTokenVariable)));
    const QCommandLineOption help(
        {QStringLiteral("h"), QStringLiteral("help")}, Text::tr("Show this help."));
    const QCommandLineOption demo(
        QStringLiteral("demo"), Text::tr("Export from the embedded demo simulator."));
    const QCommandLineOption profile(QStringLiteral("profile"),
        Text::tr("Use the saved connection profile NAME (its URLs, "
                 "client id and scope; the secret from the keychain)."),
        Text::tr("NAME"));
    const QCommandLineOption baseUrl(QStringLiteral("base-url"),
        Text::tr("API base URL, e.g. https://api.egain.cloud/"
                 "conversation/conversationmgr/v3."),
        Text::tr("URL"));
    const QCommandLineOption tokenUrl(QStringLiteral("token-url"),
        Text::tr("OAuth 2.0 token URL of the tenant."), Text::tr("URL"));
    const QCommandLineOption clientId(
        QStringLiteral("client-id"), Text::tr("OAuth 2.0 client id."), Text::tr("ID"));
    const QCommandLineOption scope(QStringLiteral("scope"),
        Text::tr("Scope to ask for (default: %1).").arg(ConnectionSettings().scope),
        Text::tr("SCOPE"));
    const QCommandLineOption all(QStringLiteral("all"), Text::tr("Export every page (default)."));
    const QCommandLineOption page(
        QStringLiteral("page"), Text::tr("Export page N only (1-based)."), Text::tr("N"));
    const QCommandLineOption pageSize(QStringLiteral("page-size"),
        Text::tr("Records to ask for per page (default %1 for one "
                 "page, %2 for all; the server may grant fewer).")
            .arg(ExportOptions::kDefaultPageSize)
            .arg(ExportOptions::kDefaultAllPageSize),
        Text::tr("N"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
        Text::tr("Write to FILE, or - for standard output (default)."), Text::tr("FILE"));
    const QCommandLineOption compact(QStringLiteral("compact"),
        Text::tr("Write compact JSON, one orchestration per line, instead of indented."));
    const QCommandLineOption retries(QStringLiteral("retries"),
        Text::tr("Retries per request on transient errors (default 3)."), Text::tr("N"));
    const QCommandLineOption timeout(QStringLiteral("timeout"),
        Text::tr("Seconds without data before a request fails "
                 "(default 30)."),
        Text::tr("SECONDS"));
    const HubClientOptions budget;
    const QCommandLineOption maxRecords(QStringLiteral("max-records"),
        Text::tr("With --all: stop with an error after N orchestrations (default %1), so a server "
                 "that never ends cannot exhaust memory.")
            .arg(budget.maxScanRecords),
        Text::tr("N"));
    const QCommandLineOption maxBytes(QStringLiteral("max-bytes"),
        Text::tr(
            "With --all: stop with an error after SIZE bytes of records (default %1M; K, M and G "
            "suffixes).")
            .arg(budget.maxScanBytes / (1024 * 1024)),
        Text::tr("SIZE"));
    const QCommandLineOption allowIncomplete(QStringLiteral("allow-incomplete"),
        Text::tr(
            "Write the export even when it lacks records the server announced (exit 0; what is "
            "missing is said on standard error and in exportInfo.warnings). Without it, an "
            "incomplete export writes nothing and exits 4."));
    const QCommandLineOption secretStdin(QStringLiteral("client-secret-stdin"),
        Text::tr("Read the client secret from standard input (one line; the trailing newline is "
                 "dropped) instead of %1.")
            .arg(QLatin1String(kClientSecretVariable)));
    // Recognised only to refuse them with a useful message.
    QCommandLineOption secret(
        QStringList {QStringLiteral("client-secret"), QStringLiteral("secret"),
            QStringLiteral("token"), QStringLiteral("access-token")},
        QString(), Text::tr("VALUE"));
    secret.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions(
        {help, demo, profile, baseUrl, tokenUrl, clientId, scope, all, page, pageSize, output,
            compact, retries, timeout, maxRecords, maxBytes, allowIncomplete, secretStdin, secret});
    parser.addOptions(ExportViewOptions::commandLineOptions());

    ExportArguments result;
    const auto usageError = [&result](const QString &message) {
        result.error = message;
        return result;
    };

    // QCommandLineParser expects the program name first.
    if (!parser.parse(QStringList {QStringLiteral("export")} + arguments))
        return usageError(parser.errorText());
    if (parser.isSet(help)) {
        // The first line names the executable's path; say the command a user types instead.
        QString text = parser.helpText();
        const qsizetype endOfUsage = text.indexOf(QLatin1Char('\n'));
        result.helpText =
            Text::tr("Usage: orchestration-console export [options]") + text.mid(endOfUsage);
        return result;
    }
    if (parser.isSet(secret))
        return usageError(
            Text::tr(
                "Secrets are not accepted on the command line (they would show in "
                "the process list and shell history). Use --client-secret-stdin, or set %1 or %2 "
                "instead.")
                .arg(QLatin1String(kClientSecretVariable), QLatin1String(kAccessTokenVariable)));
    if (!parser.positionalArguments().isEmpty())
        return usageError(
            Text::tr("Unexpected argument \"%1\".").arg(parser.positionalArguments().first()));

    ExportOptions options;
    options.demo = parser.isSet(demo);
    const bool remote = parser.isSet(baseUrl) || parser.isSet(tokenUrl) || parser.isSet(clientId);
    if (options.demo && remote)
        return usageError(
            Text::tr("--demo cannot be combined with --base-url, --token-url or --client-id."));
    if (parser.isSet(profile)) {
        options.profileName = parser.value(profile).trimmed();
        if (options.profileName.isEmpty())
            return usageError(Text::tr("--profile needs the name of a saved connection."));
        if (options.demo || remote || parser.isSet(scope))
            return usageError(
                Text::tr("--profile takes the connection from the profile: it cannot be "
                         "combined with --demo, --base-url, --token-url, --client-id or "
                         "--scope."));
    } else if (!options.demo) {
        if (!parser.isSet(baseUrl) || !parser.isSet(clientId))
            return usageError(Text::tr("Say where to export from: --demo, --profile NAME, or "
                                       "--base-url, --token-url and --client-id."));
        options.connection.baseUrl = QUrl(parser.value(baseUrl), QUrl::StrictMode);
        options.connection.tokenUrl = QUrl(parser.value(tokenUrl), QUrl::StrictMode);
        options.connection.clientId = parser.value(clientId);
        QString why;
        if (!isTransportAllowed(options.connection.baseUrl, &why))
            return usageError(Text::tr("--base-url: %1").arg(why));
        // Without a token URL only a ready bearer token can work; that is checked at run time.
        if (parser.isSet(tokenUrl) && !isTransportAllowed(options.connection.tokenUrl, &why))
            return usageError(Text::tr("--token-url: %1").arg(why));
        if (options.connection.clientId.trimmed().isEmpty())
            return usageError(Text::tr("--client-id must not be empty."));
    }
    if (parser.isSet(scope)) {
        options.connection.scope = parser.value(scope).simplified();
        if (options.connection.scope.isEmpty())
            return usageError(Text::tr("--scope must not be empty."));
    }
    if (parser.isSet(all) && parser.isSet(page))
        return usageError(Text::tr("Use either --all or --page N, not both."));
    if (parser.isSet(page)) {
        const auto n = positiveInt(parser.value(page));
        if (!n)
            return usageError(Text::tr("--page takes a page number from 1 up, not \"%1\".")
                                  .arg(parser.value(page)));
        options.allPages = false;
        options.pagenum = *n;
    }
    if (parser.isSet(pageSize)) {
        const auto n = positiveInt(parser.value(pageSize));
        if (!n || *n > 1000)
            return usageError(Text::tr("--page-size takes a number from 1 to 1000, not \"%1\".")
                                  .arg(parser.value(pageSize)));
        options.pagesize = *n;
    }
    if (parser.isSet(output)) {
        options.output = parser.value(output);
        if (options.output.isEmpty())
            return usageError(Text::tr("--output needs a file name, or - for standard output."));
    }
    options.compact = parser.isSet(compact);
    if (parser.isSet(retries)) {
        bool ok = false;
        options.retries = parser.value(retries).toInt(&ok);
        if (!ok || options.retries < 0 || options.retries > 10)
            return usageError(Text::tr("--retries takes a number from 0 to 10, not \"%1\".")
                                  .arg(parser.value(retries)));
    }
    if (parser.isSet(timeout)) {
        const auto n = positiveInt(parser.value(timeout));
        if (!n || *n > 3600)
            return usageError(Text::tr("--timeout takes seconds from 1 to 3600, not \"%1\".")
                                  .arg(parser.value(timeout)));
        options.timeoutSeconds = *n;
    }
    if (parser.isSet(maxRecords)) {
        bool ok = false;
        options.maxRecords = parser.value(maxRecords).toLongLong(&ok);
        if (!ok || options.maxRecords <= 0)
            return usageError(Text::tr("--max-records takes a number from 1 up, not \"%1\".")
                                  .arg(parser.value(maxRecords)));
    }
    if (parser.isSet(maxBytes)) {
        const auto n = byteCount(parser.value(maxBytes));
        if (!n)
            return usageError(
                Text::tr("--max-bytes takes a size from 1 up (e.g. 800M), not \"%1\".")
                    .arg(parser.value(maxBytes)));
        options.maxBytes = *n;
    }
    options.allowIncomplete = parser.isSet(allowIncomplete);
    options.clientSecretFromStdin = parser.isSet(secretStdin);
    if (options.clientSecretFromStdin && options.demo)
        return usageError(
            Text::tr("--demo signs in by itself: it takes no --client-secret-stdin."));
    QString viewError;
    if (!ExportViewOptions::read(parser, &options.view, &viewError))
        return usageError(viewError);
    result.options = options;
    return result;
}
