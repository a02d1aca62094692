#pragma once

#include <QMenu>
#include <QPointer>
#include <QStringList>

class SnapshotController;

/**
 * File -> Open recent: the snapshots opened last (at most 10, newest first, kept in QSettings
 * "snapshots/recent"), each opened through the SnapshotController as File -> Open snapshot
 * opens it, and "Clear list". A file opened successfully goes to the top; one that no longer
 * exists is taken off the list when chosen, and the user is told so.
 */
class RecentSnapshotsMenu : public QMenu
{
    Q_OBJECT
public:
    static constexpr int kMaxEntries = 10;

    /// @p snapshots: opens the files and says which were opened; not owned. @p parent is the
    /// message box's parent too.
    RecentSnapshotsMenu(SnapshotController *snapshots, QWidget *parent);

    /// The list, newest first.
    static QStringList files();
    /// Puts @p path at the top (once), keeping at most kMaxEntries.
    static void add(const QString &path);
    static void clearList();

    /// Opens the @p index-th file of the list (what choosing it in the menu does).
    void openEntry(int index);

private:
    void rebuild();
    static void store(const QStringList &files);

    QPointer<SnapshotController> m_snapshots;
};
