#include "models/itemmodels/orchestrationfiltermodel.h"

#include "models/itemmodels/orchestrationtablemodel.h"

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
    QSortFilterProxyModel::setSourceModel(sourceModel);
    if (sourceModel) {
        // The loaded count moves even when every new row is filtered out. Connected after
        // the proxy's own handlers, so the proxy is up to date when we count.
        m_sourceConnections = {
            connect(sourceModel, &QAbstractItemModel::rowsInserted, this,
                &OrchestrationFilterModel::updateCounts),
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
    if (text == m_searchText)
        return;
    m_searchText = text;
    m_needles = text.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (QString &needle : m_needles)
        needle = needle.trimmed();
    m_needles.removeAll(QString());
    invalidateRowsFilter();
    updateCounts();
}

void OrchestrationFilterModel::setActiveFilter(ActiveFilter filter)
{
    if (filter == m_activeFilter)
        return;
    m_activeFilter = filter;
    invalidateRowsFilter();
    updateCounts();
}

void OrchestrationFilterModel::setKindFilter(KindFilter filter)
{
    if (filter == m_kindFilter)
        return;
    m_kindFilter = filter;
    invalidateRowsFilter();
    updateCounts();
}

bool OrchestrationFilterModel::isFiltering() const
{
    return !m_needles.isEmpty() || m_activeFilter != ActiveFilter::All
        || m_kindFilter != KindFilter::Any;
}

void OrchestrationFilterModel::clearFilters()
{
    m_searchText.clear();
    m_needles.clear();
    m_activeFilter = ActiveFilter::All;
    m_kindFilter = KindFilter::Any;
    invalidateRowsFilter();
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
    if (m_needles.isEmpty())
        return true;

    QString fallbackKey;
    const QString *key = nullptr;
    if (m_table) {
        key = &m_table->searchKey(sourceRow);
    } else {
        fallbackKey = sourceModel()
                          ->index(sourceRow, 0, sourceParent)
                          .data(OrchestrationTableModel::SearchTextRole)
                          .toString();
        key = &fallbackKey;
    }
    for (const QString &needle : m_needles) {
        if (!key->contains(needle, Qt::CaseSensitive)) // both sides are already lowercase
            return false;
    }
    return true;
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
