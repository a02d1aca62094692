#pragma once

#include "models/core/snapshotfile.h"

#include <QObject>
#include <QPointer>
#include <optional>

class QWidget;
class SnapshotReader;

/**
 * Snapshots: File -> Open snapshot..., which file is shown, and going back to live data.
 *
 * openSnapshot() reads the file in a SnapshotReader, never on the UI thread: loadIndicator()
 * shows what is loading (with progress and Cancel) and the window stays usable. A second open
 * started while one loads supersedes it: only the latest file's result is used, and one that
 * arrives after the controller is gone is never delivered. A file that cannot be shown is
 * refused in a message box naming it (a cancel is said through statusMessage() instead).
 *
 * The controller holds the snapshot shown (current()); the window shows it when shown() says
 * so, and close() forgets it when the window goes back to live data. It never calls back into
 * the window.
 */
class SnapshotController : public QObject
{
    Q_OBJECT
public:
    /// @p dialogParent: the file dialog's and the message box's parent, and the load
    /// indicator's until the window places it.
    explicit SnapshotController(QWidget *dialogParent, QObject *parent = nullptr);

    /// File -> Open snapshot...: asks for a file, then openSnapshot().
    void askToOpen();
    /// Loads @p path off the UI thread and returns at once; the file is shown when parsed
    /// (shown(), then snapshotOpened()), or the user is told why not, naming the file
    /// (snapshotOpenFailed()). Supersedes an open still loading.
    void openSnapshot(const QString &path);
    /// Whether an open is loading its file.
    bool isLoadingSnapshot() const;
    /// Stops the open still loading; what is shown stays.
    void cancelLoading();
    /// "Opening <file>…" with its progress bar and Cancel, for the status bar; hidden while
    /// nothing loads, nullptr before the first load (loadIndicatorCreated()).
    QWidget *loadIndicator() const;

    /// Shows @p file, already read: it becomes current() and shown() follows.
    void show(const SnapshotFile &file);
    /// Forgets the snapshot shown, if any; the window shows live data again.
    void close();
    /// The snapshot shown; nullptr while live data is shown.
    const SnapshotFile *current() const { return m_current ? &*m_current : nullptr; }

signals:
    /// The first load made the load indicator (hidden): the window places it in its status bar.
    void loadIndicatorCreated(QWidget *indicator);
    void snapshotLoadStarted(const QString &path);
    /// The window is to show @p file read-only (it is current() now).
    void shown(const SnapshotFile &file);
    /// The file at @p path is shown.
    void snapshotOpened(const QString &path);
    /// Not shown: unreadable, not an export or a page, or cancelled; @p message names the file.
    void snapshotOpenFailed(const QString &path, const QString &message);
    /// A passing word for the status bar.
    void statusMessage(const QString &message);

private:
    void onLoaded(const SnapshotLoadResult &result);

    QPointer<QWidget> m_dialogParent;
    SnapshotReader *m_reader;
    std::optional<SnapshotFile> m_current;
};
