#pragma once

#include "models/history/historystore.h"
#include "ui/export/shownview.h"
#include "ui/history/historycomparison.h"

#include <QObject>
#include <QPointer>
#include <QUuid>

class AllPagesFetcher;
class CompareWindow;
class HistoryTimelineDialog;
class ProfileStore;
class QMenu;
class QPushButton;
class QWidget;

/**
 * The window's part of the local change history of each profile (HistoryStore):
 *
 * - Recording: every load of all pages that ends complete (OrchestrationLoader::
 *   isCompleteScan()), and every complete fetch of all pages for an export or a compare
 *   (AllPagesFetcher::completed()), of a profile that keeps a history records a snapshot, off
 *   the UI thread.
 * - History -> Timeline… (menu()): the HistoryTimelineDialog; its compare requests open a
 *   CompareWindow (the two snapshots are read off the UI thread).
 * - The inspector's note (inspectorNote()): for the orchestration shown, "Changed N times
 *   since <the first snapshot>", whose menu lists each change; choosing one opens the compare
 *   window on that snapshot and the one before, filtered to that orchestration (by id, so a
 *   renamed one keeps its history).
 *
 * It reads the window only through ShownView and never calls back into it.
 */
class HistoryController : public QObject
{
    Q_OBJECT
public:
    /// @p fetcher: shared with Export and Compare, not owned (may be null); @p window: the
    /// dialogs' and compare windows' parent.
    HistoryController(const ShownView &shown, AllPagesFetcher *fetcher, QWidget *window,
        QObject *parent = nullptr);
    ~HistoryController() override;

    /// Where the timeline finds the profiles (default: the application's settings); not owned.
    void setProfileStore(ProfileStore *profiles) { m_profiles = profiles; }

    QMenu *menu() const { return m_menu; }
    QPushButton *inspectorNote() const { return m_note; }
    /// The timeline open now (nullptr when none is).
    HistoryTimelineDialog *timeline() const;
    /// The compare window the history opened last, while it is open.
    CompareWindow *compareWindow() const;

    /// History -> Timeline…
    void openTimeline();
    /// Reads the two snapshots and opens the compare window on them.
    void compare(const HistoryComparison &comparison);
    /// The inspector shows @p orchestration (null: nothing): the note follows.
    void showOrchestration(const Orchestration &orchestration);

signals:
    void recorded(const HistoryRecordResult &result);
    void compareOpened(CompareWindow *window);
    /// The note now says what the history knows of the orchestration shown.
    void noteUpdated();
    /// A passing word for the status bar.
    void statusMessage(const QString &message);

private:
    void onTableStateChanged();
    void record(const QList<Orchestration> &records);
    void refreshListing(const QUuid &profileId);
    void updateNote();

    ShownView m_shown;
    QPointer<QWidget> m_window;
    ProfileStore *m_profiles = nullptr;
    QMenu *m_menu;
    QPushButton *m_note;
    QPointer<HistoryTimelineDialog> m_timeline;
    QPointer<CompareWindow> m_compare;
    QString m_noteId; ///< the orchestration the inspector shows
    QUuid m_listingProfile; ///< whose history m_listing holds
    HistoryListing m_listing;
    quint64 m_listingGeneration = 0;
};
