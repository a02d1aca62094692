#include "ui/export/comparewindow.h"

#include "models/core/exportwriter.h"
#include "models/core/rawjson.h"
#include "models/core/uuid.h"
#include "ui/export/exportdialog.h"
#include "ui/widgets/plaintext.h"
#include "ui/widgets/theme.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeySequence>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QScrollBar>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace {

using RowState = CompareWindow::RowState;

enum TreeColumn { FieldColumn, OldColumn, NewColumn };

QString kindText(RecordChange::Kind kind)
{
    switch (kind) {
    case RecordChange::Kind::Added:
        return CompareWindow::tr("Added");
    case RecordChange::Kind::Removed:
        return CompareWindow::tr("Removed");
    case RecordChange::Kind::Changed:
        return CompareWindow::tr("Changed");
    }
    return {};
}

QString kindKey(RecordChange::Kind kind)
{
    switch (kind) {
    case RecordChange::Kind::Added:
        return QStringLiteral("added");
    case RecordChange::Kind::Removed:
        return QStringLiteral("removed");
    case RecordChange::Kind::Changed:
        return QStringLiteral("changed");
    }
    return {};
}

/// Any JSON value's text parsed (QJsonDocument only takes arrays and objects at the top).
QJsonValue parsed(QByteArrayView raw)
{
    const QJsonDocument wrapped = QJsonDocument::fromJson('[' + raw.toByteArray() + ']');
    return wrapped.array().isEmpty() ? QJsonValue() : wrapped.array().first();
}

bool isObject(QByteArrayView raw)
{
    return !raw.isEmpty() && raw.front() == '{';
}

bool isArray(QByteArrayView raw)
{
    return !raw.isEmpty() && raw.front() == '[';
}

QString valueText(QByteArrayView raw)
{
    if (raw.isEmpty())
        return QStringLiteral("—");
    if (isObject(raw)) {
        const int fields = int(RawJson::objectMembers(raw).size());
        return CompareWindow::tr("{%n field(s)}", nullptr, fields);
    }
    if (isArray(raw)) {
        const int items = int(RawJson::arrayItems(raw).size());
        return CompareWindow::tr("[%n item(s)]", nullptr, items);
    }
    if (RawJson::isString(raw))
        return RawJson::decodeString(raw.sliced(1, raw.size() - 2));
    return QString::fromUtf8(raw);
}

/// The ids of an array's elements when all are objects with distinct string ids.
std::optional<QStringList> elementIds(const QList<QByteArrayView> &items)
{
    QStringList ids;
    QSet<QString> seen;
    for (const QByteArrayView item : items) {
        const QJsonValue id = parsed(item).toObject().value(QLatin1StringView("id"));
        if (!isObject(item) || !id.isString() || id.toString().isEmpty()
            || seen.contains(id.toString()))
            return std::nullopt;
        seen.insert(id.toString());
        ids.append(id.toString());
    }
    return ids;
}

/// Whether the value in @p column of @p item is an id: only useful whole.
bool isId(const QTreeWidgetItem *item, int column)
{
    return isCanonicalUuid(item->text(column))
        || (item->text(FieldColumn) == QLatin1String("id") && !item->text(column).isEmpty());
}

QString memberPath(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path % QLatin1Char('.') % key;
}

