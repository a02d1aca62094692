#pragma once

#include "exportdocument.h"

#include <QString>
#include <QStringList>
#include <optional>

/**
 * An export file (or a raw API page response) read back: the records exactly as written,
 * where they came from, and what was odd about the file. What File -> Open shows, what
 * Compare compares against, and what `orchestration-console diff` reads.
 */
struct SnapshotFile
{
    QString path;
    ExportDocument document;
    QStringList warnings; ///< translated, e.g. "holds the visible columns only"

    /// Whether the file holds full records (not the visible columns only).
    bool hasFullRecords() const;
    /// "Snapshot of <baseUrl> taken <exportedAt>", or what is known of that.
    QString description() const;
    /// For exportInfo.source of an export made from this snapshot: {baseUrl, exportedAt, file}.
    QJsonObject sourceJson() const;

    /// Files larger than this are refused (a page is a few MiB; 100,000 records ~60 MiB).
    static constexpr qint64 kMaxBytes = qint64(1) << 30;

    /// The file at @p path; nullopt with a message naming the file in @p error.
    static std::optional<SnapshotFile> read(const QString &path, QString *error);
    /// As read(), from bytes already in memory (@p path only names them in messages).
    static std::optional<SnapshotFile> fromBytes(
        const QByteArray &bytes, const QString &path, QString *error);
};
