#pragma once

#include "models/core/orchestration.h"

#include <QString>
#include <QStringList>

/**
 * What the table's search matches: a record's lowercase search key (its name, description,
 * id and every id nested in it, one field after another) and the words of a search text.
 * Pure functions of their arguments, so a search can run on any thread.
 */
namespace SearchKey {

/// The lowercase key of @p record. Fields are separated by U+001F, which no user types, so
/// no match spans two fields.
QString of(const Orchestration &record);

/// The lowercase words of @p text (split at spaces); none for blank text.
QStringList needles(const QString &text);

/// Whether @p key holds every one of @p needles (both lowercase).
bool matches(const QString &key, const QStringList &needles);

/// Whether every record matching @p narrower also matches @p wider: each word of @p wider is
/// part of a word of @p narrower (typing more of a word narrows the search).
bool narrows(const QStringList &narrower, const QStringList &wider);

} // namespace SearchKey