/// One Field / Old / New row for @p before and @p after (empty: absent), with its children.
void addRow(QTreeWidget *tree, QTreeWidgetItem *parent, const QString &label, const QString &path,
    QByteArrayView before, QByteArrayView after)
{
    auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(tree);
    item->setText(FieldColumn, label);
    // Containers on both sides speak through their children; a summary only where the
    // shape differs (one side absent, or an object that became a list).
    const bool sameShape = !before.isEmpty() && !after.isEmpty()
        && ((isObject(before) && isObject(after)) || (isArray(before) && isArray(after)));
    if (!sameShape) {
        item->setText(OldColumn, valueText(before));
        item->setText(NewColumn, valueText(after));
    }
    item->setToolTip(FieldColumn, path);
    item->setData(FieldColumn, CompareWindow::PathRole, path);
    RowState state = RowState::Same;
    if (before.isEmpty())
        state = RowState::Added;
    else if (after.isEmpty())
        state = RowState::Removed;
    else if (parsed(before) != parsed(after))
        state = RowState::Changed;
    item->setData(FieldColumn, CompareWindow::StateRole, int(state));
    for (const int column : {OldColumn, NewColumn}) {
        if (item->text(column).size() > 60 || isId(item, column))
            item->setToolTip(column, item->text(column));
    }

    const bool objects = (isObject(before) || before.isEmpty())
        && (isObject(after) || after.isEmpty()) && (isObject(before) || isObject(after));
    if (objects) {
        const QList<RawJson::Member> beforeMembers = RawJson::objectMembers(before);
        const QList<RawJson::Member> afterMembers = RawJson::objectMembers(after);
        QHash<QString, QByteArrayView> beforeByKey;
        for (const RawJson::Member &member : beforeMembers)
            beforeByKey.insert(RawJson::decodeString(member.rawKey), member.value);
        QSet<QString> shown;
        // The newer record's order first, then what only the older one had, in its order.
        for (const RawJson::Member &member : afterMembers) {
            const QString key = RawJson::decodeString(member.rawKey);
            shown.insert(key);
            addRow(tree, item, key, memberPath(path, key), beforeByKey.value(key), member.value);
        }
        for (const RawJson::Member &member : beforeMembers) {
            const QString key = RawJson::decodeString(member.rawKey);
            if (!shown.contains(key))
                addRow(tree, item, key, memberPath(path, key), member.value, {});
        }
        return;
    }
    const bool arrays = (isArray(before) || before.isEmpty()) && (isArray(after) || after.isEmpty())
        && (isArray(before) || isArray(after));
    if (!arrays)
        return;
    const QList<QByteArrayView> beforeItems = RawJson::arrayItems(before);
    const QList<QByteArrayView> afterItems = RawJson::arrayItems(after);
    const auto index = [&path](qsizetype i) -> QString {
        return path % QLatin1Char('[') % QString::number(i) % QLatin1Char(']');
    };
    const auto beforeIds = elementIds(beforeItems);
    const auto afterIds = elementIds(afterItems);
    if (beforeIds && afterIds) {
        // Matched by id, as OrchestrationDiff does: a moved bot is the same bot.
        for (qsizetype i = 0; i < afterItems.size(); ++i) {
            const qsizetype j = beforeIds->indexOf(afterIds->at(i));
            addRow(tree, item, QStringLiteral("[%1]").arg(i), index(i),
                j >= 0 ? beforeItems.at(j) : QByteArrayView(), afterItems.at(i));
        }
        for (qsizetype j = 0; j < beforeItems.size(); ++j) {
            if (!afterIds->contains(beforeIds->at(j)))
                addRow(tree, item, QStringLiteral("[%1]").arg(j), index(j), beforeItems.at(j), {});
        }
        return;
    }
    const qsizetype count = std::max(beforeItems.size(), afterItems.size());
    for (qsizetype i = 0; i < count; ++i)
        addRow(tree, item, QStringLiteral("[%1]").arg(i), index(i),
            i < beforeItems.size() ? beforeItems.at(i) : QByteArrayView(),
            i < afterItems.size() ? afterItems.at(i) : QByteArrayView());
}

void forEachItem(QTreeWidgetItem *item, const std::function<void(QTreeWidgetItem *)> &visit)
{
    visit(item);
    for (int i = 0; i < item->childCount(); ++i)
        forEachItem(item->child(i), visit);
}

/// The diff command's JSON document, with what the old and the new side were.
QByteArray resultDocument(
    const OrchestrationDiff &diff, const QString &oldDescription, const QString &newDescription)
{
    QJsonObject document = diff.toJson();
    document.insert(QStringLiteral("old"), oldDescription);
    document.insert(QStringLiteral("new"), newDescription);
    return QJsonDocument(document).toJson(QJsonDocument::Indented);
}

} // namespace

// --- DiffListModel ---

DiffListModel::DiffListModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void DiffListModel::setDiff(const OrchestrationDiff &diff)
{
    beginResetModel();
    m_diff = diff;
    endResetModel();
}

