#pragma once

#include <QByteArray>
#include <QString>
#include <vector>

namespace hubsim {

/**
 * Writes compact JSON text in exactly the order it is told. QJsonObject sorts its keys, and
 * the simulator promises the key order of the service, so every body is written by hand
 * through this class.
 */
class JsonTextWriter
{
public:
    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    /// Starts a member of the current object; the next value call writes its value.
    void key(const char *name);
    void key(const QString &name);
    void string(const QString &text);
    void boolean(bool value);
    void number(qint64 value);
    void number(double value);
    /// Inserts already valid JSON text as one value (a stored record, for example).
    void raw(const QByteArray &json);

    const QByteArray &text() const { return m_text; }
    QByteArray take();

    /// @p text as a quoted JSON string, with every character JSON requires escaped.
    static void appendQuoted(QByteArray &out, const QString &text);

private:
    void beforeValue();

    QByteArray m_text;
    std::vector<bool> m_firstInLevel;
    bool m_afterKey = false;
};

} // namespace hubsim
