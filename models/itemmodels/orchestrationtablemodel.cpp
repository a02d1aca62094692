#include "models/itemmodels/orchestrationtablemodel.h"

#include "models/core/backgroundtask.h"
#include "models/core/localeformat.h"
#include "models/itemmodels/searchkey.h"

#include <QLocale>
#include <algorithm>
#include <memory>

namespace {

QString yesNo(bool value)
{
    return value ? OrchestrationTableModel::tr("Yes") : OrchestrationTableModel::tr("No");
}

QString localDateText(const QDateTime &dateTime)
{
    return LocaleFormat::dateTime(dateTime);
}

QString utcDateText(const QDateTime &dateTime)
{
    if (!dateTime.isValid())
        return {};
    return dateTime.toUTC().toString(Qt::ISODateWithMs);
}

/// Whether the record lacks @p path or has it with the wrong type (a warning names it).
bool hasWarningAt(const Orchestration &record, QStringView path)
{
    const QList<ValidationWarning> warnings = record.warnings();
    return std::any_of(warnings.cbegin(), warnings.cend(),
        [path](const ValidationWarning &warning) { return warning.path == path; });
}

bool isNumericColumn(int column)
{
    return column == OrchestrationTableModel::BotsColumn
        || column == OrchestrationTableModel::AgentsColumn
        || column == OrchestrationTableModel::BypassVaColumn;
}

} // namespace

OrchestrationTableModel::OrchestrationTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_loader(new OrchestrationLoader(this))
{
    using Loader = OrchestrationLoader;
    connect(m_loader, &Loader::recordsReplaced, this, &OrchestrationTableModel::setRows);
    connect(m_loader, &Loader::recordsAppended, this, &OrchestrationTableModel::appendRows);
    connect(m_loader, &Loader::stateChanged, this, &OrchestrationTableModel::stateChanged);
    connect(m_loader, &Loader::pageChanged, this, &OrchestrationTableModel::pageChanged);
    connect(m_loader, &Loader::progress, this, &OrchestrationTableModel::progress);
    connect(m_loader, &Loader::errorOccurred, this, &OrchestrationTableModel::errorOccurred);
    connect(m_loader, &Loader::warningsChanged, this, &OrchestrationTableModel::warningsChanged);
    connect(m_loader, &Loader::aboutToRefresh, this, &OrchestrationTableModel::aboutToRefresh);
    connect(m_loader, &Loader::refreshed, this, &OrchestrationTableModel::refreshed);
}

Orchestration OrchestrationTableModel::orchestrationAt(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return {};
    return m_rows.at(row);
}

int OrchestrationTableModel::rowForId(const QString &id) const
{
    if (m_rowByIdReady)
        return m_rowById.value(id, -1);
    // Until the index is built (off the UI thread, a few hundred milliseconds for 100,000
    // rows), a scan: about a millisecond for as many.
    const auto found = std::find_if(m_rows.cbegin(), m_rows.cend(),
        [&id](const Orchestration &record) { return record.id() == id; });
    return found == m_rows.cend() ? -1 : int(found - m_rows.cbegin());
}

namespace {

using ReferenceCounts = QHash<QString, int>;

/// Adds the ids that rows [@p first, @p end) of @p rows reference (each its own id too) to
/// @p counts.
void addReferences(
    const QList<Orchestration> &rows, qsizetype first, qsizetype end, ReferenceCounts &counts)
{
    for (qsizetype row = first; row < end; ++row) {
        const Orchestration &record = rows.at(row);
        QStringList ids = record.referencedIds();
        if (!record.id().isEmpty() && !ids.contains(record.id()))
            ids.append(record.id());
        for (const QString &each : std::as_const(ids))
            ++counts[each];
    }
}

/// Notes in @p rowById the row of each id in rows [@p first, @p end) of @p rows. A repeated
/// id (a server that pages badly) keeps pointing at its first row.
void indexIds(
    const QList<Orchestration> &rows, qsizetype first, qsizetype end, QHash<QString, int> &rowById)
{
    for (qsizetype row = first; row < end; ++row) {
        const QString id = rows.at(row).id();
        if (!rowById.contains(id))
            rowById.insert(id, int(row));
    }
}

} // namespace

int OrchestrationTableModel::countReferences(const QString &id) const
{
    if (id.isEmpty())
        return 0;
    if (m_countedRows < m_rows.size()) {
        addReferences(m_rows, m_countedRows, m_rows.size(), m_referenceCounts);
        m_countedRows = m_rows.size();
    }
    return m_referenceCounts.value(id, 0);
}

