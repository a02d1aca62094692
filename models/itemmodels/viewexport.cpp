#include "models/itemmodels/viewexport.h"

#include "models/core/rawjson.h"
#include "models/itemmodels/csvrecordwriter.h"
#include "models/itemmodels/orchestrationtablemodel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>

namespace {

using Table = OrchestrationTableModel;

struct ColumnKey
{
    int column;
    QLatin1StringView key;
};

// The file format's names; never translated, never renamed (files outlive versions).
constexpr ColumnKey kColumnKeys[] = {
    {Table::NameColumn, QLatin1StringView("name")},
    {Table::ActiveColumn, QLatin1StringView("active")},
    {Table::KindColumn, QLatin1StringView("kind")},
    {Table::BotsColumn, QLatin1StringView("bots")},
    {Table::AgentsColumn, QLatin1StringView("agents")},
    {Table::CustomerAppColumn, QLatin1StringView("customerApp")},
    {Table::ForwardTranscriptColumn, QLatin1StringView("forwardTranscript")},
    {Table::BypassVaColumn, QLatin1StringView("bypassVaMinutes")},
    {Table::CreatedColumn, QLatin1StringView("created")},
    {Table::ModifiedColumn, QLatin1StringView("modified")},
    {Table::DescriptionColumn, QLatin1StringView("description")},
    {Table::IdColumn, QLatin1StringView("id")},
};
static_assert(std::size(kColumnKeys) == Table::ColumnCount);

/// @p value in compact JSON: QJsonDocument only writes arrays and objects, so wrap and unwrap.
QByteArray compactValue(const QJsonValue &value)
{
    const QByteArray wrapped = QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact);
    return wrapped.sliced(1, wrapped.size() - 2);
}

QJsonValue dateValue(const QDateTime &dateTime)
{
    if (!dateTime.isValid())
        return QJsonValue::Null;
    return dateTime.toUTC().toString(Qt::ISODateWithMs);
}

bool hasWarningAt(const Orchestration &record, QStringView path)
{
    const QList<ValidationWarning> warnings = record.warnings();
    return std::any_of(warnings.cbegin(), warnings.cend(),
        [path](const ValidationWarning &warning) { return warning.path == path; });
}

/// Any JSON value's text (scalars included) parsed.
QJsonValue parseValue(const QByteArray &json)
{
    const QJsonDocument wrapped = QJsonDocument::fromJson('[' + json + ']');
    return wrapped.isArray() && !wrapped.array().isEmpty() ? wrapped.array().first() : QJsonValue();
}

using Active = OrchestrationFilterModel::ActiveFilter;
using Kind = OrchestrationFilterModel::KindFilter;

} // namespace

// --- ViewColumns ---

QString ViewColumns::key(int column)
{
    for (const ColumnKey &each : kColumnKeys) {
        if (each.column == column)
            return each.key;
    }
    return {};
}

int ViewColumns::fromKey(QStringView key)
{
    for (const ColumnKey &each : kColumnKeys) {
        if (key == each.key)
            return each.column;
    }
    return -1;
}

QStringList ViewColumns::allKeys()
{
    QStringList keys;
    for (const ColumnKey &each : kColumnKeys)
        keys.append(each.key);
    return keys;
}

QJsonValue ViewColumns::value(const Orchestration &record, int column)
{
    switch (column) {
    case Table::NameColumn:
        return record.name();
    case Table::ActiveColumn:
        // The table shows nothing for an "active" of the wrong type; so does the file.
        if (hasWarningAt(record, u"active"))
            return QJsonValue::Null;
        return record.isActive();
    case Table::KindColumn:
        switch (record.kind()) {
        case Orchestration::Kind::Bot:
            return QStringLiteral("bot");
        case Orchestration::Kind::Agent:
            return QStringLiteral("agent");
        case Orchestration::Kind::BotAndAgent:
            return QStringLiteral("botAndAgent");
        case Orchestration::Kind::Unknown:
            break;
        }
        return QJsonValue::Null;
    case Table::BotsColumn:
        return record.hasBotConfiguration() ? QJsonValue(qint64(record.bots().size()))
                                            : QJsonValue(QJsonValue::Null);
    case Table::AgentsColumn:
        return record.hasAgentConfiguration() ? QJsonValue(qint64(record.agentIds().size()))
                                              : QJsonValue(QJsonValue::Null);
    case Table::CustomerAppColumn:
        return record.customerId().isEmpty() ? QJsonValue(QJsonValue::Null)
                                             : QJsonValue(record.customerId());
    case Table::ForwardTranscriptColumn:
        if (const auto forward = record.forwardTranscript())
            return *forward;
        return QJsonValue::Null;
    case Table::BypassVaColumn:
        if (const auto minutes = record.bypassVaDurationMinutes())
            return *minutes;
        return QJsonValue::Null;
    case Table::CreatedColumn:
        return dateValue(record.created());
    case Table::ModifiedColumn:
        return dateValue(record.modified());
    case Table::DescriptionColumn:
        return record.hasDescription() ? QJsonValue(record.description())
                                       : QJsonValue(QJsonValue::Null);
    case Table::IdColumn:
        return record.id();
    default:
        return QJsonValue::Undefined;
    }
}

