#include "models/core/rawjson.h"

#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace RawJson {
namespace {

bool isWhitespace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

qsizetype skipWhitespace(QByteArrayView s, qsizetype pos)
{
    while (pos < s.size() && isWhitespace(s[pos]))
        ++pos;
    return pos;
}

/// @p pos is at an opening quote; returns the position after the closing quote.
qsizetype skipString(QByteArrayView s, qsizetype pos)
{
    for (qsizetype i = pos + 1; i < s.size(); ++i) {
        if (s[i] == '\\')
            ++i;
        else if (s[i] == '"')
            return i + 1;
    }
    return s.size();
}

/// @p pos is at the first byte of a value; returns the position after its last byte.
qsizetype skipValue(QByteArrayView s, qsizetype pos)
{
    if (pos >= s.size())
        return s.size();
    const char first = s[pos];
    if (first == '"')
        return skipString(s, pos);
    if (first == '{' || first == '[') {
        int depth = 0;
        qsizetype i = pos;
        while (i < s.size()) {
            const char c = s[i];
            if (c == '"') {
                i = skipString(s, i);
                continue;
            }
            if (c == '{' || c == '[') {
                ++depth;
            } else if (c == '}' || c == ']') {
                if (--depth == 0)
                    return i + 1;
            }
            ++i;
        }
        return s.size();
    }
    // A number or a literal: it runs to the next structural byte or whitespace. On text that
    // is not JSON it must not run into a string or a container either, or their bytes would
    // be taken for structure (a '}' inside a string closing an object).
    qsizetype i = pos;
    while (i < s.size() && !isWhitespace(s[i]) && s[i] != ',' && s[i] != ']' && s[i] != '}'
        && s[i] != ':' && s[i] != '"' && s[i] != '[' && s[i] != '{')
        ++i;
    return i == pos ? pos + 1 : i;
}

bool keyMatches(QByteArrayView rawKey, QByteArrayView key)
{
    if (!rawKey.contains('\\'))
        return rawKey == key;
    return decodeString(rawKey).toUtf8() == key;
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

void appendIndent(QByteArray &out, int level, int indentWidth)
{
    if (level > 0 && indentWidth > 0)
        out.append(qsizetype(level) * indentWidth, ' ');
}

} // namespace

QByteArray minified(QByteArrayView json)
{
    QByteArray out;
    out.reserve(json.size());
    qsizetype i = 0;
    while (i < json.size()) {
        const char c = json[i];
        if (c == '"') {
            const qsizetype end = skipString(json, i);
            out.append(json.sliced(i, end - i));
            i = end;
        } else {
            if (!isWhitespace(c))
                out.append(c);
            ++i;
        }
    }
    out.squeeze();
    return out;
}

bool isMinified(QByteArrayView json)
{
    qsizetype i = 0;
    while (i < json.size()) {
        const char c = json[i];
        if (c == '"') {
            i = skipString(json, i);
            continue;
        }
        if (isWhitespace(c))
            return false;
        ++i;
    }
    return true;
}

QList<Member> objectMembers(QByteArrayView object)
{
    QList<Member> members;
    qsizetype pos = skipWhitespace(object, 0);
    if (pos >= object.size() || object[pos] != '{')
        return members;
    ++pos;
    while (true) {
        pos = skipWhitespace(object, pos);
        if (pos >= object.size() || object[pos] == '}')
            break;
        if (object[pos] == ',') {
            ++pos;
            continue;
        }
        if (object[pos] != '"')
            break; // not valid JSON: stop rather than guess
        const qsizetype keyEnd = skipString(object, pos);
        const QByteArrayView rawKey = object.sliced(pos + 1, qMax<qsizetype>(0, keyEnd - pos - 2));
        pos = skipWhitespace(object, keyEnd);
        if (pos >= object.size() || object[pos] != ':')
            break;
        pos = skipWhitespace(object, pos + 1);
        if (pos >= object.size())
            break;
        const qsizetype valueEnd = skipValue(object, pos);
        members.append({rawKey, object.sliced(pos, valueEnd - pos)});
        pos = valueEnd;
    }
    return members;
}

QList<QByteArrayView> arrayItems(QByteArrayView array)
{
    QList<QByteArrayView> items;
    qsizetype pos = skipWhitespace(array, 0);
    if (pos >= array.size() || array[pos] != '[')
        return items;
    ++pos;
    while (true) {
        pos = skipWhitespace(array, pos);
        if (pos >= array.size() || array[pos] == ']')
            break;
        if (array[pos] == ',') {
            ++pos;
            continue;
        }
        const qsizetype end = skipValue(array, pos);
        items.append(array.sliced(pos, end - pos));
        pos = end;
    }
    return items;
}

QByteArrayView memberValue(QByteArrayView object, QByteArrayView key)
{
    QByteArrayView found;
    const QList<Member> members = objectMembers(object);
    for (const Member &member : members) {
        if (keyMatches(member.rawKey, key))
            found = member.value;
    }
    return found;
}

QList<QByteArray> arrayElements(QByteArrayView json, QByteArrayView key)
{
    const QByteArrayView array = memberValue(json, key);
    const QList<QByteArrayView> items = arrayItems(array);
    QList<QByteArray> elements;
    elements.reserve(items.size());
    for (const QByteArrayView item : items)
        elements.append(minified(item));
    return elements;
}

bool isString(QByteArrayView value)
{
    const qsizetype pos = skipWhitespace(value, 0);
    return pos < value.size() && value[pos] == '"';
}

QString decodeString(QByteArrayView raw)
{
    QString result;
    result.reserve(raw.size());
    qsizetype runStart = 0;
    qsizetype i = 0;
    const auto flushRun = [&](qsizetype end) {
        if (end > runStart)
            result += QString::fromUtf8(raw.sliced(runStart, end - runStart));
    };
    while (i < raw.size()) {
        if (raw[i] != '\\') {
            ++i;
            continue;
        }
        flushRun(i);
        if (i + 1 >= raw.size()) {
            runStart = i = raw.size();
            break;
        }
        const char escape = raw[i + 1];
        i += 2;
        switch (escape) {
        case 'b':
            result += QLatin1Char('\b');
            break;
        case 'f':
            result += QLatin1Char('\f');
            break;
        case 'n':
            result += QLatin1Char('\n');
            break;
        case 'r':
            result += QLatin1Char('\r');
            break;
        case 't':
            result += QLatin1Char('\t');
            break;
        case 'u': {
            int code = 0;
            int digits = 0;
            while (digits < 4 && i < raw.size() && hexValue(raw[i]) >= 0) {
                code = code * 16 + hexValue(raw[i]);
                ++i;
                ++digits;
            }
            // UTF-16 code units go in one by one, so a surrogate pair joins by itself.
            if (digits == 4)
                result += QChar(char16_t(code));
            break;
        }
        default: // \" \\ \/ (and anything else, taken literally)
            result += QLatin1Char(escape);
            break;
        }
        runStart = i;
    }
    flushRun(raw.size());
    return result;
}

void appendIndented(QByteArray &out, QByteArrayView raw, int depth, int indentWidth)
{
    int level = depth;
    // QJsonDocument accepts a leading UTF-8 byte order mark; it is no part of the value, and
    // would not be valid where the result is embedded in a larger document.
    qsizetype i = raw.startsWith("\xef\xbb\xbf") ? 3 : 0;
    while (i < raw.size()) {
        const char c = raw[i];
        if (isWhitespace(c)) {
            ++i;
            continue;
        }
        switch (c) {
        case '{':
        case '[': {
            const qsizetype next = skipWhitespace(raw, i + 1);
            const char close = c == '{' ? '}' : ']';
            out.append(c);
            if (next < raw.size() && raw[next] == close) {
                out.append(close);
                i = next + 1;
                continue;
            }
            out.append('\n');
            ++level;
            appendIndent(out, level, indentWidth);
            break;
        }
        case '}':
        case ']':
            out.append('\n');
            --level;
            appendIndent(out, level, indentWidth);
            out.append(c);
            break;
        case ',':
            out.append(",\n");
            appendIndent(out, level, indentWidth);
            break;
        case ':':
            out.append(": ");
            break;
        case '"': {
            const qsizetype end = skipString(raw, i);
            out.append(raw.sliced(i, end - i));
            i = end;
            continue;
        }
        default: {
            const qsizetype end = skipValue(raw, i);
            out.append(raw.sliced(i, end - i));
            i = end;
            continue;
        }
        }
        ++i;
    }
}

QByteArray indented(QByteArrayView raw, int indentWidth)
{
    QByteArray out;
    out.reserve(raw.size() * 2);
    appendIndented(out, raw, 0, indentWidth);
    return out;
}

double numberValue(QByteArrayView text)
{
    // Qt keeps a number without exponent and without non-zero decimals that fits 64 bits as
    // an integer, and the integer's conversion to double is what QJsonValue gives back.
    bool isInt = true;
    for (const char c : text) {
        if (c == 'e' || c == 'E') {
            isInt = false;
            break;
        }
    }
    if (isInt) {
        const qsizetype dot = text.indexOf('.');
        if (dot >= 0) {
            for (const char c : text.sliced(dot + 1)) {
                if (c != '0')
                    isInt = false;
            }
        }
    }
    const QByteArray number = QByteArray::fromRawData(text.data(), text.size());
    if (isInt) {
        bool ok = false;
        const qlonglong n = number.toLongLong(&ok);
        if (ok)
            return double(n);
    }
    // Qt also keeps an integral double as an integer when it fits, which changes nothing
    // but the sign of a zero.
    const double value = number.toDouble();
    return value == 0 ? 0.0 : value;
}

namespace {

constexpr int kMaxDepth = 1024; // QJsonDocument's nesting limit

constexpr quint64 kOnes = 0x0101010101010101ULL;
constexpr quint64 kHighs = 0x8080808080808080ULL;

/// The lowest set high bit marks the first byte of @p word that is a quote, a backslash or
/// not 7-bit ASCII; zero when there is none. (Bits above the first marked byte may be wrong.)
inline quint64 specialStringBytes(quint64 word)
{
    const auto zeroBytes = [](quint64 v) { return (v - kOnes) & ~v & kHighs; };
    return zeroBytes(word ^ (kOnes * '"')) | zeroBytes(word ^ (kOnes * '\\')) | (word & kHighs);
}

inline bool isContinuation(uchar c)
{
    return (c & 0xc0) == 0x80;
}

/// Validates the UTF-8 sequence whose lead byte (>= 0x80) is at @p pos, as Qt's decoder does
/// (no overlong forms, no surrogates, nothing beyond U+10FFFF); returns its length or 0.
inline qsizetype utf8SequenceLength(QByteArrayView s, qsizetype pos)
{
    const auto *p = reinterpret_cast<const uchar *>(s.data()) + pos;
    const qsizetype available = s.size() - pos;
    const uchar b = p[0];
    if (b < 0xc2)
        return 0;
    if (b < 0xe0)
        return available >= 2 && isContinuation(p[1]) ? 2 : 0;
    if (b < 0xf0) {
        if (available < 3 || !isContinuation(p[1]) || !isContinuation(p[2]))
            return 0;
        if (b == 0xe0 && p[1] < 0xa0)
            return 0; // overlong
        if (b == 0xed && p[1] >= 0xa0)
            return 0; // a surrogate
        return 3;
    }
    if (b < 0xf5) {
        if (available < 4 || !isContinuation(p[1]) || !isContinuation(p[2])
            || !isContinuation(p[3]))
            return 0;
        if (b == 0xf0 && p[1] < 0x90)
            return 0; // overlong
        if (b == 0xf4 && p[1] >= 0x90)
            return 0; // beyond U+10FFFF
        return 4;
    }
    return 0;
}

} // namespace

namespace {

/// QString::fromUtf8() reserves a UTF-16 unit per byte; text that many records keep should
/// not carry that slack.
QString fittedFromUtf8(QByteArrayView utf8)
{
    QString text = QString::fromUtf8(utf8);
    if (text.capacity() > text.size())
        text.squeeze();
    return text;
}

} // namespace

QString Reader::StringToken::toString() const
{
    if (!escaped)
        return ascii ? QString::fromLatin1(content) : fittedFromUtf8(content);
    // Resolving the escapes into UTF-8 and decoding that in one go beats decodeString()'s
    // piecewise appends.
    QVarLengthArray<char, 256> utf8;
    if (appendUtf8(utf8))
        return fittedFromUtf8(QByteArrayView(utf8.constData(), utf8.size()));
    return decodeString(content);
}

bool Reader::StringToken::appendUtf8(QVarLengthArray<char, 256> &out) const
{
    if (!escaped) {
        out.append(content.data(), content.size());
        return true;
    }
    const auto appendCodePoint = [&out](char32_t c) {
        if (c < 0x80) {
            out.append(char(c));
        } else if (c < 0x800) {
            out.append(char(0xc0 | (c >> 6)));
            out.append(char(0x80 | (c & 0x3f)));
        } else if (c < 0x10000) {
            out.append(char(0xe0 | (c >> 12)));
            out.append(char(0x80 | ((c >> 6) & 0x3f)));
            out.append(char(0x80 | (c & 0x3f)));
        } else {
            out.append(char(0xf0 | (c >> 18)));
            out.append(char(0x80 | ((c >> 12) & 0x3f)));
            out.append(char(0x80 | ((c >> 6) & 0x3f)));
            out.append(char(0x80 | (c & 0x3f)));
        }
    };
    // A validated string: every backslash starts a whole escape, \u has four hex digits.
    const QByteArrayView raw = content;
    const auto hex4 = [&raw](qsizetype at) {
        char32_t code = 0;
        for (qsizetype k = at; k < at + 4; ++k)
            code = code * 16 + char32_t(hexValue(raw[k]));
        return code;
    };
    qsizetype runStart = 0;
    qsizetype i = 0;
    while (i < raw.size()) {
        const void *backslash = std::memchr(raw.data() + i, '\\', size_t(raw.size() - i));
        if (!backslash)
            break;
        i = static_cast<const char *>(backslash) - raw.data();
        out.append(raw.data() + runStart, i - runStart);
        if (i + 1 >= raw.size())
            return false;
        const char escape = raw[i + 1];
        i += 2;
        switch (escape) {
        case 'b':
            out.append('\b');
            break;
        case 'f':
            out.append('\f');
            break;
        case 'n':
            out.append('\n');
            break;
        case 'r':
            out.append('\r');
            break;
        case 't':
            out.append('\t');
            break;
        case 'u': {
            if (i + 4 > raw.size())
                return false;
            char32_t code = hex4(i);
            i += 4;
            if (code >= 0xdc00 && code <= 0xdfff)
                return false; // a low surrogate without its high one
            if (code >= 0xd800 && code <= 0xdbff) {
                if (i + 6 > raw.size() || raw[i] != '\\' || raw[i + 1] != 'u')
                    return false;
                const char32_t low = hex4(i + 2);
                if (low < 0xdc00 || low > 0xdfff)
                    return false;
                code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00);
                i += 6;
            }
            appendCodePoint(code);
            break;
        }
        default: // \" \\ \/ and, as in Qt, any other byte taken as the code point of its value
            appendCodePoint(uchar(escape));
            break;
        }
        runStart = i;
    }
    out.append(raw.data() + runStart, raw.size() - runStart);
    return true;
}

