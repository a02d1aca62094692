#include "app/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace {

bool install(const QString &name, const QString &directory)
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(QLocale(), name, QStringLiteral("_"), directory)) {
        QCoreApplication::installTranslator(translator);
        return true;
    }
    delete translator;
    return false;
}

} // namespace

void installTranslators()
{
    install(QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    const QString ours = QStringLiteral(":/i18n");
    if (install(QStringLiteral("orchestration-console"), ours))
        return;
    auto *english = new QTranslator(QCoreApplication::instance());
    if (english->load(QStringLiteral("orchestration-console_en"), ours))
        QCoreApplication::installTranslator(english);
    else
        delete english;
}
