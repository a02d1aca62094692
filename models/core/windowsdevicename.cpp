#include "models/core/windowsdevicename.h"

#include <QRegularExpression>
#include <QStringList>
#include <algorithm>

bool isWindowsDeviceName(const QString &path)
{
    if (path.startsWith(QLatin1String("\\\\.\\")) || path.startsWith(QLatin1String("//./")))
        return true;
    const qsizetype slash =
        std::max(path.lastIndexOf(QLatin1Char('/')), path.lastIndexOf(QLatin1Char('\\')));
    QString name = path.mid(slash + 1);
    // "C:NUL" names the device too; so do "NUL:", "nul.txt" and "NUL  ".
    if (slash < 0 && name.size() > 2 && name.at(1) == QLatin1Char(':'))
        name = name.mid(2);
    const qsizetype end = name.indexOf(QRegularExpression(QStringLiteral("[.:]")));
    name = name.left(end < 0 ? name.size() : end);
    while (name.endsWith(QLatin1Char(' ')))
        name.chop(1);
    name = name.toUpper();

    static const QStringList fixed = {QStringLiteral("CON"), QStringLiteral("PRN"),
        QStringLiteral("AUX"), QStringLiteral("NUL"), QStringLiteral("CONIN$"),
        QStringLiteral("CONOUT$")};
    if (fixed.contains(name))
        return true;
    // COM0-9 and LPT0-9, and with a superscript 1, 2 or 3 (Windows' own list).
    static const QString ports = QStringLiteral("0123456789\u00B9\u00B2\u00B3");
    return name.size() == 4
        && (name.startsWith(QLatin1String("COM")) || name.startsWith(QLatin1String("LPT")))
        && ports.contains(name.at(3));
}