bool Reader::StringToken::decodedIs(QLatin1StringView name) const
{
    return decodeString(content) == name;
}

void Reader::skipWhitespaceSlow()
{
    const qsizetype start = m_pos;
    while (m_pos < m_text.size() && isWhitespace(m_text[m_pos]))
        ++m_pos;
    m_whitespace += m_pos - start;
}

bool Reader::beginDocument()
{
    if (m_error)
        return false;
    // Qt passes a UTF-8 byte order mark only when something follows it.
    if (m_pos == 0 && m_text.size() > 3 && m_text.startsWith("\xef\xbb\xbf"))
        m_pos = 3;
    const Type type = peek();
    return type == Type::Object || type == Type::Array;
}

bool Reader::endDocument()
{
    if (m_error)
        return false;
    skipWhitespace();
    return m_pos == m_text.size() && m_depth == 0;
}

Reader::Type Reader::peek()
{
    if (m_error)
        return Type::End;
    skipWhitespace();
    if (m_pos >= m_text.size())
        return Type::End;
    switch (m_text[m_pos]) {
    case '"':
        return Type::String;
    case '{':
        return Type::Object;
    case '[':
        return Type::Array;
    case 't':
    case 'f':
        return Type::Bool;
    case 'n':
        return Type::Null;
    default:
        // Qt hands any other byte to its number conversion, which decides.
        return Type::Number;
    }
}

