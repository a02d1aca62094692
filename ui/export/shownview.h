#pragma once

#include "models/connections/connectioninfo.h"
#include "models/core/orchestration.h"

#include <QList>
#include <QModelIndex>
#include <QPointer>
#include <functional>

class OrchestrationFilterModel;
class OrchestrationTableModel;
class QTableView;
struct SnapshotFile;

/// The inspector's current node: a ConfigurationTreeModel index and the record it belongs to.
struct InspectedNode
{
    QModelIndex index; ///< invalid when no node is current
    Orchestration orchestration; ///< null when nothing is inspected
};

/**
 * What the window shows, as the export and compare controllers read it: the table model (the
 * loaded rows, in server order), the filter model in front of it (the view: filter and sort),
 * the table view (the selection and the visible columns in their order), the inspector's
 * node, the snapshot shown and the live connection.
 *
 * Whoever builds the controllers fills it in; nothing in it is owned, and the providers are
 * called each time, so the answers are always the window's current ones. A provider left
 * empty reads as "nothing" (no node, no snapshot, no connection).
 */
struct ShownView
{
    QPointer<OrchestrationTableModel> table;
    QPointer<OrchestrationFilterModel> filter;
    QPointer<QTableView> view;
    std::function<InspectedNode()> inspectedNode;
    /// The snapshot shown; nullptr while live data is shown.
    std::function<const SnapshotFile *()> snapshot;
    std::function<ConnectionInfo()> connection;

    /// The table's rows in server order.
    QList<Orchestration> tableRows() const;
    /// The rows as the view shows them (filter and sort applied).
    QList<Orchestration> viewRows() const;
    /// The selected rows, in view order.
    QList<Orchestration> selectedRows() const;
    int selectedCount() const;
    /// The table's visible columns (OrchestrationTableModel columns), in view order.
    QList<int> visibleColumns() const;
    /// Whether the table holds every record there is (a snapshot, everything loaded, or no
    /// client to fetch more from), so nothing needs fetching first.
    bool allLoaded() const;

    InspectedNode node() const;
    const SnapshotFile *shownSnapshot() const;
    ConnectionInfo connectionInfo() const;
};