const RecordChange *DiffListModel::changeAt(int row) const
{
    return row >= 0 && row < m_diff.changes().size() ? &m_diff.changes().at(row) : nullptr;
}

int DiffListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_diff.changes().size());
}

int DiffListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DiffListModel::data(const QModelIndex &index, int role) const
{
    const RecordChange *change = changeAt(index.row());
    if (!change || index.parent().isValid())
        return {};
    if (role == KindRole)
        return kindKey(change->kind);
    if (role == Qt::TextAlignmentRole && index.column() == FieldsColumn)
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    if (role == Qt::ToolTipRole && index.column() == IdColumn && !change->oldId.isEmpty())
        return tr("Old: %1\nNew: %2").arg(change->oldId, change->id);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case ChangeColumn:
        return kindText(change->kind);
    case NameColumn:
        return change->name;
    case IdColumn:
        return change->id;
    case FieldsColumn:
        return change->kind == RecordChange::Kind::Changed ? QVariant(int(change->fields.size()))
                                                           : QVariant();
    default:
        return {};
    }
}

QVariant DiffListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ChangeColumn:
        return tr("Change");
    case NameColumn:
        return tr("Name");
    case IdColumn:
        return tr("ID");
    case FieldsColumn:
        return tr("Fields");
    default:
        return {};
    }
}

// --- CompareWindow ---

CompareWindow::CompareWindow(
    const CompareSide &oldSide, const CompareSide &newSide, QWidget *parent)
    : CompareWindow(oldSide, newSide, OrchestrationDiff::Match::Id, parent)
{ }

