#include "ui/history/historycontroller.h"

#include "models/connections/profilestore.h"
#include "models/core/backgroundtask.h"
#include "models/itemmodels/orchestrationtablemodel.h"
#include "ui/export/allpagesfetcher.h"
#include "ui/export/comparewindow.h"
#include "ui/export/exportfeedback.h"
#include "ui/history/historytimelinedialog.h"

#include <QLocale>
#include <QMenu>
#include <QPushButton>

namespace {

QString takenText(const QDateTime &when)
{
    return QLocale().toString(when.toLocalTime(), QLocale::ShortFormat);
}

/// One side of a compare: the snapshot's records, or only the one with the focus id.
CompareSide historySide(const SnapshotFile &file, const HistoryComparison &comparison)
{
    CompareSide side;
    if (comparison.focusId.isEmpty()) {
        side.records = file.document.records;
    } else {
        for (const Orchestration &record : file.document.records) {
            if (record.id() == comparison.focusId)
                side.records.append(record);
        }
    }
    const QString taken = takenText(file.document.info.exportedAt);
    side.name = taken;
    side.description =
        HistoryController::tr("%1, snapshot taken %2").arg(comparison.profileName, taken);
    return side;
}

struct LoadedPair
{
    std::optional<SnapshotFile> older;
    std::optional<SnapshotFile> newer;
    QString error;
};

} // namespace

HistoryController::HistoryController(
    const ShownView &shown, AllPagesFetcher *fetcher, QWidget *window, QObject *parent)
    : QObject(parent)
    , m_shown(shown)
    , m_window(window)
    , m_menu(new QMenu(tr("Hi&story"), window))
    , m_note(new QPushButton(window))
{
    QAction *timeline = m_menu->addAction(tr("&Timeline…"));
    connect(timeline, &QAction::triggered, this, &HistoryController::openTimeline);
    timeline->setObjectName(QStringLiteral("historyTimelineAction"));
    timeline->setToolTip(tr("The snapshots recorded for each connection, and what changed"));

    m_note->setObjectName(QStringLiteral("historyNote"));
    m_note->setFlat(true);
    m_note->setMenu(new QMenu(m_note));
    m_note->hide();

    if (m_shown.table)
        connect(m_shown.table, &OrchestrationTableModel::stateChanged, this,
            &HistoryController::onTableStateChanged);
    if (fetcher)
        connect(fetcher, &AllPagesFetcher::completed, this, &HistoryController::record);
}

HistoryController::~HistoryController() = default;

HistoryTimelineDialog *HistoryController::timeline() const
{
    return m_timeline;
}

CompareWindow *HistoryController::compareWindow() const
{
    return m_compare;
}

void HistoryController::onTableStateChanged()
{
    OrchestrationTableModel *table = m_shown.table;
    if (!table || !table->client() || table->mode() != OrchestrationTableModel::Mode::All
        || !table->loader()->isCompleteScan())
        return;
    const OrchestrationTableModel::State state = table->state();
    if (state == OrchestrationTableModel::State::Loaded
        || state == OrchestrationTableModel::State::Empty)
        record(m_shown.tableRows());
}

void HistoryController::record(const QList<Orchestration> &records)
{
    const ConnectionInfo info = m_shown.connectionInfo();
    if (m_shown.shownSnapshot() || !info.recordHistory || info.profileId.isNull())
        return;
    HistoryLimits limits;
    limits.maxBytes = info.historyMaxBytes;
    limits.maxAgeDays = info.historyMaxDays;
    const QString folder = HistoryStore::folderFor(info.profileId);
    const QUuid profileId = info.profileId;
    const QUrl baseUrl = info.baseUrl;
    const QPointer<HistoryController> self(this);
    runInBackground(
        this,
        [folder, records, baseUrl, limits] {
            return HistoryStore(folder).record(
                records, baseUrl, QDateTime::currentDateTimeUtc(), limits);
        },
        [self, profileId](const HistoryRecordResult &result) {
            if (!self)
                return;
            if (result.outcome == HistoryRecordResult::Outcome::Failed)
                emit self->statusMessage(tr("The history was not recorded: %1").arg(result.error));
            else if (result.outcome == HistoryRecordResult::Outcome::Recorded
                && !result.entry.first)
                emit self->statusMessage(tr("History: %1 added, %2 removed, %3 changed since the "
                                            "last snapshot.")
                                             .arg(result.entry.addedCount())
                                             .arg(result.entry.removedCount())
                                             .arg(result.entry.changedCount()));
            if (self->m_listingProfile == profileId)
                self->refreshListing(profileId);
            emit self->recorded(result);
        });
}

