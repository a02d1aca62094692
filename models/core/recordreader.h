#pragma once

#include "models/core/rawjson.h"

#include <QByteArrayView>
#include <QVarLengthArray>

/**
 * The first half of reading a record: finds the members the API contract names (id, name,
 * the configurations, the bot, agent and customer ids) in one validating pass over the
 * record's text, as views into that text. Nothing is decoded, typed or judged here; the
 * record builder (recordbuilder.h) turns what was found into fields and warnings.
 */
namespace RecordReader {

/// A JSON value's kind, as QJsonValue::Type names it (Undefined: the member is absent).
enum class JType : quint8 { Undefined, Null, Bool, Double, String, Array, Object };

/// A member's value as found in the record: views into the record's text, decoded on use.
struct Field
{
    JType type = JType::Undefined;
    /// A string's token; for other kinds, content is the value's text.
    RawJson::Reader::StringToken value;
};

/// An object the contract expects to carry an "id" (participant, agent, customer).
struct IdObject
{
    Field self;
    Field id;
};

/// One element of botConfiguration.bots.
struct BotSlots
{
    Field self;
    Field id;
    IdObject participant;
    Field onEscalation;
    IdObject escalationAgent;
};

/**
 * The members of one record that the contract names, found in one validating pass over its
 * text. A member that repeats replaces what its earlier occurrence left, as in QJsonObject
 * (the last one counts); the record's fields and warnings are derived afterwards, in the
 * contract's order, so neither depends on the order of members in the text.
 */
struct RecordSlots
{
    Field id;
    Field name;
    Field description;
    Field active;
    Field created;
    Field modified;
    Field applications;

    Field botConfiguration;
    Field agentConfiguration;
    Field customerConfiguration;

    Field forwardTranscript;
    Field bypassVaDuration;
    Field bots;
    QVarLengthArray<BotSlots, 4> botList;

    Field agents;
    QVarLengthArray<IdObject, 4> agentList;

    IdObject customer;

    void resetApplications()
    {
        botConfiguration = {};
        agentConfiguration = {};
        customerConfiguration = {};
        resetBotConfiguration();
        resetAgentConfiguration();
        customer = {};
    }
    void resetBotConfiguration()
    {
        forwardTranscript = {};
        bypassVaDuration = {};
        bots = {};
        botList.clear();
    }
    void resetAgentConfiguration()
    {
        agents = {};
        agentList.clear();
    }
};

/// Reads (and validates) the record object at @p reader's position into @p found; the reader
/// is left after the object. False when the text is not valid JSON.
bool read(RawJson::Reader &reader, RecordSlots &found);

/// Reads the document @p text, which must be one record object, into @p found; false when
/// it is not valid JSON or not an object. @p minified: whether @p text has no whitespace.
bool readDocument(QByteArrayView text, RecordSlots &found, bool *minified);

} // namespace RecordReader