CompareWindow::CompareWindow(const CompareSide &oldSide, const CompareSide &newSide,
    OrchestrationDiff::Match match, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_old(oldSide)
    , m_new(newSide)
    , m_match(match)
    , m_model(new DiffListModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_summary(new QLabel(this))
    , m_kind(new QComboBox(this))
    , m_onlyDifferences(new QCheckBox(tr("Only &differing fields"), this))
    , m_view(new QTableView(this))
    , m_recordTitle(new QLabel(this))
    , m_tree(new QTreeWidget(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("compareWindow"));
    setWindowTitle(tr("Compare — Orchestration Console"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(DiffListModel::KindRole);
    m_proxy->setFilterKeyColumn(DiffListModel::ChangeColumn);

    m_summary->setObjectName(QStringLiteral("compareSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_kind->setObjectName(QStringLiteral("compareKindFilter"));
    m_kind->setAccessibleName(tr("Show"));
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        const QString key = m_kind->currentData().toString();
        m_proxy->setFilterRegularExpression(key.isEmpty()
                ? QRegularExpression()
                : QRegularExpression(QLatin1Char('^') + key + QLatin1Char('$')));
        if (!m_view->currentIndex().isValid() && m_proxy->rowCount() > 0)
            m_view->setCurrentIndex(m_proxy->index(0, 0));
    });
    m_onlyDifferences->setObjectName(QStringLiteral("compareOnlyDifferences"));
    connect(m_onlyDifferences, &QCheckBox::toggled, this, &CompareWindow::applyOnlyDifferences);

    auto *swap = new QPushButton(tr("S&wap sides"), this);
    swap->setObjectName(QStringLiteral("compareSwap"));
    swap->setToolTip(tr("Make the old side new and the new side old"));
    connect(swap, &QPushButton::clicked, this, &CompareWindow::swapSides);
    auto *copy = new QPushButton(tr("&Copy"), this);
    copy->setObjectName(QStringLiteral("compareCopy"));
    copy->setToolTip(tr("Copy the selected records' differences (%1)")
                         .arg(QKeySequence(QKeySequence::Copy)
                                  .toString(QKeySequence::NativeText)
                                  .toHtmlEscaped()));
    connect(copy, &QPushButton::clicked, this, &CompareWindow::copySelection);
    auto *exportButton = new QPushButton(tr("&Export…"), this);
    exportButton->setObjectName(QStringLiteral("compareExport"));
    exportButton->setToolTip(tr("Save every difference as a JSON file (%1)")
                                 .arg(QKeySequence(QKeySequence::Save)
                                          .toString(QKeySequence::NativeText)
                                          .toHtmlEscaped()));
    connect(exportButton, &QPushButton::clicked, this, &CompareWindow::askToExport);

    // Window-wide keys: the list and the tree keep their own Ctrl+C only through this one.
    const auto shortcut = [this](const QKeySequence &keys, auto slot) {
        auto *action = new QAction(this);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WindowShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        return action;
    };
    shortcut(QKeySequence::Copy, &CompareWindow::copySelection)
        ->setObjectName(QStringLiteral("compareCopyAction"));
    shortcut(QKeySequence::Save, &CompareWindow::askToExport)
        ->setObjectName(QStringLiteral("compareExportAction"));
    shortcut(QKeySequence(Qt::Key_Escape), &QWidget::close)
        ->setObjectName(QStringLiteral("compareEscapeAction"));
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_W), &QWidget::close)
        ->setObjectName(QStringLiteral("compareCloseAction"));

    m_view->setObjectName(QStringLiteral("compareChanges"));
    m_view->setAccessibleName(tr("Changed orchestrations"));
    m_view->setModel(m_proxy);
    m_view->setItemDelegate(new PlainTextDelegate(m_view)); // names as typed
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Tab leaves the list for the tree; the arrows move between the rows.
    m_view->setTabKeyNavigation(false);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    // The name takes what is left: an id is only useful whole.
    m_view->horizontalHeader()->setSectionResizeMode(
        DiffListModel::NameColumn, QHeaderView::Stretch);
    const int charWidth = m_view->fontMetrics().averageCharWidth();
    m_view->setColumnWidth(DiffListModel::ChangeColumn, charWidth * 11);
    m_view->setColumnWidth(DiffListModel::FieldsColumn, charWidth * 7);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &CompareWindow::showChange);

    m_recordTitle->setObjectName(QStringLiteral("compareRecordTitle"));
    QFont titleFont = m_recordTitle->font();
    titleFont.setBold(true);
    m_recordTitle->setFont(titleFont);
    m_recordTitle->setTextFormat(Qt::PlainText);
    m_recordTitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_recordTitle->setWordWrap(true);

    m_tree->setObjectName(QStringLiteral("compareTree"));
    m_tree->setAccessibleName(tr("Old and new side by side"));
    m_tree->setColumnCount(3);
    m_tree->setUniformRowHeights(true);
    m_tree->setItemDelegate(new PlainTextDelegate(m_tree)); // names and values as typed
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setTextElideMode(Qt::ElideMiddle);
    // sizeTreeColumns() fills the width itself: a stretched last column would squeeze an id.
    m_tree->header()->setStretchLastSection(false);
    m_tree->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_tree->viewport()->installEventFilter(this);

    m_status->setObjectName(QStringLiteral("compareStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *filterRow = new QHBoxLayout;
    auto *showLabel = new QLabel(tr("&Show:"), this);
    showLabel->setBuddy(m_kind);
    filterRow->addWidget(showLabel);
    filterRow->addWidget(m_kind);
    filterRow->addWidget(m_onlyDifferences);
    filterRow->addStretch(1);
    filterRow->addWidget(swap);
    filterRow->addWidget(copy);
    filterRow->addWidget(exportButton);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_view);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_recordTitle);
    rightLayout->addWidget(m_tree, 1);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(filterRow);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);
    m_status->hide();
    // The size the layout was made for, or what the screen offers (room for the frame):
    // at 1024x768 the buttons and the New side were off the screen.
    QSize size(1280, 760);
    if (QScreen *screen = parent ? parent->screen() : QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableGeometry().size() - QSize(16, 48));
    resize(size);

    // Tab follows the eye: the row of filters and buttons left to right, then the list, then
    // the tree beside it. The list has the focus first: it is what a user moves through.
    QWidget::setTabOrder(m_kind, m_onlyDifferences);
    QWidget::setTabOrder(m_onlyDifferences, swap);
    QWidget::setTabOrder(swap, copy);
    QWidget::setTabOrder(copy, exportButton);
    QWidget::setTabOrder(exportButton, m_view);
    QWidget::setTabOrder(m_view, m_tree);
    m_view->setFocus();

    rebuild();
    // The list wide enough for its ids whole, beside a name of some length.
    const int listWidth = m_view->columnWidth(DiffListModel::ChangeColumn)
        + m_view->columnWidth(DiffListModel::FieldsColumn)
        + m_view->columnWidth(DiffListModel::IdColumn) + charWidth * 24
        + m_view->verticalScrollBar()->sizeHint().width() + 2 * m_view->frameWidth();
    splitter->setSizes({listWidth, std::max(1, width() - listWidth)});
}

