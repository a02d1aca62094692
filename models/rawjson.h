#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

/**
 * Byte-exact helpers for JSON text that must survive untouched.
 *
 * QJsonObject sorts keys and QJsonDocument reformats numbers (1.50 becomes 1.5, integers
 * beyond 2^53 lose digits), so records that are exported "exactly as received" keep their
 * own bytes and are sliced, minified and re-indented here at the token level.
 *
 * Every function expects text that QJsonDocument already accepted. On anything else they
 * stay within bounds and return something harmless (often empty); they never crash.
 * "Minified" means: whitespace outside strings removed, every other byte unchanged.
 */
namespace RawJson {

/// One member of an object, as views into the scanned text.
struct Member
{
    QByteArrayView rawKey; ///< the key's bytes between its quotes, escapes as written
    QByteArrayView value; ///< the value's text, from its first to its last byte
};

/// @p json without the whitespace outside strings.
QByteArray minified(QByteArrayView json);

/// Whether @p json has no whitespace outside strings (so minified() would not change it).
bool isMinified(QByteArrayView json);

/**
 * The elements of the top-level object's array member @p key, each minified. Empty when
 * the member is absent or not an array. When a key repeats, the last one counts, as in
 * QJsonDocument. @p key is compared with the member's decoded name.
 */
QList<QByteArray> arrayElements(QByteArrayView json, QByteArrayView key);

/// The members of the object @p object (a JSON object's text), in document order.
QList<Member> objectMembers(QByteArrayView object);

/// The elements of the array @p array (a JSON array's text), in document order.
QList<QByteArrayView> arrayItems(QByteArrayView array);

/// The value of the last member named @p key in @p object; empty when there is none.
QByteArrayView memberValue(QByteArrayView object, QByteArrayView key);

/// The text of a JSON string's content (between the quotes) with its escapes resolved.
QString decodeString(QByteArrayView rawContent);

/// Whether @p value (a JSON value's text, leading whitespace allowed) is a string.
bool isString(QByteArrayView value);

/**
 * Appends @p raw pretty-printed, keeping key order and number spelling. The layout is
 * QJsonDocument::Indented's (one member or element per line, "key": value, closing
 * bracket on its own line) except that empty arrays and objects stay on one line: [] {}.
 * @p depth is the nesting level @p raw sits at: its members are indented by
 * (depth + 1) * @p indentWidth spaces, its closing bracket by depth * @p indentWidth.
 * The first byte is not indented and no newline is appended.
 */
void appendIndented(QByteArray &out, QByteArrayView raw, int depth, int indentWidth = 2);

/// @p raw pretty-printed from depth 0 (see appendIndented()), with no trailing newline.
QByteArray indented(QByteArrayView raw, int indentWidth = 2);

} // namespace RawJson
