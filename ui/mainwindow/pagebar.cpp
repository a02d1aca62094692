#include "ui/mainwindow/pagebar.h"

#include "models/itemmodels/orchestrationtablemodel.h"
#include "ui/widgets/icons.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QToolButton>

namespace {

QToolButton *navigationButton(const QString &objectName, const QString &toolTip,
    const QString &accessibleName, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(objectName);
    button->setToolTip(toolTip);
    button->setAccessibleName(accessibleName);
    button->setAutoRaise(true);
    return button;
}

} // namespace

PageBar::PageBar(QWidget *parent)
    : QWidget(parent)
    , m_navigation(new QWidget(this))
    , m_first(navigationButton(QStringLiteral("firstPageButton"),
          tr("First page (Ctrl+Shift+Page Up)"), tr("First page"), m_navigation))
    , m_previous(navigationButton(QStringLiteral("previousPageButton"),
          tr("Previous page (Ctrl+Page Up)"), tr("Previous page"), m_navigation))
    , m_next(navigationButton(QStringLiteral("nextPageButton"), tr("Next page (Ctrl+Page Down)"),
          tr("Next page"), m_navigation))
    , m_last(navigationButton(QStringLiteral("lastPageButton"),
          tr("Last page (Ctrl+Shift+Page Down)"), tr("Last page"), m_navigation))
    , m_pageNumber(new QSpinBox(m_navigation))
    , m_pageCount(new QLabel(m_navigation))
    , m_pageSize(new QComboBox(m_navigation))
    , m_granted(new QLabel(m_navigation))
    , m_pageNote(new QLabel(m_navigation))
    , m_range(new QLabel(this))
    , m_scan(new QWidget(this))
    , m_progress(new QProgressBar(m_scan))
    , m_cancel(new QPushButton(tr("Cancel"), m_scan))
    , m_scanStatus(new QLabel(m_scan))
    , m_backToPages(new QPushButton(tr("Back to &pages"), m_scan))
{
    setObjectName(QStringLiteral("pageBar"));

    m_pageNumber->setObjectName(QStringLiteral("pageNumberField"));
    m_pageNumber->setAccessibleName(tr("Page number"));
    m_pageNumber->setToolTip(tr("Type a page number and press Enter"));
    m_pageNumber->setKeyboardTracking(false);
    // Any number can be typed; one past the last page is answered, not silently clamped.
    m_pageNumber->setRange(1, 9'999'999);
    m_pageNumber->setAlignment(Qt::AlignRight);
    m_pageNumber->setMinimumWidth(
        m_pageNumber->fontMetrics().horizontalAdvance(QStringLiteral("99999")) + 32);
    auto *pageLabel = new QLabel(tr("Page"), m_navigation);
    pageLabel->setBuddy(m_pageNumber);

    m_pageSize->setObjectName(QStringLiteral("pageSizeCombo"));
    m_pageSize->setAccessibleName(tr("Page size"));
    m_pageSize->setToolTip(tr("Orchestrations to ask for per page; the server may grant fewer"));
    for (const int size : pageSizes())
        m_pageSize->addItem(QLocale().toString(size), size);
    auto *sizeLabel = new QLabel(tr("Per page"), m_navigation);
    sizeLabel->setBuddy(m_pageSize);
    m_granted->setObjectName(QStringLiteral("grantedPageSizeLabel"));
    m_granted->setEnabled(false); // a quiet note in the disabled text colour
    m_pageNote->setObjectName(QStringLiteral("pageNumberNote"));
    m_pageNote->setTextFormat(Qt::PlainText);
    m_pageNote->hide();

    m_range->setObjectName(QStringLiteral("pageRangeLabel"));
    m_range->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_range->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *navigation = new QHBoxLayout(m_navigation);
    navigation->setContentsMargins(0, 0, 0, 0);
    navigation->setSpacing(2);
    navigation->addWidget(m_first);
    navigation->addWidget(m_previous);
    navigation->addSpacing(4);
    navigation->addWidget(pageLabel);
    navigation->addSpacing(4);
    navigation->addWidget(m_pageNumber);
    navigation->addSpacing(4);
    navigation->addWidget(m_pageCount);
    navigation->addSpacing(4);
    navigation->addWidget(m_pageNote);
    navigation->addSpacing(4);
    navigation->addWidget(m_next);
    navigation->addWidget(m_last);
    navigation->addSpacing(16);
    navigation->addWidget(sizeLabel);
    navigation->addSpacing(4);
    navigation->addWidget(m_pageSize);
    navigation->addSpacing(6);
    navigation->addWidget(m_granted);

    m_progress->setObjectName(QStringLiteral("loadAllProgress"));
    m_progress->setAccessibleName(tr("Loading all orchestrations"));
    m_progress->setTextVisible(true);
    m_progress->setMaximumWidth(360);
    m_cancel->setObjectName(QStringLiteral("cancelLoadButton"));
    m_cancel->setToolTip(tr("Stop loading; what arrived stays (Esc)"));
    m_scanStatus->setObjectName(QStringLiteral("scanStatusLabel"));
    m_backToPages->setObjectName(QStringLiteral("backToPagesButton"));
    auto *scan = new QHBoxLayout(m_scan);
    scan->setContentsMargins(0, 0, 0, 0);
    scan->addWidget(m_progress, 1);
    scan->addWidget(m_cancel);
    scan->addWidget(m_scanStatus);
    scan->addWidget(m_backToPages);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 8, 2);
    layout->addWidget(m_navigation);
    layout->addWidget(m_scan);
    layout->addStretch(1);
    layout->addWidget(m_range);

    // Tab goes left to right, as the controls read.
    setTabOrder(m_first, m_previous);
    setTabOrder(m_previous, m_pageNumber);
    setTabOrder(m_pageNumber, m_next);
    setTabOrder(m_next, m_last);
    setTabOrder(m_last, m_pageSize);
    setTabOrder(m_pageSize, m_cancel);
    setTabOrder(m_cancel, m_backToPages);

    connect(m_first, &QToolButton::clicked, this, &PageBar::goFirst);
    connect(m_previous, &QToolButton::clicked, this, &PageBar::goPrevious);
    connect(m_next, &QToolButton::clicked, this, &PageBar::goNext);
    connect(m_last, &QToolButton::clicked, this, &PageBar::goLast);
    connect(m_pageNumber, &QSpinBox::editingFinished, this, &PageBar::onPageNumberEntered);
    connect(m_pageSize, &QComboBox::activated, this, &PageBar::onPageSizeActivated);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_model)
            m_model->cancel();
    });
    connect(m_backToPages, &QPushButton::clicked, this, [this] { goTo(1); });

    updateIcons();
    refreshState();
}

