#include "ui/mainwindow/filterbar.h"

#include "models/itemmodels/orchestrationfiltermodel.h"
#include "ui/widgets/icons.h"

#include <QAction>
#include <QActionGroup>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>

FilterBar::FilterBar(QWidget *parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_active(new QComboBox(this))
    , m_kind(new QComboBox(this))
    , m_menu(new QMenu(this))
{
    using Active = OrchestrationFilterModel::ActiveFilter;
    using Kind = OrchestrationFilterModel::KindFilter;
    setObjectName(QStringLiteral("filterBar"));

    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setPlaceholderText(tr("Search name, description or any id (Ctrl+F)"));
    m_search->setToolTip(tr("Matches names, descriptions and ids, including every nested bot, "
                            "participant, agent and customer id. Paste a UUID to see every "
                            "orchestration that references it."));
    m_search->setAccessibleName(tr("Search orchestrations"));
    m_search->setClearButtonEnabled(true);
    m_searchIcon = m_search->addAction(QIcon(), QLineEdit::LeadingPosition);
    // The field's icon buttons are buttons to a screen reader: each says what it is.
    m_searchIcon->setText(tr("Search"));
    if (auto *clear = m_search->findChild<QAction *>(QStringLiteral("_q_qlineeditclearaction")))
        clear->setText(tr("Clear the search"));

    m_active->setObjectName(QStringLiteral("activeFilter"));
    m_active->setAccessibleName(tr("Active filter"));
    m_active->addItem(tr("Active and inactive"), QVariant::fromValue(Active::All));
    m_active->addItem(tr("Active only"), QVariant::fromValue(Active::Active));
    m_active->addItem(tr("Inactive only"), QVariant::fromValue(Active::Inactive));

    m_kind->setObjectName(QStringLiteral("kindFilter"));
    m_kind->setAccessibleName(tr("Kind filter"));
    m_kind->addItem(tr("Any kind"), QVariant::fromValue(Kind::Any));
    m_kind->addItem(tr("Bot only"), QVariant::fromValue(Kind::BotOnly));
    m_kind->addItem(tr("Agent only"), QVariant::fromValue(Kind::AgentOnly));
    m_kind->addItem(tr("Bot + Agent"), QVariant::fromValue(Kind::BotAndAgent));
    m_kind->addItem(tr("Has a bot"), QVariant::fromValue(Kind::HasBot));
    m_kind->addItem(tr("Has agents"), QVariant::fromValue(Kind::HasAgent));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addWidget(m_search, 1);
    layout->addWidget(m_active);
    layout->addWidget(m_kind);

    // Any change of the text searches at once, however it came: typed, pasted, cleared, or
    // set whole by an assistive technology (voice or braille input sets the text, it does not
    // type it). No delay after a keystroke: a large table is searched off the UI thread, and
    // the next keystroke supersedes a search still running.
    connect(m_search, &QLineEdit::textChanged, this, &FilterBar::applySearch);
    connect(m_active, &QComboBox::currentIndexChanged, this, &FilterBar::applyFilters);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &FilterBar::applyFilters);
    m_menu->setObjectName(QStringLiteral("filterMenu"));
    connect(m_menu, &QMenu::aboutToShow, this, &FilterBar::rebuildMenu);
    updateIcons();
}

bool FilterBar::isNarrowing() const
{
    return !m_search->text().trimmed().isEmpty() || m_active->currentIndex() > 0
        || m_kind->currentIndex() > 0;
}

void FilterBar::rebuildMenu()
{
    m_menu->clear();
    QAction *search = m_menu->addAction(tr("&Search…"), this, &FilterBar::focusSearch);
    search->setObjectName(QStringLiteral("focusSearchAction"));
    // One checkable entry per choice of each box, so the menu and the boxes never disagree.
    for (QComboBox *box : {m_active, m_kind}) {
        m_menu->addSeparator();
        auto *group = new QActionGroup(m_menu);
        for (int index = 0; index < box->count(); ++index) {
            QAction *choice = m_menu->addAction(box->itemText(index));
            choice->setCheckable(true);
            choice->setChecked(index == box->currentIndex());
            group->addAction(choice);
            connect(
                choice, &QAction::triggered, box, [box, index] { box->setCurrentIndex(index); });
        }
    }
    m_menu->addSeparator();
    QAction *clearAll = m_menu->addAction(tr("&Clear search and filters"), this, &FilterBar::clear);
    clearAll->setObjectName(QStringLiteral("clearFiltersAction"));
    clearAll->setEnabled(isNarrowing());
}

void FilterBar::setModel(OrchestrationFilterModel *model)
{
    m_model = model;
    applySearch();
    applyFilters();
}

void FilterBar::setSearchText(const QString &text)
{
    m_search->setText(text);
    applySearch();
}

QString FilterBar::searchText() const
{
    return m_search->text();
}

void FilterBar::clear()
{
    m_search->clear();
    m_active->setCurrentIndex(0);
    m_kind->setCurrentIndex(0);
    applySearch();
}

void FilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void FilterBar::applySearch()
{
    const QString text = m_search->text().trimmed();
    if (m_model && m_model->requestedSearchText() != text) {
        m_model->setSearchTextInBackground(text);
        emit filtersChanged();
    }
}

void FilterBar::applyFilters()
{
    if (!m_model)
        return;
    m_model->setActiveFilter(
        m_active->currentData().value<OrchestrationFilterModel::ActiveFilter>());
    m_model->setKindFilter(m_kind->currentData().value<OrchestrationFilterModel::KindFilter>());
    emit filtersChanged();
}

void FilterBar::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateIcons();
}

void FilterBar::updateIcons()
{
    m_searchIcon->setIcon(
        Icons::themed(QStringLiteral("search"), palette().color(QPalette::PlaceholderText)));
}
