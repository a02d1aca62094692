#pragma once

#include "models/core/orchestration.h"

#include <QSharedData>
#include <cmath>

/**
 * The fields behind an Orchestration, for console_core's own use: filled once by the record
 * builder (recordbuilder.h), then immutable and shared by every copy of the record; the id
 * walk (referencedids.h) reads it. Not part of the public API.
 */
class OrchestrationData : public QSharedData
{
public:
    enum Flag : quint8 {
        HasDescription = 0x01,
        Active = 0x02,
        HasBotConfiguration = 0x04,
        HasAgentConfiguration = 0x08,
        HasCustomerConfiguration = 0x10,
        HasForwardTranscript = 0x20,
        ForwardTranscript = 0x40,
    };

    QByteArray raw;
    QString id;
    QString name;
    QString description;
    QString customerId;
    QDateTime created;
    QDateTime modified;
    QList<BotReference> bots;
    QStringList agentIds;
    QList<ValidationWarning> warnings;
    double bypassVaDuration = std::nan("");
    quint8 flags = 0;

    bool has(Flag flag) const { return (flags & flag) != 0; }
    void set(Flag flag, bool on = true)
    {
        if (on)
            flags |= flag;
        else
            flags &= quint8(~flag);
    }
};
