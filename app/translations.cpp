#include "app/translations.h"

#include "ui/widgets/languagemenu.h"

#include <QCoreApplication>
#include <QDir>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

namespace {

QList<QPointer<QTranslator>> &installed()
{
    static QList<QPointer<QTranslator>> translators;
    return translators;
}

QTranslator *install(const QLocale &locale, const QString &name, const QStringList &directories)
{
    for (const QString &directory : directories) {
        auto *translator = new QTranslator(QCoreApplication::instance());
        if (translator->load(locale, name, QStringLiteral("_"), directory)) {
            QCoreApplication::installTranslator(translator);
            installed().append(translator);
            return translator;
        }
        delete translator;
    }
    return nullptr;
}

/// Where Qt's own catalogues are: the Qt installation's (on Windows the installer's
/// translations folder, through its qt.conf), then a macOS bundle's Resources/translations,
/// where macdeployqt puts them (cmake/Packaging.cmake).
QStringList qtTranslationDirectories()
{
    return {QLibraryInfo::path(QLibraryInfo::TranslationsPath),
        QDir(QCoreApplication::applicationDirPath())
            .filePath(QStringLiteral("../Resources/translations"))};
}

} // namespace

void installTranslators(const QString &language)
{
    for (const QPointer<QTranslator> &translator : std::as_const(installed())) {
        if (translator) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }
    installed().clear();

    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);

    install(locale, QStringLiteral("qtbase"), qtTranslationDirectories());
    // English first: a later translator is asked first, so a string the chosen language lacks
    // still reads as English with its plural forms, not as "3 row(s)".
    const QStringList ours {QStringLiteral(":/i18n")};
    const QString name = QStringLiteral("orchestration-console");
    QTranslator *console = install(QLocale(QLocale::English), name, ours);
    if (QTranslator *translation = install(locale, name, ours))
        console = translation;

    // The direction of the language the window actually speaks: the system's UI languages
    // (LANGUAGE) may pick a catalogue other than the formatting locale's (LANG).
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        const QLocale spoken = console ? QLocale(console->language()) : locale;
        QGuiApplication::setLayoutDirection(spoken.textDirection());
    }
}

QString chosenLanguage(const QString &requested)
{
    return requested.isEmpty() ? LanguageMenu::storedLanguage() : requested;
}

QString languageArgument(const QStringList &arguments)
{
    const QString option = QStringLiteral("--language");
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (arguments.at(i) == option && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (arguments.at(i).startsWith(option + QLatin1Char('=')))
            return arguments.at(i).mid(option.size() + 1);
    }
    return {};
}
