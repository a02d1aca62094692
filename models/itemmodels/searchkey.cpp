#include "models/itemmodels/searchkey.h"

#include <algorithm>

namespace SearchKey {

QByteArray of(const Orchestration &record)
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
    QByteArray key = text.toUtf8();
    key.squeeze(); // the conversion reserves three bytes a character
    return key;
}

QByteArrayList needles(const QString &text)
{
    QByteArrayList words;
    const QStringList parts = text.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const QString word = part.trimmed();
        if (!word.isEmpty())
            words.append(word.toUtf8());
    }
    return words;
}

bool matches(QByteArrayView key, const QByteArrayList &needles)
{
    return std::all_of(needles.cbegin(), needles.cend(),
        [key](const QByteArray &needle) { return key.contains(needle); });
}

bool narrows(const QByteArrayList &narrower, const QByteArrayList &wider)
{
    return std::all_of(wider.cbegin(), wider.cend(), [&narrower](const QByteArray &word) {
        return std::any_of(narrower.cbegin(), narrower.cend(),
            [&word](const QByteArray &longer) { return longer.contains(word); });
    });
}

} // namespace SearchKey
