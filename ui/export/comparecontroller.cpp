#include "ui/export/comparecontroller.h"

#include "models/core/localeformat.h"
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

namespace {

CompareSide snapshotSide(const SnapshotFile &file)
{
    const QString fileName = QFileInfo(file.path).fileName();
    const ExportInfo &info = file.document.info;
    CompareSide side;
    side.records = file.document.records;
    side.name = fileName;
    const QString url = info.baseUrl.toDisplayString();
    if (info.exportedAt.isValid()) {
        const QString taken = LocaleFormat::dateTime(info.exportedAt);
        side.description = url.isEmpty()
            ? CompareController::tr("%1, taken %2").arg(fileName, taken)
            : CompareController::tr("%1 (snapshot of %2, taken %3)").arg(fileName, url, taken);
    } else {
        side.description = url.isEmpty()
            ? CompareController::tr("%1, date taken unknown").arg(fileName)
            : CompareController::tr("%1 (snapshot of %2, date taken unknown)").arg(fileName, url);
    }
    return side;
}

} // namespace

CompareController::Direction CompareController::direction(
    const QDateTime &fileTime, const QDateTime &shownTime)
{
    if (fileTime.isValid() && shownTime.isValid() && fileTime != shownTime)
        return fileTime < shownTime ? Direction::FileIsOld : Direction::ShownIsOld;
    return Direction::ShownIsOld;
}

void CompareController::open(const CompareSide &oldSide, const CompareSide &newSide)
{
    auto *window = new CompareWindow(oldSide, newSide, m_dialogParent);
    window->setAttribute(Qt::WA_DeleteOnClose);
    if (m_compare)
        m_compare->close();
    m_compare = window;
    window->show();
    const OrchestrationDiff &diff = window->listModel()->diff();
    emit statusMessage(tr("%1 added, %2 removed, %3 changed.")
                           .arg(diff.addedCount())
                           .arg(diff.removedCount())
                           .arg(diff.changedCount()));
    emit compareOpened(window);
}

void CompareController::compareWithSnapshot(const SnapshotFile &file)
{
    const CompareSide fileSide = snapshotSide(file);
    if (const SnapshotFile *snapshot = m_shown.shownSnapshot()) {
        const CompareSide shownSide = snapshotSide(*snapshot);
        if (direction(file.document.info.exportedAt, snapshot->document.info.exportedAt)
            == Direction::FileIsOld)
            open(fileSide, shownSide);
        else
            open(shownSide, fileSide);
        return;
    }
    // Against live data the file is old: live data is now.
    const ConnectionInfo connection = m_shown.connectionInfo();
    const auto liveSide = [connection](const QList<Orchestration> &records) {
        CompareSide side;
        side.records = records;
        side.name = tr("Live");
        side.description = tr("Live data of %1 (%2), now")
                               .arg(connection.name, connection.baseUrl.toDisplayString());
        return side;
    };
    if (m_shown.allLoaded()) {
        open(fileSide, liveSide(m_shown.tableRows()));
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
        [self, fileSide, liveSide](const QList<Orchestration> &records, const QStringList &) {
            if (self)
                self->open(fileSide, liveSide(records));
        },
        [self](const ApiError &error) {
            if (!self)
                return;
            if (error.kind == ApiError::Kind::Cancelled)
                self->fail(tr("Cancelled while fetching; nothing was compared."), {});
            else
                self->fail(tr("Not every page could be fetched, so nothing was compared: %1")
                               .arg(error.summary()),
                    tr("Compare"));
        },
        tr("Compare"));
}
