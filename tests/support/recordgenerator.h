#pragma once

// Random orchestration records for the tests that check the record reader (and what is built
// on its results) against references over many shapes of input.

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRandomGenerator>
#include <QStringList>
#include <QUuid>
#include <cctype>
#include <functional>

namespace testsupport {

using namespace Qt::StringLiterals;

/// Random records in the contract's shape, each field now and then absent, null, of the
/// wrong kind or oddly spelled; then textual changes QJsonObject cannot make (repeated keys,
/// escaped letters, number spellings, whitespace, broken bytes).
class RecordGenerator
{
public:
    explicit RecordGenerator(quint32 seed)
        : m_random(seed)
    {
        for (int i = 0; i < 12; ++i) {
            QByteArray bytes(16, Qt::Uninitialized);
            for (char &byte : bytes)
                byte = char(m_random.bounded(256));
            m_pool.append(QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces));
        }
    }

    QByteArray next()
    {
        m_raw.clear();
        const QJsonObject object = record();
        QByteArray text = QJsonDocument(object).toJson(
            chance(25) ? QJsonDocument::Indented : QJsonDocument::Compact);
        if (chance(25))
            text = repeatAKey(text);
        for (auto it = m_raw.cbegin(); it != m_raw.cend(); ++it)
            text.replace(QByteArray("\"" + it.key() + "\""), it.value());
        if (chance(25))
            text = escapeSomeLetters(text);
        if (chance(4))
            text = breakBytes(text);
        return text;
    }

private:
    bool chance(int percent) { return m_random.bounded(100) < percent; }
    template<typename T> const T &pick(const QList<T> &list)
    {
        return list.at(m_random.bounded(int(list.size())));
    }

    /// A string value the text will spell as @p raw (a number, say).
    QJsonValue rawText(const QByteArray &raw)
    {
        const QByteArray marker = "@@" + QByteArray::number(m_raw.size()) + "@@";
        m_raw.insert(marker, raw);
        return QString::fromLatin1(marker);
    }

    QJsonValue anyValue(int depth)
    {
        switch (m_random.bounded(depth > 0 ? 7 : 5)) {
        case 0:
            return QJsonValue::Null;
        case 1:
            return chance(50);
        case 2:
            return number();
        case 3:
            return text();
        case 4:
            return idValue();
        case 5: {
            QJsonArray array;
            for (int i = m_random.bounded(3); i > 0; --i)
                array.append(anyValue(depth - 1));
            return array;
        }
        default: {
            QJsonObject object;
            for (int i = m_random.bounded(3); i > 0; --i)
                object.insert(pick(keys()), anyValue(depth - 1));
            return object;
        }
        }
    }

    static const QStringList &keys()
    {
        static const QStringList list {u"id"_s, u"name"_s, u"description"_s, u"active"_s,
            u"created"_s, u"modified"_s, u"applications"_s, u"botConfiguration"_s,
            u"agentConfiguration"_s, u"customerConfiguration"_s, u"forwardTranscript"_s,
            u"bypassVaDuration"_s, u"bots"_s, u"participant"_s, u"onEscalation"_s, u"agent"_s,
            u"agents"_s, u"customer"_s, u"x-region"_s, u"locale"_s};
        return list;
    }

    QJsonValue number()
    {
        static const QList<QByteArray> spellings {"0", "-0", "5", "2.5", "1.50", "1e2", "1E+2",
            "-3.5e-2", "1.", ".5", "-.5", "12345678901234567890", "1.000", "-0.0", "-1", "1440",
            "7.5", "9007199254740993", "1e308", "0.1"};
        return rawText(pick(spellings));
    }

    QJsonValue text()
    {
        static const QStringList pieces {u"plain"_s, u"Orchestration 12"_s, u"名前 😀"_s,
            u"a \"quoted\" \\ path"_s, u"tab\there"_s, QString(QChar(1)) + u"ctl"_s, u""_s, u"é"_s,
            u"Отдел"_s, u"Created for Custom channel."_s, u"/"_s};
        QString result;
        for (int i = m_random.bounded(4); i > 0; --i)
            result += pick(pieces);
        return result;
    }

