#pragma once

#include "models/core/orchestration.h"

#include <QByteArray>
#include <QByteArrayList>
#include <QString>

/**
 * What the table's search matches: a record's lowercase search key (its name, description,
 * id and every id nested in it, one field after another) and the words of a search text.
 * Pure functions of their arguments, so a search can run on any thread.
 */
namespace SearchKey {

/// The lowercase key of @p record, in UTF-8: the ids and mostly Latin names it holds take
/// half the memory of UTF-16 (100,000 keys took 103 MB as QString), and a UTF-8 needle is
/// found in UTF-8 text exactly where its characters are. Fields are separated by U+001F,
/// which no user types, so no match spans two fields.
QByteArray of(const Orchestration &record);

/// The lowercase words of @p text (split at spaces), in UTF-8; none for blank text.
QByteArrayList needles(const QString &text);

/// Whether @p key holds every one of @p needles (both lowercase UTF-8).
bool matches(QByteArrayView key, const QByteArrayList &needles);

/// Whether every record matching @p narrower also matches @p wider: each word of @p wider is
/// part of a word of @p narrower (typing more of a word narrows the search).
bool narrows(const QByteArrayList &narrower, const QByteArrayList &wider);

} // namespace SearchKey