int OrchestrationTableModel::knownReferences(const QString &id) const
{
    if (m_countedRows == m_rows.size() || id.isEmpty())
        return countReferences(id);
    countReferencesInBackground();
    // While rows arrive, the counts of those counted so far rather than none.
    return m_countedRows > 0 ? m_referenceCounts.value(id, 0) : -1;
}

void OrchestrationTableModel::countReferencesInBackground() const
{
    if (m_countingReferences)
        return;
    m_countingReferences = true;
    // Only the rows not counted yet: while a load-all appends, a batch at a time.
    struct Counted
    {
        quint64 epoch;
        qsizetype first;
        qsizetype end;
        ReferenceCounts counts;
    };
    auto *self = const_cast<OrchestrationTableModel *>(this); // the continuation's context
    runInBackground(
        self,
        [rows = m_rows, counts = m_referenceCounts, first = m_countedRows, epoch = m_rowsEpoch] {
            // The counts so far and the new rows' added to them here, where growing the hash
            // costs the UI thread nothing; shared, so the continuation takes them, no copy.
            auto counted = std::make_shared<Counted>(Counted {epoch, first, rows.size(), counts});
            addReferences(rows, first, rows.size(), counted->counts);
            return counted;
        },
        [self](const std::shared_ptr<Counted> &counted) {
            self->m_countingReferences = false;
            if (counted->epoch != self->m_rowsEpoch || counted->first != self->m_countedRows) {
                if (self->m_countedRows < self->m_rows.size())
                    self->countReferencesInBackground(); // the rows changed meanwhile
                return;
            }
            // The counts replaced are freed off the UI thread too.
            backgroundPool()->start([old = std::exchange(self->m_referenceCounts,
                                         std::move(counted->counts))]() mutable { old = {}; });
            self->m_countedRows = counted->end;
            emit self->referenceCountsChanged();
        });
}

const QByteArray &OrchestrationTableModel::searchKey(int row) const
{
    static const QByteArray none;
    if (row < 0 || row >= m_rows.size())
        return none;
    QByteArray &key = m_searchKeys[row];
    if (key.isNull())
        key = SearchKey::of(m_rows.at(row));
    return key;
}

QString OrchestrationTableModel::kindName(Orchestration::Kind kind)
{
    switch (kind) {
    case Orchestration::Kind::Bot:
        return tr("Bot");
    case Orchestration::Kind::Agent:
        return tr("Agent");
    case Orchestration::Kind::BotAndAgent:
        return tr("Bot + Agent");
    case Orchestration::Kind::Unknown:
        break;
    }
    return {};
}

int OrchestrationTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OrchestrationTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OrchestrationTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Orchestration &record = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(record, index.column());
    case Qt::ToolTipRole:
        return toolTipData(record, index.column());
    case Qt::TextAlignmentRole:
        if (isNumericColumn(index.column()))
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case SortRole:
        return sortData(record, index.column());
    case IdRole:
        return record.id();
    case OrchestrationRole:
        return QVariant::fromValue(record);
    case ActiveRole:
        return record.isActive();
    case KindRole:
        return int(record.kind());
    case WarningCountRole:
        return int(record.warnings().size());
    case SearchTextRole:
        return QString::fromUtf8(searchKey(index.row()));
    default:
        return {};
    }
}

QVariant OrchestrationTableModel::displayData(const Orchestration &record, int column) const
{
    switch (column) {
    case NameColumn:
        return record.name();
    case ActiveColumn:
        if (hasWarningAt(record, u"active"))
            return QString();
        return yesNo(record.isActive());
    case KindColumn:
        return kindName(record.kind());
    case BotsColumn:
        if (!record.hasBotConfiguration())
            return QString();
        return QLocale().toString(record.bots().size());
    case AgentsColumn:
        if (!record.hasAgentConfiguration())
            return QString();
        return QLocale().toString(record.agentIds().size());
    case CustomerAppColumn:
        return record.customerId();
    case ForwardTranscriptColumn:
        if (const auto forward = record.forwardTranscript())
            return yesNo(*forward);
        return QString();
    case BypassVaColumn:
        if (const auto minutes = record.bypassVaDurationMinutes())
            return QLocale().toString(*minutes, 'g', QLocale::FloatingPointShortest);
        return QString();
    case CreatedColumn:
        return localDateText(record.created());
    case ModifiedColumn:
        return localDateText(record.modified());
    case DescriptionColumn: {
        // One line in the table; the tooltip has it in full.
        QString text = record.description();
        text.replace(QLatin1Char('\n'), QLatin1Char(' '));
        return text;
    }
    case IdColumn:
        return record.id();
    default:
        return {};
    }
}