    QJsonValue idValue()
    {
        const int roll = m_random.bounded(100);
        if (roll < 80)
            return pick(m_pool);
        if (roll < 85)
            return pick(m_pool).toUpper();
        if (roll < 88)
            return QString(u"{"_s + pick(m_pool) + u"}"_s);
        if (roll < 91)
            return QString(pick(m_pool)).replace(u'-', u'_');
        if (roll < 94)
            return QString(pick(m_pool).left(35) + u"g"_s);
        if (roll < 97)
            return QString();
        return u"bob"_s;
    }

    QJsonValue date()
    {
        if (chance(75)) {
            const bool odd = chance(15);
            const int year = odd ? m_random.bounded(0, 10000) : m_random.bounded(1969, 2031);
            const int month = odd ? m_random.bounded(0, 14) : m_random.bounded(1, 13);
            const int day = odd ? m_random.bounded(0, 33) : m_random.bounded(1, 32);
            const int hour = odd ? m_random.bounded(0, 26) : m_random.bounded(0, 24);
            const int minute = odd ? m_random.bounded(0, 61) : m_random.bounded(0, 60);
            const int second = odd ? m_random.bounded(0, 62) : m_random.bounded(0, 60);
            const int msec = m_random.bounded(0, 1000);
            return QString::asprintf("%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", year, month, day, hour,
                minute, second, msec);
        }
        static const QStringList forms {u"2021-03-21T16:29:01.516+02:00"_s,
            u"2021-03-21T14:29:01Z"_s, u"2021-03-21T14:29:01.5Z"_s, u"2021-03-21T14:29Z"_s,
            u"2021-03-21 14:29:01.516Z"_s, u"2021-03-21T14:29:01.516"_s, u"yesterday"_s, u""_s,
            u"2021-03-21T24:00:00.000Z"_s, u"2020-02-29T12:00:00.000Z"_s,
            u"2021-02-29T12:00:00.000Z"_s, u"2021-03-21T14:29:60.000Z"_s,
            u"+2021-03-21T14:29:01.516Z"_s, u"2021-03-21T14:29:01.516z"_s,
            u"0000-01-01T00:00:00.000Z"_s, u" 2021-03-21T14:29:01.516Z"_s,
            u"2021-03-21T14:29:01,516Z"_s, u"2021-13-01T00:00:00.000Z"_s,
            u"1969-12-31T23:59:59.999Z"_s, u"0001-01-01T00:00:00.000Z"_s,
            u"9999-12-31T23:59:59.999Z"_s, u"2021-03-21T14:29:01.516-00:30"_s,
            u"2021-03-21T14:29:01.516Z "_s, u"2021-03-21T14:29:01.5160Z"_s};
        return pick(forms);
    }

    /// Absent, null or wrong now and then; otherwise what @p good makes.
    template<typename Good>
    void field(QJsonObject &object, const QString &key, int absent, int wrong, Good good)
    {
        const int roll = m_random.bounded(100);
        if (roll < absent)
            return;
        if (roll < absent + wrong) {
            object.insert(key, chance(30) ? QJsonValue(QJsonValue::Null) : anyValue(1));
            return;
        }
        object.insert(key, good());
    }

    void extras(QJsonObject &object)
    {
        if (chance(15))
            object.insert(u"x-"_s + QString::number(m_random.bounded(5)), anyValue(2));
    }

    QJsonObject idObject()
    {
        QJsonObject object;
        field(object, u"id"_s, 5, 5, [&] { return idValue(); });
        extras(object);
        return object;
    }

    QJsonArray list(int maxSize, const std::function<QJsonValue()> &element)
    {
        QJsonArray array;
        for (int i = m_random.bounded(maxSize + 1); i > 0; --i)
            array.append(chance(90) ? element() : anyValue(1));
        return array;
    }

    QJsonObject bot()
    {
        QJsonObject object;
        field(object, u"id"_s, 5, 5, [&] { return idValue(); });
        field(object, u"participant"_s, 5, 5, [&] { return idObject(); });
        field(object, u"onEscalation"_s, 30, 10, [&] {
            QJsonObject escalation;
            field(escalation, u"agent"_s, 5, 5, [&] { return idObject(); });
            extras(escalation);
            return escalation;
        });
        extras(object);
        return object;
    }