void HistoryController::openTimeline()
{
    if (m_timeline) {
        m_timeline->raise();
        m_timeline->activateWindow();
        return;
    }
    std::unique_ptr<ProfileStore> ownProfiles;
    ProfileStore *profiles = m_profiles;
    if (!profiles) {
        ownProfiles = std::make_unique<ProfileStore>();
        profiles = ownProfiles.get();
    }
    auto *dialog = new HistoryTimelineDialog(
        profiles->profiles(), m_shown.connectionInfo().profileId, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &HistoryTimelineDialog::compareRequested, this, &HistoryController::compare);
    m_timeline = dialog;
    dialog->show();
}

void HistoryController::compare(const HistoryComparison &comparison)
{
    const QPointer<HistoryController> self(this);
    runInBackground(
        this,
        [comparison] {
            const HistoryStore store(comparison.folder);
            LoadedPair pair;
            pair.older = store.load(comparison.older, &pair.error);
            if (pair.older)
                pair.newer = store.load(comparison.newer, &pair.error);
            return pair;
        },
        [self, comparison](const LoadedPair &pair) {
            if (!self)
                return;
            if (!pair.older || !pair.newer) {
                ExportFeedback::showProblem(self->m_window, tr("Compare"), pair.error);
                return;
            }
            auto *window = new CompareWindow(historySide(*pair.older, comparison),
                historySide(*pair.newer, comparison), self->m_window);
            window->setAttribute(Qt::WA_DeleteOnClose);
            if (self->m_compare)
                self->m_compare->close();
            self->m_compare = window;
            window->show();
            if (!comparison.focusId.isEmpty())
                window->selectId(comparison.focusId);
            emit self->compareOpened(window);
        });
}

void HistoryController::showOrchestration(const Orchestration &orchestration)
{
    m_noteId = orchestration.isNull() ? QString() : orchestration.id();
    const ConnectionInfo info = m_shown.connectionInfo();
    if (info.profileId != m_listingProfile) {
        m_listing = {};
        m_listingProfile = info.profileId;
        if (!info.profileId.isNull())
            refreshListing(info.profileId);
    }
    updateNote();
}

void HistoryController::refreshListing(const QUuid &profileId)
{
    const quint64 generation = ++m_listingGeneration;
    const QString folder = HistoryStore::folderFor(profileId);
    const QPointer<HistoryController> self(this);
    runInBackground(
        this, [folder] { return HistoryStore(folder).list(); },
        [self, generation](const HistoryListing &listing) {
            if (!self || generation != self->m_listingGeneration)
                return;
            self->m_listing = listing;
            self->updateNote();
        });
}

void HistoryController::updateNote()
{
    QMenu *menu = m_note->menu();
    menu->clear();
    // A snapshot shown has no history of its own, and live data without a profile none either.
    if (m_noteId.isEmpty() || m_listing.entries.isEmpty() || m_shown.shownSnapshot()
        || m_listingProfile != m_shown.connectionInfo().profileId) {
        m_note->hide();
        emit noteUpdated();
        return;
    }
    const HistoryEntry &oldest = m_listing.entries.first();
    const QList<HistoryEntry> changes = m_listing.changesOf(m_noteId);
    const QString since =
        QLocale().toString(oldest.takenAt.toLocalTime().date(), QLocale::ShortFormat);
    m_note->setText(changes.isEmpty()
            ? tr("Unchanged since %1").arg(since)
            : tr("Changed %n time(s) since %1", nullptr, int(changes.size())).arg(since));
    m_note->setEnabled(!changes.isEmpty());
    const QString folder = HistoryStore::folderFor(m_listingProfile);
    const QString profileName = m_shown.connectionInfo().name;
    for (auto it = changes.crbegin(); it != changes.crend(); ++it) {
        const HistoryEntry &entry = *it;
        const HistoryEntry *before = m_listing.before(entry);
        if (!before)
            continue;
        const QString what = entry.addedIds.contains(m_noteId) ? tr("added")
            : entry.removedIds.contains(m_noteId)              ? tr("removed")
                                                               : tr("changed");
        HistoryComparison comparison {folder, profileName, *before, entry, m_noteId};
        QAction *action = menu->addAction(tr("%1: %2").arg(takenText(entry.takenAt), what));
        connect(action, &QAction::triggered, this, [this, comparison] { compare(comparison); });
    }
    m_note->show();
    emit noteUpdated();
}