CompareWindow::~CompareWindow() = default;

void CompareWindow::rebuild()
{
    const OrchestrationDiff diff =
        OrchestrationDiff::compare(m_old.records, m_new.records, m_match);
    m_model->setDiff(diff);
    const QLocale locale;
    QString summary =
        tr("Old: %1\nNew: %2\n%3 added, %4 removed, %5 changed, %6 unchanged.")
            .arg(m_old.description, m_new.description, locale.toString(diff.addedCount()),
                locale.toString(diff.removedCount()), locale.toString(diff.changedCount()),
                locale.toString(diff.unchangedCount()));
    if (m_match == OrchestrationDiff::Match::Name) {
        summary += QLatin1Char(' ') + tr("Matched by name; ids are not compared.");
        QStringList twice;
        for (const DuplicateName &duplicate : diff.duplicateNames())
            twice.append((duplicate.older ? tr("\"%1\" (%2 on the old side)")
                                          : tr("\"%1\" (%2 on the new side)"))
                             .arg(duplicate.name)
                             .arg(duplicate.ids.size()));
        if (!twice.isEmpty())
            summary += QLatin1Char('\n')
                + tr("Not compared, their name is not unique: %1.")
                      .arg(twice.join(QStringLiteral(", ")));
    }
    m_summary->setText(summary);
    m_tree->setHeaderLabels(
        {tr("Field"), tr("Old: %1").arg(m_old.name), tr("New: %1").arg(m_new.name)});

    const QSignalBlocker blocker(m_kind);
    const QString kind = m_kind->currentData().toString();
    m_kind->clear();
    m_kind->addItem(tr("All changes (%1)").arg(locale.toString(diff.changes().size())), QString());
    m_kind->addItem(
        tr("Added (%1)").arg(locale.toString(diff.addedCount())), QStringLiteral("added"));
    m_kind->addItem(
        tr("Removed (%1)").arg(locale.toString(diff.removedCount())), QStringLiteral("removed"));
    m_kind->addItem(
        tr("Changed (%1)").arg(locale.toString(diff.changedCount())), QStringLiteral("changed"));
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(kind)));

    // Wide enough for the longest id in full (ids are the same width as a rule: UUIDs).
    const QFontMetrics metrics = m_view->fontMetrics();
    int idWidth = metrics.horizontalAdvance(tr("ID"));
    for (const RecordChange &change : diff.changes())
        idWidth = std::max(idWidth, metrics.horizontalAdvance(change.id));
    m_view->setColumnWidth(DiffListModel::IdColumn,
        idWidth + 2 * m_view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_view)
            + metrics.averageCharWidth() * 2);

    if (m_proxy->rowCount() > 0)
        m_view->setCurrentIndex(m_proxy->index(0, 0));
    else
        m_recordTitle->setText(tr("No differences."));
}

void CompareWindow::swapSides()
{
    const QModelIndex current = m_view->currentIndex();
    const QString id = current.isValid()
        ? current.siblingAtColumn(DiffListModel::IdColumn).data().toString()
        : QString();
    std::swap(m_old, m_new);
    rebuild();
    if (!id.isEmpty())
        selectId(id);
}

QString CompareWindow::selectedDifferencesText() const
{
    if (m_tree->hasFocus() && !m_tree->selectedItems().isEmpty()) {
        QString text;
        for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
            forEachItem(m_tree->topLevelItem(i), [&text](QTreeWidgetItem *item) {
                if (item->isSelected() && !item->isHidden())
                    text += item->data(FieldColumn, PathRole).toString() % QLatin1Char('\t')
                        % item->text(OldColumn) % QLatin1Char('\t') % item->text(NewColumn)
                        % QLatin1Char('\n');
            });
        }
        return text;
    }
    QList<int> rows;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        rows.append(m_proxy->mapToSource(index).row());
    std::sort(rows.begin(), rows.end()); // in the list's own order, not the order clicked
    QString text;
    for (const int row : rows) {
        if (const RecordChange *change = m_model->changeAt(row))
            text += OrchestrationDiff::changeText(*change);
    }
    return text;
}

