#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QVarLengthArray>
#include <cstring>

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
 * The first byte is not indented and no newline is appended. A leading UTF-8 byte order
 * mark is dropped.
 */
void appendIndented(QByteArray &out, QByteArrayView raw, int depth, int indentWidth = 2);

/// @p raw pretty-printed from depth 0 (see appendIndented()), with no trailing newline.
QByteArray indented(QByteArrayView raw, int indentWidth = 2);

/**
 * The value of the JSON number @p text as QJsonValue::toDouble() gives it after
 * QJsonDocument parsed it (an integer that fits 64 bits first becomes one, as in Qt).
 * @p text must be a number Reader accepted.
 */
double numberValue(QByteArrayView text);

/**
 * A validating, forward-only reader over JSON text, for reading large documents in one pass
 * without building a QJsonDocument.
 *
 * It accepts exactly the documents QJsonDocument::fromJson() accepts, with Qt's own
 * leniencies (a UTF-8 byte order mark, raw control characters and unknown escapes in
 * strings, numbers such as "1." that Qt's number conversion takes, nesting up to 1024
 * levels), and refuses the rest. It says only that something is wrong, not what: ask
 * QJsonDocument for the message when hasError() is set. Once an error is set every call
 * fails. The reader never reads out of bounds.
 *
 * Typical use: beginObject(), then while (nextMember(&key)) read or skipValue() the value;
 * check hasError() after the loop.
 */
class Reader
{
public:
    /// The kind of value that starts at the reader's position, told by its first byte.
    enum class Type : quint8 { End, Null, Bool, Number, String, Array, Object };

    /// A string as it appears in the text.
    struct StringToken
    {
        QByteArrayView content; ///< the bytes between the quotes, escapes as written
        bool escaped = false; ///< contains a backslash escape
        bool ascii = true; ///< every byte is 7-bit ASCII

        /// The decoded text; for an escape-free ASCII string this is a plain widening copy.
        QString toString() const;
        /// Appends the decoded text's UTF-8 to @p out. False when an escape leaves a
        /// surrogate unpaired, which UTF-8 cannot carry (toString() can).
        bool appendUtf8(QVarLengthArray<char, 256> &out) const;
        /// Whether the decoded text equals @p name (plain ASCII).
        bool is(QLatin1StringView name) const
        {
            if (escaped)
                return decodedIs(name);
            return content.size() == name.size()
                && std::memcmp(content.data(), name.data(), size_t(name.size())) == 0;
        }

    private:
        bool decodedIs(QLatin1StringView name) const;
    };

    explicit Reader(QByteArrayView json)
        : m_text(json)
    { }

    QByteArrayView text() const { return m_text; }
    qsizetype position() const { return m_pos; }
    bool hasError() const { return m_error; }
    /// How many whitespace bytes outside strings were passed so far: a value's text is
    /// minified exactly when this count does not change while reading it.
    qsizetype whitespaceCount() const { return m_whitespace; }

    /// Passes a byte order mark and whitespace; true when an object or array follows (the
    /// only top-level values QJsonDocument accepts).
    bool beginDocument();
    /// True when only whitespace follows and no error happened: the document is complete.
    bool endDocument();

    /// Passes whitespace and tells what kind of value follows (End at the end of the text).
    Type peek();

    /// Reads the string at the position (validating it) into @p token.
    bool readString(StringToken *token);
    /// Validates and passes the value at the position, whatever its kind.
    bool skipValue();

    /// Enters the object at the position.
    bool beginObject();
    /// Moves to the next member of the current object: true with its key read and the reader
    /// at its value; false when the object ended (it is left) or on an error.
    bool nextMember(StringToken *key);
    /// Enters the array at the position.
    bool beginArray();
    /// Moves to the next element of the current array: true with the reader at it; false
    /// when the array ended (it is left) or on an error.
    bool nextElement();

private:
    bool fail()
    {
        m_error = true;
        return false;
    }
    void skipWhitespace()
    {
        if (m_pos < m_text.size() && uchar(m_text[m_pos]) > ' ')
            return;
        skipWhitespaceSlow();
    }
    void skipWhitespaceSlow();
    bool enter(char open);
    /// Steps past a separator to the next item of the container closed by @p close: false
    /// when the container ended (it is left) or on an error.
    bool advanceInContainer(char close);
    bool skipNumber();
    bool skipLiteral(QByteArrayView word);

    QByteArrayView m_text;
    qsizetype m_pos = 0;
    qsizetype m_whitespace = 0;
    int m_depth = 0;
    bool m_first = false; ///< the current container has had no member or element yet
    bool m_error = false;
};

} // namespace RawJson