QByteArray ViewColumns::rowJson(const Orchestration &record, const QList<int> &columns)
{
    // Written member by member: QJsonObject would sort the keys, and the view's order counts.
    QByteArray out;
    out.append('{');
    bool first = true;
    for (const int column : columns) {
        const QString name = key(column);
        if (name.isEmpty())
            continue;
        if (!first)
            out.append(',');
        first = false;
        out.append(compactValue(name));
        out.append(':');
        out.append(compactValue(value(record, column)));
    }
    out.append('}');
    return out;
}

// --- ViewFilter ---

ViewFilter ViewFilter::of(const OrchestrationFilterModel *model)
{
    ViewFilter filter;
    if (!model)
        return filter;
    filter.searchText = model->searchText();
    filter.active = model->activeFilter();
    filter.kind = model->kindFilter();
    filter.sortColumn = model->sortColumn();
    filter.sortOrder = model->sortOrder();
    return filter;
}

QList<Orchestration> ViewFilter::applyTo(const QList<Orchestration> &records) const
{
    // The window's own models, not a copy of their rules: the file cannot disagree with them.
    OrchestrationTableModel table;
    table.showRecords(records);
    OrchestrationFilterModel proxy;
    proxy.setSourceModel(&table);
    proxy.setSearchText(searchText);
    proxy.setActiveFilter(active);
    proxy.setKindFilter(kind);
    proxy.sort(sortColumn, sortOrder);
    QList<Orchestration> shown;
    shown.reserve(proxy.rowCount());
    for (int row = 0; row < proxy.rowCount(); ++row)
        shown.append(table.orchestrationAt(proxy.mapToSource(proxy.index(row, 0)).row()));
    return shown;
}

QString activeFilterName(OrchestrationFilterModel::ActiveFilter filter)
{
    switch (filter) {
    case Active::All:
        return QStringLiteral("all");
    case Active::Active:
        return QStringLiteral("active");
    case Active::Inactive:
        return QStringLiteral("inactive");
    }
    return {};
}

QString kindFilterName(OrchestrationFilterModel::KindFilter filter)
{
    switch (filter) {
    case Kind::Any:
        return QStringLiteral("any");
    case Kind::BotOnly:
        return QStringLiteral("botOnly");
    case Kind::AgentOnly:
        return QStringLiteral("agentOnly");
    case Kind::BotAndAgent:
        return QStringLiteral("botAndAgent");
    case Kind::HasBot:
        return QStringLiteral("hasBot");
    case Kind::HasAgent:
        return QStringLiteral("hasAgent");
    }
    return {};
}

QJsonObject ViewFilter::filterJson() const
{
    return QJsonObject {
        {QStringLiteral("text"), searchText},
        {QStringLiteral("active"), activeFilterName(active)},
        {QStringLiteral("kind"), kindFilterName(kind)},
    };
}

QJsonValue ViewFilter::sortJson() const
{
    const QString column = ViewColumns::key(sortColumn);
    if (column.isEmpty())
        return QJsonValue::Null;
    return QJsonObject {
        {QStringLiteral("column"), column},
        {QStringLiteral("order"),
            sortOrder == Qt::AscendingOrder ? QStringLiteral("ascending")
                                            : QStringLiteral("descending")},
    };
}

// --- ViewExport ---

QString ViewExport::scopeName(Scope scope)
{
    switch (scope) {
    case Scope::Page:
        return QStringLiteral("page");
    case Scope::All:
        return QStringLiteral("all");
    case Scope::View:
        return QStringLiteral("view");
    case Scope::Selection:
        return QStringLiteral("selection");
    case Scope::Node:
        return QStringLiteral("node");
    }
    return {};
}