void CompareWindow::copySelection()
{
    const QString text = selectedDifferencesText();
    if (text.isEmpty()) {
        m_status->setText(tr("Select the records to copy first."));
    } else {
        QGuiApplication::clipboard()->setText(text);
        const int lines = int(text.count(QLatin1Char('\n')));
        m_status->setText(tr("Copied %n line(s).", nullptr, lines));
    }
    m_status->show();
}

QByteArray CompareWindow::resultJson() const
{
    return resultDocument(m_model->diff(), m_old.description, m_new.description);
}

void CompareWindow::askToExport()
{
    if (m_writeJob)
        return;
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export differences"),
        QDir(ExportDialog::lastFolder()).filePath(QStringLiteral("differences-%1.json").arg(stamp)),
        tr("JSON files (*.json);;All files (*)"));
    if (!path.isEmpty())
        exportResultTo(QFileInfo(path).suffix().isEmpty() ? path + QLatin1String(".json") : path);
}

void CompareWindow::exportResultTo(const QString &path)
{
    if (m_writeJob)
        return;
    // The builder runs in the worker: it gets its own copies, never the window.
    auto *job = new ExportWriteJob(
        path,
        [diff = m_model->diff(), oldText = m_old.description, newText = m_new.description] {
            return resultDocument(diff, oldText, newText);
        },
        this);
    m_writeJob = job;
    m_status->setText(tr("Writing %1…").arg(QDir::toNativeSeparators(path)));
    m_status->show();
    connect(
        job, &ExportWriteJob::finished, this, [this, job, path](const ExportWriteResult &result) {
            job->deleteLater();
            m_writeJob = nullptr;
            if (result.ok()) {
                ExportDialog::rememberFolder(path);
                m_status->setText(
                    tr("Saved the differences to %1.").arg(QDir::toNativeSeparators(path)));
            } else {
                m_status->setText(result.error);
            }
            emit exportFinished(result);
        });
    job->start();
}

QString CompareWindow::summaryText() const
{
    return m_summary->text();
}

bool CompareWindow::selectId(const QString &id)
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, DiffListModel::IdColumn);
        if (index.data().toString() == id) {
            m_view->selectionModel()->setCurrentIndex(index.siblingAtColumn(0),
                QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            m_view->scrollTo(index);
            return true;
        }
    }
    return false;
}

QTreeWidgetItem *CompareWindow::itemForPath(const QString &path) const
{
    QTreeWidgetItem *found = nullptr;
    for (int i = 0; i < m_tree->topLevelItemCount() && !found; ++i) {
        forEachItem(m_tree->topLevelItem(i), [&](QTreeWidgetItem *item) {
            if (!found && item->data(FieldColumn, PathRole).toString() == path)
                found = item;
        });
    }
    return found;
}

void CompareWindow::showChange(const QModelIndex &current)
{
    m_tree->clear();
    const RecordChange *change =
        current.isValid() ? m_model->changeAt(m_proxy->mapToSource(current).row()) : nullptr;
    if (!change) {
        m_recordTitle->clear();
        return;
    }
    m_recordTitle->setText(
        tr("%1: %2 (%3)")
            .arg(kindText(change->kind), change->name.isEmpty() ? tr("(no name)") : change->name,
                change->id.isEmpty() ? tr("no id") : change->id));
    const QByteArray before = change->before.rawJson();
    const QByteArray after = change->after.rawJson();
    const QList<RawJson::Member> beforeMembers = RawJson::objectMembers(before);
    const QList<RawJson::Member> afterMembers = RawJson::objectMembers(after);
    QHash<QString, QByteArrayView> beforeByKey;
    for (const RawJson::Member &member : beforeMembers)
        beforeByKey.insert(RawJson::decodeString(member.rawKey), member.value);
    QSet<QString> shown;
    for (const RawJson::Member &member : afterMembers) {
        const QString key = RawJson::decodeString(member.rawKey);
        shown.insert(key);
        addRow(m_tree, nullptr, key, key, beforeByKey.value(key), member.value);
    }
    for (const RawJson::Member &member : beforeMembers) {
        const QString key = RawJson::decodeString(member.rawKey);
        if (!shown.contains(key))
            addRow(m_tree, nullptr, key, key, member.value, {});
    }
    if (m_match == OrchestrationDiff::Match::Name) {
        // Two tenants, two ids for the same orchestration: side by side, not a difference.
        if (QTreeWidgetItem *id = itemForPath(QStringLiteral("id")))
            id->setData(FieldColumn, StateRole, int(RowState::Same));
    }
    m_tree->expandAll();
    recolour(); // first: a changed value is bold, and wider
    m_tree->resizeColumnToContents(FieldColumn);
    sizeTreeColumns();
    applyOnlyDifferences();
}

