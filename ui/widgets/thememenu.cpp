#include "ui/widgets/thememenu.h"

#include <QActionGroup>
#include <QApplication>
#include <QSettings>

namespace {

const QString kSchemeKey = QStringLiteral("view/colorScheme");

QString schemeKey(Theme::ColorScheme scheme)
{
    switch (scheme) {
    case Theme::ColorScheme::System:
        return QStringLiteral("system");
    case Theme::ColorScheme::Light:
        return QStringLiteral("light");
    case Theme::ColorScheme::Dark:
        return QStringLiteral("dark");
    }
    return {};
}

} // namespace

ThemeMenu::ThemeMenu(QWidget *parent)
    : QMenu(tr("&Theme"), parent)
    , m_group(new QActionGroup(this))
{
    setObjectName(QStringLiteral("themeMenu"));
    const struct
    {
        Theme::ColorScheme scheme;
        QString text;
    } choices[] = {
        {Theme::ColorScheme::System, tr("&System")},
        {Theme::ColorScheme::Light, tr("&Light")},
        {Theme::ColorScheme::Dark, tr("&Dark")},
    };
    for (const auto &choice : choices) {
        QAction *action = addAction(choice.text);
        action->setObjectName(QStringLiteral("theme_") + schemeKey(choice.scheme));
        action->setCheckable(true);
        action->setData(int(choice.scheme));
        m_group->addAction(action);
        connect(
            action, &QAction::triggered, this, [this, scheme = choice.scheme] { choose(scheme); });
    }
    // The scheme in effect may have come from the command line, after this menu was made.
    connect(this, &QMenu::aboutToShow, this, &ThemeMenu::tickCurrent);
    tickCurrent();
}

std::optional<Theme::ColorScheme> ThemeMenu::storedScheme()
{
    return Theme::parseColorScheme(QSettings().value(kSchemeKey).toString());
}

void ThemeMenu::choose(Theme::ColorScheme scheme)
{
    if (auto *app = qobject_cast<QApplication *>(QCoreApplication::instance()))
        Theme::apply(*app, scheme);
    QSettings().setValue(kSchemeKey, schemeKey(scheme));
    tickCurrent();
}

void ThemeMenu::tickCurrent()
{
    for (QAction *action : m_group->actions())
        action->setChecked(action->data().toInt() == int(Theme::current()));
}
