#include "app/diffcommand.h"
#include "app/exportcommand.h"
#include "app/guilaunch.h"
#include "app/guioptions.h"
#include "app/historycommand.h"
#include "app/standardoutput.h"
#include "app/tlscheck.h"
#include "app/translations.h"
#include "app/windowsconsole.h"
#include "models/core/buildinfo.h"

#include <QApplication>
#include <QCoreApplication>
#include <QLoggingCategory>

namespace {

void applyIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("OrchestrationConsole"));
    QCoreApplication::setApplicationName(QStringLiteral("orchestration-console"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CONSOLE_VERSION));
    // Diagnostics are opt-in (QT_LOGGING_RULES="console.*=true"): a user's terminal and a
    // script's stderr get the command's own one-line messages only.
    QLoggingCategory::setFilterRules(QStringLiteral("console.*=false\nhubsim=false"));
}

bool isHeadless(const QString &command)
{
    return command == QLatin1String("export") || command == QLatin1String("diff")
        || command == QLatin1String("history") || command == QLatin1String("--version")
        || command == QLatin1String("-v") || command == QLatin1String("--help")
        || command == QLatin1String("-h");
}

} // namespace

int main(int argc, char *argv[])
{
    const QString command = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();

    if (isHeadless(command)) {
        // Headless subcommands need no display: a QCoreApplication only.
        attachToParentConsole();
        QCoreApplication app(argc, argv);
        applyIdentity();
        installTranslators();
        QStringList arguments = QCoreApplication::arguments().mid(1);
        if (command == QLatin1String("export")) {
            warnIfTlsMissing(false);
            return runExportCommand(arguments.mid(1));
        }
        if (command == QLatin1String("diff"))
            return runDiffCommand(arguments.mid(1));
        if (command == QLatin1String("history")) {
            warnIfTlsMissing(false);
            return runHistoryCommand(arguments.mid(1));
        }
        const bool version =
            command == QLatin1String("--version") || command == QLatin1String("-v");
        const QByteArray text = version ? QByteArray(CONSOLE_APP_NAME " " CONSOLE_VERSION "\n")
                                        : guiHelpText().toUtf8();
        return printStandardOutput(text) ? 0 : int(ExitCode::OutputFailure);
    }

    QApplication app(argc, argv);
    applyIdentity();
    installTranslators(chosenLanguage(languageArgument(QCoreApplication::arguments().mid(1))));
    // The Wayland app_id, and the name of the desktop file, icon and metainfo.
    QGuiApplication::setDesktopFileName(QStringLiteral(CONSOLE_APP_ID));
    warnIfTlsMissing(true);
    return runGui(QCoreApplication::arguments().mid(1));
}
