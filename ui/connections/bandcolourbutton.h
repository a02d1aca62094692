#pragma once

#include <QColor>
#include <QPushButton>

/**
 * The colour of a profile's label band: a button showing the colour's swatch and name ("Red",
 * or "#12ab34" for one picked freely; "No colour" without one) with a menu of strong presets,
 * "Other colour…" and "No colour". A push button, so the style keeps room for the menu arrow
 * beside the text.
 *
 * Promises: colourChosen() is emitted only when the user picks from the menu, never by
 * setColour(); an invalid colour means "no colour".
 */
class BandColourButton : public QPushButton
{
    Q_OBJECT
public:
    explicit BandColourButton(QWidget *parent = nullptr);

    QColor colour() const { return m_colour; }
    /// Shows @p colour without emitting colourChosen().
    void setColour(const QColor &colour);
    /// The name shown for @p colour: a preset's ("Red"), else its #rrggbb; "No colour".
    static QString colourName(const QColor &colour);

signals:
    void colourChosen(const QColor &colour);

private:
    void choose(const QColor &colour);
    void updateLook();

    QColor m_colour;
};
