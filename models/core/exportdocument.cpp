#include "models/core/exportdocument.h"

#include "models/core/buildinfo.h"
#include "models/core/rawjson.h"
#include "models/core/recordsink.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <algorithm>
#include <iterator>

namespace {

/// The translation context of this file's messages (lupdate reads the macro).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ExportDocument)
};

/// @p value in compact JSON: QJsonDocument only writes arrays and objects, so wrap and unwrap.
QByteArray compactValue(const QJsonValue &value)
{
    const QByteArray wrapped = QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact);
    return wrapped.sliced(1, wrapped.size() - 2);
}

/// Writes an object member by member, in the order given.
class CompactObjectWriter
{
public:
    explicit CompactObjectWriter(QByteArray &out)
        : m_out(out)
    {
        m_out.append('{');
    }

    void member(const QString &key, const QJsonValue &value) { raw(key, compactValue(value)); }

    void raw(const QString &key, QByteArrayView valueText) { beginMember(key).append(valueText); }

    /// Writes the key; the caller appends the value's text to the returned buffer.
    QByteArray &beginMember(const QString &key)
    {
        if (!m_first)
            m_out.append(',');
        m_first = false;
        m_out.append(compactValue(key));
        m_out.append(':');
        return m_out;
    }

    void finish() { m_out.append('}'); }

private:
    QByteArray &m_out;
    bool m_first = true;
};

// The members exportInfo always has; ExportInfo::extra cannot override them.
constexpr QLatin1StringView fixedKeys[] = {
    QLatin1StringView("application"),
    QLatin1StringView("version"),
    QLatin1StringView("exportedAt"),
    QLatin1StringView("baseUrl"),
    QLatin1StringView("scope"),
    QLatin1StringView("pagenum"),
    QLatin1StringView("pagesize"),
    QLatin1StringView("itemCount"),
    QLatin1StringView("warnings"),
};

bool isFixedKey(const QString &key)
{
    return std::find(std::begin(fixedKeys), std::end(fixedKeys), key) != std::end(fixedKeys);
}

} // namespace

QUrl ExportDocument::sanitizedBaseUrl(const QUrl &url)
{
    return url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
}

QByteArray ExportDocument::paginationJson(const PaginationInfo &pagination)
{
    if (!pagination.present && pagination.count < 0)
        return {};
    QByteArray text;
    CompactObjectWriter writer(text);
    // An unknown count is left out, as a server does: -1 is no count, and the reader
    // (rightly) refuses a negative one.
    if (pagination.count >= 0)
        writer.member(QStringLiteral("count"), QJsonValue(qint64(pagination.count)));
    writer.member(QStringLiteral("pagenum"), pagination.pagenum);
    writer.member(QStringLiteral("pagesize"), pagination.pagesize);
    writer.finish();
    return text;
}

QByteArray ExportDocument::exportInfoJson(const ExportInfo &info, qint64 itemCount)
{
    QByteArray text;
    CompactObjectWriter exportInfo(text);
    exportInfo.member(QStringLiteral("application"),
        info.application.isEmpty() ? QStringLiteral(CONSOLE_APP_NAME) : info.application);
    exportInfo.member(QStringLiteral("version"),
        info.version.isEmpty() ? QStringLiteral(CONSOLE_VERSION) : info.version);
    const QDateTime exportedAt =
        info.exportedAt.isValid() ? info.exportedAt : QDateTime::currentDateTimeUtc();
    exportInfo.member(QStringLiteral("exportedAt"), exportedAt.toUTC().toString(Qt::ISODateWithMs));
    exportInfo.member(
        QStringLiteral("baseUrl"), sanitizedBaseUrl(info.baseUrl).toString(QUrl::FullyEncoded));
    exportInfo.member(QStringLiteral("scope"), info.scope);
    exportInfo.member(QStringLiteral("pagenum"), info.pagenum);
    exportInfo.member(QStringLiteral("pagesize"), info.pagesize);
    exportInfo.member(QStringLiteral("itemCount"), QJsonValue(itemCount));
    exportInfo.member(QStringLiteral("warnings"), QJsonArray::fromStringList(info.warnings));
    for (auto it = info.extra.constBegin(); it != info.extra.constEnd(); ++it) {
        if (!isFixedKey(it.key()))
            exportInfo.member(it.key(), it.value());
    }
    exportInfo.finish();
    return text;
}

QByteArray ExportDocument::toJson(Style style) const
{
    qsizetype rawSize = 0;
    for (const Orchestration &record : records)
        rawSize += record.rawJson().size() + 1;

    QByteArray out;
    // Straight into the output: an export may hold 100,000 records.
    out.reserve((style == Style::Indented ? 2 : 1) * rawSize + 1024);
    JsonRecordSink sink(style);
    sink.begin(out);
    for (const Orchestration &record : records) {
        if (!record.isNull())
            sink.add(out, record);
    }
    sink.end(out, pagination, info);
    return out;
}

