#include "models/itemmodels/orchestrationfiltermodel.h"

#include "models/core/backgroundtask.h"
#include "models/itemmodels/orchestrationtablemodel.h"
#include "models/itemmodels/searchkey.h"

#include <QDateTime>

namespace {

bool kindAccepted(OrchestrationFilterModel::KindFilter filter, Orchestration::Kind kind)
{
    using Filter = OrchestrationFilterModel::KindFilter;
    using Kind = Orchestration::Kind;
    switch (filter) {
    case Filter::Any:
        return true;
    case Filter::BotOnly:
        return kind == Kind::Bot;
    case Filter::AgentOnly:
        return kind == Kind::Agent;
    case Filter::BotAndAgent:
        return kind == Kind::BotAndAgent;
    case Filter::HasBot:
        return kind == Kind::Bot || kind == Kind::BotAndAgent;
    case Filter::HasAgent:
        return kind == Kind::Agent || kind == Kind::BotAndAgent;
    }
    return true;
}

} // namespace

OrchestrationFilterModel::OrchestrationFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_searchGeneration(std::make_shared<std::atomic<quint64>>(0))
{
    setSortRole(OrchestrationTableModel::SortRole);
    setDynamicSortFilter(true);
    connect(this, &QAbstractItemModel::rowsInserted, this, &OrchestrationFilterModel::updateCounts);
    connect(this, &QAbstractItemModel::rowsRemoved, this, &OrchestrationFilterModel::updateCounts);
    connect(this, &QAbstractItemModel::modelReset, this, &OrchestrationFilterModel::updateCounts);
    connect(
        this, &QAbstractItemModel::layoutChanged, this, &OrchestrationFilterModel::updateCounts);
}

void OrchestrationFilterModel::setSourceModel(QAbstractItemModel *sourceModel)
{
    if (sourceModel == this->sourceModel())
        return;
    for (const QMetaObject::Connection &connection : std::as_const(m_sourceConnections))
        disconnect(connection);
    m_sourceConnections.clear();
    m_table = qobject_cast<OrchestrationTableModel *>(sourceModel);
    m_matches = {};
    QSortFilterProxyModel::setSourceModel(sourceModel);
    if (sourceModel) {
        // The loaded count moves even when every new row is filtered out. Connected after
        // the proxy's own handlers, so the proxy is up to date when we count.
        m_sourceConnections = {
            connect(sourceModel, &QAbstractItemModel::rowsInserted, this,
                &OrchestrationFilterModel::updateCounts),
            // The background search's row numbers hold until rows are replaced or removed.
            connect(sourceModel, &QAbstractItemModel::modelReset, this, [this] { m_matches = {}; }),
            connect(
                sourceModel, &QAbstractItemModel::rowsRemoved, this, [this] { m_matches = {}; }),
            connect(sourceModel, &QAbstractItemModel::rowsInserted, this,
                [this](const QModelIndex &, int first) {
                    if (first < qsizetype(m_matches.size()))
                        m_matches = {};
                }),
            connect(sourceModel, &QAbstractItemModel::rowsRemoved, this,
                &OrchestrationFilterModel::updateCounts),
            connect(sourceModel, &QAbstractItemModel::modelReset, this,
                &OrchestrationFilterModel::updateCounts),
        };
    }
    updateCounts();
}

void OrchestrationFilterModel::setSearchText(const QString &text)
{
    ++*m_searchGeneration; // a background search still running is moot
    m_requestedText = text;
    if (text == m_searchText)
        return;
    m_matches = {};
    applySearch(text, SearchKey::needles(text));
}

struct OrchestrationFilterModel::SearchResult
{
    quint64 generation = 0;
    bool cancelled = false;
    std::vector<bool> matches;
};

void OrchestrationFilterModel::setSearchTextInBackground(const QString &text)
{
    if (text == m_requestedText)
        return;
    const QByteArrayList needles = SearchKey::needles(text);
    if (!m_table || needles.isEmpty() || m_table->rowCount() < backgroundSearchRows()) {
        setSearchText(text);
        return;
    }
    m_requestedText = text;
    const quint64 generation = ++*m_searchGeneration;
    // Typing more of a word: only the rows that matched the shorter text can match.
    std::vector<bool> candidates;
    if (!m_needles.isEmpty() && SearchKey::narrows(needles, m_needles))
        candidates = m_matches;
    const quint64 epoch = m_table->rowsEpoch();
    runInBackground(
        this,
        [rows = m_table->rowsSnapshot(), keys = m_table->searchKeysSnapshot(), needles,
            candidates = std::move(candidates), generation, current = m_searchGeneration] {
            SearchResult result;
            result.generation = generation;
            result.matches.assign(size_t(rows.size()), false);
            for (qsizetype row = 0; row < rows.size(); ++row) {
                if ((row & 1023) == 0 && current->load() != generation) {
                    result.cancelled = true;
                    break;
                }
                if (size_t(row) < candidates.size() && !candidates[size_t(row)])
                    continue;
                const QByteArray &built = keys.at(row);
                result.matches[size_t(row)] = SearchKey::matches(
                    built.isNull() ? SearchKey::of(rows.at(row)) : built, needles);
            }
            return result;
        },
        [this, text, needles, epoch](const SearchResult &result) {
            if (result.cancelled || result.generation != m_searchGeneration->load())
                return;
            if (!m_table || m_table->rowsEpoch() != epoch) {
                // The rows were replaced meanwhile: search the new ones.
                m_requestedText.clear();
                setSearchTextInBackground(text);
                return;
            }
            m_matches = result.matches;
            applySearch(text, needles);
        });
}

