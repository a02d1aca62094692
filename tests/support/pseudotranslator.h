#pragma once

// The pseudo-locale of the layout checks: every string of the console 40% longer and full of
// accented letters ("Export…" -> "[Ëxpórt… ~~~]"), made at run time from the English catalogue,
// so a label that only fits English text shows up before the translations arrive. Placeholders
// (%1, %L1, %n), mnemonics (&x), HTML tags and entities are kept as they are.

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTranslator>

namespace testsupport {

class PseudoTranslator : public QTranslator
{
public:
    /// @p english: the English catalogue, for the plural forms; not owned, may be null.
    explicit PseudoTranslator(const QTranslator *english, QObject *parent = nullptr)
        : QTranslator(parent)
        , m_english(english)
    { }

    bool isEmpty() const override { return false; }

    QString translate(const char *context, const char *sourceText,
        const char *disambiguation = nullptr, int n = -1) const override
    {
        QString english =
            m_english ? m_english->translate(context, sourceText, disambiguation, n) : QString();
        if (english.isEmpty())
            english = QString::fromUtf8(sourceText);
        return pseudo(english);
    }

    static QString pseudo(const QString &text)
    {
        // Empty, Qt's direction marker, and rich text (which wraps and has its own layout).
        if (text.isEmpty() || text == QLatin1String("QT_LAYOUT_DIRECTION")
            || text.startsWith(QLatin1Char('<')))
            return text;
        // Kept as they are: placeholders, mnemonics, tags, entities, and Qt's own markers.
        static const QRegularExpression kept(QStringLiteral("%L?\\d+|%n|&&|&#?\\w+;|&\\S|<[^>]*>"));
        QString out;
        qsizetype at = 0;
        auto it = kept.globalMatch(text);
        const auto accent = [&](QStringView plain) {
            for (const QChar c : plain)
                out += accented(c);
        };
        while (it.hasNext()) {
            const QRegularExpressionMatch match = it.next();
            accent(QStringView(text).mid(at, match.capturedStart() - at));
            out += match.captured();
            at = match.capturedEnd();
        }
        accent(QStringView(text).mid(at));
        // 40% longer, at least two characters more: short strings grow most in real languages.
        const qsizetype padding = qMax<qsizetype>(2, (text.size() * 4 + 9) / 10 - 2);
        return QLatin1Char('[') + out + QLatin1Char(' ') + QString(padding, QLatin1Char('~'))
            + QLatin1Char(']');
    }

private:
    static QChar accented(QChar c)
    {
        static const QString plain = QStringLiteral("aeiouyAEIOUYcnCN");
        static const QString marked = QStringLiteral("áëíöúÿÅËÎÖÙŸçñÇÑ");
        const qsizetype index = plain.indexOf(c);
        return index < 0 ? c : marked.at(index);
    }

    const QTranslator *m_english;
};

} // namespace testsupport
