#include "snapshotfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SnapshotFile", text);
}

} // namespace

bool SnapshotFile::hasFullRecords() const
{
    return document.info.extra.value(QLatin1StringView("content")).toString()
        != QLatin1StringView("columns");
}

QString SnapshotFile::description() const
{
    const ExportInfo &info = document.info;
    const QString where = info.baseUrl.isEmpty()
        ? QDir::toNativeSeparators(QFileInfo(path).fileName())
        : info.baseUrl.toDisplayString();
    if (!info.exportedAt.isValid())
        return tr("Snapshot of %1").arg(where);
    return tr("Snapshot of %1 taken %2")
        .arg(where, info.exportedAt.toUTC().toString(Qt::ISODateWithMs));
}

QJsonObject SnapshotFile::sourceJson() const
{
    const ExportInfo &info = document.info;
    return QJsonObject {
        {QStringLiteral("file"), QFileInfo(path).fileName()},
        {QStringLiteral("baseUrl"),
            ExportDocument::sanitizedBaseUrl(info.baseUrl).toString(QUrl::FullyEncoded)},
        {QStringLiteral("exportedAt"),
            info.exportedAt.isValid()
                ? QJsonValue(info.exportedAt.toUTC().toString(Qt::ISODateWithMs))
                : QJsonValue(QJsonValue::Null)},
    };
}

std::optional<SnapshotFile> SnapshotFile::read(const QString &path, QString *error)
{
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot open \"%1\": %2").arg(shown, file.errorString());
        return std::nullopt;
    }
    if (file.size() > kMaxBytes) {
        if (error)
            *error = tr("\"%1\" is too large to open (%2 MiB; at most %3 MiB).")
                         .arg(shown)
                         .arg(file.size() >> 20)
                         .arg(kMaxBytes >> 20);
        return std::nullopt;
    }
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        if (error)
            *error = tr("Cannot read \"%1\": %2").arg(shown, file.errorString());
        return std::nullopt;
    }
    return fromBytes(bytes, path, error);
}

std::optional<SnapshotFile> SnapshotFile::fromBytes(
    const QByteArray &bytes, const QString &path, QString *error)
{
    const QString shown = QDir::toNativeSeparators(path);
    ExportDocument::ReadResult read = ExportDocument::fromJson(bytes);
    if (!read.document) {
        if (error)
            *error = tr("\"%1\" is not an export or an API page: %2").arg(shown, read.error);
        return std::nullopt;
    }
    SnapshotFile snapshot;
    snapshot.path = path;
    snapshot.document = std::move(*read.document);
    for (const ValidationWarning &warning : std::as_const(read.warnings))
        snapshot.warnings.append(warning.path.isEmpty()
                ? warning.message
                : QString(warning.path % QLatin1String(": ") % warning.message));
    if (!snapshot.hasFullRecords()) {
        const QJsonArray columns =
            snapshot.document.info.extra.value(QLatin1StringView("columns")).toArray();
        QStringList names;
        for (const QJsonValue &column : columns)
            names.append(column.toString());
        snapshot.warnings.prepend(tr("The file holds only the columns %1, not full records.")
                                      .arg(names.join(QStringLiteral(", "))));
    }
    return snapshot;
}
