#include "models/core/orchestrationpage.h"

#include "models/core/rawjson.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <cmath>
#include <limits>

namespace {

using RawJson::Reader;

/// The translation context of this file's messages (lupdate reads the macro).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(OrchestrationPage)
};

/// The text that blames whoever sent the page: the server, or the file being read.
QString blame(PageOrigin origin, const QString &server, const QString &file)
{
    return origin == PageOrigin::Server ? server : file;
}

PageParseResult failure(const QString &message)
{
    PageParseResult result;
    result.error = message;
    return result;
}

PageParseResult notJson(PageOrigin origin, const QJsonParseError &error)
{
    return failure(blame(origin,
        Text::tr("The server's answer is not valid JSON: %1 (at byte %2).")
            .arg(error.errorString())
            .arg(error.offset),
        Text::tr("The file is not valid JSON: %1 (at byte %2).")
            .arg(error.errorString())
            .arg(error.offset)));
}

/// A member of the page as found: its kind, and its text when it is a number.
struct Found
{
    bool present = false;
    Reader::Type type = Reader::Type::End;
    QByteArrayView text;
};

/// What one validating pass over the body found. A member that repeats replaces what its
/// earlier occurrence left, as in QJsonObject (the last one counts).
struct PageMembers
{
    Found pagination;
    Found count;
    Found pagenum;
    Found pagesize;
    Found orchestration;
    QList<Orchestration> records;
    qsizetype firstNonObject = -1; ///< the first element of "orchestration" that is not an object
};

bool capture(Reader &reader, Found &found)
{
    found.present = true;
    found.type = reader.peek();
    const qsizetype start = reader.position();
    if (!reader.skipValue())
        return false;
    found.text = reader.text().sliced(start, reader.position() - start);
    return true;
}

/// Reads and validates the whole body, building the records as it goes; false when the body
/// is not valid JSON or not an object.
bool readPage(Reader &reader, PageMembers &members, StringInterner *interner)
{
    if (!reader.beginDocument() || reader.peek() != Reader::Type::Object || !reader.beginObject())
        return false;
    Reader::StringToken key;
    while (reader.nextMember(&key)) {
        if (key.is(QLatin1StringView("paginationInfo"))) {
            members.count = members.pagenum = members.pagesize = {};
            members.pagination = {true, reader.peek(), {}};
            if (members.pagination.type != Reader::Type::Object) {
                if (!reader.skipValue())
                    return false;
                continue;
            }
            if (!reader.beginObject())
                return false;
            Reader::StringToken inner;
            while (reader.nextMember(&inner)) {
                Found *target = inner.is(QLatin1StringView("count")) ? &members.count
                    : inner.is(QLatin1StringView("pagenum"))         ? &members.pagenum
                    : inner.is(QLatin1StringView("pagesize"))        ? &members.pagesize
                                                                     : nullptr;
                if (!(target ? capture(reader, *target) : reader.skipValue()))
                    return false;
            }
        } else if (key.is(QLatin1StringView("orchestration"))) {
            members.records.clear();
            members.firstNonObject = -1;
            members.orchestration = {true, reader.peek(), {}};
            if (members.orchestration.type != Reader::Type::Array) {
                if (!reader.skipValue())
                    return false;
                continue;
            }
            if (!reader.beginArray())
                return false;
            for (qsizetype i = 0; reader.nextElement(); ++i) {
                if (reader.peek() == Reader::Type::Object) {
                    Orchestration record = Orchestration::fromReader(reader, interner);
                    if (record.isNull())
                        return false;
                    members.records.append(std::move(record));
                } else {
                    if (members.firstNonObject < 0)
                        members.firstNonObject = i;
                    if (!reader.skipValue())
                        return false;
                }
            }
        } else if (!reader.skipValue()) {
            return false;
        }
    }
    return !reader.hasError() && reader.endDocument();
}

/// Reads paginationInfo.<key>: a non-negative integer no larger than @p maximum. Returns an
/// error message when it is present with another type or value; a missing member only warns.
QString readCount(const Found &member, QLatin1StringView key, double maximum, qint64 *value,
    QList<ValidationWarning> &warnings, PageOrigin origin)
{
    const QString path = QStringLiteral("paginationInfo.") + key;
    if (!member.present) {
        warnings.append({path, Text::tr("The page does not say its %1.").arg(key)});
        return {};
    }
    const bool isNumber = member.type == Reader::Type::Number;
    const double number = isNumber ? RawJson::numberValue(member.text) : -1;
    if (!isNumber || number < 0 || number > maximum || std::floor(number) != number)
        return blame(origin,
            Text::tr("The server's answer is not a usable page: %1 must be a non-negative "
                     "integer.")
                .arg(path),
            Text::tr("The file is not a usable page: %1 must be a non-negative integer.")
                .arg(path));
    *value = qint64(number);
    return {};
}

