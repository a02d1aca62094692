#pragma once

#include "ui/widgets/theme.h"

#include <QMenu>
#include <optional>

class QActionGroup;

/**
 * View -> Theme: System, Light or Dark, applied to the running application at once and kept
 * in QSettings ("view/colorScheme") for the next start. The menu ticks the scheme in effect,
 * which for a run started with --color-scheme is the command line's until the user picks
 * another here.
 */
class ThemeMenu : public QMenu
{
    Q_OBJECT
public:
    explicit ThemeMenu(QWidget *parent = nullptr);

    /// The scheme the user chose here last; nullopt when never.
    static std::optional<Theme::ColorScheme> storedScheme();

    /// Applies @p scheme now, remembers it and ticks it.
    void choose(Theme::ColorScheme scheme);

private:
    void tickCurrent();

    QActionGroup *m_group;
};
