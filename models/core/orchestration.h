#pragma once

// Records are built with an interner (fromJson(), fromReader()): it comes with them.
#include "models/core/stringinterner.h"

#include <QByteArray>
#include <QDateTime>
#include <QExplicitlySharedDataPointer>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QSet>
#include <QString>
#include <QStringList>
#include <optional>

/// Something in a record (or page) that breaks the API contract; the data is kept anyway.
struct ValidationWarning
{
    /// Where, e.g. "applications.botConfiguration.bots[1].participant.id"; empty: the whole record.
    QString path;
    QString message; ///< for the user, translated

    bool operator==(const ValidationWarning &) const = default;
};

/// One entry of applications.botConfiguration.bots.
struct BotReference
{
    QString id;
    QString participantId;
    QString escalationAgentId; ///< empty when onEscalation is absent

    bool operator==(const BotReference &) const = default;
};

class OrchestrationData;

namespace RawJson {
class Reader;
}

/**
 * One orchestration as the API sent it: the record's own bytes (minified, unknown fields and
 * key order kept) plus the typed fields the console shows, sorts and filters on.
 *
 * Building one never fails: whatever breaks the contract (a missing required field, a wrong
 * type, a date that does not parse, an id that is not a UUID) becomes a ValidationWarning on
 * the record, and the record is kept. Implicitly shared and immutable: copies are cheap.
 */
class Orchestration
{
public:
    enum class Kind { Unknown, Bot, Agent, BotAndAgent };

    Orchestration(); ///< a null record
    Orchestration(const Orchestration &other);
    Orchestration(Orchestration &&other) noexcept;
    Orchestration &operator=(const Orchestration &other);
    Orchestration &operator=(Orchestration &&other) noexcept;
    ~Orchestration();

    /**
     * The record whose JSON object text is @p rawRecord. Whitespace outside strings is
     * dropped; nothing else changes. Text that is not a JSON object still gives a non-null
     * record, carrying a warning. Repeated strings go through @p interner when given.
     */
    static Orchestration fromJson(QByteArray rawRecord, StringInterner *interner = nullptr);

    /**
     * As fromJson(), for a caller that has already parsed @p rawRecord into @p object. The
     * fields are still read from the bytes (one pass over them costs less than walking the
     * object); @p object counts only when the bytes turn out not to be valid JSON.
     */
    static Orchestration fromJsonObject(
        QByteArray rawRecord, const QJsonObject &object, StringInterner *interner = nullptr);

    /**
     * The record whose object starts at @p reader's position (Reader::peek() said Object),
     * read in the same pass that validates it; the reader is left after the object. A null
     * record when the text is not valid JSON (then @p reader has an error). This is how a
     * page is read without parsing it twice.
     */
    static Orchestration fromReader(RawJson::Reader &reader, StringInterner *interner = nullptr);

    bool isNull() const;

    QString id() const;
    QString name() const;
    QString description() const;
    bool hasDescription() const;
    bool isActive() const;
    QDateTime created() const; ///< UTC; invalid when absent or unparseable
    QDateTime modified() const; ///< UTC; invalid when absent or unparseable

    Kind kind() const;
    bool hasBotConfiguration() const;
    bool hasAgentConfiguration() const;
    bool hasCustomerConfiguration() const;
    std::optional<bool> forwardTranscript() const;
    std::optional<double> bypassVaDurationMinutes() const;
    QList<BotReference> bots() const;
    QStringList agentIds() const;
    QString customerId() const;

    /// Every string "id" nested under applications (unknown parts too), deduplicated, in
    /// document order. Computed from the raw bytes on each call.
    QStringList referencedIds() const;

    QList<ValidationWarning> warnings() const;

    QByteArray rawJson() const; ///< the record as received (minified)
    QJsonObject toJsonObject() const; ///< parsed from rawJson() on each call

    /// The contract's field paths; array elements are written "[]", e.g.
    /// "applications.botConfiguration.bots[].participant.id".
    static QStringList knownFieldPaths();

private:
    explicit Orchestration(OrchestrationData *data);
    QExplicitlySharedDataPointer<OrchestrationData> d;
};

Q_DECLARE_METATYPE(Orchestration)
