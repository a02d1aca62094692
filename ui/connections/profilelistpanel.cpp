#include "ui/connections/profilelistpanel.h"

#include "ui/connections/connectionswitcher.h"
#include "ui/widgets/plaintext.h"

#include <QHBoxLayout>
#include <QListWidget>
#include <QPainter>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

namespace {

constexpr int kChipRole = Qt::UserRole + 1;

/// The name on the left, the label chip on the right of each profile in the list.
class ProfileItemDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt(option);
        initStyleOption(&opt, index);
        const QPixmap chip = index.data(kChipRole).value<QPixmap>();
        const QSize chipSize = chip.isNull() ? QSize() : chip.deviceIndependentSize().toSize();
        const int reserved = chip.isNull() ? 0 : chipSize.width() + 12;
        opt.text = opt.fontMetrics.elidedText(
            opt.text, Qt::ElideRight, std::max(0, opt.rect.width() - reserved - 12));
        opt.textElideMode = Qt::ElideNone;
        const QWidget *widget = option.widget;
        QStyle *style = widget ? widget->style() : nullptr;
        if (style)
            style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
        if (!chip.isNull()) {
            const QPoint at(opt.rect.right() - chipSize.width() - 6,
                opt.rect.top() + (opt.rect.height() - chipSize.height()) / 2);
            painter->drawPixmap(at, chip);
        }
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        size.setHeight(std::max(size.height(), option.fontMetrics.height() + 12));
        return size;
    }
};

} // namespace

ProfileListPanel::ProfileListPanel(QWidget *parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_addButton(new QPushButton(tr("&Add"), this))
    , m_duplicateButton(new QPushButton(tr("D&uplicate"), this))
    , m_removeButton(new QPushButton(tr("&Remove…"), this))
    , m_importButton(new QPushButton(tr("I&mport…"), this))
    , m_exportButton(new QPushButton(tr("E&xport…"), this))
{
    m_list->setObjectName(QStringLiteral("profileList"));
    m_list->setAccessibleName(tr("Saved connections"));
    m_list->setItemDelegate(new ProfileItemDelegate(m_list));
    m_list->setUniformItemSizes(true);
    m_addButton->setObjectName(QStringLiteral("addProfileButton"));
    m_duplicateButton->setObjectName(QStringLiteral("duplicateProfileButton"));
    m_removeButton->setObjectName(QStringLiteral("removeProfileButton"));
    m_importButton->setObjectName(QStringLiteral("importProfilesButton"));
    m_exportButton->setObjectName(QStringLiteral("exportProfilesButton"));
    m_importButton->setToolTip(tr("Add connections from a JSON file exported by this program"));
    m_exportButton->setToolTip(
        tr("Save every connection to a JSON file, without secrets or tokens"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 1);
    auto *editButtons = new QHBoxLayout;
    editButtons->addWidget(m_addButton);
    editButtons->addWidget(m_duplicateButton);
    editButtons->addWidget(m_removeButton);
    layout->addLayout(editButtons);
    auto *fileButtons = new QHBoxLayout;
    fileButtons->addWidget(m_importButton);
    fileButtons->addWidget(m_exportButton);
    layout->addLayout(fileButtons);

    connect(m_list, &QListWidget::currentItemChanged, this, &ProfileListPanel::onCurrentChanged);
    connect(m_addButton, &QPushButton::clicked, this, &ProfileListPanel::addRequested);
    connect(m_duplicateButton, &QPushButton::clicked, this, &ProfileListPanel::duplicateRequested);
    connect(m_removeButton, &QPushButton::clicked, this, &ProfileListPanel::removeRequested);
    connect(m_importButton, &QPushButton::clicked, this, &ProfileListPanel::importRequested);
    connect(m_exportButton, &QPushButton::clicked, this, &ProfileListPanel::exportRequested);
}

void ProfileListPanel::reload(const QList<ConnectionProfile> &profiles, const QUuid &select)
{
    QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const ConnectionProfile &profile : profiles) {
        auto *item = new QListWidgetItem(profile.name, m_list);
        item->setData(Qt::UserRole, profile.id);
        item->setToolTip(PlainText::toolTip(profile.connection.baseUrl.toDisplayString()));
        const QPixmap chip =
            ConnectionSwitcher::chipPixmap(profile.label, profile.color, font(), palette());
        if (!chip.isNull())
            item->setData(kChipRole, chip);
    }
    blocker.unblock();
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(Qt::UserRole).toUuid() == select) {
            m_list->setCurrentRow(row);
            return;
        }
    }
}

void ProfileListPanel::showCurrent(const QUuid &id)
{
    const QSignalBlocker blocker(m_list);
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(Qt::UserRole).toUuid() == id)
            m_list->setCurrentRow(row);
    }
    if (id.isNull())
        m_list->setCurrentItem(nullptr);
}

void ProfileListPanel::clearCurrent()
{
    const QSignalBlocker blocker(m_list);
    m_list->setCurrentItem(nullptr);
    m_list->clearSelection();
}

int ProfileListPanel::count() const
{
    return m_list->count();
}

void ProfileListPanel::updateButtons(bool savedProfileShown)
{
    m_duplicateButton->setEnabled(savedProfileShown);
    m_removeButton->setEnabled(savedProfileShown);
    m_exportButton->setEnabled(m_list->count() > 0);
}

void ProfileListPanel::onCurrentChanged()
{
    if (const QListWidgetItem *item = m_list->currentItem())
        emit profileChosen(item->data(Qt::UserRole).toUuid());
}
