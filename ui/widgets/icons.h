#pragma once

#include <QColor>
#include <QIcon>
#include <QString>

/**
 * The console's own icons (the SVG files in resources/icons, drawn for this project).
 *
 * Monochrome icons are drawn in `currentColor`; themed() renders them in a colour of the
 * caller's choice (normally the palette's text colour) at several sizes and device pixel
 * ratios, so they stay sharp at high DPI and readable on light and dark palettes alike.
 * Coloured icons (warning, error, the application icon) keep their own colours.
 *
 * Rendering goes through Qt's SVG image format plugin; without it the icons are empty and
 * every action still shows its text.
 */
namespace Icons {

/// @p name (a file name under :/icons without ".svg") in @p colour.
QIcon themed(const QString &name, const QColor &colour);

/// @p name in its own colours.
QIcon coloured(const QString &name);

/// The application's icon.
QIcon application();

} // namespace Icons
