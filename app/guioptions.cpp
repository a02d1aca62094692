#include "app/guioptions.h"

#include "app/exportoptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("GuiOptions", text);
}

struct GuiParser
{
    QCommandLineParser parser;
    QCommandLineOption help {{QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help.")};
    QCommandLineOption demo {QStringLiteral("demo"),
        tr("Open the embedded demo tenant (a simulator with a few thousand "
           "orchestrations).")};
    QCommandLineOption baseUrl {
        QStringLiteral("base-url"), tr("API base URL of the tenant."), tr("URL")};
    QCommandLineOption tokenUrl {
        QStringLiteral("token-url"), tr("OAuth 2.0 token URL of the tenant."), tr("URL")};
    QCommandLineOption clientId {QStringLiteral("client-id"), tr("OAuth 2.0 client id."), tr("ID")};
    QCommandLineOption scope {QStringLiteral("scope"), tr("Scope to ask for."), tr("SCOPE")};
    QCommandLineOption colorScheme {
        QStringLiteral("color-scheme"), tr("system (default), light or dark."), tr("SCHEME")};
    QCommandLineOption screenshot {QStringLiteral("screenshot"), QString(), tr("FILE")};
    QCommandLineOption windowSize {QStringLiteral("window-size"), QString(), tr("WxH")};
    // Recognised only so that the export's parser refuses them with its message.
    QCommandLineOption secret {
        QStringList {QStringLiteral("client-secret"), QStringLiteral("secret"),
            QStringLiteral("token"), QStringLiteral("access-token")},
        QString(), tr("VALUE")};

    GuiParser()
    {
        parser.setApplicationDescription(
            tr("Opens the Orchestration Console window. Connect with --demo, or with --base-url, "
               "--token-url and --client-id and the client secret in %1 (or a ready token in %2).")
                .arg(QLatin1String(kClientSecretVariable), QLatin1String(kAccessTokenVariable)));
        screenshot.setFlags(QCommandLineOption::HiddenFromHelp);
        windowSize.setFlags(QCommandLineOption::HiddenFromHelp);
        secret.setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOptions({help, demo, baseUrl, tokenUrl, clientId, scope, colorScheme, screenshot,
            windowSize, secret});
    }
};

} // namespace

QString guiHelpText()
{
    GuiParser gui;
    QString text = gui.parser.helpText();
    const qsizetype endOfUsage = text.indexOf(QLatin1Char('\n'));
    return tr("Usage: orchestration-console [options]\n"
              "       orchestration-console export [options]  (see 'orchestration-console export "
              "--help')\n"
              "       orchestration-console history list|record|diff --profile NAME  (see "
              "'orchestration-console history --help')\n"
              "       orchestration-console --version")
        + text.mid(endOfUsage);
}

GuiArguments parseGuiArguments(const QStringList &arguments)
{
    GuiParser gui;
    QCommandLineParser &parser = gui.parser;
    GuiArguments result;
    const auto usageError = [&result](const QString &message) {
        result.error = message;
        return result;
    };
    if (!parser.parse(QStringList {QStringLiteral("orchestration-console")} + arguments))
        return usageError(parser.errorText());
    if (parser.isSet(gui.help)) {
        result.helpText = guiHelpText();
        return result;
    }
    if (!parser.positionalArguments().isEmpty())
        return usageError(
            tr("Unexpected argument \"%1\".").arg(parser.positionalArguments().first()));

    GuiOptions options;
    options.demo = parser.isSet(gui.demo);

    // The connection options mean what they mean for the export: let its parser judge them.
    QStringList connectionArguments;
    for (const QCommandLineOption *option :
        {&gui.baseUrl, &gui.tokenUrl, &gui.clientId, &gui.scope, &gui.secret}) {
        if (parser.isSet(*option))
            connectionArguments << QStringLiteral("--") + option->names().constFirst()
                                << parser.value(*option);
    }
    const bool remote =
        parser.isSet(gui.baseUrl) || parser.isSet(gui.tokenUrl) || parser.isSet(gui.clientId);
    if (remote && !options.demo && !parser.isSet(gui.secret)
        && (!parser.isSet(gui.baseUrl) || !parser.isSet(gui.clientId)))
        return usageError(tr("A connection needs --base-url, --token-url and --client-id."));
    if (!connectionArguments.isEmpty()) {
        if (options.demo)
            connectionArguments.prepend(QStringLiteral("--demo"));
        const ExportArguments parsed = parseExportArguments(connectionArguments);
        if (!parsed.options)
            return usageError(parsed.error);
        if (!parsed.options->demo)
            options.connection = parsed.options->connection;
        else if (parser.isSet(gui.scope))
            return usageError(tr("--scope needs --base-url, --token-url and --client-id."));
    }

    if (parser.isSet(gui.colorScheme)) {
        const auto scheme = Theme::parseColorScheme(parser.value(gui.colorScheme));
        if (!scheme)
            return usageError(tr("--color-scheme takes system, light or dark, not \"%1\".")
                                  .arg(parser.value(gui.colorScheme)));
        options.colorScheme = *scheme;
        options.colorSchemeGiven = true;
    }
    if (parser.isSet(gui.screenshot)) {
        options.screenshotPath = parser.value(gui.screenshot);
        if (options.screenshotPath.isEmpty())
            return usageError(tr("--screenshot needs a file name."));
        if (!options.demo && !options.connection)
            return usageError(tr("--screenshot needs a source: --demo, or a connection."));
    }
    if (parser.isSet(gui.windowSize)) {
        static const QRegularExpression pattern(QStringLiteral("^(\\d{2,5})x(\\d{2,5})$"));
        const QRegularExpressionMatch match = pattern.match(parser.value(gui.windowSize));
        if (!match.hasMatch())
            return usageError(tr("--window-size takes WIDTHxHEIGHT, e.g. 1280x800, not \"%1\".")
                                  .arg(parser.value(gui.windowSize)));
        options.windowSize = QSize(match.captured(1).toInt(), match.captured(2).toInt());
    }
    result.options = options;
    return result;
}
