#include "ui/export/snapshotcontroller.h"

#include "ui/export/exportfeedback.h"
#include "ui/export/snapshotreader.h"

#include <QFileDialog>

SnapshotController::SnapshotController(QWidget *dialogParent, QObject *parent)
    : QObject(parent)
    , m_dialogParent(dialogParent)
    , m_reader(new SnapshotReader(tr("Opening %1…"), dialogParent, this))
{
    connect(m_reader, &SnapshotReader::finished, this, &SnapshotController::onLoaded);
    connect(m_reader, &SnapshotReader::indicatorCreated, this,
        &SnapshotController::loadIndicatorCreated);
}

void SnapshotController::askToOpen()
{
    const QString path = QFileDialog::getOpenFileName(
        m_dialogParent, tr("Open snapshot"), QString(), tr("JSON files (*.json);;All files (*)"));
    if (!path.isEmpty())
        openSnapshot(path); // says why, should the file not open
}

void SnapshotController::openSnapshot(const QString &path)
{
    m_reader->read(path);
    emit snapshotLoadStarted(path);
}

bool SnapshotController::isLoadingSnapshot() const
{
    return m_reader->isReading();
}

void SnapshotController::cancelLoading()
{
    m_reader->cancel();
}

QWidget *SnapshotController::loadIndicator() const
{
    return m_reader->indicator();
}

void SnapshotController::onLoaded(const SnapshotLoadResult &result)
{
    if (!result.ok()) {
        if (result.cancelled)
            emit statusMessage(result.error); // the user's choice, not a problem
        else
            ExportFeedback::showProblem(m_dialogParent, tr("Open snapshot"), result.error);
        emit snapshotOpenFailed(result.path, result.error);
        return;
    }
    show(*result.snapshot);
    emit snapshotOpened(result.path);
}

void SnapshotController::show(const SnapshotFile &file)
{
    m_current = file;
    emit shown(*m_current);
}

void SnapshotController::close()
{
    m_current.reset();
}
