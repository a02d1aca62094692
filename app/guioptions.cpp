#include "app/guioptions.h"

#include "app/exportoptions.h"
#include "ui/widgets/languagemenu.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>

namespace {

/// The translation context of this file's messages (lupdate reads the macro).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(GuiParser)
};

QString languageCodes()
{
    QStringList codes;
    for (const LanguageMenu::Language &language : LanguageMenu::languages())
        codes << language.code;
    return codes.join(QStringLiteral(", "));
}

struct GuiParser
{
    QCommandLineParser parser;
    QCommandLineOption help {
        {QStringLiteral("h"), QStringLiteral("help")}, Text::tr("Show this help.")};
    QCommandLineOption demo {QStringLiteral("demo"),
        Text::tr("Open the embedded demo tenant (a simulator with a few thousand "
                 "orchestrations).")};
    QCommandLineOption baseUrl {
        QStringLiteral("base-url"), Text::tr("API base URL of the tenant."), Text::tr("URL")};
    QCommandLineOption tokenUrl {QStringLiteral("token-url"),
        Text::tr("OAuth 2.0 token URL of the tenant."), Text::tr("URL")};
    QCommandLineOption clientId {
        QStringLiteral("client-id"), Text::tr("OAuth 2.0 client id."), Text::tr("ID")};
    QCommandLineOption scope {
        QStringLiteral("scope"), Text::tr("Scope to ask for."), Text::tr("SCOPE")};
    QCommandLineOption colorScheme {QStringLiteral("color-scheme"),
        Text::tr("system (default), light or dark."), Text::tr("SCHEME")};
    QCommandLineOption language {QStringLiteral("language"),
        Text::tr("Language of the window for this run: %1 (default: as chosen in View → Language, "
                 "else the system's).")
            .arg(languageCodes()),
        Text::tr("CODE")};
    QCommandLineOption screenshot {QStringLiteral("screenshot"), QString(), Text::tr("FILE")};
    QCommandLineOption windowSize {QStringLiteral("window-size"), QString(), Text::tr("WxH")};
    // Recognised only so that the export's parser refuses them with its message.
    QCommandLineOption secret {
        QStringList {QStringLiteral("client-secret"), QStringLiteral("secret"),
            QStringLiteral("token"), QStringLiteral("access-token")},
        QString(), Text::tr("VALUE")};

    GuiParser()
    {
        parser.setApplicationDescription(
            Text::tr(
                "Opens the Orchestration Console window. Connect with --demo, or with --base-url, "
                "--token-url and --client-id and the client secret in %1 (or a ready token in %2).")
                .arg(QLatin1String(kClientSecretVariable), QLatin1String(kAccessTokenVariable)));
        screenshot.setFlags(QCommandLineOption::HiddenFromHelp);
        windowSize.setFlags(QCommandLineOption::HiddenFromHelp);
        secret.setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOptions({help, demo, baseUrl, tokenUrl, clientId, scope, colorScheme, language,
            screenshot, windowSize, secret});
    }
};

} // namespace

QString guiHelpText()
{
    GuiParser gui;
    QString text = gui.parser.helpText();
    const qsizetype endOfUsage = text.indexOf(QLatin1Char('\n'));
    return Text::tr(
               "Usage: orchestration-console [options]\n"
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
            Text::tr("Unexpected argument \"%1\".").arg(parser.positionalArguments().first()));

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
        return usageError(Text::tr("A connection needs --base-url, --token-url and --client-id."));
    if (!connectionArguments.isEmpty()) {
        if (options.demo)
            connectionArguments.prepend(QStringLiteral("--demo"));
        const ExportArguments parsed = parseExportArguments(connectionArguments);
        if (!parsed.options)
            return usageError(parsed.error);
        if (!parsed.options->demo)
            options.connection = parsed.options->connection;
        else if (parser.isSet(gui.scope))
            return usageError(Text::tr("--scope needs --base-url, --token-url and --client-id."));
    }

    if (parser.isSet(gui.colorScheme)) {
        const auto scheme = Theme::parseColorScheme(parser.value(gui.colorScheme));
        if (!scheme)
            return usageError(Text::tr("--color-scheme takes system, light or dark, not \"%1\".")
                                  .arg(parser.value(gui.colorScheme)));
        options.colorScheme = *scheme;
        options.colorSchemeGiven = true;
    }
    // installTranslators() has read it already (languageArgument()): only judged here.
    if (parser.isSet(gui.language) && !LanguageMenu::isKnown(parser.value(gui.language)))
        return usageError(Text::tr("--language takes one of %1, not \"%2\".")
                              .arg(languageCodes(), parser.value(gui.language)));
    if (parser.isSet(gui.screenshot)) {
        options.screenshotPath = parser.value(gui.screenshot);
        if (options.screenshotPath.isEmpty())
            return usageError(Text::tr("--screenshot needs a file name."));
        if (!options.demo && !options.connection)
            return usageError(Text::tr("--screenshot needs a source: --demo, or a connection."));
    }
    if (parser.isSet(gui.windowSize)) {
        static const QRegularExpression pattern(QStringLiteral("^(\\d{2,5})x(\\d{2,5})$"));
        const QRegularExpressionMatch match = pattern.match(parser.value(gui.windowSize));
        if (!match.hasMatch())
            return usageError(
                Text::tr("--window-size takes WIDTHxHEIGHT, e.g. 1280x800, not \"%1\".")
                    .arg(parser.value(gui.windowSize)));
        options.windowSize = QSize(match.captured(1).toInt(), match.captured(2).toInt());
    }
    result.options = options;
    return result;
}
