#include "ui/widgets/languagemenu.h"

#include <QActionGroup>
#include <QSettings>
#include <algorithm>

namespace {

const QString kLanguageKey = QStringLiteral("view/language");

} // namespace

LanguageMenu::LanguageMenu(QWidget *parent)
    : QMenu(tr("&Language"), parent)
    , m_group(new QActionGroup(this))
{
    setObjectName(QStringLiteral("languageMenu"));
    QList<Language> choices {{QString(), tr("&System")}};
    choices += languages();
    for (const Language &choice : choices) {
        QAction *action = addAction(choice.name);
        action->setObjectName(QStringLiteral("language_")
            + (choice.code.isEmpty() ? QStringLiteral("system") : choice.code));
        action->setCheckable(true);
        action->setData(choice.code);
        m_group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code = choice.code] { choose(code); });
    }
    addSeparator();
    // The window's text is made once, in one language: switching it live would leave the
    // strings of dialogs and models already built in the old one.
    QAction *note = addAction(tr("Takes effect when the console is started again"));
    note->setObjectName(QStringLiteral("languageRestartNote"));
    note->setEnabled(false);
    tickStored();
}

QList<LanguageMenu::Language> LanguageMenu::languages()
{
    // Names in their own language and script, so a reader finds theirs whatever runs now.
    return {
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("de"), QStringLiteral("Deutsch")},
        {QStringLiteral("fr"), QStringLiteral("Français")},
        {QStringLiteral("es"), QStringLiteral("Español")},
        {QStringLiteral("ja"), QStringLiteral("日本語")},
        {QStringLiteral("ar"), QStringLiteral("العربية")},
    };
}

bool LanguageMenu::isKnown(const QString &code)
{
    const QList<Language> all = languages();
    return std::any_of(all.cbegin(), all.cend(),
        [&code](const Language &language) { return language.code == code; });
}

QString LanguageMenu::storedLanguage()
{
    const QString code = QSettings().value(kLanguageKey).toString();
    return isKnown(code) ? code : QString();
}

void LanguageMenu::choose(const QString &code)
{
    if (code.isEmpty())
        QSettings().remove(kLanguageKey);
    else
        QSettings().setValue(kLanguageKey, code);
    tickStored();
}

void LanguageMenu::tickStored()
{
    const QString stored = storedLanguage();
    for (QAction *action : m_group->actions())
        action->setChecked(action->data().toString() == stored);
}
