#include "models/core/referencedids.h"

#include "models/core/orchestrationdata.h"
#include "models/core/rawjson.h"

#include <QSet>

using RawJson::Reader;

namespace {

/// The reference walk over tolerant, unvalidated text: only for bytes Reader refuses (a record
/// kept with a "not valid JSON" warning), whose ids it finds as it always did.
void collectIdsTolerantly(QByteArrayView value, QStringList &ids, QSet<QString> &seen)
{
    const auto add = [&](QByteArrayView rawString) {
        // rawString includes its quotes.
        const QString id = RawJson::decodeString(rawString.sliced(1, rawString.size() - 2));
        if (!seen.contains(id)) {
            seen.insert(id);
            ids.append(id);
        }
    };
    if (value.startsWith('{')) {
        const QList<RawJson::Member> members = RawJson::objectMembers(value);
        for (const RawJson::Member &member : members) {
            if (member.rawKey == "id" && RawJson::isString(member.value)
                && member.value.size() >= 2)
                add(member.value);
            else
                collectIdsTolerantly(member.value, ids, seen);
        }
    } else if (value.startsWith('[')) {
        const QList<QByteArrayView> items = RawJson::arrayItems(value);
        for (const QByteArrayView item : items)
            collectIdsTolerantly(item, ids, seen);
    }
}

/**
 * Collects the string "id" members under applications in one forward pass over a valid
 * record, for Orchestration::referencedIds(): no member lists, no set (a record names a
 * handful of ids, so a linear look is cheaper), and a plain ASCII id that the record's typed
 * fields already hold is handed out as that shared copy instead of being decoded again.
 */
class ReferencedIdCollector
{
public:
    ReferencedIdCollector(const OrchestrationData &data, QStringList &ids)
        : m_data(data)
        , m_ids(ids)
    { }

    /// Walks the record @p reader is at; false when the text is not valid JSON (then the
    /// collected ids mean nothing).
    bool collectRecord(Reader &reader)
    {
        if (!reader.beginDocument() || reader.peek() != Reader::Type::Object
            || !reader.beginObject())
            return false;
        Reader::StringToken key;
        while (reader.nextMember(&key)) {
            if (!key.is(QLatin1StringView("applications"))) {
                if (!reader.skipValue())
                    return false;
                continue;
            }
            // When the key repeats, the last one counts, as in QJsonDocument.
            m_ids.clear();
            const Reader::Type type = reader.peek();
            if (type == Reader::Type::Object || type == Reader::Type::Array) {
                if (!collect(reader))
                    return false;
            } else if (!reader.skipValue()) {
                return false;
            }
        }
        return reader.endDocument();
    }

private:
    /// Walks the object or array at the reader's position.
    bool collect(Reader &reader)
    {
        Reader::StringToken token;
        if (reader.peek() == Reader::Type::Array) {
            if (!reader.beginArray())
                return false;
            while (reader.nextElement()) {
                if (!collectValue(reader))
                    return false;
            }
            return !reader.hasError();
        }
        if (!reader.beginObject())
            return false;
        while (reader.nextMember(&token)) {
            // The key as written: an escaped spelling of "id" never counted.
            const bool isId =
                token.content.size() == 2 && token.content[0] == 'i' && token.content[1] == 'd';
            if (isId && reader.peek() == Reader::Type::String) {
                if (!reader.readString(&token))
                    return false;
                add(token);
            } else if (!collectValue(reader)) {
                return false;
            }
        }
        return !reader.hasError();
    }

    bool collectValue(Reader &reader)
    {
        const Reader::Type type = reader.peek();
        if (type == Reader::Type::Object || type == Reader::Type::Array)
            return collect(reader);
        return reader.skipValue();
    }

    void add(const Reader::StringToken &token)
    {
        if (!token.escaped && token.ascii) {
            const QLatin1StringView text(token.content);
            for (const QString &id : std::as_const(m_ids)) {
                if (id == text)
                    return;
            }
            m_ids.append(knownCopy(text));
            return;
        }
        const QString id = token.toString();
        if (!m_ids.contains(id))
            m_ids.append(id);
    }

    /// The record's own copy of @p text when a typed field holds it (ids are interned, so
    /// this shares one allocation across records); otherwise a new string.
    QString knownCopy(QLatin1StringView text) const
    {
        if (m_data.customerId == text)
            return m_data.customerId;
        for (const BotReference &bot : m_data.bots) {
            if (bot.id == text)
                return bot.id;
            if (bot.participantId == text)
                return bot.participantId;
            if (bot.escalationAgentId == text)
                return bot.escalationAgentId;
        }
        for (const QString &agent : m_data.agentIds) {
            if (agent == text)
                return agent;
        }
        return QString(text);
    }

    const OrchestrationData &m_data;
    QStringList &m_ids;
};

} // namespace

QStringList referencedIdsOf(const OrchestrationData &data)
{
    QStringList ids;
    // A byte order mark is the one thing Reader passes that the tolerant walk does not.
    if (!data.raw.startsWith("\xef\xbb\xbf")) {
        Reader reader(data.raw);
        if (ReferencedIdCollector(data, ids).collectRecord(reader))
            return ids;
        ids.clear();
    }
    const QByteArrayView applications = RawJson::memberValue(data.raw, "applications");
    QSet<QString> seen;
    collectIdsTolerantly(applications, ids, seen);
    return ids;
}