bool Reader::readString(StringToken *token)
{
    if (m_error)
        return false;
    skipWhitespace();
    if (m_pos >= m_text.size() || m_text[m_pos] != '"')
        return fail();
    const char *data = m_text.data();
    const qsizetype size = m_text.size();
    const qsizetype start = m_pos + 1;
    qsizetype i = start;
    bool escaped = false;
    bool ascii = true;
    while (true) {
        // Plain ASCII runs, sixteen or eight bytes at a time.
        bool marked = false;
#if defined(__SSE2__)
        while (i + 16 <= size) {
            const __m128i chunk = _mm_loadu_si128(reinterpret_cast<const __m128i *>(data + i));
            const __m128i marks =
                _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(chunk, _mm_set1_epi8('"')),
                                 _mm_cmpeq_epi8(chunk, _mm_set1_epi8('\\'))),
                    chunk); // the high bit of a byte >= 0x80 is its own mark
            const int mask = _mm_movemask_epi8(marks);
            if (mask) {
                i += qCountTrailingZeroBits(uint(mask));
                marked = true;
                break;
            }
            i += 16;
        }
#endif
        while (!marked && i + 8 <= size) {
            quint64 word;
            std::memcpy(&word, data + i, 8);
            const quint64 special = specialStringBytes(word);
            if (special) {
                i += qCountTrailingZeroBits(special) / 8;
                break;
            }
            i += 8;
        }
        if (i >= size)
            return fail();
        const uchar c = uchar(data[i]);
        if (c == '"')
            break;
        if (c == '\\') {
            // Qt takes any escaped byte literally, except that \u needs four hex digits.
            escaped = true;
            if (i + 1 >= size)
                return fail();
            if (data[i + 1] == 'u') {
                if (i + 6 > size)
                    return fail();
                for (qsizetype k = i + 2; k < i + 6; ++k) {
                    if (hexValue(data[k]) < 0)
                        return fail();
                }
                i += 6;
            } else {
                if (uchar(data[i + 1]) >= 0x80)
                    ascii = false;
                i += 2;
            }
        } else if (c >= 0x80) {
            // Text in other scripts runs many sequences back to back: stay here for them.
            ascii = false;
            do {
                const qsizetype length = utf8SequenceLength(m_text, i);
                if (length == 0)
                    return fail();
                i += length;
            } while (i < size && uchar(data[i]) >= 0x80);
        } else {
            ++i; // a plain byte the word scan left for the tail
        }
    }
    // Qt needs at least one byte after the closing quote.
    if (i + 1 >= size)
        return fail();
    token->content = m_text.sliced(start, i - start);
    token->escaped = escaped;
    token->ascii = ascii;
    m_pos = i + 1;
    return true;
}

