#pragma once

#include <QObject>
#include <QPointer>

class QMimeData;
class QWidget;
class SnapshotController;

/**
 * Makes a window take snapshot files dropped on it: one local file (an export or a saved API
 * page, as File -> Open snapshot takes) is opened through the SnapshotController, off the UI
 * thread like any other open. Anything else (text, several files, a URL) is refused, so the
 * cursor says so before the drop.
 */
class SnapshotDropTarget : public QObject
{
    Q_OBJECT
public:
    /// Watches @p window's drag and drop events (it becomes the target's parent).
    SnapshotDropTarget(QWidget *window, SnapshotController *snapshots);

    /// The one local file in @p data, or empty.
    static QString droppedFile(const QMimeData *data);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QPointer<SnapshotController> m_snapshots;
};
