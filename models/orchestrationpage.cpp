#include "orchestrationpage.h"

#include "rawjson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <cmath>
#include <limits>

namespace {

/// The translation context of this file's messages (lupdate reads the macro).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(OrchestrationPage)
};

PageParseResult failure(const QString &message)
{
    PageParseResult result;
    result.error = message;
    return result;
}

/// Reads paginationInfo.<key>: a non-negative integer no larger than @p maximum. Returns an
/// error message when it is present with another type or value; a missing member only warns.
QString readCount(const QJsonObject &info, QLatin1StringView key, double maximum, qint64 *value,
    QList<ValidationWarning> &warnings)
{
    const QString path = QStringLiteral("paginationInfo.") + key;
    const QJsonValue member = info.value(key);
    if (member.isUndefined()) {
        warnings.append({path, Text::tr("The page does not say its %1.").arg(key)});
        return {};
    }
    const double number = member.toDouble(-1);
    if (!member.isDouble() || number < 0 || number > maximum || std::floor(number) != number)
        return Text::tr("The server's answer is not a usable page: %1 must be a non-negative "
                        "integer.")
            .arg(path);
    *value = qint64(number);
    return {};
}

} // namespace

PageParseResult parseOrchestrationPage(QByteArrayView body, StringInterner *interner)
{
    // fromRawData: no copy of what may be a few MiB; the view outlives the parse.
    const QByteArray bytes = QByteArray::fromRawData(body.data(), body.size());
    QJsonParseError parseError {};
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return failure(Text::tr("The server's answer is not valid JSON: %1 (at byte %2).")
                           .arg(parseError.errorString())
                           .arg(parseError.offset));
    if (!document.isObject())
        return failure(Text::tr("The server's answer is not a JSON object."));
    const QJsonObject root = document.object();

    OrchestrationPage page;
    const QJsonValue pagination = root.value(QLatin1StringView("paginationInfo"));
    if (pagination.isUndefined()) {
        page.warnings.append({QStringLiteral("paginationInfo"),
            Text::tr("The page has no paginationInfo: the total number of "
                     "orchestrations is unknown.")});
    } else if (!pagination.isObject()) {
        return failure(Text::tr("The server's answer is not a usable page: paginationInfo is not "
                                "an object."));
    } else {
        const QJsonObject info = pagination.toObject();
        page.pagination.present = true;
        qint64 count = -1;
        qint64 pagenum = 0;
        qint64 pagesize = 0;
        constexpr double maxCount = 9007199254740992.0; // 2^53: exact in a JSON number
        constexpr double maxInt = std::numeric_limits<int>::max();
        for (const QString &error :
            {readCount(info, QLatin1StringView("count"), maxCount, &count, page.warnings),
                readCount(info, QLatin1StringView("pagenum"), maxInt, &pagenum, page.warnings),
                readCount(info, QLatin1StringView("pagesize"), maxInt, &pagesize, page.warnings)}) {
            if (!error.isEmpty())
                return failure(error);
        }
        page.pagination.count = count;
        page.pagination.pagenum = int(pagenum);
        page.pagination.pagesize = int(pagesize);
    }

    const QJsonValue orchestrations = root.value(QLatin1StringView("orchestration"));
    if (orchestrations.isUndefined())
        return failure(Text::tr("The server's answer is not a usable page: it has no "
                                "\"orchestration\" list."));
    if (!orchestrations.isArray())
        return failure(Text::tr("The server's answer is not a usable page: \"orchestration\" is "
                                "not a list."));
    const QJsonArray array = orchestrations.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject())
            return failure(Text::tr("The server's answer is not a usable page: orchestration "
                                    "record %1 is not a JSON object.")
                               .arg(i + 1));
    }

    const QList<QByteArray> raws = RawJson::arrayElements(body, "orchestration");
    StringInterner pageInterner;
    StringInterner *pool = interner ? interner : &pageInterner;
    page.records.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject object = array.at(i).toObject();
        // The scanner and QJsonDocument agree on valid JSON; the fallback keeps the record
        // (with Qt's formatting) should they ever not.
        QByteArray raw = raws.size() == array.size()
            ? raws.at(i)
            : QJsonDocument(object).toJson(QJsonDocument::Compact);
        page.records.append(Orchestration::fromJsonObject(std::move(raw), object, pool));
    }
    PageParseResult result;
    result.page = std::move(page);
    return result;
}

OrchestrationPage emptyNoContentPage()
{
    OrchestrationPage page;
    page.noContent = true;
    page.pagination.count = 0;
    return page;
}
