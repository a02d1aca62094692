#include "ui/export/snapshotdroptarget.h"

#include "ui/export/snapshotcontroller.h"

#include <QDropEvent>
#include <QFileInfo>
#include <QMimeData>
#include <QUrl>
#include <QWidget>

SnapshotDropTarget::SnapshotDropTarget(QWidget *window, SnapshotController *snapshots)
    : QObject(window)
    , m_snapshots(snapshots)
{
    window->setAcceptDrops(true);
    window->installEventFilter(this);
}

QString SnapshotDropTarget::droppedFile(const QMimeData *data)
{
    if (!data || !data->hasUrls() || data->urls().size() != 1)
        return {};
    const QUrl url = data->urls().first();
    if (!url.isLocalFile())
        return {};
    const QString path = url.toLocalFile();
    return QFileInfo(path).isFile() ? path : QString();
}

bool SnapshotDropTarget::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        auto *drag = static_cast<QDragMoveEvent *>(event);
        if (m_snapshots && !droppedFile(drag->mimeData()).isEmpty()) {
            drag->setDropAction(Qt::CopyAction);
            drag->accept();
        } else {
            drag->ignore();
        }
        return true;
    }
    case QEvent::Drop: {
        auto *drop = static_cast<QDropEvent *>(event);
        const QString path = droppedFile(drop->mimeData());
        if (!m_snapshots || path.isEmpty()) {
            drop->ignore();
            return true;
        }
        drop->setDropAction(Qt::CopyAction);
        drop->accept();
        m_snapshots->openSnapshot(path);
        return true;
    }
    default:
        return QObject::eventFilter(watched, event);
    }
}
