#pragma once

#include "ui/widgets/banner.h"

/**
 * The Environment band across the top of the window that says which environment the window
 * is connected to, e.g. a red "PROD" band, so a production tenant is never mistaken for a
 * test one.
 *
 * Shown only while a label is set. The background is the profile's colour; the text is black
 * or white, whichever contrasts more with it, so the band reads in light and dark palettes alike
 * whatever colour the user picked. Without a colour a neutral one from the palette is used.
 */
class EnvironmentBand : public Banner
{
    Q_OBJECT
public:
    explicit EnvironmentBand(QWidget *parent = nullptr);

    /// Shows @p label (e.g. "PROD") and @p connectionName in @p colour; an empty label hides it.
    void setEnvironment(const QString &label, const QColor &colour, const QString &connectionName);
    void clear() { setEnvironment({}, {}, {}); }

    QString label() const { return text(); }
};
