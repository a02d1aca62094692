#pragma once

#include "ui/export/shownview.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

class AllPagesFetcher;
class CompareWindow;
struct CompareSide;
class QWidget;
class SnapshotReader;
struct SnapshotFile;
struct SnapshotLoadResult;

/**
 * Compare: a chosen file against what the window shows, in a CompareWindow.
 *
 * Against live data the whole tenant is compared: every page is fetched first by the
 * AllPagesFetcher (with progress and Cancel) unless everything is loaded already. Against the
 * snapshot shown, its records are. Which side is "old": a file against live data is; of two
 * snapshots the one taken earlier (exportedAt), and when that does not tell them apart (the
 * same time, or a time missing, as with a copy edited by hand) the snapshot shown is old and
 * the file picked new, so a change made in the picked file reads as a change made. The
 * compare window names both sides and can swap them.
 *
 * The chosen file is read in a SnapshotReader, never on the UI thread, with loadIndicator()
 * showing it ("Reading <file> to compare…", progress, Cancel); a second compare started while
 * one reads supersedes it. One compare window at a time: a new one replaces the last. The
 * controller reads the window only through ShownView and never calls back into it.
 */
class CompareController : public QObject
{
    Q_OBJECT
public:
    enum class Direction { FileIsOld, ShownIsOld };
    /// Which side is old when a file taken at @p fileTime is compared with a snapshot shown
    /// taken at @p shownTime (either may be invalid: unknown).
    static Direction direction(const QDateTime &fileTime, const QDateTime &shownTime);

    /// @p shown: what the window shows; @p fetcher: shared with Export, not owned;
    /// @p dialogParent: the file dialog's, progress dialog's, message box's and compare
    /// window's parent.
    CompareController(const ShownView &shown, AllPagesFetcher *fetcher, QWidget *dialogParent,
        QObject *parent = nullptr);

    /// File -> Compare with snapshot...: asks for a file, then compareWith(). Does nothing
    /// while pages are being fetched.
    void compareWithFile();
    /// Compares the file at @p path with the live data or the snapshot shown.
    void compareWith(const QString &path);
    /// The compare window open now (nullptr when none is).
    CompareWindow *compareWindow() const;

    /// Whether a file to compare is being read.
    bool isLoading() const;
    /// Stops the read in flight; no compare window opens.
    void cancelLoading();
    /// "Reading <file> to compare…" with its progress bar and Cancel, for the status bar;
    /// hidden while nothing is read, nullptr before the first (loadIndicatorCreated()).
    QWidget *loadIndicator() const;

signals:
    /// The first load made the load indicator (hidden): the window places it in its status bar.
    void loadIndicatorCreated(QWidget *indicator);
    void compareOpened(CompareWindow *window);
    /// No compare window: the file could not be read or the pages not fetched (or the user
    /// cancelled); @p message says why.
    void compareFailed(const QString &message);
    /// A passing word for the status bar (the differences counted, or a cancel).
    void statusMessage(const QString &message);

private:
    void onLoaded(const SnapshotLoadResult &result);
    void compareWithSnapshot(const SnapshotFile &file);
    void open(const CompareSide &oldSide, const CompareSide &newSide);
    /// Says why there is no compare window: in a box titled @p problemTitle, or (without a
    /// title, for a cancel) in the status bar.
    void fail(const QString &message, const QString &problemTitle);

    ShownView m_shown;
    QPointer<AllPagesFetcher> m_fetcher;
    QPointer<QWidget> m_dialogParent;
    SnapshotReader *m_reader;
    QPointer<CompareWindow> m_compare;
};