QVariant OrchestrationTableModel::sortData(const Orchestration &record, int column) const
{
    switch (column) {
    case NameColumn:
        return record.name();
    case ActiveColumn:
        if (hasWarningAt(record, u"active"))
            return {};
        return record.isActive();
    case KindColumn:
        return int(record.kind());
    case BotsColumn:
        return record.hasBotConfiguration() ? QVariant(int(record.bots().size())) : QVariant();
    case AgentsColumn:
        return record.hasAgentConfiguration() ? QVariant(int(record.agentIds().size()))
                                              : QVariant();
    case CustomerAppColumn:
        return record.customerId().isEmpty() ? QVariant() : QVariant(record.customerId());
    case ForwardTranscriptColumn:
        if (const auto forward = record.forwardTranscript())
            return *forward;
        return {};
    case BypassVaColumn:
        if (const auto minutes = record.bypassVaDurationMinutes())
            return *minutes;
        return {};
    case CreatedColumn:
        return record.created().isValid() ? QVariant(record.created()) : QVariant();
    case ModifiedColumn:
        return record.modified().isValid() ? QVariant(record.modified()) : QVariant();
    case DescriptionColumn:
        return record.hasDescription() ? QVariant(record.description()) : QVariant();
    case IdColumn:
        return record.id();
    default:
        return {};
    }
}

QVariant OrchestrationTableModel::toolTipData(const Orchestration &record, int column) const
{
    QString tip;
    switch (column) {
    case CreatedColumn:
        tip = utcDateText(record.created());
        break;
    case ModifiedColumn:
        tip = utcDateText(record.modified());
        break;
    case DescriptionColumn:
        tip = record.description();
        break;
    case NameColumn:
        tip = record.name();
        break;
    case IdColumn:
        tip = record.id();
        break;
    case CustomerAppColumn:
        tip = record.customerId();
        break;
    case BypassVaColumn:
        if (const auto minutes = record.bypassVaDurationMinutes())
            tip = tr("A customer returning within %1 minutes goes straight to an agent")
                      .arg(QLocale().toString(*minutes, 'g', QLocale::FloatingPointShortest));
        break;
    default:
        break;
    }
    const QList<ValidationWarning> warnings = record.warnings();
    if (!warnings.isEmpty()) {
        if (!tip.isEmpty())
            tip += QLatin1String("\n\n");
        tip += tr("%n warning(s):", nullptr, int(warnings.size()));
        for (const ValidationWarning &warning : warnings) {
            tip += QLatin1String("\n\u2022 ");
            if (!warning.path.isEmpty())
                tip += warning.path % QLatin1String(": ");
            tip += warning.message;
        }
    }
    if (tip.isEmpty())
        return {};
    return tip;
}

QVariant OrchestrationTableModel::headerData(
    int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case NameColumn:
            return tr("Name");
        case ActiveColumn:
            return tr("Active");
        case KindColumn:
            return tr("Kind");
        case BotsColumn:
            return tr("Bots");
        case AgentsColumn:
            return tr("Agents");
        case CustomerAppColumn:
            return tr("Customer app");
        case ForwardTranscriptColumn:
            return tr("Forward transcript");
        case BypassVaColumn:
            return tr("Bypass VA (min)");
        case CreatedColumn:
            return tr("Created");
        case ModifiedColumn:
            return tr("Modified");
        case DescriptionColumn:
            return tr("Description");
        case IdColumn:
            return tr("ID");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case NameColumn:
            return tr("The orchestration's name");
        case ActiveColumn:
            return tr("Whether the orchestration is active");
        case KindColumn:
            return tr("Bot: a virtual assistant only; Agent: live agents only; Bot + Agent: both");
        case BotsColumn:
            return tr("Number of bots in the bot configuration");
        case AgentsColumn:
            return tr("Number of agents in the agent configuration");
        case CustomerAppColumn:
            return tr("ID of the customer client application (custom channels)");
        case ForwardTranscriptColumn:
            return tr("Whether the transcript goes to an eGain agent when the virtual assistant "
                      "session was not escalated");
        case BypassVaColumn:
            return tr(
                "Minutes within which a returning customer bypasses the virtual assistant (VA) "
                "and goes straight to an agent");
        case CreatedColumn:
            return tr("When it was created (local time; UTC in the cell's tooltip)");
        case ModifiedColumn:
            return tr("When it was last modified (local time; UTC in the cell's tooltip)");
        case DescriptionColumn:
            return tr("The orchestration's description");
        case IdColumn:
            return tr("The orchestration's unique ID");
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && isNumericColumn(section))
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    return QAbstractTableModel::headerData(section, orientation, role);
}

