#include "ui/widgets/theme.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>
#include <algorithm>
#include <cmath>

namespace {

/// WCAG 2 relative luminance of an sRGB colour.
double relativeLuminance(const QColor &colour)
{
    const auto channel = [](double value) {
        return value <= 0.03928 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
    };
    const QColor rgb = colour.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF())
        + 0.0722 * channel(rgb.blueF());
}

} // namespace

namespace Theme {

std::optional<ColorScheme> parseColorScheme(const QString &text)
{
    const QString key = text.trimmed().toLower();
    if (key == QLatin1String("system"))
        return ColorScheme::System;
    if (key == QLatin1String("light"))
        return ColorScheme::Light;
    if (key == QLatin1String("dark"))
        return ColorScheme::Dark;
    return std::nullopt;
}

QPalette lightPalette()
{
    QPalette p;
    const QColor window(0xef, 0xf0, 0xf1);
    const QColor base(0xff, 0xff, 0xff);
    const QColor text(0x23, 0x26, 0x29);
    const QColor highlight(0x2f, 0x6f, 0xba);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0xf5, 0xf6, 0xf7));
    p.setColor(QPalette::ToolTipBase, QColor(0xff, 0xff, 0xf2));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x80, 0x86, 0x8c));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0xf7, 0xf7, 0xf8));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x1d, 0x63, 0xb8));
    p.setColor(QPalette::LinkVisited, QColor(0x6a, 0x3d, 0xa8));
    p.setColor(QPalette::Light, Qt::white);
    p.setColor(QPalette::Midlight, QColor(0xe3, 0xe5, 0xe7));
    p.setColor(QPalette::Mid, QColor(0xb8, 0xbc, 0xc0));
    p.setColor(QPalette::Dark, QColor(0x9a, 0x9e, 0xa3));
    p.setColor(QPalette::Shadow, QColor(0x50, 0x50, 0x50));
    const QColor disabled(0x9a, 0x9e, 0xa3);
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0xb8, 0xbc, 0xc0));
    return p;
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2a, 0x2d, 0x31);
    const QColor base(0x1e, 0x20, 0x23);
    const QColor text(0xe4, 0xe6, 0xe8);
    const QColor highlight(0x3d, 0x7f, 0xd1);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x25, 0x28, 0x2b));
    p.setColor(QPalette::ToolTipBase, QColor(0x35, 0x39, 0x3e));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x8b, 0x91, 0x98));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x33, 0x37, 0x3c));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xb0, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xb3, 0x94, 0xf0));
    p.setColor(QPalette::Light, QColor(0x45, 0x4a, 0x50));
    p.setColor(QPalette::Midlight, QColor(0x3a, 0x3e, 0x44));
    p.setColor(QPalette::Mid, QColor(0x23, 0x25, 0x28));
    p.setColor(QPalette::Dark, QColor(0x18, 0x1a, 0x1c));
    p.setColor(QPalette::Shadow, QColor(0x0c, 0x0c, 0x0d));
    const QColor disabled(0x75, 0x7b, 0x82);
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x45, 0x4a, 0x50));
    return p;
}

namespace {

/// What the platform gave before the first apply(), for going back to System later.
struct PlatformLook
{
    QString styleName;
    QPalette palette;
};

std::optional<PlatformLook> &platformLook()
{
    static std::optional<PlatformLook> look;
    return look;
}

ColorScheme &currentScheme()
{
    static ColorScheme scheme = ColorScheme::System;
    return scheme;
}

} // namespace

void apply(QApplication &app, ColorScheme scheme)
{
    if (!platformLook())
        platformLook() =
            PlatformLook {app.style() ? app.style()->name() : QString(), app.palette()};
    const PlatformLook &platform = *platformLook();
    // A desktop's own style (Breeze, Windows, macOS) follows its own colours; only where
    // there is none, or where a scheme is forced, is Fusion the better choice.
    const QString styleName = platform.styleName.toLower();
    const bool hasNativeStyle = !styleName.isEmpty() && styleName != QLatin1String("windows")
        && styleName != QLatin1String("fusion");
    const QString wanted = scheme != ColorScheme::System || !hasNativeStyle
        ? QStringLiteral("Fusion")
        : platform.styleName;
    if (!app.style() || app.style()->name().compare(wanted, Qt::CaseInsensitive) != 0)
        QApplication::setStyle(QStyleFactory::create(wanted));
    if (scheme == ColorScheme::Light)
        QApplication::setPalette(lightPalette());
    else if (scheme == ColorScheme::Dark)
        QApplication::setPalette(darkPalette());
    else if (currentScheme() != ColorScheme::System)
        QApplication::setPalette(platform.palette);
    currentScheme() = scheme;
}

ColorScheme current()
{
    return currentScheme();
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness()
        < palette.color(QPalette::WindowText).lightness();
}

QColor errorBackground(const QPalette &palette)
{
    return isDark(palette) ? QColor(0x5a, 0x24, 0x24) : QColor(0xfd, 0xe4, 0xe2);
}

QColor problemText(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x00, 0x20);
}

QColor badgeBackground(const QPalette &palette)
{
    return isDark(palette) ? QColor(0x6b, 0x4e, 0x0f) : QColor(0xff, 0xe3, 0x9e);
}

QColor badgeText(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0xe9, 0xb8) : QColor(0x5c, 0x40, 0x00);
}

double contrastRatio(const QColor &first, const QColor &second)
{
    const double a = relativeLuminance(first);
    const double b = relativeLuminance(second);
    return (std::max(a, b) + 0.05) / (std::min(a, b) + 0.05);
}

QColor contrastingText(const QColor &background)
{
    const QColor white(Qt::white);
    const QColor black(Qt::black);
    return contrastRatio(background, white) >= contrastRatio(background, black) ? white : black;
}

} // namespace Theme
