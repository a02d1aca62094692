#pragma once

#include "models/core/orchestration.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

/// One difference inside a record: a field whose value differs, appeared or went.
struct FieldChange
{
    enum class Kind {
        Changed, ///< present on both sides with different values
        Added, ///< only in the newer record
        Removed, ///< only in the older record
        Reordered, ///< an array of elements with ids holds the same ids in another order
    };
    Kind kind = Kind::Changed;
    /// e.g. "applications.botConfiguration.bots[0].participant.id"; array indexes are the
    /// newer record's (the older one's for a removed element).
    QString path;
    QJsonValue before; ///< Undefined when Added; for Reordered the ids in their old order
    QJsonValue after; ///< Undefined when Removed; for Reordered the ids in their new order

    bool operator==(const FieldChange &) const = default;
};

/// One orchestration that is not the same on both sides.
struct RecordChange
{
    enum class Kind { Added, Removed, Changed };
    Kind kind = Kind::Changed;
    QString id; ///< empty for a record without an id
    QString name; ///< the newer record's (the older one's when Removed)
    Orchestration before; ///< null when Added
    Orchestration after; ///< null when Removed
    QList<FieldChange> fields; ///< Changed only
};

/**
 * The differences between two sets of orchestrations (an older and a newer one): records
 * added, removed and changed, and for a changed record every field that differs.
 *
 * Records are matched by id; a record without an id, or a repeated id, is matched with the
 * record in the same position among those without an id (or among the repeats) on the other
 * side. Values are compared parsed, so key order and number spelling alone are no change;
 * unknown fields are compared like any other. Arrays whose elements are all objects with
 * distinct string ids (bots, agents) are matched by id: an element with a new id is Added,
 * a missing one Removed, and the same ids in a different order are reported once as
 * Reordered at the array's path (order can matter to routing, so it is not hidden). Other
 * arrays are compared by index.
 *
 * changes() lists Added records first (newer order), then Removed (older order), then
 * Changed (newer order); fields within a record in path order. The result is stable for
 * the same input.
 */
class OrchestrationDiff
{
public:
    static OrchestrationDiff compare(
        const QList<Orchestration> &before, const QList<Orchestration> &after);
    /// The differences between two JSON values, with paths below @p path.
    static QList<FieldChange> compareValues(
        const QJsonValue &before, const QJsonValue &after, const QString &path = {});

    const QList<RecordChange> &changes() const { return m_changes; }
    int addedCount() const { return m_added; }
    int removedCount() const { return m_removed; }
    int changedCount() const { return m_changed; }
    int unchangedCount() const { return m_unchanged; }
    bool isEmpty() const { return m_changes.isEmpty(); }

    /// The change for the record with @p id, or nullptr.
    const RecordChange *changeFor(const QString &id) const;

    /**
     * For a reader: counts first, then one line per record ("+ name (id)", "- name (id)",
     * "~ name (id)") and, under a changed one, "    path: old -> new" per field.
     */
    QString toText() const;
    /// One record's lines of toText(): "~ name (id)" and, for a changed one, its fields.
    static QString changeText(const RecordChange &change);
    /**
     * For a program: {"summary": {"added", "removed", "changed", "unchanged"}, "added": [{id,
     * name}], "removed": [...], "changed": [{id, name, "fields": [{path, change ("changed",
     * "added", "removed", "reordered"), old, new}]}]}; "old"/"new" are absent where a side
     * has no value.
     */
    QJsonObject toJson() const;

    /// @p value as compact JSON text; "(absent)" for Undefined.
    static QString valueText(const QJsonValue &value);
    /// "changed", "added", "removed", "reordered".
    static QString kindName(FieldChange::Kind kind);

private:
    QList<RecordChange> m_changes;
    int m_added = 0;
    int m_removed = 0;
    int m_changed = 0;
    int m_unchanged = 0;
};
