#pragma once

#include "models/core/orchestrationdiff.h"

#include <QAbstractTableModel>
#include <QWidget>

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

/**
 * Compare: two sets of orchestrations (a snapshot and live data, or two snapshots) side by
 * side. On the left the records added, removed and changed (a Change column and a filter);
 * on the right the selected record old and new in one tree with Field / Old / New columns,
 * fields in the records' own order, rows that differ highlighted (changed, added, removed),
 * and optionally only the rows that differ.
 */
class CompareWindow : public QWidget
{
    Q_OBJECT
public:
    enum class RowState { Same, Changed, Added, Removed };

    /// Field / Old / New rows carry their state here (int RowState) and their path in PathRole.
    static constexpr int StateRole = Qt::UserRole + 1;
    static constexpr int PathRole = Qt::UserRole + 2;

    CompareWindow(const OrchestrationDiff &diff, const QString &beforeLabel,
        const QString &afterLabel, QWidget *parent = nullptr);

    QTableView *changesView() const { return m_view; }
    QTreeWidget *sideBySide() const { return m_tree; }
    QComboBox *kindFilter() const { return m_kind; }
    DiffListModel *listModel() const { return m_model; }
    QString summaryText() const;

    /// Selects the record with @p id in the list (and shows it side by side).
    bool selectId(const QString &id);
    /// The side-by-side row at @p path (e.g. "applications.botConfiguration.bots[0].id").
    QTreeWidgetItem *itemForPath(const QString &path) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void showChange(const QModelIndex &current);
    void applyOnlyDifferences();
    void recolour();

    DiffListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLabel *m_summary;
    QComboBox *m_kind;
    QCheckBox *m_onlyDifferences;
    QTableView *m_view;
    QLabel *m_recordTitle;
    QTreeWidget *m_tree;
};
