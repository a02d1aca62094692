#pragma once

#include <QColor>
#include <QToolButton>

/**
 * The colour of a profile's label band: a button showing the colour (or "No colour") with a
 * menu of strong presets, "Other colour…" and "No colour".
 *
 * Promises: colourChosen() is emitted only when the user picks from the menu, never by
 * setColour(); an invalid colour means "no colour".
 */
class BandColourButton : public QToolButton
{
    Q_OBJECT
public:
    explicit BandColourButton(QWidget *parent = nullptr);

    QColor colour() const { return m_colour; }
    /// Shows @p colour without emitting colourChosen().
    void setColour(const QColor &colour);

signals:
    void colourChosen(const QColor &colour);

private:
    void choose(const QColor &colour);
    void updateLook();

    QColor m_colour;
};
