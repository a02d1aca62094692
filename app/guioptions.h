#pragma once

#include "models/client/connectionsettings.h"
#include "ui/widgets/theme.h"

#include <QSize>
#include <QString>
#include <QStringList>
#include <optional>

/// How the window was asked to start; holds no secret.
struct GuiOptions
{
    bool demo = false;
    /// A tenant given on the command line (secret from the environment), if any.
    std::optional<ConnectionSettings> connection;
    Theme::ColorScheme colorScheme = Theme::ColorScheme::System;
    /// Whether --color-scheme was given: then it wins over View -> Theme for this run.
    bool colorSchemeGiven = false;
    /// Hidden: grab the window to this PNG once the first page is shown, then quit.
    QString screenshotPath;
    QSize windowSize; ///< hidden: invalid = remembered or default geometry
};

/// The GUI's command line, read: options, or help text, or why it is wrong.
struct GuiArguments
{
    std::optional<GuiOptions> options;
    QString helpText;
    QString error;
};

/**
 * Reads the GUI's arguments (without the program name). Pure, like parseExportArguments(),
 * whose connection options and secret refusal it reuses: --base-url, --token-url,
 * --client-id and --scope mean the same here, and a secret on the command line is refused.
 */
GuiArguments parseGuiArguments(const QStringList &arguments);

/// The usage text of the executable as a whole (GUI options and the export subcommand).
QString guiHelpText();
