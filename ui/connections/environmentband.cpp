#include "ui/connections/environmentband.h"

#include <QLabel>

EnvironmentBand::EnvironmentBand(QWidget *parent)
    : Banner(Kind::Environment, parent)
{
    setObjectName(QStringLiteral("environmentBand"));
    textLabel()->setObjectName(QStringLiteral("environmentLabel"));
    detailsLabel()->setObjectName(QStringLiteral("environmentConnection"));
}

void EnvironmentBand::setEnvironment(
    const QString &label, const QColor &colour, const QString &connectionName)
{
    const QString text = label.trimmed();
    setText(text);
    setDetails(connectionName);
    setCustomColour(colour);
    setAccessibleName(tr("Environment: %1").arg(text));
    setToolTip(connectionName.isEmpty()
            ? QString()
            : tr("Connected to %1, marked \"%2\"").arg(connectionName, text));
    setVisible(!text.isEmpty());
}
