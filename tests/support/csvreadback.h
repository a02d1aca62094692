#pragma once

// A CSV file as Python's csv module reads it (the way a user's script or a spreadsheet
// import would): the test's CMake calls console_test_reads_csv() to name the interpreter.

#include <QJsonArray>
#include <QJsonDocument>
#include <QList>
#include <QProcess>
#include <QStringList>
#include <optional>

namespace testsupport {

/// The rows of the CSV file at @p path, read with csv.reader (strict) from UTF-8 with an
/// optional byte order mark; nullopt, with Python's complaint logged, when it cannot.
inline std::optional<QList<QStringList>> readCsvWithPython(const QString &path)
{
    static const char *const script = R"(import csv, json, sys
with open(sys.argv[1], encoding="utf-8-sig", newline="") as f:
    rows = list(csv.reader(f, strict=True))
json.dump(rows, sys.stdout)
)";
    QProcess python;
    python.start(QStringLiteral(PYTHON3_EXECUTABLE),
        {QStringLiteral("-c"), QString::fromLatin1(script), path});
    if (!python.waitForFinished(30000) || python.exitStatus() != QProcess::NormalExit
        || python.exitCode() != 0) {
        qWarning("python3 could not read %s: %s", qPrintable(path),
            python.readAllStandardError().constData());
        return std::nullopt;
    }
    QList<QStringList> rows;
    const QJsonArray array = QJsonDocument::fromJson(python.readAllStandardOutput()).array();
    for (const QJsonValue &row : array) {
        QStringList cells;
        for (const QJsonValue &cell : row.toArray())
            cells.append(cell.toString());
        rows.append(cells);
    }
    return rows;
}

} // namespace testsupport
