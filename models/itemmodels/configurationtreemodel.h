#pragma once

#include "models/core/orchestration.h"

#include <QAbstractItemModel>
#include <QHash>
#include <functional>
#include <memory>

/**
 * The inspector's tree: one orchestration's configuration, field by field.
 *
 * Top-level sections, in this order: General (id, name, description, active, created,
 * modified), Bot configuration (forward transcript, bypass VA duration, Bots -> each bot:
 * id, participant id, escalation agent id), Customer configuration (customer app id), Agent
 * configuration (Agents -> each agent id), Other fields (everything the contract does not
 * name, anywhere in the record, labelled by its path; objects and arrays expand, values are
 * shown as their text). A section the record does not have is omitted (General is always
 * there); a field the record does not have is omitted too.
 *
 * Values are shown as the record has them: strings decoded, numbers as written, a field of
 * the wrong type as its JSON text. Dates show in local time; their tooltip gives UTC ISO 8601.
 *
 * Validation warnings (Orchestration::warnings()) sit on the node their path names
 * (WarningRole and the tooltip); a warning for a field that does not exist goes to the
 * nearest node that does (a missing bots[1].participant.id lands on "Bot 2"); record-level
 * and top-level warnings land on General.
 */
class ConfigurationTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { FieldColumn, ValueColumn, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        WarningRole =
            Qt::UserRole + 1, ///< QString: the node's warnings (one per line); empty if none
        IdValueRole, ///< QString: set when the value is an id
        NodeJsonRole, ///< QByteArray: the node as JSON (object, array or value)
        NodeKindRole, ///< int: NodeKind
        UsageCountRole, ///< int: loaded orchestrations referencing the id; -1 unknown
        PathRole, ///< QString: the node's JSON path, e.g. "applications.botConfiguration.bots[0]"
    };
    Q_ENUM(Role)

    enum NodeKind {
        Section, ///< a top-level group
        Field, ///< a named field (a value, or an object/array that expands)
        Item, ///< an element of an array (a bot, an agent, an element of an unknown array)
    };
    Q_ENUM(NodeKind)

    explicit ConfigurationTreeModel(QObject *parent = nullptr);
    ~ConfigurationTreeModel() override;

    /// Shows @p orchestration (a model reset); a null one empties the tree.
    void setOrchestration(const Orchestration &orchestration);
    Orchestration orchestration() const { return m_orchestration; }
    /// Answers UsageCountRole for id values (e.g. OrchestrationTableModel::countReferences).
    void setUsageCounter(std::function<int(const QString &id)> counter);
    /// The counts the usage counter answers have changed (rows were loaded or dropped): every
    /// id value's UsageCountRole and tooltip are announced as changed.
    void refreshUsageCounts();

    /// The node at @p path (see PathRole), or an invalid index.
    QModelIndex indexForPath(const QString &path, int column = FieldColumn) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    struct Node;

private:
    Node *nodeFor(const QModelIndex &index) const;
    QModelIndex indexOf(const Node *node, int column) const;

    Orchestration m_orchestration;
    std::unique_ptr<Node> m_root;
    QHash<QString, Node *> m_byPath;
    std::function<int(const QString &)> m_usageCounter;
};