void OrchestrationFilterModel::applySearch(const QString &text, const QByteArrayList &needles)
{
    m_searchText = text;
    m_needles = needles;
    refilter();
    updateCounts();
}

void OrchestrationFilterModel::setActiveFilter(ActiveFilter filter)
{
    if (filter == m_activeFilter)
        return;
    m_activeFilter = filter;
    refilter();
    updateCounts();
}

void OrchestrationFilterModel::setKindFilter(KindFilter filter)
{
    if (filter == m_kindFilter)
        return;
    m_kindFilter = filter;
    refilter();
    updateCounts();
}

void OrchestrationFilterModel::refilter()
{
    // One layout change rather than invalidateRowsFilter()'s removal and insertion per run of
    // rows: a view handles each of those in time proportional to its rows, so a search over
    // 100,000 rows that left every other one stalled the window for seconds.
    invalidate();
}

bool OrchestrationFilterModel::isFiltering() const
{
    return !m_needles.isEmpty() || m_activeFilter != ActiveFilter::All
        || m_kindFilter != KindFilter::Any;
}

void OrchestrationFilterModel::clearFilters()
{
    ++*m_searchGeneration;
    m_searchText.clear();
    m_requestedText.clear();
    m_needles.clear();
    m_matches = {};
    m_activeFilter = ActiveFilter::All;
    m_kindFilter = KindFilter::Any;
    refilter();
    updateCounts();
}

int OrchestrationFilterModel::shownCount() const
{
    return rowCount();
}

int OrchestrationFilterModel::loadedCount() const
{
    return sourceModel() ? sourceModel()->rowCount() : 0;
}

bool OrchestrationFilterModel::filterAcceptsRow(
    int sourceRow, const QModelIndex &sourceParent) const
{
    if (!isFiltering())
        return true;
    bool active = false;
    Orchestration::Kind kind = Orchestration::Kind::Unknown;
    if (m_table) {
        if (m_activeFilter != ActiveFilter::All || m_kindFilter != KindFilter::Any) {
            const Orchestration record = m_table->orchestrationAt(sourceRow);
            active = record.isActive();
            kind = record.kind();
        }
    } else {
        const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
        active = index.data(OrchestrationTableModel::ActiveRole).toBool();
        kind = Orchestration::Kind(index.data(OrchestrationTableModel::KindRole).toInt());
    }
    if (m_activeFilter == ActiveFilter::Active && !active)
        return false;
    if (m_activeFilter == ActiveFilter::Inactive && active)
        return false;
    if (!kindAccepted(m_kindFilter, kind))
        return false;
    return m_needles.isEmpty() || matchesSearch(sourceRow, sourceParent);
}

bool OrchestrationFilterModel::matchesSearch(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_table) {
        if (size_t(sourceRow) < m_matches.size())
            return m_matches[size_t(sourceRow)];
        return SearchKey::matches(m_table->searchKey(sourceRow), m_needles);
    }
    const QByteArray key = sourceModel()
                               ->index(sourceRow, 0, sourceParent)
                               .data(OrchestrationTableModel::SearchTextRole)
                               .toString()
                               .toUtf8();
    return SearchKey::matches(key, m_needles);
}

namespace {

/// -1, 0 or 1 as @p l sorts before, with or after @p r; a missing (invalid) value first.
int compareSortValues(const QVariant &l, const QVariant &r)
{
    if (!l.isValid() || !r.isValid())
        return int(l.isValid()) - int(r.isValid());
    const auto sign = [](auto a, auto b) { return a < b ? -1 : (b < a ? 1 : 0); };
    const int type = l.typeId();
    if (type != r.typeId())
        return sign(l.toString(), r.toString());
    switch (type) {
    case QMetaType::QString: {
        const int order = QString::compare(l.toString(), r.toString(), Qt::CaseInsensitive);
        return order < 0 ? -1 : (order > 0 ? 1 : 0);
    }
    case QMetaType::QDateTime:
        return sign(l.toDateTime(), r.toDateTime());
    case QMetaType::Bool:
        return sign(int(l.toBool()), int(r.toBool()));
    case QMetaType::Int:
    case QMetaType::LongLong:
        return sign(l.toLongLong(), r.toLongLong());
    case QMetaType::Double:
        return sign(l.toDouble(), r.toDouble());
    default: {
        const QPartialOrdering order = QVariant::compare(l, r);
        return order == QPartialOrdering::Less ? -1 : (order == QPartialOrdering::Greater ? 1 : 0);
    }
    }
}

} // namespace

bool OrchestrationFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const int order = compareSortValues(left.data(sortRole()), right.data(sortRole()));
    if (order != 0)
        return order < 0;
    // Equal values keep the source (server) order in either direction, whatever the sort
    // before: the proxy sorts descending by asking lessThan(right, left).
    return sortOrder() == Qt::AscendingOrder ? left.row() < right.row() : left.row() > right.row();
}

void OrchestrationFilterModel::updateCounts()
{
    const int shown = shownCount();
    const int loaded = loadedCount();
    if (shown == m_lastShown && loaded == m_lastLoaded)
        return;
    m_lastShown = shown;
    m_lastLoaded = loaded;
    emit countsChanged(shown, loaded);
}
