#include "ui/connections/bandcolourbutton.h"

#include <QColorDialog>
#include <QMenu>

namespace {

struct ColourPreset
{
    const char *name;
    QRgb rgb;
};

// Strong enough to stand out as a band; the text colour is chosen for contrast.
constexpr ColourPreset kPresets[] = {
    {QT_TRANSLATE_NOOP("BandColourButton", "Red"), 0xc62828},
    {QT_TRANSLATE_NOOP("BandColourButton", "Orange"), 0xe65100},
    {QT_TRANSLATE_NOOP("BandColourButton", "Amber"), 0xf9a825},
    {QT_TRANSLATE_NOOP("BandColourButton", "Green"), 0x2e7d32},
    {QT_TRANSLATE_NOOP("BandColourButton", "Blue"), 0x1565c0},
    {QT_TRANSLATE_NOOP("BandColourButton", "Purple"), 0x6a1b9a},
    {QT_TRANSLATE_NOOP("BandColourButton", "Grey"), 0x546e7a},
};

} // namespace

BandColourButton::BandColourButton(QWidget *parent)
    : QPushButton(parent)
{
    auto *colours = new QMenu(this);
    for (const ColourPreset &preset : kPresets) {
        const QColor colour = QColor::fromRgb(preset.rgb);
        QPixmap swatch(16, 16);
        swatch.fill(colour);
        QAction *action = colours->addAction(QIcon(swatch), tr(preset.name));
        connect(action, &QAction::triggered, this, [this, colour] { choose(colour); });
    }
    colours->addSeparator();
    connect(colours->addAction(tr("Other colour…")), &QAction::triggered, this, [this] {
        const QColor colour = QColorDialog::getColor(
            m_colour.isValid() ? m_colour : QColor(0xc62828), window(), tr("Band colour"));
        if (colour.isValid())
            choose(colour);
    });
    connect(colours->addAction(tr("No colour")), &QAction::triggered, this, [this] { choose({}); });
    setMenu(colours);
    updateLook();
}

void BandColourButton::setColour(const QColor &colour)
{
    m_colour = colour;
    updateLook();
}

QString BandColourButton::colourName(const QColor &colour)
{
    if (!colour.isValid())
        return tr("No colour");
    for (const ColourPreset &preset : kPresets) {
        if (colour.rgb() == QColor::fromRgb(preset.rgb).rgb())
            return tr(preset.name);
    }
    return colour.name();
}

void BandColourButton::choose(const QColor &colour)
{
    setColour(colour);
    emit colourChosen(colour);
}

void BandColourButton::updateLook()
{
    setAccessibleName(tr("Band colour: %1").arg(colourName(m_colour)));
    if (m_colour.isValid()) {
        QPixmap swatch(16, 16);
        swatch.fill(m_colour);
        setIcon(QIcon(swatch));
        setText(colourName(m_colour));
        setToolTip(tr("Band colour: %1 (%2)").arg(colourName(m_colour), m_colour.name()));
    } else {
        setIcon(QIcon());
        setText(colourName(m_colour));
        setToolTip(tr("Choose the band's colour"));
    }
}
