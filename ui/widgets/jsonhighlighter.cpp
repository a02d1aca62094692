#include "ui/widgets/jsonhighlighter.h"

#include "ui/widgets/theme.h"

#include <QPalette>

JsonHighlighter::JsonHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{
    setPalette(QPalette());
}

void JsonHighlighter::setPalette(const QPalette &palette)
{
    const bool dark = Theme::isDark(palette);
    m_key.setForeground(dark ? QColor(0x8c, 0xc4, 0xff) : QColor(0x1a, 0x4f, 0x9c));
    m_key.setFontWeight(QFont::DemiBold);
    m_string.setForeground(dark ? QColor(0xa6, 0xd9, 0x8c) : QColor(0x1f, 0x7a, 0x35));
    m_number.setForeground(dark ? QColor(0xf5, 0xb9, 0x6e) : QColor(0xa3, 0x4a, 0x00));
    m_keyword.setForeground(dark ? QColor(0xd7, 0xa6, 0xff) : QColor(0x7b, 0x2f, 0xa8));
    rehighlight();
}

void JsonHighlighter::highlightBlock(const QString &text)
{
    const qsizetype length = text.size();
    qsizetype i = 0;
    while (i < length) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('"')) {
            qsizetype end = i + 1;
            while (end < length && text.at(end) != QLatin1Char('"'))
                end += text.at(end) == QLatin1Char('\\') ? 2 : 1;
            end = qMin(end + 1, length);
            // A string followed by a colon is a key.
            qsizetype next = end;
            while (next < length && text.at(next).isSpace())
                ++next;
            const bool isKey = next < length && text.at(next) == QLatin1Char(':');
            setFormat(int(i), int(end - i), isKey ? m_key : m_string);
            i = end;
        } else if (c == QLatin1Char('-') || c.isDigit()) {
            qsizetype end = i + 1;
            while (end < length
                && (text.at(end).isDigit() || QStringLiteral(".eE+-").contains(text.at(end))))
                ++end;
            setFormat(int(i), int(end - i), m_number);
            i = end;
        } else if (c.isLetter()) {
            qsizetype end = i + 1;
            while (end < length && text.at(end).isLetter())
                ++end;
            const QStringView word = QStringView(text).mid(i, end - i);
            if (word == u"true" || word == u"false" || word == u"null")
                setFormat(int(i), int(end - i), m_keyword);
            i = end;
        } else {
            ++i;
        }
    }
}
