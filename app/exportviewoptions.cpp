#include "app/exportviewoptions.h"

#include "models/itemmodels/csvrecordwriter.h"
#include "models/itemmodels/orchestrationtablemodel.h"
#include "models/itemmodels/viewexport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ExportCommand", text);
}

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
            tr("Only orchestrations matching TEXT, as the window's search: name, "
               "description, id or any nested id; every word must match."),
            tr("TEXT")),
        QCommandLineOption(
            kActive, tr("Only active (yes) or inactive (no) orchestrations."), tr("yes|no")),
        QCommandLineOption(kColumns,
            tr("Write only these columns, as flat objects in this order: %1.")
                .arg(ViewColumns::allKeys().join(QStringLiteral(", "))),
            tr("KEY,...")),
        QCommandLineOption(kFormat,
            tr("json (default), or csv for spreadsheets: the columns (--columns, or every "
               "column), UTF-8 with a byte order mark."),
            tr("json|csv")),
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
            *error = tr("--active takes yes or no, not \"%1\".").arg(parser.value(kActive));
            return false;
        }
    }
    if (parser.isSet(kColumns)) {
        const QStringList keys = parser.value(kColumns).split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString &each : keys) {
            const int column = ViewColumns::fromKey(each.trimmed());
            if (column < 0) {
                *error =
                    tr("--columns: unknown column \"%1\"; the columns are %2.")
                        .arg(each.trimmed(), ViewColumns::allKeys().join(QStringLiteral(", ")));
                return false;
            }
            if (result.columns.contains(column)) {
                *error = tr("--columns names \"%1\" twice.").arg(each.trimmed());
                return false;
            }
            result.columns.append(column);
        }
        if (result.columns.isEmpty()) {
            *error = tr("--columns needs at least one column: %1.")
                         .arg(ViewColumns::allKeys().join(QStringLiteral(", ")));
            return false;
        }
    }
    if (parser.isSet(kFormat)) {
        const QString value = parser.value(kFormat).trimmed().toLower();
        if (value == QLatin1String("csv"))
            result.format = Format::Csv;
        else if (value != QLatin1String("json")) {
            *error = tr("--format takes json or csv, not \"%1\".").arg(parser.value(kFormat));
            return false;
        }
    }
    *options = result;
    return true;
}

void ExportViewOptions::applyTo(ExportDocument &document) const
{
    if (!filters() && columns.isEmpty())
        return;
    QJsonObject &extra = document.info.extra;
    if (filters()) {
        ViewFilter view;
        view.searchText = filterText;
        view.active = active;
        document.records = view.applyTo(document.records);
        extra.insert(QStringLiteral("filter"), view.filterJson());
        if (document.info.scope != QLatin1String("page")) {
            // The file is one complete page of what matched.
            document.pagination.present = true;
            document.pagination.count = document.records.size();
            document.pagination.pagenum = 1;
            document.pagination.pagesize = int(document.records.size());
        }
    }
    if (!columns.isEmpty()) {
        QList<Orchestration> rows;
        rows.reserve(document.records.size());
        for (const Orchestration &record : std::as_const(document.records))
            rows.append(Orchestration::fromJson(ViewColumns::rowJson(record, columns)));
        document.records = rows;
        QJsonArray keys;
        for (const int column : columns)
            keys.append(ViewColumns::key(column));
        extra.insert(QStringLiteral("content"), QStringLiteral("columns"));
        extra.insert(QStringLiteral("columns"), keys);
    } else {
        extra.insert(QStringLiteral("content"), QStringLiteral("records"));
    }
}

QByteArray ExportViewOptions::csv(const QList<Orchestration> &records) const
{
    QList<int> written = columns;
    if (written.isEmpty()) {
        for (int column = 0; column < OrchestrationTableModel::ColumnCount; ++column)
            written.append(column);
    }
    QList<Orchestration> shown = records;
    if (filters()) {
        ViewFilter view;
        view.searchText = filterText;
        view.active = active;
        shown = view.applyTo(records);
    }
    return CsvRecordWriter(written).document(shown);
}
