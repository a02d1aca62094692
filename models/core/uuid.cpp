#include "models/core/uuid.h"

#include <QtGlobal>
#include <cstring>

bool isCanonicalUuid(QStringView text)
{
    if (text.size() != 36)
        return false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (c != u'-')
                return false;
        } else if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')
                       || (c >= u'A' && c <= u'F'))) {
            return false;
        }
    }
    return true;
}

bool isCanonicalUuidUtf8(QByteArrayView utf8)
{
    if (utf8.size() != 36)
        return false;
    const char *p = utf8.data();
    if (p[8] != '-' || p[13] != '-' || p[18] != '-' || p[23] != '-')
        return false;
    // The 32 hex digits without the dashes, checked eight bytes at a time.
    char digitsOnly[32];
    std::memcpy(digitsOnly, p, 8);
    std::memcpy(digitsOnly + 8, p + 9, 4);
    std::memcpy(digitsOnly + 12, p + 14, 4);
    std::memcpy(digitsOnly + 16, p + 19, 4);
    std::memcpy(digitsOnly + 20, p + 24, 12);
    constexpr quint64 ones = 0x0101010101010101ULL;
    constexpr quint64 highs = 0x8080808080808080ULL;
    // For bytes below 0x80: x + (0x80 - lo) has its high bit set when x >= lo, and
    // x + (0x7f - hi) has it clear when x <= hi; no byte carries into the next.
    const auto inRange = [](quint64 x, uchar lo, uchar hi) {
        return (x + ones * (0x80 - lo)) & ~(x + ones * (0x7f - hi)) & highs;
    };
    for (int k = 0; k < 32; k += 8) {
        quint64 word;
        std::memcpy(&word, digitsOnly + k, 8);
        if (word & highs)
            return false;
        // Setting bit 0x20 maps 'A'-'F' onto 'a'-'f' and nothing else into that range.
        const quint64 hex = inRange(word, '0', '9') | inRange(word | ones * 0x20, 'a', 'f');
        if (hex != highs)
            return false;
    }
    return true;
}