QList<int> PageBar::pageSizes()
{
    return {10, 25, 50, 100};
}

QString PageBar::rangeText(int first, int last, qint64 total, const QLocale &locale)
{
    if (first <= 0 || last <= 0)
        return total > 0 ? tr("%1 in total").arg(locale.toString(total)) : QString();
    if (total < 0)
        return tr("%1–%2").arg(locale.toString(first), locale.toString(last));
    return tr("%1–%2 of %3")
        .arg(locale.toString(first), locale.toString(last), locale.toString(total));
}

void PageBar::setModel(OrchestrationTableModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (m_model) {
        connect(m_model, &OrchestrationTableModel::stateChanged, this, &PageBar::refreshState);
        connect(m_model, &OrchestrationTableModel::pageChanged, this, &PageBar::refreshState);
        connect(m_model, &OrchestrationTableModel::pageChanged, m_pageNote, &QWidget::hide);
        connect(m_model, &OrchestrationTableModel::progress, this, &PageBar::refreshState);
        connect(m_model, &QAbstractItemModel::modelReset, this, &PageBar::refreshState);
        connect(m_model, &QAbstractItemModel::rowsInserted, this, &PageBar::refreshState);
        connect(m_model, &QAbstractItemModel::rowsRemoved, this, &PageBar::refreshState);
        const QSignalBlocker blocker(m_pageSize);
        const int size = m_model->pageSize();
        int index = m_pageSize->findData(size);
        if (index < 0) {
            // A profile's own size (say 30) is offered beside the usual ones, in order.
            index = 0;
            while (index < m_pageSize->count() && m_pageSize->itemData(index).toInt() < size)
                ++index;
            m_pageSize->insertItem(index, QLocale().toString(size), size);
        }
        m_pageSize->setCurrentIndex(index);
    }
    refreshState();
}

void PageBar::goFirst()
{
    goTo(1);
}

void PageBar::goPrevious()
{
    if (m_model)
        goTo(qMax(1, (m_model->requestedPage() > 0 ? m_model->requestedPage() : 1) - 1));
}

void PageBar::goNext()
{
    if (!m_model)
        return;
    const int from = m_model->requestedPage() > 0 ? m_model->requestedPage() : 1;
    const int count = m_model->pageCount();
    goTo(count > 0 ? qMin(count, from + 1) : from + 1);
}

void PageBar::goLast()
{
    if (m_model && m_model->pageCount() > 0)
        goTo(m_model->pageCount());
}

void PageBar::goTo(int page)
{
    if (!m_model || !m_model->client())
        return;
    if (m_model->mode() == OrchestrationTableModel::Mode::Paged && page == m_model->requestedPage()
        && m_model->currentPage() == page
        && m_model->state() != OrchestrationTableModel::State::Error)
        return;
    m_model->loadPage(page);
}

