#include "ui/connections/environmentband.h"

#include "ui/widgets/plaintext.h"

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
    // The name and the label are the user's own text: never read as markup.
    setToolTip(connectionName.isEmpty()
            ? QString()
            : PlainText::toolTip(tr("Connected to %1, marked \"%2\"").arg(connectionName, text)));
    setVisible(!text.isEmpty());
}
