#include "ui/widgets/icons.h"

#include <QBuffer>
#include <QFile>
#include <QImageReader>
#include <QPixmap>

namespace {

QByteArray svgText(const QString &name)
{
    QFile file(QStringLiteral(":/icons/") + name + QStringLiteral(".svg"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QPixmap render(const QByteArray &svg, int pixels)
{
    QByteArray data = svg;
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer, "svg");
    reader.setScaledSize(QSize(pixels, pixels));
    return QPixmap::fromImage(reader.read());
}

QIcon iconFromSvg(const QByteArray &svg)
{
    QIcon icon;
    if (svg.isEmpty())
        return icon;
    // The pixel sizes menus, buttons and toolbars ask for at 1x, 1.5x and 2x: QIcon picks
    // the closest one, so nothing is scaled up from a small bitmap.
    for (const int pixels : {16, 20, 24, 32, 40, 48, 64, 96, 128}) {
        const QPixmap pixmap = render(svg, pixels);
        if (pixmap.isNull())
            return icon;
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace

namespace Icons {

QIcon themed(const QString &name, const QColor &colour)
{
    QByteArray svg = svgText(name);
    svg.replace("currentColor", colour.name(QColor::HexRgb).toLatin1());
    return iconFromSvg(svg);
}

QIcon coloured(const QString &name)
{
    return iconFromSvg(svgText(name));
}

QIcon application()
{
    return coloured(QStringLiteral("orchestration-console"));
}

} // namespace Icons
