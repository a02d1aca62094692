#include "models/core/recordreader.h"

using namespace RecordReader;
using RawJson::Reader;

namespace {

JType typeOf(Reader::Type type)
{
    switch (type) {
    case Reader::Type::Null:
        return JType::Null;
    case Reader::Type::Bool:
        return JType::Bool;
    case Reader::Type::Number:
        return JType::Double;
    case Reader::Type::String:
        return JType::String;
    case Reader::Type::Array:
        return JType::Array;
    case Reader::Type::Object:
        return JType::Object;
    case Reader::Type::End:
        break;
    }
    return JType::Undefined;
}

/// Reads (and validates) any value into @p field.
bool capture(Reader &reader, Field &field)
{
    field.type = typeOf(reader.peek());
    if (field.type == JType::String)
        return reader.readString(&field.value);
    const qsizetype start = reader.position();
    if (!reader.skipValue())
        return false;
    field.value = {reader.text().sliced(start, reader.position() - start)};
    return true;
}

/// Reads the value of a member the contract describes as an object: when it is one,
/// @p readObject reads its members; any other value is captured as it is.
template<typename ReadObject>
bool captureObject(Reader &reader, Field &field, ReadObject &&readObject)
{
    if (reader.peek() != Reader::Type::Object)
        return capture(reader, field);
    field.type = JType::Object;
    field.value = {};
    return readObject();
}

/// Calls @p onMember(key) for each member of the object at the reader; it reads the value.
template<typename OnMember> bool readMembers(Reader &reader, OnMember &&onMember)
{
    if (!reader.beginObject())
        return false;
    Reader::StringToken key;
    while (reader.nextMember(&key)) {
        if (!onMember(key))
            return false;
    }
    return !reader.hasError();
}

bool readIdObject(Reader &reader, IdObject &object)
{
    return captureObject(reader, object.self, [&] {
        return readMembers(reader, [&](const Reader::StringToken &key) {
            if (key.is(QLatin1StringView("id")))
                return capture(reader, object.id);
            return reader.skipValue();
        });
    });
}

/// Reads a member that replaces an earlier one of the same name: what that left is cleared.
template<typename T> bool readAgain(Reader &reader, T &slot, bool (*read)(Reader &, T &))
{
    slot = T();
    return read(reader, slot);
}

bool readBot(Reader &reader, BotSlots &bot)
{
    return readMembers(reader, [&](const Reader::StringToken &key) {
        if (key.is(QLatin1StringView("id")))
            return capture(reader, bot.id);
        if (key.is(QLatin1StringView("participant")))
            return readAgain(reader, bot.participant, readIdObject);
        if (key.is(QLatin1StringView("onEscalation"))) {
            bot.escalationAgent = {};
            return captureObject(reader, bot.onEscalation, [&] {
                return readMembers(reader, [&](const Reader::StringToken &inner) {
                    if (inner.is(QLatin1StringView("agent")))
                        return readAgain(reader, bot.escalationAgent, readIdObject);
                    return reader.skipValue();
                });
            });
        }
        return reader.skipValue();
    });
}

bool readBotConfiguration(Reader &reader, RecordSlots &found)
{
    return readMembers(reader, [&](const Reader::StringToken &key) {
        if (key.is(QLatin1StringView("forwardTranscript")))
            return capture(reader, found.forwardTranscript);
        if (key.is(QLatin1StringView("bypassVaDuration")))
            return capture(reader, found.bypassVaDuration);
        if (key.is(QLatin1StringView("bots"))) {
            found.botList.clear();
            if (reader.peek() != Reader::Type::Array)
                return capture(reader, found.bots);
            found.bots = {JType::Array, {}};
            if (!reader.beginArray())
                return false;
            while (reader.nextElement()) {
                BotSlots &bot = found.botList.emplace_back();
                bot.self.type = typeOf(reader.peek());
                if (!(bot.self.type == JType::Object ? readBot(reader, bot) : reader.skipValue()))
                    return false;
            }
            return !reader.hasError();
        }
        return reader.skipValue();
    });
}

bool readAgentConfiguration(Reader &reader, RecordSlots &found)
{
    return readMembers(reader, [&](const Reader::StringToken &key) {
        if (key.is(QLatin1StringView("agents"))) {
            found.agentList.clear();
            if (reader.peek() != Reader::Type::Array)
                return capture(reader, found.agents);
            found.agents = {JType::Array, {}};
            if (!reader.beginArray())
                return false;
            while (reader.nextElement()) {
                if (!readIdObject(reader, found.agentList.emplace_back()))
                    return false;
            }
            return !reader.hasError();
        }
        return reader.skipValue();
    });
}

bool readApplications(Reader &reader, RecordSlots &found)
{
    return readMembers(reader, [&](const Reader::StringToken &key) {
        if (key.is(QLatin1StringView("botConfiguration"))) {
            found.resetBotConfiguration();
            return captureObject(reader, found.botConfiguration,
                [&] { return readBotConfiguration(reader, found); });
        }
        if (key.is(QLatin1StringView("agentConfiguration"))) {
            found.resetAgentConfiguration();
            return captureObject(reader, found.agentConfiguration,
                [&] { return readAgentConfiguration(reader, found); });
        }
        if (key.is(QLatin1StringView("customerConfiguration"))) {
            found.customer = {};
            return captureObject(reader, found.customerConfiguration, [&] {
                return readMembers(reader, [&](const Reader::StringToken &inner) {
                    if (inner.is(QLatin1StringView("customer")))
                        return readAgain(reader, found.customer, readIdObject);
                    return reader.skipValue();
                });
            });
        }
        return reader.skipValue();
    });
}

} // namespace

bool RecordReader::read(Reader &reader, RecordSlots &found)
{
    return readMembers(reader, [&](const Reader::StringToken &key) {
        if (key.is(QLatin1StringView("id")))
            return capture(reader, found.id);
        if (key.is(QLatin1StringView("name")))
            return capture(reader, found.name);
        if (key.is(QLatin1StringView("description")))
            return capture(reader, found.description);
        if (key.is(QLatin1StringView("active")))
            return capture(reader, found.active);
        if (key.is(QLatin1StringView("created")))
            return capture(reader, found.created);
        if (key.is(QLatin1StringView("modified")))
            return capture(reader, found.modified);
        if (key.is(QLatin1StringView("applications"))) {
            found.resetApplications();
            return captureObject(
                reader, found.applications, [&] { return readApplications(reader, found); });
        }
        return reader.skipValue();
    });
}

bool RecordReader::readDocument(QByteArrayView text, RecordSlots &found, bool *minified)
{
    Reader reader(text);
    if (!reader.beginDocument() || reader.peek() != Reader::Type::Object)
        return false;
    if (!read(reader, found) || !reader.endDocument())
        return false;
    *minified = reader.whitespaceCount() == 0;
    return true;
}
