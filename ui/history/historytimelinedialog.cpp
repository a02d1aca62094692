#include "ui/history/historytimelinedialog.h"

#include "models/core/backgroundtask.h"
#include "models/history/historytimelinemodel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

HistoryTimelineDialog::HistoryTimelineDialog(
    const QList<ConnectionProfile> &profiles, const QUuid &current, QWidget *parent)
    : QDialog(parent)
    , m_profiles(profiles)
    , m_profile(new QComboBox(this))
    , m_note(new QLabel(this))
    , m_view(new QTableView(this))
    , m_model(new HistoryTimelineModel(this))
    , m_since(new QDateEdit(QDate::currentDate().addDays(-7), this))
    , m_sinceButton(new QPushButton(tr("Show &changes"), this))
    , m_compare(new QPushButton(tr("C&ompare"), this))
{
    setWindowTitle(tr("History"));
    setObjectName(QStringLiteral("historyTimeline"));
    m_profile->setObjectName(QStringLiteral("historyProfile"));
    m_view->setObjectName(QStringLiteral("historyView"));
    m_compare->setObjectName(QStringLiteral("historyCompare"));
    m_since->setObjectName(QStringLiteral("historySince"));
    m_sinceButton->setObjectName(QStringLiteral("historySinceButton"));
    for (const ConnectionProfile &profile : profiles)
        m_profile->addItem(profile.name, profile.id);

    m_note->setTextFormat(Qt::PlainText);
    m_note->setWordWrap(true);
    m_note->hide();

    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    // The counts as wide as their headers, the time taking the rest.
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(
        HistoryTimelineModel::TakenColumn, QHeaderView::Stretch);
    m_view->setToolTip(tr("Select a snapshot to compare it with the one before, or two to "
                          "compare them with each other"));

    m_since->setCalendarPopup(true);
    m_since->setMaximumDate(QDate::currentDate());
    m_compare->setToolTip(m_view->toolTip());

    auto *form = new QFormLayout;
    form->addRow(tr("Co&nnection:"), m_profile);
    auto *sinceRow = new QHBoxLayout;
    sinceRow->addWidget(m_since);
    sinceRow->addWidget(m_sinceButton);
    sinceRow->addStretch(1);
    auto *sinceLabel = new QLabel(tr("What changed &since:"), this);
    sinceLabel->setBuddy(m_since);
    form->addRow(sinceLabel, sinceRow);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_compare, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_note);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    resize(640, 420);

    connect(m_profile, &QComboBox::currentIndexChanged, this, &HistoryTimelineDialog::reload);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &HistoryTimelineDialog::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &HistoryTimelineDialog::updateButtons);
    connect(m_view, &QTableView::doubleClicked, this, &HistoryTimelineDialog::compareSelected);
    connect(m_compare, &QPushButton::clicked, this, &HistoryTimelineDialog::compareSelected);
    connect(m_sinceButton, &QPushButton::clicked, this, [this] { compareSince(m_since->date()); });

    const int index = m_profile->findData(current);
    m_profile->setCurrentIndex(index >= 0 ? index : 0);
    if (m_profile->currentIndex() == 0)
        reload(); // setCurrentIndex() said nothing: the first was current already
    updateButtons();
}

void HistoryTimelineDialog::showProfile(const QUuid &id)
{
    m_profile->setCurrentIndex(m_profile->findData(id));
}

void HistoryTimelineDialog::reload()
{
    const QUuid id = m_profile->currentData().toUuid();
    m_model->setListing({});
    if (id.isNull())
        return;
    m_folder = HistoryStore::folderFor(id);
    const quint64 generation = ++m_generation;
    const QString folder = m_folder;
    const QPointer<HistoryTimelineDialog> self(this);
    runInBackground(
        this, [folder] { return HistoryStore(folder).list(); },
        [self, generation](const HistoryListing &listing) {
            if (!self || generation != self->m_generation)
                return; // another profile was chosen meanwhile
            self->m_model->setListing(listing);
            QStringList notes;
            if (!listing.error.isEmpty())
                notes.append(listing.error);
            notes += listing.problems;
            if (listing.entries.isEmpty() && listing.error.isEmpty())
                notes.append(tr("No snapshots yet. Loading all orchestrations (Load all) or "
                                "exporting all pages of this connection records one."));
            self->m_note->setText(notes.join(QLatin1Char('\n')));
            self->m_note->setVisible(!notes.isEmpty());
            emit self->listed();
        });
}

void HistoryTimelineDialog::updateButtons()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    bool possible = rows.size() == 2;
    if (rows.size() == 1) {
        const HistoryEntry *entry = m_model->entryAt(rows.first().row());
        possible = entry && m_model->listing().before(*entry);
    }
    m_compare->setEnabled(possible);
    m_sinceButton->setEnabled(!m_model->listing().entries.isEmpty());
}

HistoryComparison HistoryTimelineDialog::comparison(
    const HistoryEntry &older, const HistoryEntry &newer) const
{
    HistoryComparison result;
    result.folder = m_folder;
    result.profileName = m_profile->currentText();
    result.older = older;
    result.newer = newer;
    return result;
}

void HistoryTimelineDialog::compareSelected()
{
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
        [](const QModelIndex &a, const QModelIndex &b) { return a.row() > b.row(); });
    if (rows.size() == 1) {
        const HistoryEntry *entry = m_model->entryAt(rows.first().row());
        const HistoryEntry *before = entry ? m_model->listing().before(*entry) : nullptr;
        if (before)
            emit compareRequested(comparison(*before, *entry));
    } else if (rows.size() == 2) {
        // Newest first in the table: the larger row is the older snapshot.
        emit compareRequested(
            comparison(*m_model->entryAt(rows.at(0).row()), *m_model->entryAt(rows.at(1).row())));
    }
}

void HistoryTimelineDialog::compareSince(const QDate &date)
{
    const HistoryListing &listing = m_model->listing();
    if (listing.entries.isEmpty())
        return;
    const HistoryEntry *base = listing.newestAtOrBefore(date.startOfDay());
    if (!base) {
        m_note->setText(tr("No snapshot was taken before %1; the oldest is from %2.")
                            .arg(QLocale().toString(date, QLocale::ShortFormat),
                                QLocale().toString(listing.entries.first().takenAt.toLocalTime(),
                                    QLocale::ShortFormat)));
        m_note->show();
        return;
    }
    emit compareRequested(comparison(*base, listing.entries.last()));
}