    QJsonObject applications()
    {
        QJsonObject object;
        field(object, u"botConfiguration"_s, 35, 8, [&] {
            QJsonObject configuration;
            field(configuration, u"forwardTranscript"_s, 30, 10, [&] { return chance(50); });
            field(configuration, u"bypassVaDuration"_s, 40, 10, [&] { return number(); });
            field(configuration, u"bots"_s, 5, 5, [&] { return list(3, [&] { return bot(); }); });
            extras(configuration);
            return configuration;
        });
        field(object, u"agentConfiguration"_s, 35, 8, [&] {
            QJsonObject configuration;
            field(configuration, u"agents"_s, 5, 5,
                [&] { return list(3, [&] { return idObject(); }); });
            extras(configuration);
            return configuration;
        });
        field(object, u"customerConfiguration"_s, 50, 8, [&] {
            QJsonObject configuration;
            field(configuration, u"customer"_s, 5, 5, [&] { return idObject(); });
            extras(configuration);
            return configuration;
        });
        extras(object);
        return object;
    }

    QJsonObject record()
    {
        QJsonObject object;
        field(object, u"id"_s, 3, 4, [&] { return idValue(); });
        field(object, u"name"_s, 3, 4, [&] { return text(); });
        field(object, u"description"_s, 30, 10, [&] { return text(); });
        field(object, u"active"_s, 3, 4, [&] { return chance(50); });
        field(object, u"created"_s, 3, 4, [&] { return date(); });
        field(object, u"modified"_s, 3, 4, [&] { return date(); });
        field(object, u"applications"_s, 3, 5, [&] { return applications(); });
        extras(object);
        return object;
    }

    /// Positions of @p byte outside strings.
    static QList<qsizetype> structural(const QByteArray &text, char byte)
    {
        QList<qsizetype> positions;
        bool inString = false;
        for (qsizetype i = 0; i < text.size(); ++i) {
            const char c = text.at(i);
            if (inString) {
                if (c == '\\')
                    ++i;
                else if (c == '"')
                    inString = false;
            } else if (c == '"') {
                inString = true;
            } else if (c == byte) {
                positions.append(i);
            }
        }
        return positions;
    }

    /// Writes some letters, digits and dashes inside strings (keys too) as \u escapes.
    QByteArray escapeSomeLetters(const QByteArray &text)
    {
        QByteArray out;
        bool inString = false;
        for (qsizetype i = 0; i < text.size(); ++i) {
            const char c = text.at(i);
            if (inString && c == '\\') {
                out += text.mid(i, 2);
                ++i;
                continue;
            }
            if (c == '"') {
                inString = !inString;
            } else if (inString && (std::isalnum(uchar(c)) || c == '-') && chance(10)) {
                out += "\\u00" + QByteArray::number(uchar(c), 16).rightJustified(2, '0');
                continue;
            }
            out += c;
        }
        return out;
    }

    /// Adds a member whose name repeats one the record may have, first or last in an object:
    /// the last occurrence must count.
    QByteArray repeatAKey(QByteArray text)
    {
        const QByteArray value =
            QJsonDocument(QJsonArray {anyValue(2)}).toJson(QJsonDocument::Compact);
        const QByteArray member = "\"" + pick(keys()).toUtf8() + "\":" + value.chopped(1).mid(1);
        if (chance(50)) {
            const QList<qsizetype> opens = structural(text, '{');
            const qsizetype at = opens.at(m_random.bounded(int(opens.size())));
            const bool empty = text.mid(at + 1).trimmed().startsWith('}');
            text.insert(at + 1, empty ? member : member + ',');
        } else {
            const QList<qsizetype> closes = structural(text, '}');
            const qsizetype at = closes.at(m_random.bounded(int(closes.size())));
            const bool empty = text.left(at).trimmed().endsWith('{');
            text.insert(at, empty ? member : ',' + member);
        }
        return text;
    }

    QByteArray breakBytes(QByteArray text)
    {
        const qsizetype at = m_random.bounded(int(text.size()));
        static const QByteArray bytes("{}[],:\"\\ x1\x80\xff");
        const char byte = bytes.at(m_random.bounded(int(bytes.size())));
        if (chance(50))
            text.insert(at, byte);
        else
            text[at] = byte;
        return text;
    }

    QRandomGenerator m_random;
    QStringList m_pool;
    QMap<QByteArray, QByteArray> m_raw;
};

} // namespace testsupport
