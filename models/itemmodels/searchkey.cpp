#include "models/itemmodels/searchkey.h"

#include <algorithm>

namespace SearchKey {

QString of(const Orchestration &record)
{
    const QChar separator(0x1f);
    const QString name = record.name();
    const QString description = record.description();
    const QString id = record.id();
    const QStringList ids = record.referencedIds();
    qsizetype size = name.size() + description.size() + id.size() + 2;
    for (const QString &each : ids)
        size += 1 + each.size();
    QString text;
    text.reserve(size);
    // Lowered field by field, by hand: QString::toLower() looks every character up in its
    // full case tables, which took most of the time for 100,000 keys. Each code unit maps
    // on its own exactly as toLower() maps it, except surrogates and U+0130 (which lowers
    // to two characters): a field holding one of those goes through toLower().
    const auto appendLowered = [&text](const QString &field) {
        const qsizetype start = text.size();
        text += field;
        char16_t *chars = reinterpret_cast<char16_t *>(text.data()) + start;
        for (qsizetype i = 0, end = field.size(); i < end; ++i) {
            const char16_t c = chars[i];
            if (c < 0x80) {
                if (c >= u'A' && c <= u'Z')
                    chars[i] = char16_t(c + (u'a' - u'A'));
            } else if (QChar::isSurrogate(c) || c == 0x130) {
                text.truncate(start);
                text += field.toLower();
                return;
            } else {
                chars[i] = char16_t(QChar::toLower(char32_t(c)));
            }
        }
    };
    appendLowered(name);
    text += separator;
    appendLowered(description);
    text += separator;
    appendLowered(id);
    for (const QString &each : ids) {
        text += separator;
        appendLowered(each);
    }
    return text;
}

QStringList needles(const QString &text)
{
    QStringList words = text.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (QString &word : words)
        word = word.trimmed();
    words.removeAll(QString());
    return words;
}

bool matches(const QString &key, const QStringList &needles)
{
    return std::all_of(needles.cbegin(), needles.cend(), [&key](const QString &needle) {
        return key.contains(needle, Qt::CaseSensitive); // both sides are already lowercase
    });
}

bool narrows(const QStringList &narrower, const QStringList &wider)
{
    return std::all_of(wider.cbegin(), wider.cend(), [&narrower](const QString &word) {
        return std::any_of(narrower.cbegin(), narrower.cend(),
            [&word](const QString &longer) { return longer.contains(word); });
    });
}

} // namespace SearchKey
