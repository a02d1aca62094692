#pragma once

#include "models/core/exportdocument.h"
#include "models/core/orchestration.h"
#include "models/itemmodels/orchestrationfiltermodel.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <optional>

/**
 * The table's columns as they appear in files: stable, untranslated keys ("name", "active",
 * "kind", "bots", "agents", "customerApp", "forwardTranscript", "bypassVaMinutes",
 * "created", "modified", "description", "id"), one per OrchestrationTableModel::Column, and
 * each cell as a typed JSON value: numbers as numbers, booleans as booleans, dates as UTC
 * ISO 8601 strings with milliseconds, and null where the table shows an empty cell.
 */
namespace ViewColumns {

/// The key of OrchestrationTableModel column @p column; empty for an unknown column.
QString key(int column);
/// The column whose key is @p key; -1 when there is none.
int fromKey(QStringView key);
/// Every key, in the table's column order.
QStringList allKeys();
/// The value of @p column for @p record, typed (see the namespace comment).
QJsonValue value(const Orchestration &record, int column);
/// @p record as one compact JSON object holding @p columns, keyed and ordered as given.
QByteArray rowJson(const Orchestration &record, const QList<int> &columns);

} // namespace ViewColumns

/**
 * What the main window's table shows: search text, the Active and Kind filters, and the sort.
 * applyTo() runs the records through the window's own OrchestrationFilterModel, so a file
 * (or the headless export's --filter) holds exactly the rows the window would show.
 */
struct ViewFilter
{
    QString searchText;
    OrchestrationFilterModel::ActiveFilter active = OrchestrationFilterModel::ActiveFilter::All;
    OrchestrationFilterModel::KindFilter kind = OrchestrationFilterModel::KindFilter::Any;
    int sortColumn = -1; ///< an OrchestrationTableModel column; -1: server order
    Qt::SortOrder sortOrder = Qt::AscendingOrder;

    /// The filter and sort @p model applies now (its sort column and order included).
    static ViewFilter of(const OrchestrationFilterModel *model);

    /// @p records filtered and sorted as the window's table would show them.
    QList<Orchestration> applyTo(const QList<Orchestration> &records) const;

    /// For exportInfo: {"text", "active", "kind"} with stable values ("all", "active", ...).
    QJsonObject filterJson() const;
    /// For exportInfo: {"column": key, "order": "ascending"|"descending"}; null when unsorted.
    QJsonValue sortJson() const;
};

/// The stable names of the filters, as files and the command line spell them.
QString activeFilterName(OrchestrationFilterModel::ActiveFilter filter);
QString kindFilterName(OrchestrationFilterModel::KindFilter filter);

/**
 * One export of what the window shows: which records, in which order, as full records or as
 * the visible columns, and everything that goes into exportInfo. document() and toJson()
 * are pure and thread-safe (records are immutable and implicitly shared), so the bytes can
 * be built off the UI thread.
 *
 * exportInfo gets, beyond the headless export's members: "content" ("records" or
 * "columns"), "columns" (the keys, for columns content), "profile" (the connection's name;
 * never a secret), for the view and selection scopes "filter" and "sort" (what was applied),
 * for the node scope "nodePath" and "node" (the selected node's JSON; the record holding it
 * is the file's only orchestration, so the file still opens as a snapshot), and for an
 * export of an opened file "source" (the snapshot's baseUrl and exportedAt).
 */
struct ViewExport
{
    enum class Scope { Page, All, View, Selection, Node };
    enum class Content { Records, Columns };
    /// JSON (the export document), or CSV of the columns (CsvRecordWriter), whatever content.
    enum class Format { Json, Csv };

    Scope scope = Scope::View;
    Content content = Content::Records;
    ExportDocument::Style style = ExportDocument::Style::Indented;
    Format format = Format::Json;

    QList<Orchestration> records; ///< in the order to write
    QList<int> columns; ///< Columns content: OrchestrationTableModel columns, in view order

    QUrl baseUrl; ///< sanitized when written
    QString profileName;
    PaginationInfo pagination; ///< Page scope: the page's; otherwise the file is one page
    int pagenum = 0; ///< exportInfo.pagenum (Page scope)
    int pagesize = 0;
    QStringList warnings;
    std::optional<ViewFilter> view; ///< the filter and sort that chose the records
    QString nodePath;
    QByteArray nodeJson;
    QJsonObject source; ///< set when exporting an opened snapshot
    QDateTime exportedAt; ///< invalid: now

    /// "page", "all", "view", "selection", "node".
    static QString scopeName(Scope scope);

    /// The document to write.
    ExportDocument document() const;
    /// The file's bytes in format.
    QByteArray toBytes() const;
    /// The JSON file's bytes.
    QByteArray toJson() const;
    /// The CSV file's bytes: columns of records (the node scope: of its record).
    QByteArray toCsv() const;
    /// About how many bytes toBytes() gives, quickly (from a sample for indented output).
    qint64 estimatedBytes() const;
};