ExportDocument::ReadResult ExportDocument::fromJson(QByteArrayView json)
{
    ReadResult result;
    PageParseResult page = parseOrchestrationPage(json, nullptr, PageOrigin::File);
    if (!page.page) {
        result.error = page.error;
        return result;
    }
    ExportDocument document;
    document.records = std::move(page.page->records);
    document.pagination = page.page->pagination;
    result.warnings = page.page->warnings;

    // Only exportInfo is parsed again, on its own: a QJsonDocument of the whole file (the
    // records were read above) doubled the time to open a snapshot and took gigabytes at
    // 1,000,000 records. The reader above validated the document, as memberValue() expects.
    QByteArrayView body = json;
    if (body.startsWith("\xEF\xBB\xBF"))
        body = body.sliced(3);
    const QByteArrayView exportInfoText = RawJson::memberValue(body, "exportInfo");
    QJsonValue exportInfo(QJsonValue::Undefined);
    if (!exportInfoText.isEmpty()) {
        QByteArray wrapped; // QJsonDocument takes only an object or an array
        wrapped.reserve(exportInfoText.size() + 2);
        wrapped.append('[').append(exportInfoText).append(']');
        exportInfo = QJsonDocument::fromJson(wrapped).array().at(0);
    }
    if (!exportInfo.isUndefined()) {
        if (!exportInfo.isObject()) {
            result.error = Text::tr("The file's exportInfo is not a JSON object.");
            return result;
        }
        const QJsonObject object = exportInfo.toObject();
        const auto wrongType = [](QLatin1StringView key) {
            return Text::tr("The file's exportInfo.%1 has the wrong type.").arg(key);
        };
        const auto text = [&](QLatin1StringView key, QString *target) {
            const QJsonValue value = object.value(key);
            if (value.isUndefined() || value.isNull())
                return true;
            if (!value.isString())
                return false;
            *target = value.toString();
            return true;
        };
        const auto integer = [&](QLatin1StringView key, int *target) {
            const QJsonValue value = object.value(key);
            if (value.isUndefined() || value.isNull())
                return true;
            if (!value.isDouble() || value.toDouble() != double(value.toInt(-1))
                || value.toInt() < 0)
                return false;
            *target = value.toInt();
            return true;
        };
        ExportInfo &info = document.info;
        QString exportedAt;
        QString baseUrl;
        for (const auto &[key, target] :
            {std::pair {QLatin1StringView("application"), &info.application},
                std::pair {QLatin1StringView("version"), &info.version},
                std::pair {QLatin1StringView("exportedAt"), &exportedAt},
                std::pair {QLatin1StringView("baseUrl"), &baseUrl},
                std::pair {QLatin1StringView("scope"), &info.scope}}) {
            if (!text(key, target)) {
                result.error = wrongType(key);
                return result;
            }
        }
        for (const auto &[key, target] : {std::pair {QLatin1StringView("pagenum"), &info.pagenum},
                 std::pair {QLatin1StringView("pagesize"), &info.pagesize}}) {
            if (!integer(key, target)) {
                result.error = wrongType(key);
                return result;
            }
        }
        if (!exportedAt.isEmpty()) {
            info.exportedAt = QDateTime::fromString(exportedAt, Qt::ISODateWithMs).toUTC();
            if (!info.exportedAt.isValid())
                result.warnings.append({QStringLiteral("exportInfo.exportedAt"),
                    Text::tr("\"%1\" is not an ISO 8601 date and time.").arg(exportedAt)});
        }
        if (!baseUrl.isEmpty())
            info.baseUrl = sanitizedBaseUrl(QUrl(baseUrl, QUrl::StrictMode));
        const QJsonValue warnings = object.value(QLatin1StringView("warnings"));
        if (warnings.isArray()) {
            const QJsonArray list = warnings.toArray();
            for (const QJsonValue &warning : list) {
                if (!warning.isString()) {
                    result.error = wrongType(QLatin1StringView("warnings"));
                    return result;
                }
                info.warnings.append(warning.toString());
            }
        } else if (!warnings.isUndefined() && !warnings.isNull()) {
            result.error = wrongType(QLatin1StringView("warnings"));
            return result;
        }
        int itemCount = -1;
        if (!integer(QLatin1StringView("itemCount"), &itemCount)) {
            result.error = wrongType(QLatin1StringView("itemCount"));
            return result;
        }
        if (itemCount >= 0 && itemCount != document.records.size())
            result.warnings.append({QStringLiteral("exportInfo.itemCount"),
                Text::tr("The file says it holds %Ln orchestration(s) but holds %L1.", nullptr,
                    itemCount)
                    .arg(document.records.size())});
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (!isFixedKey(it.key()))
                info.extra.insert(it.key(), it.value());
        }
    }
    result.document = std::move(document);
    return result;
}
