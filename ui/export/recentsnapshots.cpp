#include "ui/export/recentsnapshots.h"

#include "ui/export/exportfeedback.h"
#include "ui/export/snapshotcontroller.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace {

const QString kRecentKey = QStringLiteral("snapshots/recent");

} // namespace

RecentSnapshotsMenu::RecentSnapshotsMenu(SnapshotController *snapshots, QWidget *parent)
    : QMenu(tr("Open &recent"), parent)
    , m_snapshots(snapshots)
{
    setObjectName(QStringLiteral("recentSnapshotsMenu"));
    connect(this, &QMenu::aboutToShow, this, &RecentSnapshotsMenu::rebuild);
    connect(snapshots, &SnapshotController::snapshotOpened, this, &RecentSnapshotsMenu::add);
    rebuild();
}

QStringList RecentSnapshotsMenu::files()
{
    return QSettings().value(kRecentKey).toStringList();
}

void RecentSnapshotsMenu::store(const QStringList &files)
{
    if (files.isEmpty())
        QSettings().remove(kRecentKey);
    else
        QSettings().setValue(kRecentKey, files);
}

void RecentSnapshotsMenu::add(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList list = files();
    list.removeAll(absolute);
    list.prepend(absolute);
    store(list.mid(0, kMaxEntries));
}

void RecentSnapshotsMenu::clearList()
{
    store({});
}

void RecentSnapshotsMenu::openEntry(int index)
{
    QStringList list = files();
    if (index < 0 || index >= list.size() || !m_snapshots)
        return;
    const QString path = list.at(index);
    if (!QFileInfo(path).isFile()) {
        list.removeAt(index);
        store(list);
        ExportFeedback::showProblem(parentWidget(), tr("Open recent"),
            tr("\"%1\" no longer exists, so it was taken off the recent list.")
                .arg(QDir::toNativeSeparators(path)));
        return;
    }
    m_snapshots->openSnapshot(path);
}

void RecentSnapshotsMenu::rebuild()
{
    clear();
    const QStringList list = files();
    for (int i = 0; i < list.size(); ++i) {
        const QString name = QFileInfo(list.at(i)).fileName();
        // "&1 name" up to 9; the tenth goes without a mnemonic. A file's own & stays a &.
        QString label = QString(name).replace(QLatin1Char('&'), QLatin1String("&&"));
        label = i < 9 ? QStringLiteral("&%1 %2").arg(i + 1).arg(label)
                      : QStringLiteral("%1 %2").arg(i + 1).arg(label);
        QAction *action = addAction(label);
        action->setToolTip(QDir::toNativeSeparators(list.at(i)));
        action->setStatusTip(QDir::toNativeSeparators(list.at(i)));
        connect(action, &QAction::triggered, this, [this, i] { openEntry(i); });
    }
    if (list.isEmpty())
        addAction(tr("No recent snapshots"))->setEnabled(false);
    addSeparator();
    QAction *clearAction = addAction(tr("&Clear list"));
    clearAction->setObjectName(QStringLiteral("clearRecentAction"));
    clearAction->setEnabled(!list.isEmpty());
    connect(clearAction, &QAction::triggered, this, [] { RecentSnapshotsMenu::clearList(); });
    setToolTipsVisible(true);
}
