#pragma once

#include <QPointer>
#include <QSortFilterProxyModel>
#include <QString>

class OrchestrationTableModel;

/**
 * Search, filters and sorting over an OrchestrationTableModel for the main window's table.
 *
 * The search text matches, case-insensitively, a record's name, description, id and every
 * id nested in it (Orchestration::referencedIds()): pasting a participant or agent UUID
 * shows every orchestration that references it. Several words must all match (in any
 * field). Filters combine with AND. Sorting uses the source's SortRole (typed values; a
 * missing value sorts first) and is stable: equal values keep the source order.
 *
 * Fast on large tables: with an OrchestrationTableModel as source, rows are tested against
 * its cached lowercase search key without allocating; other sources go through
 * SearchTextRole, ActiveRole and KindRole.
 */
class OrchestrationFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class ActiveFilter { All, Active, Inactive };
    Q_ENUM(ActiveFilter)

    /// Exact kinds (BotOnly, AgentOnly, BotAndAgent) or "has" kinds (HasBot includes Bot + Agent).
    enum class KindFilter { Any, BotOnly, AgentOnly, BotAndAgent, HasBot, HasAgent };
    Q_ENUM(KindFilter)

    explicit OrchestrationFilterModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *sourceModel) override;

    void setSearchText(const QString &text);
    QString searchText() const { return m_searchText; }
    void setActiveFilter(ActiveFilter filter);
    ActiveFilter activeFilter() const { return m_activeFilter; }
    void setKindFilter(KindFilter filter);
    KindFilter kindFilter() const { return m_kindFilter; }
    /// Whether any search text or filter is in force.
    bool isFiltering() const;
    /// Search text cleared, every filter back to all.
    void clearFilters();

    /// Rows shown (after filtering).
    int shownCount() const;
    /// Rows in the source model.
    int loadedCount() const;

signals:
    /// "N shown of M loaded" changed.
    void countsChanged(int shown, int loaded);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void updateCounts();

    QPointer<OrchestrationTableModel> m_table;
    QList<QMetaObject::Connection> m_sourceConnections;
    QString m_searchText;
    QStringList m_needles; ///< lowercase words of the search text
    ActiveFilter m_activeFilter = ActiveFilter::All;
    KindFilter m_kindFilter = KindFilter::Any;
    int m_lastShown = -1;
    int m_lastLoaded = -1;
};
