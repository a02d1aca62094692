#pragma once

#include "models/core/orchestration.h"
#include "models/itemmodels/orchestrationloader.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QStringList>

/**
 * The orchestrations of the main window's table: holds the records its OrchestrationLoader
 * delivers and presents them (columns, display, sort and tooltip texts, roles, search keys,
 * reference counts). It fetches nothing itself: loading, paging, the page cache, prefetch,
 * stale replies, refresh and cancel are the loader's (see OrchestrationLoader for what it
 * promises). The loading calls and signals below forward to loader(), so a view and its
 * controls drive one object.
 *
 * A page delivered replaces the rows with one model reset; while the next page is Loading
 * the rows stay (no flicker, selection survives). In All mode the rows are inserted
 * (beginInsertRows) in server order, as the loader delivers them (a few times a second). Rows
 * change before the loader's stateChanged(), pageChanged() and warningsChanged() go out, so a
 * listener of those reads the new rows. After refreshed() a view can restore its selection by id
 * (rowForId()).
 *
 * Missing values are shown as empty text and sort before any value (SortRole gives an invalid
 * QVariant). Rows hold Orchestration values (implicitly shared); the lowercase search keys
 * (SearchTextRole) are built off the UI thread as rows arrive (or on first use, whichever
 * comes first) and kept until the row goes.
 */
class OrchestrationTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        ActiveColumn,
        KindColumn,
        BotsColumn,
        AgentsColumn,
        CustomerAppColumn,
        ForwardTranscriptColumn,
        BypassVaColumn,
        CreatedColumn,
        ModifiedColumn,
        DescriptionColumn,
        IdColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        SortRole = Qt::UserRole
            + 1, ///< typed: QDateTime, int, double, bool, QString; invalid when missing
        IdRole, ///< QString
        OrchestrationRole, ///< QVariant::fromValue(Orchestration)
        ActiveRole, ///< bool
        KindRole, ///< int (Orchestration::Kind)
        WarningCountRole, ///< int: validation warnings of the record
        SearchTextRole, ///< QString: lowercase name, description, id and every nested id
    };
    Q_ENUM(Role)

    using Mode = OrchestrationLoader::Mode;
    using State = OrchestrationLoader::State;

    /// A table with a loader of its own (a child of the model).
    explicit OrchestrationTableModel(QObject *parent = nullptr);

    /// What fetches the rows; owned by the model.
    OrchestrationLoader *loader() const { return m_loader; }

    // --- loading: forwarded to loader() ---
    void setClient(HubClient *client) { m_loader->setClient(client); }
    HubClient *client() const { return m_loader->client(); }
    void setPageSize(int pagesize) { m_loader->setPageSize(pagesize); }
    int pageSize() const { return m_loader->pageSize(); }
    int grantedPageSize() const { return m_loader->grantedPageSize(); }
    void loadPage(int pagenum) { m_loader->loadPage(pagenum); }
    /// The page whose rows are shown (0 before the first page arrived).
    int currentPage() const { return m_loader->currentPage(); }
    int requestedPage() const { return m_loader->requestedPage(); }
    int pageCount() const { return m_loader->pageCount(); }
    qint64 totalCount() const { return m_loader->totalCount(); }
    /// 1-based number of the first row shown among all records; 0 when no rows.
    int firstRecordNumber() const { return m_loader->firstRecordNumber(); }
    /// 1-based number of the last row shown; 0 when no rows.
    int lastRecordNumber() const { return m_loader->lastRecordNumber(); }
    bool isPageCached(int pagenum) const { return m_loader->isPageCached(pagenum); }
    void loadAll() { m_loader->loadAll(); }
    /// Shows @p records as a complete, read-only set (an opened export file); see
    /// OrchestrationLoader::showRecords().
    void showRecords(const QList<Orchestration> &records, const QStringList &warnings = {})
    {
        m_loader->showRecords(records, warnings);
    }
    void cancel() { m_loader->cancel(); }
    void refresh() { m_loader->refresh(); }
    Mode mode() const { return m_loader->mode(); }
    State state() const { return m_loader->state(); }
    const ApiError &lastError() const { return m_loader->lastError(); }
    QStringList warnings() const { return m_loader->warnings(); }

    // --- the rows ---
    /// Rows currently held.
    qint64 loadedCount() const { return m_rows.size(); }
    Orchestration orchestrationAt(int row) const;
    /// The first row holding @p id; -1 when none.
    int rowForId(const QString &id) const;
    /// How many loaded orchestrations reference @p id (their own id or any nested id); counts
    /// the rows not counted yet on the calling thread.
    int countReferences(const QString &id) const;
    /// countReferences() when every row is counted; else the rows not counted yet are counted
    /// off the UI thread (referenceCountsChanged() when they are) and this is the count over
    /// the rows counted so far, or -1 when none is.
    int knownReferences(const QString &id) const;
    /// The lowercase search key of @p row, UTF-8 (see SearchTextRole, SearchKey); built on
    /// first use.
    const QByteArray &searchKey(int row) const;
    /// The rows and their search keys as they are now (null where not built yet), for a
    /// search off the UI thread: implicitly shared copies, the model goes on with its own.
    QList<Orchestration> rowsSnapshot() const { return m_rows; }
    QList<QByteArray> searchKeysSnapshot() const { return m_searchKeys; }
    /// Changes whenever the rows are replaced (not when rows are appended): a snapshot's row
    /// numbers hold while it is the same.
    quint64 rowsEpoch() const { return m_rowsEpoch; }
    /// Whether every row's search key is built.
    bool searchKeysReady() const { return m_keysBuiltUpTo >= m_rows.size(); }
    /// Whether rowForId() looks its rows up in an index (else row by row, while the index is
    /// built off the UI thread after the rows were replaced).
    bool isIdIndexReady() const { return m_rowByIdReady; }

    /// The translated name of @p kind ("Bot", "Agent", "Bot + Agent"); empty for Unknown.
    static QString kindName(Orchestration::Kind kind);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    // Forwarded from loader().
    void stateChanged(OrchestrationLoader::State state);
    /// The rows of page @p pagenum are in the model (Paged mode).
    void pageChanged(int pagenum);
    void progress(qint64 loaded, qint64 total);
    void errorOccurred(const ApiError &error);
    void warningsChanged();
    void aboutToRefresh();
    void refreshed();
    /// What countReferences() answers has changed.
    void referenceCountsChanged();

private:
    void setRows(const QList<Orchestration> &rows);
    void appendRows(const QList<Orchestration> &rows);
    void countReferencesInBackground() const;
    void buildSearchKeysInBackground();
    void indexIdsInBackground();
    QVariant displayData(const Orchestration &record, int column) const;
    QVariant sortData(const Orchestration &record, int column) const;
    QVariant toolTipData(const Orchestration &record, int column) const;

    OrchestrationLoader *const m_loader;
    QList<Orchestration> m_rows;
    mutable QList<QByteArray> m_searchKeys; ///< parallel to m_rows; built as rows arrive
    quint64 m_rowsEpoch = 0;
    qsizetype m_keysBuiltUpTo = 0; ///< rows before this one have their keys
    bool m_buildingKeys = false;
    QHash<QString, int> m_rowById; ///< built off the UI thread after the rows are replaced
    bool m_rowByIdReady = true; ///< else rowForId() looks row by row
    bool m_indexingIds = false;
    mutable QHash<QString, int> m_referenceCounts; ///< built at first use, then as rows come
    mutable qsizetype m_countedRows = 0; ///< m_referenceCounts counts the rows before this
    mutable bool m_countingReferences = false;
};