void PageBar::onPageNumberEntered()
{
    const int page = m_pageNumber->value();
    const int count = m_model ? m_model->pageCount() : 0;
    if (count > 0 && page > count) {
        m_pageNote->setText(tr("There is no page %1: the last is %2.")
                                .arg(QLocale().toString(page), QLocale().toString(count)));
        m_pageNote->show();
        refreshState(); // back to the page shown
        m_pageNumber->selectAll();
        return;
    }
    m_pageNote->hide();
    goTo(page);
}

void PageBar::onPageSizeActivated(int index)
{
    const int size = m_pageSize->itemData(index).toInt();
    if (!m_model || size <= 0 || size == m_model->pageSize())
        return;
    m_model->setPageSize(size);
    emit pageSizeChosen(size);
}

void PageBar::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::LayoutDirectionChange)
        updateIcons();
}

void PageBar::updateIcons()
{
    const QColor colour = palette().color(QPalette::ButtonText);
    // Right to left, the layout puts "next" on the left: its arrow points there too, the
    // way a reader of that script turns pages.
    const bool mirrored = layoutDirection() == Qt::RightToLeft;
    const auto arrow = [&](const char *forward, const char *backward) {
        return Icons::themed(QLatin1String(mirrored ? backward : forward), colour);
    };
    m_first->setIcon(arrow("go-first", "go-last"));
    m_previous->setIcon(arrow("go-previous", "go-next"));
    m_next->setIcon(arrow("go-next", "go-previous"));
    m_last->setIcon(arrow("go-last", "go-first"));
    m_cancel->setIcon(Icons::themed(QStringLiteral("cancel"), colour));
}

void PageBar::refreshState()
{
    using State = OrchestrationTableModel::State;
    const QLocale locale;
    const bool connected = m_model && m_model->client();
    const bool all = m_model && m_model->mode() == OrchestrationTableModel::Mode::All;
    const State state = m_model ? m_model->state() : State::Idle;

    m_navigation->setVisible(!all);
    m_scan->setVisible(all);
    m_navigation->setEnabled(connected);

    if (!all) {
        const int requested = m_model ? m_model->requestedPage() : 0;
        const int current = m_model ? m_model->currentPage() : 0;
        const int count = m_model ? m_model->pageCount() : 0;
        // The number of the rows on screen: while another page loads, or after it failed,
        // those are still the current page's.
        const int shown = qMax(1, current > 0 ? current : requested);
        m_first->setEnabled(connected && shown > 1);
        m_previous->setEnabled(connected && shown > 1);
        m_next->setEnabled(connected && (count == 0 ? state == State::Loaded : shown < count));
        m_last->setEnabled(connected && count > 0 && shown < count);
        {
            const QSignalBlocker blocker(m_pageNumber);
            m_pageNumber->setValue(shown);
        }
        m_pageCount->setText(count > 0 ? tr("of %1").arg(locale.toString(count)) : QString());
        const int granted = m_model ? m_model->grantedPageSize() : 0;
        const bool differs = granted > 0 && m_model && granted != m_model->pageSize();
        m_granted->setText(
            differs ? tr("(server grants %1)").arg(locale.toString(granted)) : QString());
        m_granted->setToolTip(differs
                ? tr("The server sent %L1 per page although %Ln were asked for.", nullptr,
                    m_model->pageSize())
                      .arg(granted)
                : QString());
        m_granted->setVisible(differs);
        m_range->setText(m_model ? rangeText(m_model->firstRecordNumber(),
                             m_model->lastRecordNumber(), m_model->totalCount(), locale)
                                 : QString());
        return;
    }

    const qint64 loaded = m_model->loadedCount();
    const qint64 total = m_model->totalCount();
    const int loadedCount = int(qMin<qint64>(loaded, INT_MAX)); // tr()'s plural count is an int
    const bool loading = state == State::Loading;
    m_progress->setVisible(loading);
    m_cancel->setVisible(loading);
    if (total > 0) {
        // QProgressBar holds ints; a tenant of more than two billion records is not a concern.
        m_progress->setRange(0, int(qMin<qint64>(total, INT_MAX)));
        m_progress->setValue(int(qMin(loaded, total)));
        m_progress->setFormat(tr("%1 of %2").arg(locale.toString(loaded), locale.toString(total)));
    } else {
        m_progress->setRange(0, 0);
    }
    m_scanStatus->setVisible(!loading);
    switch (state) {
    case State::Cancelled:
        m_scanStatus->setText(tr("Stopped: %Ln of %L1 loaded", nullptr, loadedCount)
                                  .arg(total >= 0 ? total : loaded));
        break;
    case State::Error:
        m_scanStatus->setText(tr("Stopped by an error: %Ln loaded", nullptr, loadedCount));
        break;
    default:
        m_scanStatus->setText(tr("All %Ln loaded", nullptr, loadedCount));
        break;
    }
    m_backToPages->setVisible(!loading);
    m_range->setText(total >= 0 ? tr("%Ln of %L1 loaded", nullptr, loadedCount).arg(total)
                                : tr("%Ln loaded", nullptr, loadedCount));
}
