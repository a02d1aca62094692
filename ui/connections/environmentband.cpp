#include "ui/connections/environmentband.h"

#include "ui/widgets/theme.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <cmath>

namespace {

double relativeLuminance(const QColor &colour)
{
    const auto channel = [](double value) {
        return value <= 0.03928 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
    };
    const QColor rgb = colour.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF())
        + 0.0722 * channel(rgb.blueF());
}

double contrast(double a, double b)
{
    return (std::max(a, b) + 0.05) / (std::min(a, b) + 0.05);
}

} // namespace

EnvironmentBand::EnvironmentBand(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_name(new QLabel(this))
{
    setObjectName(QStringLiteral("environmentBand"));
    setAutoFillBackground(true);
    setFrameShape(QFrame::NoFrame);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);

    m_label->setObjectName(QStringLiteral("environmentLabel"));
    QFont strong = m_label->font();
    strong.setBold(true);
    strong.setLetterSpacing(QFont::PercentageSpacing, 115);
    m_label->setFont(strong);
    m_label->setTextFormat(Qt::PlainText);
    m_name->setObjectName(QStringLiteral("environmentConnection"));
    m_name->setTextFormat(Qt::PlainText);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 3, 12, 3);
    layout->setSpacing(12);
    layout->addStretch(1);
    layout->addWidget(m_label);
    layout->addWidget(m_name);
    layout->addStretch(1);
    hide();
}

void EnvironmentBand::setEnvironment(
    const QString &label, const QColor &colour, const QString &connectionName)
{
    m_labelText = label.trimmed();
    m_colour = colour;
    m_label->setText(m_labelText);
    m_name->setText(connectionName);
    m_name->setVisible(!connectionName.isEmpty());
    setAccessibleName(tr("Environment: %1").arg(m_labelText));
    setToolTip(connectionName.isEmpty()
            ? QString()
            : tr("Connected to %1, marked \"%2\"").arg(connectionName, m_labelText));
    updateColours();
    setVisible(!m_labelText.isEmpty());
}

QColor EnvironmentBand::backgroundColour() const
{
    if (m_colour.isValid())
        return m_colour;
    // No colour chosen: a neutral strip that still stands apart from the window.
    const QPalette &p = parentWidget() ? parentWidget()->palette() : palette();
    return Theme::isDark(p) ? QColor(0x4a, 0x4f, 0x57) : QColor(0x5f, 0x66, 0x70);
}

QColor EnvironmentBand::textColourFor(const QColor &background)
{
    const double luminance = relativeLuminance(background);
    return contrast(luminance, 1.0) >= contrast(luminance, 0.0) ? QColor(Qt::white)
                                                                : QColor(Qt::black);
}

void EnvironmentBand::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::ParentChange)
        updateColours();
}

void EnvironmentBand::updateColours()
{
    const QColor background = backgroundColour();
    const QColor text = textColourFor(background);
    QPalette p = palette();
    p.setColor(QPalette::Window, background);
    p.setColor(QPalette::WindowText, text);
    setPalette(p);
    m_label->setPalette(p);
    m_name->setPalette(p);
}
