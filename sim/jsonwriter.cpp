#include "sim/jsonwriter.h"

namespace hubsim {

void JsonTextWriter::beforeValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_firstInLevel.empty()) {
        if (!m_firstInLevel.back())
            m_text.append(',');
        m_firstInLevel.back() = false;
    }
}

void JsonTextWriter::beginObject()
{
    beforeValue();
    m_text.append('{');
    m_firstInLevel.push_back(true);
}

void JsonTextWriter::endObject()
{
    m_firstInLevel.pop_back();
    m_text.append('}');
}

void JsonTextWriter::beginArray()
{
    beforeValue();
    m_text.append('[');
    m_firstInLevel.push_back(true);
}

void JsonTextWriter::endArray()
{
    m_firstInLevel.pop_back();
    m_text.append(']');
}

void JsonTextWriter::key(const char *name)
{
    key(QString::fromUtf8(name));
}

void JsonTextWriter::key(const QString &name)
{
    beforeValue();
    appendQuoted(m_text, name);
    m_text.append(':');
    m_afterKey = true;
}

void JsonTextWriter::string(const QString &text)
{
    beforeValue();
    appendQuoted(m_text, text);
}

void JsonTextWriter::boolean(bool value)
{
    beforeValue();
    m_text.append(value ? "true" : "false");
}

void JsonTextWriter::number(qint64 value)
{
    beforeValue();
    m_text.append(QByteArray::number(value));
}

void JsonTextWriter::number(double value)
{
    beforeValue();
    m_text.append(QByteArray::number(value, 'g', 15));
}

void JsonTextWriter::raw(const QByteArray &json)
{
    beforeValue();
    m_text.append(json);
}

QByteArray JsonTextWriter::take()
{
    QByteArray result = std::move(m_text);
    m_text.clear();
    m_firstInLevel.clear();
    m_afterKey = false;
    return result;
}

void JsonTextWriter::appendQuoted(QByteArray &out, const QString &text)
{
    static const char hex[] = "0123456789abcdef";
    const QByteArray utf8 = text.toUtf8();
    out.reserve(out.size() + utf8.size() + 2);
    out.append('"');
    for (const char c : utf8) {
        const auto byte = static_cast<unsigned char>(c);
        switch (c) {
        case '"':
            out.append("\\\"");
            break;
        case '\\':
            out.append("\\\\");
            break;
        case '\b':
            out.append("\\b");
            break;
        case '\f':
            out.append("\\f");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\r':
            out.append("\\r");
            break;
        case '\t':
            out.append("\\t");
            break;
        default:
            if (byte < 0x20) {
                out.append("\\u00");
                out.append(hex[byte >> 4]);
                out.append(hex[byte & 0xf]);
            } else {
                out.append(c);
            }
        }
    }
    out.append('"');
}

} // namespace hubsim
