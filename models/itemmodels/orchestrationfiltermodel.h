#pragma once

#include <QByteArrayList>
#include <QPointer>
#include <QSortFilterProxyModel>
#include <QString>
#include <atomic>
#include <memory>
#include <vector>

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
 * its cached lowercase search key (SearchKey) without allocating; other sources go through
 * SearchTextRole, ActiveRole and KindRole. A change of the search or a filter re-filters in
 * one pass (one layout change, which a view takes in one go; row-by-row removals made a view
 * of 100,000 rows stall for seconds). setSearchTextInBackground() searches a large table off
 * the UI thread, and typing more of a word searches only the rows that matched before.
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

    /// Searches for @p text at once, on the calling thread.
    void setSearchText(const QString &text);
    /// Searches for @p text: on a large table (backgroundSearchRows() rows or more) off the UI
    /// thread, and the text and the rows shown change together when the search is done
    /// (countsChanged()); a later call or setSearchText() supersedes one still running. On a
    /// small table, or for blank text, as setSearchText().
    void setSearchTextInBackground(const QString &text);
    /// The text whose rows are shown.
    QString searchText() const { return m_searchText; }
    /// The text last asked for: searchText(), or the one a background search is working on.
    QString requestedSearchText() const { return m_requestedText; }
    static constexpr int backgroundSearchRows() { return 20'000; }
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
    struct SearchResult;
    void applySearch(const QString &text, const QByteArrayList &needles);
    bool matchesSearch(int sourceRow, const QModelIndex &sourceParent) const;
    void refilter();
    void updateCounts();

    QPointer<OrchestrationTableModel> m_table;
    QList<QMetaObject::Connection> m_sourceConnections;
    QString m_searchText;
    QString m_requestedText;
    QByteArrayList m_needles; ///< lowercase UTF-8 words of the search text (SearchKey)
    /// Whether each of the table's first rows matches m_needles, from a background search;
    /// rows after them (appended since) are tested as they come.
    std::vector<bool> m_matches;
    /// The newest background search; an older one sees it changed and stops.
    std::shared_ptr<std::atomic<quint64>> m_searchGeneration;
    ActiveFilter m_activeFilter = ActiveFilter::All;
    KindFilter m_kindFilter = KindFilter::Any;
    int m_lastShown = -1;
    int m_lastLoaded = -1;
};
