#pragma once

#include <QStringList>

class OrchestrationData;

/**
 * Every string "id" nested under the record's applications (unknown parts too),
 * deduplicated, in document order: what Orchestration::referencedIds() returns.
 *
 * Two walks over the record's kept bytes: a streaming one for valid JSON (the usual case,
 * sharing the copies of ids the typed fields already hold), and the tolerant one it
 * replaced, kept for bytes that are not valid JSON (a record kept with a warning), so that
 * such a record's ids are found as they always were.
 */
QStringList referencedIdsOf(const OrchestrationData &data);
