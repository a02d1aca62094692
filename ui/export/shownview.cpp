#include "ui/export/shownview.h"

#include "models/core/snapshotfile.h"
#include "models/itemmodels/orchestrationfiltermodel.h"
#include "models/itemmodels/orchestrationtablemodel.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QTableView>
#include <algorithm>

QList<Orchestration> ShownView::tableRows() const
{
    // The table's own list, shared: copying 100,000 records one by one stalled the window
    // when a load-all ended and its history was recorded.
    return table ? table->rowsSnapshot() : QList<Orchestration>();
}

QList<Orchestration> ShownView::viewRows() const
{
    QList<Orchestration> rows;
    if (!table || !filter)
        return rows;
    rows.reserve(filter->rowCount());
    for (int row = 0; row < filter->rowCount(); ++row)
        rows.append(table->orchestrationAt(filter->mapToSource(filter->index(row, 0)).row()));
    return rows;
}

QList<Orchestration> ShownView::selectedRows() const
{
    QList<Orchestration> rows;
    if (!table || !filter || !view)
        return rows;
    QModelIndexList selected = view->selectionModel()->selectedRows();
    std::sort(selected.begin(), selected.end(),
        [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    for (const QModelIndex &index : std::as_const(selected))
        rows.append(table->orchestrationAt(filter->mapToSource(index).row()));
    return rows;
}

int ShownView::selectedCount() const
{
    return view ? int(view->selectionModel()->selectedRows().size()) : 0;
}

QList<int> ShownView::visibleColumns() const
{
    QList<int> columns;
    if (!view)
        return columns;
    const QHeaderView *header = view->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int column = header->logicalIndex(visual);
        if (!header->isSectionHidden(column))
            columns.append(column);
    }
    return columns;
}

bool ShownView::allLoaded() const
{
    using State = OrchestrationTableModel::State;
    if (!table || shownSnapshot() || !table->client())
        return true;
    const bool settled = table->state() == State::Loaded || table->state() == State::Empty;
    if (!settled)
        return false;
    if (table->mode() == OrchestrationTableModel::Mode::All)
        return true;
    return table->totalCount() >= 0 && table->loadedCount() >= table->totalCount();
}

InspectedNode ShownView::node() const
{
    return inspectedNode ? inspectedNode() : InspectedNode();
}

const SnapshotFile *ShownView::shownSnapshot() const
{
    return snapshot ? snapshot() : nullptr;
}

ConnectionInfo ShownView::connectionInfo() const
{
    return connection ? connection() : ConnectionInfo();
}
