#include "ui/mainwindow/inspectorpanel.h"

#include "models/core/rawjson.h"
#include "models/itemmodels/configurationtreemodel.h"
#include "ui/widgets/elidedlabel.h"
#include "ui/widgets/icons.h"
#include "ui/widgets/jsonhighlighter.h"
#include "ui/widgets/warningdelegate.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace {

/// Warnings as icons, and "used by N" after an id, so shared ids stand out while browsing.
class InspectorDelegate : public WarningDelegate
{
public:
    using WarningDelegate::WarningDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        WarningDelegate::initStyleOption(option, index);
        if (index.column() != ConfigurationTreeModel::ValueColumn
            || index.data(ConfigurationTreeModel::IdValueRole).toString().isEmpty())
            return;
        const QVariant usage = index.data(ConfigurationTreeModel::UsageCountRole);
        // "Used by 1" is the record itself: only ids shared with other records are news.
        if (usage.isValid() && usage.toInt() > 1) {
            option->text =
                InspectorPanel::tr("%1  (used by %n)", nullptr, usage.toInt()).arg(option->text);
            // Short of room, the middle of the id goes, never the count after it.
            option->textElideMode = Qt::ElideMiddle;
        }
    }
};

} // namespace

InspectorPanel::InspectorPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new ConfigurationTreeModel(this))
    , m_stack(new QStackedWidget(this))
    , m_placeholder(new QLabel(this))
    , m_title(new ElidedLabel(this))
    , m_subtitle(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_tree(new QTreeView(this))
    , m_raw(new QPlainTextEdit(this))
    , m_highlighter(new JsonHighlighter(m_raw->document()))
    , m_copyValue(new QAction(tr("Copy &value"), this))
    , m_copyNode(new QAction(tr("Copy &node as JSON"), this))
    , m_copyRecord(new QAction(tr("Copy &orchestration as JSON"), this))
    , m_showUsers(new QAction(tr("&Show orchestrations using this id"), this))
{
    setObjectName(QStringLiteral("inspector"));

    m_placeholder->setObjectName(QStringLiteral("inspectorPlaceholder"));
    m_placeholder->setText(tr("Select an orchestration to inspect it."));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setEnabled(false);

    m_title->setObjectName(QStringLiteral("inspectorTitle"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_title->setAccessibleDescription(tr("The name of the orchestration inspected"));
    m_subtitle->setObjectName(QStringLiteral("inspectorSubtitle"));
    m_subtitle->setAccessibleDescription(tr("The id of the orchestration inspected"));
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle->setTextFormat(Qt::PlainText);
    m_subtitle->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    m_tree->setObjectName(QStringLiteral("inspectorTree"));
    m_tree->setAccessibleName(tr("Orchestration fields"));
    m_tree->setAccessibleDescription(
        tr("Every field of the selected orchestration. Enter on an id shows the orchestrations "
           "using it."));
    m_tree->setModel(m_model);
    m_tree->setItemDelegate(new InspectorDelegate(ConfigurationTreeModel::WarningRole, m_tree));
    m_tree->setUniformRowHeights(true);
    m_tree->setIndentation(m_tree->fontMetrics().averageCharWidth() * 2 + 2);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->setSectionResizeMode(QHeaderView::Interactive);

    m_raw->setObjectName(QStringLiteral("rawJsonView"));
    m_raw->setAccessibleName(tr("Raw JSON"));
    m_raw->setReadOnly(true);
    m_raw->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_raw->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_raw->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    m_tabs->setObjectName(QStringLiteral("inspectorTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->setAccessibleName(tr("Orchestration views"));
    m_tabs->addTab(m_tree, tr("F&ields"));
    m_tabs->addTab(m_raw, tr("Raw &JSON"));

    auto *details = new QWidget(this);
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->setSpacing(2);
    m_heading = new QVBoxLayout;
    m_heading->setContentsMargins(8, 6, 8, 4);
    m_heading->setSpacing(2);
    m_heading->addWidget(m_title);
    m_heading->addWidget(m_subtitle);
    detailsLayout->addLayout(m_heading);
    detailsLayout->addWidget(m_tabs, 1);

    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(details);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    m_copyValue->setObjectName(QStringLiteral("copyValueAction"));
    m_copyValue->setShortcut(QKeySequence::Copy);
    m_copyNode->setObjectName(QStringLiteral("copyNodeJsonAction"));
    m_copyNode->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_copyRecord->setObjectName(QStringLiteral("copyRecordJsonAction"));
    m_copyRecord->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_C));
    m_showUsers->setObjectName(QStringLiteral("showUsersAction"));
    for (QAction *action : {m_copyValue, m_copyNode, m_copyRecord, m_showUsers}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_tree->addAction(action);
    }
    connect(m_copyValue, &QAction::triggered, this, &InspectorPanel::copyValue);
    connect(m_copyNode, &QAction::triggered, this, &InspectorPanel::copyNodeJson);
    connect(m_copyRecord, &QAction::triggered, this, &InspectorPanel::copyRecordJson);
    connect(m_showUsers, &QAction::triggered, this, &InspectorPanel::showUsersOfCurrentId);
    connect(m_tree, &QTreeView::activated, this, &InspectorPanel::onActivated);
    connect(m_tree, &QTreeView::customContextMenuRequested, this, &InspectorPanel::showContextMenu);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &InspectorPanel::updateActions);

    updateIcons();
    setOrchestration({});
}

InspectorPanel::~InspectorPanel() = default;

void InspectorPanel::addHeadingWidget(QWidget *widget)
{
    m_heading->addWidget(widget, 0, Qt::AlignLeft);
}

void InspectorPanel::setOrchestration(const Orchestration &orchestration)
{
    emit orchestrationShown(orchestration);
    m_model->setOrchestration(orchestration);
    if (orchestration.isNull()) {
        m_stack->setCurrentIndex(0);
        m_raw->clear();
        updateActions();
        return;
    }
    m_title->setFullText(orchestration.name().isEmpty() ? tr("(no name)") : orchestration.name());
    m_subtitle->setText(orchestration.id());
    m_raw->setPlainText(prettyJson(orchestration));
    m_tree->expandAll();
    // Labels as wide as they need, but never at the cost of the values (ids are long).
    m_tree->resizeColumnToContents(ConfigurationTreeModel::FieldColumn);
    const int maxFieldWidth = qMax(160, width() * 2 / 5);
    if (m_tree->columnWidth(ConfigurationTreeModel::FieldColumn) > maxFieldWidth)
        m_tree->setColumnWidth(ConfigurationTreeModel::FieldColumn, maxFieldWidth);
    m_stack->setCurrentIndex(1);
    updateActions();
}

Orchestration InspectorPanel::orchestration() const
{
    return m_model->orchestration();
}

void InspectorPanel::setUsageCounter(std::function<int(const QString &)> counter)
{
    m_model->setUsageCounter(std::move(counter));
}

void InspectorPanel::refreshUsageCounts()
{
    if (orchestration().isNull())
        return;
    m_model->refreshUsageCounts();
    updateActions();
}

QString InspectorPanel::prettyJson(const Orchestration &orchestration)
{
    return QString::fromUtf8(RawJson::indented(orchestration.rawJson()));
}

QModelIndex InspectorPanel::currentIndex(int column) const
{
    const QModelIndex current = m_tree->currentIndex();
    return current.isValid() ? current.siblingAtColumn(column) : QModelIndex();
}

void InspectorPanel::copyValue()
{
    const QModelIndex index = currentIndex(ConfigurationTreeModel::ValueColumn);
    if (!index.isValid())
        return;
    const QString id = index.data(ConfigurationTreeModel::IdValueRole).toString();
    QApplication::clipboard()->setText(id.isEmpty() ? index.data(Qt::DisplayRole).toString() : id);
}

void InspectorPanel::copyNodeJson()
{
    const QModelIndex index = currentIndex(ConfigurationTreeModel::FieldColumn);
    if (index.isValid())
        QApplication::clipboard()->setText(QString::fromUtf8(
            RawJson::indented(index.data(ConfigurationTreeModel::NodeJsonRole).toByteArray())));
}

void InspectorPanel::copyRecordJson()
{
    if (!orchestration().isNull())
        QApplication::clipboard()->setText(prettyJson(orchestration()));
}

void InspectorPanel::showUsersOfCurrentId()
{
    const QString id = currentIndex(ConfigurationTreeModel::ValueColumn)
                           .data(ConfigurationTreeModel::IdValueRole)
                           .toString();
    if (!id.isEmpty())
        emit idActivated(id);
}

void InspectorPanel::onActivated(const QModelIndex &index)
{
    const QString id = index.siblingAtColumn(ConfigurationTreeModel::ValueColumn)
                           .data(ConfigurationTreeModel::IdValueRole)
                           .toString();
    if (!id.isEmpty())
        emit idActivated(id);
}

void InspectorPanel::updateActions()
{
    const QModelIndex value = currentIndex(ConfigurationTreeModel::ValueColumn);
    m_copyValue->setEnabled(value.isValid());
    m_copyNode->setEnabled(value.isValid());
    m_copyRecord->setEnabled(!orchestration().isNull());
    const QString id = value.data(ConfigurationTreeModel::IdValueRole).toString();
    m_showUsers->setEnabled(!id.isEmpty());
    const int usage = value.data(ConfigurationTreeModel::UsageCountRole).toInt();
    m_showUsers->setText(usage > 0
            ? tr("&Show the %n orchestration(s) using this id", nullptr, usage)
            : tr("&Show orchestrations using this id"));
}

void InspectorPanel::showContextMenu(const QPoint &position)
{
    updateActions();
    QMenu menu(this);
    menu.addAction(m_copyValue);
    menu.addAction(m_copyNode);
    menu.addAction(m_copyRecord);
    menu.addSeparator();
    menu.addAction(m_showUsers);
    menu.exec(m_tree->viewport()->mapToGlobal(position));
}

void InspectorPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateIcons();
}

void InspectorPanel::updateIcons()
{
    const QColor colour = palette().color(QPalette::WindowText);
    m_copyValue->setIcon(Icons::themed(QStringLiteral("copy"), colour));
    m_showUsers->setIcon(Icons::themed(QStringLiteral("filter"), colour));
    m_highlighter->setPalette(palette());
}
