#pragma once

#include "models/core/recordreader.h"

class OrchestrationData;
class StringInterner;

/**
 * The second half of reading a record: turns the members the record reader found into the
 * record's typed fields, and every breach of the API contract (a missing required field, a
 * wrong type, a date that does not parse, an id that is not a UUID) into a ValidationWarning
 * with its path, in the contract's order. Never fails. Repeated ids and descriptions go
 * through @p interner when given. The caller owns the result and sets its raw bytes.
 */
OrchestrationData *buildOrchestrationData(
    const RecordReader::RecordSlots &found, StringInterner *interner);
