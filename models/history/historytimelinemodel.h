#pragma once

#include "models/history/historystore.h"

#include <QAbstractTableModel>

/**
 * A profile's snapshots as a table, newest first: when each was taken (local time), how many
 * orchestrations it holds, and how many were added, removed and changed since the one before
 * (empty for the first). EntryRole gives the row's position in the listing (oldest = 0).
 */
class HistoryTimelineModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        TakenColumn,
        RecordsColumn,
        AddedColumn,
        RemovedColumn,
        ChangedColumn,
        ColumnCount
    };
    static constexpr int EntryRole = Qt::UserRole + 1;

    explicit HistoryTimelineModel(QObject *parent = nullptr);

    void setListing(const HistoryListing &listing);
    const HistoryListing &listing() const { return m_listing; }
    /// The snapshot shown in @p row; nullptr when out of range.
    const HistoryEntry *entryAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    HistoryListing m_listing;
};
