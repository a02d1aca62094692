#pragma once

#include "models/core/exportwriter.h"
#include "models/core/orchestrationdiff.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QWidget>

class ExportWriteJob;
class QCheckBox;
class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QTableView;
class QTreeWidget;
class QTreeWidgetItem;

/**
 * The records of an OrchestrationDiff as a table: Change (Added, Removed, Changed), Name,
 * ID and how many fields differ. KindRole gives "added", "removed" or "changed" for filtering.
 */
class DiffListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { ChangeColumn, NameColumn, FieldsColumn, IdColumn, ColumnCount };
    enum Role { KindRole = Qt::UserRole + 1 };

    explicit DiffListModel(QObject *parent = nullptr);
    void setDiff(const OrchestrationDiff &diff);
    const OrchestrationDiff &diff() const { return m_diff; }
    const RecordChange *changeAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    OrchestrationDiff m_diff;
};

/// One side of a compare: its records and how it is named to the user.
struct CompareSide
{
    QList<Orchestration> records;
    QString name; ///< short, for column headers: a file name, or "Live"
    QString description; ///< long: what it is and when it was taken
};

/**
 * Compare: two sets of orchestrations (a snapshot and live data, or two snapshots) side by
 * side. On the left the records added, removed and changed (a Change column and a filter);
 * on the right the selected record old and new in one tree with Field / Old / New columns,
 * fields in the records' own order, rows that differ highlighted (changed, added, removed),
 * and optionally only the rows that differ.
 *
 * Which side is old is always said: the summary names both ("Old: …", "New: …") and the
 * Old / New column headers carry the sides' names. Swap sides recomputes the differences
 * the other way round. The selected records' differences can be copied (Ctrl+C, as text like
 * the diff command's) and the whole result exported as JSON (the diff command's --json
 * document, with the two sides' descriptions), written all or nothing off the UI thread.
 * Escape and Ctrl+W close the window.
 */
class CompareWindow : public QWidget
{
    Q_OBJECT
public:
    enum class RowState { Same, Changed, Added, Removed };

    /// Field / Old / New rows carry their state here (int RowState) and their path in PathRole.
    static constexpr int StateRole = Qt::UserRole + 1;
    static constexpr int PathRole = Qt::UserRole + 2;

    CompareWindow(
        const CompareSide &oldSide, const CompareSide &newSide, QWidget *parent = nullptr);
    /// Records paired as @p match says; by name (two tenants), the ids are shown side by
    /// side, not as a difference, and names carried twice on a side are listed in the summary.
    CompareWindow(const CompareSide &oldSide, const CompareSide &newSide,
        OrchestrationDiff::Match match, QWidget *parent = nullptr);
    ~CompareWindow() override;

    const CompareSide &oldSide() const { return m_old; }
    const CompareSide &newSide() const { return m_new; }

    QTableView *changesView() const { return m_view; }
    QTreeWidget *sideBySide() const { return m_tree; }
    QComboBox *kindFilter() const { return m_kind; }
    DiffListModel *listModel() const { return m_model; }
    QString summaryText() const;

    /// Selects the record with @p id in the list (and shows it side by side).
    bool selectId(const QString &id);
    /// The side-by-side row at @p path (e.g. "applications.botConfiguration.bots[0].id").
    QTreeWidgetItem *itemForPath(const QString &path) const;

    /// Old becomes new and new old; the record selected stays selected.
    void swapSides();
    /// The selected records' differences as text: "~ name (id)" then "    path: old -> new"
    /// per field; from the side-by-side tree, when it has the focus, its selected rows as
    /// tab-separated Field / Old / New.
    QString selectedDifferencesText() const;
    /// Puts selectedDifferencesText() on the clipboard.
    void copySelection();
    /// The whole result as a JSON document (see the class comment).
    QByteArray resultJson() const;
    /// Asks for a file, then exportResultTo().
    void askToExport();
    /// Writes resultJson() to @p path in a worker thread; exportFinished() follows.
    void exportResultTo(const QString &path);

signals:
    void exportFinished(const ExportWriteResult &result);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rebuild();
    void showChange(const QModelIndex &current);
    void applyOnlyDifferences();
    void recolour();
    void sizeTreeColumns();

    CompareSide m_old;
    CompareSide m_new;
    OrchestrationDiff::Match m_match = OrchestrationDiff::Match::Id;
    DiffListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLabel *m_summary;
    QComboBox *m_kind;
    QCheckBox *m_onlyDifferences;
    QTableView *m_view;
    QLabel *m_recordTitle;
    QTreeWidget *m_tree;
    QLabel *m_status;
    QPointer<ExportWriteJob> m_writeJob;
};
