#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

class QLabel;
class QProgressBar;
class QWidget;
class SnapshotLoadJob;
struct SnapshotLoadResult;

/**
 * Reads snapshot files for one purpose (opening, or comparing) off the UI thread, in a
 * SnapshotLoadJob, and shows what it reads in a small indicator ("Opening <file>…", a progress
 * bar and Cancel) for the window to place in its status bar. The indicator is made with the
 * first read (indicatorCreated()), so a window that never reads a file keeps its status bar
 * as it was.
 *
 * A read started while one is in flight supersedes it: the older job is cancelled and its
 * result dropped, so only the latest read is ever delivered. A read still in flight when the
 * reader goes is stopped and never delivered.
 */
class SnapshotReader : public QObject
{
    Q_OBJECT
public:
    /// @p indicatorText says what is read, with %1 for the file's name ("Opening %1…"); the
    /// indicator is a child of @p indicatorParent until the window places it.
    SnapshotReader(const QString &indicatorText, QWidget *indicatorParent, QObject *parent);

    /// Starts reading @p path and returns at once; finished() follows.
    void read(const QString &path);
    bool isReading() const;
    /// Stops the read in flight; finished() then says cancelled.
    void cancel();
    /// Shown while a read is in flight; nullptr before the first read.
    QWidget *indicator() const { return m_indicator; }

signals:
    /// The first read made @p indicator (hidden): the window places it, e.g. in its status bar.
    void indicatorCreated(QWidget *indicator);
    /// The latest read's outcome (a superseded read says nothing).
    void finished(const SnapshotLoadResult &result);

private:
    void createIndicator();

    QString m_indicatorText;
    QPointer<QWidget> m_indicatorParent;
    QPointer<SnapshotLoadJob> m_job;
    quint64 m_generation = 0;
    QPointer<QWidget> m_indicator;
    QLabel *m_label = nullptr;
    QProgressBar *m_bar = nullptr;
};