ExportDocument ViewExport::document() const
{
    ExportDocument document;
    const bool columnsContent = content == Content::Columns && scope != Scope::Node;
    if (columnsContent) {
        document.records.reserve(records.size());
        for (const Orchestration &record : records) {
            if (!record.isNull())
                document.records.append(
                    Orchestration::fromJson(ViewColumns::rowJson(record, columns)));
        }
    } else {
        document.records = records;
    }
    const qsizetype written = std::count_if(document.records.cbegin(), document.records.cend(),
        [](const Orchestration &record) { return !record.isNull(); });

    if (scope == Scope::Page && pagination.present) {
        document.pagination = pagination;
    } else {
        // Everything in one page, so the file read as an API page is complete.
        document.pagination.present = true;
        document.pagination.count = written;
        document.pagination.pagenum = 1;
        document.pagination.pagesize = int(written);
    }

    ExportInfo &info = document.info;
    info.exportedAt = exportedAt;
    info.baseUrl = baseUrl;
    info.scope = scopeName(scope);
    info.pagenum = scope == Scope::Page ? pagenum : 0;
    info.pagesize = pagesize;
    info.warnings = warnings;
    QJsonObject &extra = info.extra;
    extra.insert(QStringLiteral("content"),
        columnsContent ? QStringLiteral("columns") : QStringLiteral("records"));
    if (columnsContent) {
        QJsonArray keys;
        for (const int column : columns) {
            const QString name = ViewColumns::key(column);
            if (!name.isEmpty())
                keys.append(name);
        }
        extra.insert(QStringLiteral("columns"), keys);
    }
    extra.insert(QStringLiteral("profile"), profileName);
    if (view && (scope == Scope::View || scope == Scope::Selection)) {
        extra.insert(QStringLiteral("filter"), view->filterJson());
        extra.insert(QStringLiteral("sort"), view->sortJson());
    }
    if (scope == Scope::Node) {
        extra.insert(QStringLiteral("nodePath"), nodePath);
        extra.insert(QStringLiteral("node"), parseValue(nodeJson));
    }
    if (!source.isEmpty())
        extra.insert(QStringLiteral("source"), source);
    return document;
}

QByteArray ViewExport::toBytes() const
{
    return format == Format::Csv ? toCsv() : toJson();
}

QByteArray ViewExport::toJson() const
{
    return document().toJson(style);
}

QByteArray ViewExport::toCsv() const
{
    return CsvRecordWriter(columns).document(records);
}

qint64 ViewExport::estimatedBytes() const
{
    if (format == Format::Csv) {
        constexpr int kSample = 40;
        const CsvRecordWriter writer(columns);
        qint64 sample = 0;
        qint64 count = 0;
        for (const Orchestration &record : records) {
            if (record.isNull())
                continue;
            if (count < kSample)
                sample += writer.row(record).size();
            ++count;
        }
        const qint64 header = writer.begin().size();
        return count == 0 ? header : header + sample * count / std::min<qint64>(count, kSample);
    }
    constexpr qint64 kEnvelope = 640;
    constexpr int kSample = 40;
    const bool columnsContent = content == Content::Columns && scope != Scope::Node;
    qint64 sampleCompact = 0;
    qint64 sampleIndented = 0;
    qint64 total = 0;
    int sampled = 0;
    for (const Orchestration &record : records) {
        if (record.isNull())
            continue;
        if (!columnsContent) {
            total += record.rawJson().size() + 1;
        }
        if (sampled < kSample) {
            const QByteArray compact =
                columnsContent ? ViewColumns::rowJson(record, columns) : record.rawJson();
            sampleCompact += compact.size() + 1;
            if (style == ExportDocument::Style::Indented) {
                QByteArray indented;
                RawJson::appendIndented(indented, compact, 2, 4);
                sampleIndented += indented.size() + 10; // newline, indent and comma between
            }
            ++sampled;
        }
    }
    if (sampled == 0)
        return kEnvelope;
    const qint64 count = std::count_if(records.cbegin(), records.cend(),
        [](const Orchestration &record) { return !record.isNull(); });
    if (columnsContent)
        total = sampleCompact * count / sampled;
    if (style == ExportDocument::Style::Indented)
        total = total * sampleIndented / std::max<qint64>(1, sampleCompact);
    return total + kEnvelope + nodeJson.size() * 2;
}
