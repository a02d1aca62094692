#pragma once

#include "models/connections/connectionprofile.h"
#include "ui/history/historycomparison.h"

#include <QDialog>
#include <QUuid>

class HistoryTimelineModel;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableView;

/**
 * History -> Timeline…: one profile's snapshots (a HistoryTimelineModel), newest first, with
 * what changed since the one before. Compare opens the selected snapshot against the one
 * before it, or two selected snapshots against each other (the older one as old); "What
 * changed since" compares the newest snapshot taken at or before the start of a date with the
 * newest. Both only ask (compareRequested()); the HistoryController opens the compare window.
 *
 * The history is read off the UI thread (runInBackground); listed() says when it is shown.
 * Damaged snapshot files are named above the table and left out of it.
 */
class HistoryTimelineDialog : public QDialog
{
    Q_OBJECT
public:
    HistoryTimelineDialog(
        const QList<ConnectionProfile> &profiles, const QUuid &current, QWidget *parent = nullptr);

    QComboBox *profileBox() const { return m_profile; }
    QTableView *view() const { return m_view; }
    HistoryTimelineModel *model() const { return m_model; }
    QDateEdit *sinceEdit() const { return m_since; }
    QPushButton *compareButton() const { return m_compare; }
    QPushButton *sinceButton() const { return m_sinceButton; }
    /// What the dialog says about the history: empty, damaged files, nothing before a date.
    QLabel *noteLabel() const { return m_note; }

    /// Shows the history of the profile @p id (one of those given).
    void showProfile(const QUuid &id);
    /// Asks to compare the selected snapshot(s), as the Compare button does.
    void compareSelected();
    /// Asks to compare the newest snapshot taken at or before the start of @p date with the newest.
    void compareSince(const QDate &date);

signals:
    void listed();
    void compareRequested(const HistoryComparison &comparison);

private:
    void reload();
    void updateButtons();
    HistoryComparison comparison(const HistoryEntry &older, const HistoryEntry &newer) const;

    QList<ConnectionProfile> m_profiles;
    QComboBox *m_profile;
    QLabel *m_note;
    QTableView *m_view;
    HistoryTimelineModel *m_model;
    QDateEdit *m_since;
    QPushButton *m_sinceButton;
    QPushButton *m_compare;
    QString m_folder;
    quint64 m_generation = 0;
};
