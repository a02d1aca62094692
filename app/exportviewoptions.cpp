#include "app/exportviewoptions.h"

#include "models/itemmodels/csvrecordwriter.h"
#include "models/itemmodels/orchestrationtablemodel.h"
#include "models/itemmodels/viewexport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>

namespace {

/// The translation context of this file's messages (lupdate reads the macro).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ExportViewOptions)
};

const QString kFilter = QStringLiteral("filter");
const QString kActive = QStringLiteral("active");
const QString kColumns = QStringLiteral("columns");
const QString kFormat = QStringLiteral("format");

} // namespace

bool ExportViewOptions::filters() const
{
    return !filterText.trimmed().isEmpty() || active != OrchestrationFilterModel::ActiveFilter::All;
}

QList<QCommandLineOption> ExportViewOptions::commandLineOptions()
{
    return {
        QCommandLineOption(kFilter,
            Text::tr("Only orchestrations matching TEXT, as the window's search: name, "
                     "description, id or any nested id; every word must match."),
            Text::tr("TEXT")),
        QCommandLineOption(kActive, Text::tr("Only active (yes) or inactive (no) orchestrations."),
            Text::tr("yes|no")),
        QCommandLineOption(kColumns,
            Text::tr("Write only these columns, as flat objects in this order: %1.")
                .arg(ViewColumns::allKeys().join(QStringLiteral(", "))),
            Text::tr("KEY,...")),
        QCommandLineOption(kFormat,
            Text::tr("json (default), or csv for spreadsheets: the columns (--columns, or every "
                     "column), UTF-8 with a byte order mark."),
            Text::tr("json|csv")),
    };
}

bool ExportViewOptions::read(
    const QCommandLineParser &parser, ExportViewOptions *options, QString *error)
{
    ExportViewOptions result;
    if (parser.isSet(kFilter))
        result.filterText = parser.value(kFilter);
    if (parser.isSet(kActive)) {
        const QString value = parser.value(kActive).trimmed().toLower();
        if (value == QLatin1String("yes") || value == QLatin1String("true"))
            result.active = OrchestrationFilterModel::ActiveFilter::Active;
        else if (value == QLatin1String("no") || value == QLatin1String("false"))
            result.active = OrchestrationFilterModel::ActiveFilter::Inactive;
        else {
            *error = Text::tr("--active takes yes or no, not \"%1\".").arg(parser.value(kActive));
            return false;
        }
    }
    if (parser.isSet(kColumns)) {
        const QStringList keys = parser.value(kColumns).split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString &each : keys) {
            const int column = ViewColumns::fromKey(each.trimmed());
            if (column < 0) {
                *error =
                    Text::tr("--columns: unknown column \"%1\"; the columns are %2.")
                        .arg(each.trimmed(), ViewColumns::allKeys().join(QStringLiteral(", ")));
                return false;
            }
            if (result.columns.contains(column)) {
                *error = Text::tr("--columns names \"%1\" twice.").arg(each.trimmed());
                return false;
            }
            result.columns.append(column);
        }
        if (result.columns.isEmpty()) {
            *error = Text::tr("--columns needs at least one column: %1.")
                         .arg(ViewColumns::allKeys().join(QStringLiteral(", ")));
            return false;
        }
    }
    if (parser.isSet(kFormat)) {
        const QString value = parser.value(kFormat).trimmed().toLower();
        if (value == QLatin1String("csv"))
            result.format = Format::Csv;
        else if (value != QLatin1String("json")) {
            *error = Text::tr("--format takes json or csv, not \"%1\".").arg(parser.value(kFormat));
            return false;
        }
    }
    *options = result;
    return true;
}

ViewFilter ExportViewOptions::viewFilter() const
{
    ViewFilter view;
    view.searchText = filterText;
    view.active = active;
    return view;
}

QList<Orchestration> ExportViewOptions::matching(const QList<Orchestration> &records) const
{
    return filters() ? viewFilter().applyTo(records) : records;
}

QList<Orchestration> ExportViewOptions::select(const QList<Orchestration> &records) const
{
    const QList<Orchestration> chosen = matching(records);
    if (columns.isEmpty())
        return chosen;
    QList<Orchestration> rows;
    rows.reserve(chosen.size());
    for (const Orchestration &record : std::as_const(chosen))
        rows.append(Orchestration::fromJson(ViewColumns::rowJson(record, columns)));
    return rows;
}

void ExportViewOptions::describeIn(ExportInfo &info) const
{
    if (!filters() && columns.isEmpty())
        return;
    QJsonObject &extra = info.extra;
    if (filters())
        extra.insert(QStringLiteral("filter"), viewFilter().filterJson());
    if (!columns.isEmpty()) {
        QJsonArray keys;
        for (const int column : columns)
            keys.append(ViewColumns::key(column));
        extra.insert(QStringLiteral("content"), QStringLiteral("columns"));
        extra.insert(QStringLiteral("columns"), keys);
    } else {
        extra.insert(QStringLiteral("content"), QStringLiteral("records"));
    }
}

QList<int> ExportViewOptions::csvColumns() const
{
    if (!columns.isEmpty())
        return columns;
    QList<int> every;
    for (int column = 0; column < OrchestrationTableModel::ColumnCount; ++column)
        every.append(column);
    return every;
}
