#pragma once

#include <QByteArrayView>
#include <QMultiHash>
#include <QString>

/**
 * Hands out one shared copy of equal strings, so an id that many records repeat (bot,
 * participant, agent and customer ids) costs one allocation. Use one per page or per scan;
 * not thread-safe.
 */
class StringInterner
{
public:
    QString intern(const QString &text);
    /// As intern(), for text given as its UTF-8 bytes (as JSON carries it), which must be
    /// valid UTF-8: decoded only when the text is new, so a repeated id costs no allocation.
    QString internUtf8(QByteArrayView utf8);
    qsizetype size() const { return m_strings.size(); }

private:
    QMultiHash<size_t, QString> m_strings; ///< keyed by the hash of the text's UTF-8
};