/// The page the members make, or why they do not make one.
PageParseResult checkedPage(PageMembers &members, PageOrigin origin)
{
    OrchestrationPage page;
    if (!members.pagination.present) {
        page.warnings.append({QStringLiteral("paginationInfo"),
            Text::tr("The page has no paginationInfo: the total number of "
                     "orchestrations is unknown.")});
    } else if (members.pagination.type != Reader::Type::Object) {
        return failure(blame(origin,
            Text::tr("The server's answer is not a usable page: paginationInfo is not an object."),
            Text::tr("The file is not a usable page: paginationInfo is not an object.")));
    } else {
        page.pagination.present = true;
        qint64 count = -1;
        qint64 pagenum = 0;
        qint64 pagesize = 0;
        constexpr double maxCount = 9007199254740992.0; // 2^53: exact in a JSON number
        constexpr double maxInt = std::numeric_limits<int>::max();
        for (const QString &error : {readCount(members.count, QLatin1StringView("count"), maxCount,
                                         &count, page.warnings, origin),
                 readCount(members.pagenum, QLatin1StringView("pagenum"), maxInt, &pagenum,
                     page.warnings, origin),
                 readCount(members.pagesize, QLatin1StringView("pagesize"), maxInt, &pagesize,
                     page.warnings, origin)}) {
            if (!error.isEmpty())
                return failure(error);
        }
        page.pagination.count = count;
        page.pagination.pagenum = int(pagenum);
        page.pagination.pagesize = int(pagesize);
    }

    if (!members.orchestration.present)
        return failure(blame(origin,
            Text::tr("The server's answer is not a usable page: it has no \"orchestration\" list."),
            Text::tr("The file is not a usable page: it has no \"orchestration\" list.")));
    if (members.orchestration.type != Reader::Type::Array)
        return failure(blame(origin,
            Text::tr("The server's answer is not a usable page: \"orchestration\" is not a list."),
            Text::tr("The file is not a usable page: \"orchestration\" is not a list.")));
    if (members.firstNonObject >= 0)
        return failure(blame(origin,
            Text::tr("The server's answer is not a usable page: orchestration record %1 is not "
                     "a JSON object.")
                .arg(members.firstNonObject + 1),
            Text::tr("The file is not a usable page: orchestration record %1 is not a JSON "
                     "object.")
                .arg(members.firstNonObject + 1)));
    page.records = std::move(members.records);
    PageParseResult result;
    result.page = std::move(page);
    return result;
}

} // namespace

PageParseResult parseOrchestrationPage(
    QByteArrayView body, StringInterner *interner, PageOrigin origin)
{
    StringInterner pageInterner;
    StringInterner *pool = interner ? interner : &pageInterner;
    {
        Reader reader(body);
        PageMembers members;
        if (readPage(reader, members, pool))
            return checkedPage(members, origin);
    }
    // Refused: QJsonDocument says what is wrong, in the words users have seen all along.
    // fromRawData: no copy of what may be a few MiB; the view outlives the parse.
    const QByteArray bytes = QByteArray::fromRawData(body.data(), body.size());
    QJsonParseError parseError {};
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return notJson(origin, parseError);
    if (!document.isObject())
        return failure(blame(origin, Text::tr("The server's answer is not a JSON object."),
            Text::tr("The file is not a JSON object.")));
    // Qt accepts what the reader refused, which the reader's tests say cannot happen; should it
    // ever, the page is read from Qt's rendering (records then carry Qt's spelling) rather
    // than refused.
    const QByteArray rendering = document.toJson(QJsonDocument::Compact);
    Reader reader(rendering);
    PageMembers members;
    if (readPage(reader, members, pool))
        return checkedPage(members, origin);
    return notJson(origin, parseError);
}

OrchestrationPage emptyNoContentPage()
{
    OrchestrationPage page;
    page.noContent = true;
    page.pagination.count = 0;
    return page;
}
