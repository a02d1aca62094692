#include "ui/export/comparecontroller.h"

#include "models/core/orchestrationdiff.h"
#include "models/core/snapshotfile.h"
#include "ui/export/allpagesfetcher.h"
#include "ui/export/comparewindow.h"
#include "ui/export/exportdialog.h"
#include "ui/export/exportfeedback.h"
#include "ui/export/snapshotreader.h"

#include <QFileDialog>
#include <QFileInfo>

CompareController::CompareController(
    const ShownView &shown, AllPagesFetcher *fetcher, QWidget *dialogParent, QObject *parent)
    : QObject(parent)
    , m_shown(shown)
    , m_fetcher(fetcher)
    , m_dialogParent(dialogParent)
    , m_reader(new SnapshotReader(tr("Reading %1 to compare…"), dialogParent, this))
{
    connect(m_reader, &SnapshotReader::finished, this, &CompareController::onLoaded);
    connect(m_reader, &SnapshotReader::indicatorCreated, this,
        &CompareController::loadIndicatorCreated);
}

void CompareController::compareWithFile()
{
    if (m_fetcher && m_fetcher->isRunning())
        return;
    const QString path = QFileDialog::getOpenFileName(m_dialogParent, tr("Compare with snapshot"),
        ExportDialog::lastFolder(), tr("JSON files (*.json);;All files (*)"));
    if (!path.isEmpty())
        compareWith(path);
}

void CompareController::compareWith(const QString &path)
{
    m_reader->read(path);
}

CompareWindow *CompareController::compareWindow() const
{
    return m_compare;
}

bool CompareController::isLoading() const
{
    return m_reader->isReading();
}

void CompareController::cancelLoading()
{
    m_reader->cancel();
}

QWidget *CompareController::loadIndicator() const
{
    return m_reader->indicator();
}

void CompareController::onLoaded(const SnapshotLoadResult &result)
{
    if (!result.ok()) {
        fail(result.error, result.cancelled ? QString() : tr("Compare"));
        return;
    }
    compareWithSnapshot(*result.snapshot);
}

void CompareController::fail(const QString &message, const QString &problemTitle)
{
    if (!problemTitle.isEmpty())
        ExportFeedback::showProblem(m_dialogParent, problemTitle, message);
    else
        emit statusMessage(message);
    emit compareFailed(message);
}

void CompareController::compareWithSnapshot(const SnapshotFile &file)
{
    const QString fileLabel =
        tr("%1 (%2)").arg(file.description(), QFileInfo(file.path).fileName());
    const auto open = [this, file, fileLabel](const QList<Orchestration> &current,
                          const QString &currentLabel, const QDateTime &currentTime) {
        // The older side is "old": a file against live data, or the earlier of two snapshots.
        const QDateTime fileTime = file.document.info.exportedAt;
        const bool fileIsOlder =
            !currentTime.isValid() || !fileTime.isValid() || fileTime <= currentTime;
        const OrchestrationDiff diff = fileIsOlder
            ? OrchestrationDiff::compare(file.document.records, current)
            : OrchestrationDiff::compare(current, file.document.records);
        auto *window = new CompareWindow(diff, fileIsOlder ? fileLabel : currentLabel,
            fileIsOlder ? currentLabel : fileLabel, m_dialogParent);
        window->setAttribute(Qt::WA_DeleteOnClose);
        if (m_compare)
            m_compare->close();
        m_compare = window;
        window->show();
        emit statusMessage(tr("%1 added, %2 removed, %3 changed.")
                               .arg(diff.addedCount())
                               .arg(diff.removedCount())
                               .arg(diff.changedCount()));
        emit compareOpened(window);
    };
    if (const SnapshotFile *snapshot = m_shown.shownSnapshot()) {
        open(snapshot->document.records,
            tr("%1 (%2)").arg(snapshot->description(), QFileInfo(snapshot->path).fileName()),
            snapshot->document.info.exportedAt.isValid() ? snapshot->document.info.exportedAt
                                                         : QDateTime::currentDateTimeUtc());
        return;
    }
    const ConnectionInfo connection = m_shown.connectionInfo();
    const QString live =
        tr("Live: %1 (%2), now").arg(connection.name, connection.baseUrl.toDisplayString());
    if (m_shown.allLoaded()) {
        open(m_shown.tableRows(), live, QDateTime::currentDateTimeUtc());
        return;
    }
    if (!m_fetcher || m_fetcher->isRunning()) {
        fail(tr("Pages are being fetched for an export; compare again when it is done."),
            tr("Compare"));
        return;
    }
    const QPointer<CompareController> self(this);
    m_fetcher->fetch(
        tr("Fetching every page to compare…"),
        [self, open, live](const QList<Orchestration> &records, const QStringList &) {
            if (self)
                open(records, live, QDateTime::currentDateTimeUtc());
        },
        [self](const ApiError &error) {
            if (!self)
                return;
            // Worded (and titled) as the export's fetch has always been: it is the same fetch.
            if (error.kind == ApiError::Kind::Cancelled)
                self->fail(tr("Cancelled while fetching; nothing was written."), {});
            else
                self->fail(tr("Not every page could be fetched, so nothing was written: %1")
                               .arg(error.summary()),
                    tr("Export"));
        });
}