bool Reader::skipLiteral(QByteArrayView word)
{
    // Qt wants one more byte after a literal; a valid document always has one.
    if (m_text.size() - m_pos <= word.size() || m_text.sliced(m_pos, word.size()) != word)
        return fail();
    m_pos += word.size();
    return true;
}

bool Reader::skipNumber()
{
    // The span Qt's parser takes as a number, and whether Qt's conversion accepts it.
    const qsizetype size = m_text.size();
    const char *data = m_text.data();
    const auto isDigit = [](char c) { return c >= '0' && c <= '9'; };
    const qsizetype start = m_pos;
    qsizetype i = m_pos;
    if (i < size && data[i] == '-')
        ++i;
    const qsizetype intStart = i;
    if (i < size && data[i] == '0') {
        ++i;
    } else {
        while (i < size && isDigit(data[i]))
            ++i;
    }
    const bool hasInt = i > intStart;
    bool hasFraction = false;
    bool emptyFraction = false;
    if (i < size && data[i] == '.') {
        ++i;
        const qsizetype fractionStart = i;
        while (i < size && isDigit(data[i]))
            ++i;
        hasFraction = true;
        emptyFraction = i == fractionStart;
    }
    bool hasExponent = false;
    if (i < size && (data[i] == 'e' || data[i] == 'E')) {
        hasExponent = true;
        ++i;
        if (i < size && (data[i] == '-' || data[i] == '+'))
            ++i;
        while (i < size && isDigit(data[i]))
            ++i;
    }
    if (i >= size)
        return fail();
    m_pos = i;
    // Plain decimals of moderate length always convert; anything else asks Qt's conversion.
    if (hasInt && !(hasFraction && emptyFraction) && !hasExponent && i - start <= 300)
        return true;
    const QByteArray number = QByteArray::fromRawData(data + start, i - start);
    bool isInt = !hasExponent;
    if (isInt && hasFraction) {
        for (const char c : QByteArrayView(number).sliced(number.indexOf('.') + 1)) {
            if (c != '0')
                isInt = false;
        }
    }
    bool ok = false;
    if (isInt) {
        number.toLongLong(&ok);
        if (ok)
            return true;
    }
    number.toDouble(&ok);
    return ok || fail();
}

