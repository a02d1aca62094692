#include "models/history/historytimelinemodel.h"

#include <QLocale>

HistoryTimelineModel::HistoryTimelineModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void HistoryTimelineModel::setListing(const HistoryListing &listing)
{
    beginResetModel();
    m_listing = listing;
    endResetModel();
}

const HistoryEntry *HistoryTimelineModel::entryAt(int row) const
{
    const qsizetype count = m_listing.entries.size();
    if (row < 0 || row >= count)
        return nullptr;
    return &m_listing.entries.at(count - 1 - row);
}

int HistoryTimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_listing.entries.size());
}

int HistoryTimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryTimelineModel::data(const QModelIndex &index, int role) const
{
    const HistoryEntry *entry =
        checkIndex(index, CheckIndexOption::IndexIsValid) ? entryAt(index.row()) : nullptr;
    if (!entry)
        return {};
    if (role == EntryRole)
        return int(m_listing.entries.size()) - 1 - index.row();
    if (role == Qt::TextAlignmentRole && index.column() != TakenColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case TakenColumn:
        return locale.toString(entry->takenAt.toLocalTime(), QLocale::ShortFormat);
    case RecordsColumn:
        return locale.toString(entry->recordCount);
    case AddedColumn:
        return entry->first ? QVariant() : locale.toString(entry->addedCount());
    case RemovedColumn:
        return entry->first ? QVariant() : locale.toString(entry->removedCount());
    case ChangedColumn:
        return entry->first ? QVariant() : locale.toString(entry->changedCount());
    default:
        return {};
    }
}

QVariant HistoryTimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TakenColumn:
        return tr("Taken");
    case RecordsColumn:
        return tr("Orchestrations");
    case AddedColumn:
        return tr("Added");
    case RemovedColumn:
        return tr("Removed");
    case ChangedColumn:
        return tr("Changed");
    default:
        return {};
    }
}
