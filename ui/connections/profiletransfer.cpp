#include "ui/connections/profiletransfer.h"

#include "models/connections/profilestore.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

ProfileTransfer::ProfileTransfer(ProfileStore *profiles, QWidget *window)
    : QObject(window)
    , m_profiles(profiles)
    , m_window(window)
{ }

ProfileImportReport ProfileTransfer::importFile(const QString &path)
{
    ProfileImportReport report;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        report.error = tr("Cannot read %1: %2").arg(path, file.errorString());
    } else {
        report = m_profiles->importJson(file.readAll());
        m_profiles->sync();
    }
    if (!report.ok()) {
        emit reported(report.error, true);
        return report;
    }
    QStringList lines;
    lines << tr("Imported %n connection(s) from %1.", nullptr, int(report.imported.size()))
                 .arg(QFileInfo(path).fileName());
    for (const ProfileImportReport::Entry &entry : std::as_const(report.entries)) {
        if (!entry.problems.isEmpty())
            lines << tr("Not imported: \"%1\": %2").arg(entry.name, entry.problems.first().message);
        else if (!entry.note.isEmpty())
            lines << tr("\"%1\": %2").arg(entry.name, entry.note);
    }
    if (!report.imported.isEmpty())
        lines << tr("Enter the secrets of the imported connections: files never carry them.");
    emit reported(lines.join(QLatin1Char('\n')), report.rejectedCount() > 0);
    return report;
}

bool ProfileTransfer::exportFile(const QString &path, QString *error)
{
    QSaveFile file(path);
    const QByteArray json = m_profiles->exportJson();
    QString why;
    if (!file.open(QIODevice::WriteOnly))
        why = file.errorString();
    else if (file.write(json) != json.size())
        why = file.errorString();
    if (why.isEmpty() && !file.commit())
        why = file.errorString();
    if (!why.isEmpty()) {
        file.cancelWriting();
        if (error)
            *error = why;
        emit reported(tr("Cannot write %1: %2").arg(path, why), true);
        return false;
    }
    emit reported(tr("Exported %n connection(s) to %1 (without secrets).", nullptr,
                      int(m_profiles->profiles().size()))
                      .arg(QFileInfo(path).fileName()),
        false);
    return true;
}

QString ProfileTransfer::chooseImportPath() const
{
    return QFileDialog::getOpenFileName(m_window, tr("Import connections"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("Connections (*.json);;All files (*)"));
}

QString ProfileTransfer::chooseExportPath() const
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileDialog::getSaveFileName(m_window, tr("Export connections"),
        documents + QStringLiteral("/connections.json"), tr("Connections (*.json)"));
}