void CompareWindow::sizeTreeColumns()
{
    // The two sides share the width the fields leave, and each is at least as wide as its
    // longest id in that id's own font: the tree scrolls sideways before an id is elided.
    const int margin =
        2 * (m_tree->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_tree) + 1) + 2;
    int idWidth[] = {0, 0, 0};
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        forEachItem(m_tree->topLevelItem(i), [&idWidth, margin](QTreeWidgetItem *item) {
            for (const int column : {OldColumn, NewColumn}) {
                if (isId(item, column))
                    idWidth[column] = std::max(idWidth[column],
                        QFontMetrics(item->font(column)).horizontalAdvance(item->text(column))
                            + margin);
            }
        });
    }
    const int share =
        std::max(160, (m_tree->viewport()->width() - m_tree->columnWidth(FieldColumn)) / 2);
    m_tree->setColumnWidth(OldColumn, std::max(share, idWidth[OldColumn]));
    m_tree->setColumnWidth(NewColumn, std::max(share, idWidth[NewColumn]));
}

void CompareWindow::applyOnlyDifferences()
{
    const bool only = m_onlyDifferences->isChecked();
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        forEachItem(m_tree->topLevelItem(i), [only](QTreeWidgetItem *item) {
            item->setHidden(
                only && item->data(FieldColumn, StateRole).toInt() == int(RowState::Same));
        });
    }
}

void CompareWindow::recolour()
{
    const bool dark = Theme::isDark(palette());
    const auto colour = [dark](RowState state) -> QColor {
        switch (state) {
        case RowState::Changed:
            return dark ? QColor(0x5a, 0x4a, 0x12) : QColor(0xff, 0xf0, 0xb3);
        case RowState::Added:
            return dark ? QColor(0x1f, 0x4d, 0x24) : QColor(0xd7, 0xf3, 0xd7);
        case RowState::Removed:
            return dark ? QColor(0x5c, 0x23, 0x23) : QColor(0xfa, 0xd4, 0xd4);
        case RowState::Same:
            break;
        }
        return {};
    };
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        forEachItem(m_tree->topLevelItem(i), [&colour, this](QTreeWidgetItem *item) {
            QColor background = colour(RowState(item->data(FieldColumn, StateRole).toInt()));
            // A row that only holds a change is tinted lightly; the change itself stands out.
            const bool holdsOnly = item->childCount() > 0 && item->text(OldColumn).isEmpty()
                && item->text(NewColumn).isEmpty();
            if (background.isValid() && holdsOnly)
                background = QColor::fromRgbF(
                    (background.redF() + palette().color(QPalette::Base).redF() * 2) / 3,
                    (background.greenF() + palette().color(QPalette::Base).greenF() * 2) / 3,
                    (background.blueF() + palette().color(QPalette::Base).blueF() * 2) / 3);
            QFont font = m_tree->font();
            font.setBold(background.isValid() && !holdsOnly);
            for (int column = 0; column < 3; ++column) {
                item->setBackground(column, background.isValid() ? QBrush(background) : QBrush());
                item->setFont(column, font);
            }
        });
    }
}

void CompareWindow::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        recolour();
}

bool CompareWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_tree->viewport() && event->type() == QEvent::Resize)
        sizeTreeColumns();
    return QWidget::eventFilter(watched, event);
}
