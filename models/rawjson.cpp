#include "rawjson.h"

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
    // A number or a literal: it runs to the next structural byte or whitespace.
    qsizetype i = pos;
    while (i < s.size() && !isWhitespace(s[i]) && s[i] != ',' && s[i] != ']' && s[i] != '}'
        && s[i] != ':')
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
    qsizetype i = 0;
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

} // namespace RawJson
