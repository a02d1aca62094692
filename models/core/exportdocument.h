#pragma once

#include "models/core/orchestration.h"
#include "models/core/orchestrationpage.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <optional>

/// Where an export came from and what it holds: the "exportInfo" member of an export file.
struct ExportInfo
{
    QString application; ///< empty: this application's name
    QString version; ///< empty: this application's version
    QDateTime exportedAt; ///< invalid: the time of writing
    QUrl baseUrl; ///< written without user info, query or fragment
    QString scope; ///< "all" or "page"
    int pagenum = 0;
    int pagesize = 0;
    QStringList warnings;
    QJsonObject extra; ///< further members (later: filter, sort, profile), written after the rest
};

/**
 * An export file: the records exactly as received, the last paginationInfo, and exportInfo.
 *
 *     {"orchestration": [...], "paginationInfo": {...}, "exportInfo": {...}}
 *
 * The records are written from Orchestration::rawJson(), so unknown fields, key order and
 * number spelling survive; the file is a valid API page too, so anything that reads pages
 * reads exports.
 */
class ExportDocument
{
public:
    QList<Orchestration> records; ///< null records are skipped when writing
    PaginationInfo pagination; ///< written when present or when its count is known
    ExportInfo info;

    enum class Style { Indented, Compact };

    /// The file's bytes (JsonRecordSink): Indented uses QJsonDocument's 4-space layout,
    /// Compact puts one record on each line; both end with a newline.
    QByteArray toJson(Style style = Style::Indented) const;

    /// The paginationInfo member's compact JSON; empty when it is not written (neither
    /// present nor with a known count).
    static QByteArray paginationJson(const PaginationInfo &pagination);
    /// The exportInfo member's compact JSON, fixed members first, then @p info.extra.
    static QByteArray exportInfoJson(const ExportInfo &info, qint64 itemCount);

    struct ReadResult; // defined below: it holds an ExportDocument, complete only there

    /// Reads an export file or a raw API page (which has no exportInfo).
    static ReadResult fromJson(QByteArrayView json);

    /// @p url without user info, query or fragment: what may go into a file.
    static QUrl sanitizedBaseUrl(const QUrl &url);
};

/// What ExportDocument::fromJson() found: a document, or why the file cannot be used.
struct ExportDocument::ReadResult
{
    std::optional<ExportDocument> document;
    QString error; ///< user-readable, translated; set when !document
    QList<ValidationWarning> warnings; ///< e.g. no paginationInfo, itemCount disagrees
};
