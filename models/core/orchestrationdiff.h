#pragma once

#include "models/core/orchestration.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

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
    QString id; ///< the newer record's (the older one's when Removed); empty: none
    /// Matched by name: the older record's id when it differs from id; else empty.
    QString oldId;
    QString name; ///< the newer record's (the older one's when Removed)
    Orchestration before; ///< null when Added
    Orchestration after; ///< null when Removed
    QList<FieldChange> fields; ///< Changed only
};

/// A name that several records of one side carry: matched by name, none of them is paired.
struct DuplicateName
{
    QString name;
    bool older = true; ///< on the older side (else the newer)
    QStringList ids; ///< the records' ids, in their side's order

    bool operator==(const DuplicateName &) const = default;
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
 *
 * Matched by name instead (Match::Name: the same orchestration in two tenants has two ids),
 * a record pairs with the one of the same name on the other side, and the top-level ids are
 * not compared (RecordChange::oldId keeps the older one). A name carried by more than one
 * record of a side pairs none of them: each such name is reported in duplicateNames(), and
 * its records are neither added, removed nor changed. A record without a name is never
 * paired by name.
 */
class OrchestrationDiff
{
public:
    enum class Match { Id, Name };

    static OrchestrationDiff compare(const QList<Orchestration> &before,
        const QList<Orchestration> &after, Match match = Match::Id);
    /// "id" or "name"; nullopt for anything else.
    static std::optional<Match> matchFromName(QStringView name);
    static QString matchName(Match match);
    /// The differences between two JSON values, with paths below @p path.
    static QList<FieldChange> compareValues(
        const QJsonValue &before, const QJsonValue &after, const QString &path = {});

    const QList<RecordChange> &changes() const { return m_changes; }
    int addedCount() const { return m_added; }
    int removedCount() const { return m_removed; }
    int changedCount() const { return m_changed; }
    int unchangedCount() const { return m_unchanged; }
    Match match() const { return m_match; }
    /// Matched by name: the names that several records of one side carry (older side first).
    const QList<DuplicateName> &duplicateNames() const { return m_duplicates; }
    /// No record differs and no name was ambiguous.
    bool isEmpty() const { return m_changes.isEmpty() && m_duplicates.isEmpty(); }

    /// The change for the record with @p id, or nullptr.
    const RecordChange *changeFor(const QString &id) const;

    /**
     * For a reader: counts first, then one line per record ("+ name (id)", "- name (id)",
     * "~ name (id)", by name "~ name (old id -> new id)" when the ids differ) and, under a
     * changed one, "    path: old -> new" per field; by name, a line per duplicate name
     * ("! name: old side has 2 (id, id), not compared") before the records.
     */
    QString toText() const;
    /// One record's lines of toText(): "~ name (id)" and, for a changed one, its fields.
    static QString changeText(const RecordChange &change);
    /**
     * For a program: {"summary": {"added", "removed", "changed", "unchanged"}, "added": [{id,
     * name}], "removed": [...], "changed": [{id, name, "fields": [{path, change ("changed",
     * "added", "removed", "reordered"), old, new}]}]}; "old"/"new" are absent where a side
     * has no value. Matched by name, also "match": "name", "oldId" on a record whose ids
     * differ, and "duplicateNames": [{name, side ("old", "new"), ids}].
     */
    QJsonObject toJson() const;

    /// @p value as compact JSON text; "(absent)" for Undefined.
    static QString valueText(const QJsonValue &value);
    /// "changed", "added", "removed", "reordered".
    static QString kindName(FieldChange::Kind kind);

private:
    QList<RecordChange> m_changes;
    QList<DuplicateName> m_duplicates;
    Match m_match = Match::Id;
    int m_added = 0;
    int m_removed = 0;
    int m_changed = 0;
    int m_unchanged = 0;
};
