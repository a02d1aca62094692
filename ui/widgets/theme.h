#pragma once

#include <QColor>
#include <QPalette>
#include <QString>
#include <optional>

class QApplication;

/**
 * The look of the application: the system's palette by default, or a light or dark Fusion
 * palette on request (Qt 6.4 cannot ask the platform for its colour scheme, so "dark" is an
 * explicit choice). Where the platform offers no native style (a bare X server, offscreen)
 * Fusion is used so the window still looks deliberate.
 */
namespace Theme {

enum class ColorScheme { System, Light, Dark };

/// "system", "light" or "dark" (any case); nullopt for anything else.
std::optional<ColorScheme> parseColorScheme(const QString &text);

/// Applies @p scheme to @p app: first before the first window is shown, then again at any
/// time to switch live (System brings back the style and palette the platform gave).
void apply(QApplication &app, ColorScheme scheme);
/// The scheme last applied (System before any).
ColorScheme current();

/// The Fusion palettes used for Light and Dark.
QPalette lightPalette();
QPalette darkPalette();

/// Whether @p palette is a dark one (its window darker than its text).
bool isDark(const QPalette &palette);

/// Colours derived from a palette, for things the palette has no role for.
QColor errorBackground(const QPalette &palette);
/// Text that says what is wrong, on the window background: dark red, or pale red when dark.
QColor problemText(const QPalette &palette);
QColor badgeBackground(const QPalette &palette);
/// The text on badgeBackground(): dark amber in light palettes, pale amber in dark ones.
QColor badgeText(const QPalette &palette);

/// The WCAG 2 contrast ratio of two colours, from 1 (none) to 21 (black on white).
double contrastRatio(const QColor &first, const QColor &second);
/// Black or white, whichever contrasts more with @p background.
QColor contrastingText(const QColor &background);

} // namespace Theme
