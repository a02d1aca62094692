#pragma once

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

/**
 * Colours JSON text: keys, strings, numbers, and true/false/null. Expects the indented
 * layout of RawJson::indented() (no string spans lines), which is what the inspector shows.
 * Colours are derived from a palette (setPalette()), so they read on light and dark bases.
 */
class JsonHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    explicit JsonHighlighter(QTextDocument *document);

    /// Picks colours that contrast with @p palette's base and re-highlights.
    void setPalette(const QPalette &palette);

protected:
    void highlightBlock(const QString &text) override;

private:
    QTextCharFormat m_key;
    QTextCharFormat m_string;
    QTextCharFormat m_number;
    QTextCharFormat m_keyword;
};