bool Reader::skipValue()
{
    switch (peek()) {
    case Type::End:
        return fail();
    case Type::String: {
        StringToken token;
        return readString(&token);
    }
    case Type::Object: {
        if (!beginObject())
            return false;
        StringToken key;
        while (nextMember(&key)) {
            if (!skipValue())
                return false;
        }
        return !m_error;
    }
    case Type::Array:
        if (!beginArray())
            return false;
        while (nextElement()) {
            if (!skipValue())
                return false;
        }
        return !m_error;
    case Type::Bool:
        return skipLiteral(m_text[m_pos] == 't' ? QByteArrayView("true") : QByteArrayView("false"));
    case Type::Null:
        return skipLiteral("null");
    case Type::Number:
        return skipNumber();
    }
    return fail();
}

bool Reader::enter(char open)
{
    if (m_error)
        return false;
    skipWhitespace();
    if (m_pos >= m_text.size() || m_text[m_pos] != open || m_depth >= kMaxDepth)
        return fail();
    ++m_pos;
    ++m_depth;
    m_first = true;
    return true;
}

bool Reader::beginObject()
{
    return enter('{');
}

bool Reader::beginArray()
{
    return enter('[');
}

bool Reader::nextMember(StringToken *key)
{
    if (!advanceInContainer('}') || !readString(key))
        return false;
    skipWhitespace();
    if (m_pos >= m_text.size() || m_text[m_pos] != ':')
        return fail();
    ++m_pos;
    return true;
}

bool Reader::nextElement()
{
    return advanceInContainer(']');
}

bool Reader::advanceInContainer(char close)
{
    if (m_error)
        return false;
    skipWhitespace();
    if (m_pos >= m_text.size())
        return fail();
    const char c = m_text[m_pos];
    if (c == close) {
        ++m_pos;
        --m_depth;
        m_first = false;
        return false;
    }
    if (!m_first) {
        if (c != ',')
            return fail();
        ++m_pos;
    }
    m_first = false;
    return true;
}

} // namespace RawJson