QHash<int, QByteArray> OrchestrationTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(SortRole, "sortValue");
    names.insert(IdRole, "orchestrationId");
    names.insert(OrchestrationRole, "orchestration");
    names.insert(ActiveRole, "active");
    names.insert(KindRole, "kind");
    names.insert(WarningCountRole, "warningCount");
    names.insert(SearchTextRole, "searchText");
    return names;
}

// --- the rows, as the loader delivers them ---

void OrchestrationTableModel::setRows(const QList<Orchestration> &rows)
{
    beginResetModel();
    // The rows replaced are freed off the UI thread: 100,000 records took a third of a second.
    // Records are immutable and their sharing is thread-safe, so a copy elsewhere stays valid.
    backgroundPool()->start(
        [oldRows = std::exchange(m_rows, rows), oldKeys = std::exchange(m_searchKeys, {}),
            oldIds = std::exchange(m_rowById, {}),
            oldCounts = std::exchange(m_referenceCounts, {})]() mutable {
            oldRows = {};
            oldKeys = {};
            oldIds = {};
            oldCounts = {};
        });
    ++m_rowsEpoch;
    m_keysBuiltUpTo = 0;
    m_searchKeys = QList<QByteArray>(m_rows.size());
    m_rowByIdReady = m_rows.isEmpty();
    m_countedRows = 0;
    endResetModel();
    indexIdsInBackground();
    buildSearchKeysInBackground();
}

void OrchestrationTableModel::appendRows(const QList<Orchestration> &rows)
{
    if (rows.isEmpty())
        return;
    const int first = int(m_rows.size());
    const int last = first + int(rows.size()) - 1;
    beginInsertRows(QModelIndex(), first, last);
    m_rows.append(rows);
    m_searchKeys.resize(m_rows.size());
    if (m_rowByIdReady) {
        // Room for every record announced at once: growing the index as batches arrive
        // rehashed all of it now and then, a stall of up to 100 ms at 100,000 rows.
        m_rowById.reserve(std::max<qsizetype>(m_rows.size(), m_loader->totalCount()));
        indexIds(m_rows, first, last + 1, m_rowById);
    }
    // The new rows' references are counted off the UI thread when next asked for: counted
    // here (every id of a few thousand records) a batch stalled the window 30-100 ms.
    endInsertRows();
    buildSearchKeysInBackground();
}

void OrchestrationTableModel::indexIdsInBackground()
{
    if (m_indexingIds || m_rowByIdReady)
        return;
    m_indexingIds = true;
    struct Index
    {
        quint64 epoch;
        qsizetype rows;
        QHash<QString, int> rowById;
    };
    runInBackground(
        this,
        [rows = m_rows, epoch = m_rowsEpoch] {
            Index index {epoch, rows.size(), {}};
            index.rowById.reserve(rows.size());
            indexIds(rows, 0, rows.size(), index.rowById);
            return index;
        },
        [this](const Index &index) {
            m_indexingIds = false;
            if (index.epoch != m_rowsEpoch) {
                indexIdsInBackground();
                return;
            }
            m_rowById = index.rowById;
            indexIds(m_rows, index.rows, m_rows.size(), m_rowById); // appended since
            m_rowByIdReady = true;
        });
}

void OrchestrationTableModel::buildSearchKeysInBackground()
{
    // Off the UI thread: built there, the keys of 100,000 rows took seconds at the first
    // search (or a stall per page while loading). One builder at a time; when it is done it
    // looks again for rows that arrived meanwhile.
    if (m_buildingKeys || m_keysBuiltUpTo >= m_rows.size())
        return;
    m_buildingKeys = true;
    struct Built
    {
        quint64 epoch;
        qsizetype first;
        QList<QByteArray> keys;
    };
    runInBackground(
        this,
        [rows = m_rows, first = m_keysBuiltUpTo, epoch = m_rowsEpoch] {
            Built built {epoch, first, {}};
            built.keys.reserve(rows.size() - first);
            for (qsizetype row = first; row < rows.size(); ++row)
                built.keys.append(SearchKey::of(rows.at(row)));
            return built;
        },
        [this](const Built &built) {
            m_buildingKeys = false;
            if (built.epoch == m_rowsEpoch) {
                for (qsizetype i = 0; i < built.keys.size(); ++i) {
                    QByteArray &key = m_searchKeys[built.first + i];
                    if (key.isNull())
                        key = built.keys.at(i);
                }
                m_keysBuiltUpTo = built.first + built.keys.size();
            }
            buildSearchKeysInBackground();
        });
}
