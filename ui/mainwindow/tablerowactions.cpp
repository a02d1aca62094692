#include "ui/mainwindow/tablerowactions.h"

#include "models/core/rawjson.h"
#include "models/itemmodels/orchestrationtablemodel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMenu>
#include <QTableView>
#include <algorithm>

namespace {

/// One cell of tab-separated text: tabs and line breaks would start a new cell or row.
QString cellText(QString text)
{
    for (QChar &c : text) {
        if (c == QLatin1Char('\t') || c == QLatin1Char('\n') || c == QLatin1Char('\r'))
            c = QLatin1Char(' ');
    }
    return text;
}

} // namespace

TableRowActions::TableRowActions(QTableView *view, QObject *parent)
    : QObject(parent)
    , m_view(view)
    , m_copyText(new QAction(tr("&Copy rows as text"), view))
    , m_copyJson(new QAction(tr("Copy rows as &JSON"), view))
    , m_copyId(new QAction(tr("Copy &ID"), view))
    , m_inspect(new QAction(tr("&Open in the inspector"), view))
{
    m_copyText->setObjectName(QStringLiteral("copyRowsTextAction"));
    m_copyText->setShortcut(QKeySequence::Copy);
    m_copyText->setToolTip(tr("The selected rows, tab-separated, visible columns only"));
    m_copyJson->setObjectName(QStringLiteral("copyRowsJsonAction"));
    m_copyJson->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_copyId->setObjectName(QStringLiteral("copyIdAction"));
    m_inspect->setObjectName(QStringLiteral("inspectRowAction"));
    m_inspect->setShortcut(QKeySequence(Qt::Key_Return));
    for (QAction *action : {m_copyText, m_copyJson}) {
        // Only while the table has the focus: the inspector has its own Ctrl+C.
        action->setShortcutContext(Qt::WidgetShortcut);
        view->addAction(action);
    }
    connect(m_copyText, &QAction::triggered, this, &TableRowActions::copyAsTabSeparated);
    connect(m_copyJson, &QAction::triggered, this, &TableRowActions::copyAsJson);
    connect(m_copyId, &QAction::triggered, this, &TableRowActions::copyId);
    connect(m_inspect, &QAction::triggered, this, &TableRowActions::inspectRequested);
    // Enter on a row opens it in the inspector, as double-click does.
    connect(view, &QAbstractItemView::activated, this, &TableRowActions::inspectRequested);
}

QList<int> TableRowActions::selectedRows() const
{
    QList<int> rows;
    if (!m_view->selectionModel())
        return rows;
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected)
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    return rows;
}

QList<Orchestration> TableRowActions::selectedRecords() const
{
    QList<Orchestration> records;
    const QAbstractItemModel *model = m_view->model();
    for (const int row : selectedRows())
        records.append(model->index(row, 0)
                           .data(OrchestrationTableModel::OrchestrationRole)
                           .value<Orchestration>());
    return records;
}

QString TableRowActions::selectionAsTabSeparated() const
{
    const QList<int> rows = selectedRows();
    if (rows.isEmpty())
        return {};
    const QAbstractItemModel *model = m_view->model();
    const QHeaderView *header = m_view->horizontalHeader();
    QList<int> columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int column = header->logicalIndex(visual);
        if (!header->isSectionHidden(column))
            columns.append(column);
    }
    QStringList lines;
    QStringList cells;
    for (const int column : std::as_const(columns))
        cells.append(cellText(model->headerData(column, Qt::Horizontal).toString()));
    lines.append(cells.join(QLatin1Char('\t')));
    for (const int row : rows) {
        cells.clear();
        for (const int column : std::as_const(columns))
            cells.append(cellText(model->index(row, column).data().toString()));
        lines.append(cells.join(QLatin1Char('\t')));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString TableRowActions::recordsAsJson(const QList<Orchestration> &records)
{
    QByteArray array("[");
    for (qsizetype i = 0; i < records.size(); ++i) {
        if (i > 0)
            array += ',';
        array += records.at(i).rawJson();
    }
    array += ']';
    return QString::fromUtf8(RawJson::indented(array));
}

void TableRowActions::copyAsTabSeparated()
{
    const QString text = selectionAsTabSeparated();
    if (!text.isEmpty())
        QApplication::clipboard()->setText(text);
}

void TableRowActions::copyAsJson()
{
    const QList<Orchestration> records = selectedRecords();
    if (!records.isEmpty())
        QApplication::clipboard()->setText(recordsAsJson(records));
}

void TableRowActions::copyId()
{
    const QModelIndex current = m_view->currentIndex();
    const QString id = current.data(OrchestrationTableModel::IdRole).toString();
    if (!id.isEmpty())
        QApplication::clipboard()->setText(id);
}

void TableRowActions::updateActions()
{
    const int count = int(selectedRows().size());
    m_copyText->setText(tr("&Copy %n row(s) as text", nullptr, count));
    m_copyJson->setText(tr("Copy %n row(s) as &JSON", nullptr, count));
    m_copyText->setEnabled(count > 0);
    m_copyJson->setEnabled(count > 0);
    const bool hasCurrent = m_view->currentIndex().isValid();
    m_copyId->setEnabled(hasCurrent);
    m_inspect->setEnabled(hasCurrent);
}

void TableRowActions::showMenu(const QPoint &viewportPosition)
{
    const QModelIndex clicked = m_view->indexAt(viewportPosition);
    if (!clicked.isValid())
        return;
    QItemSelectionModel *selection = m_view->selectionModel();
    // A click outside the selection acts on the clicked row, as file managers do.
    if (!selection->isRowSelected(clicked.row(), QModelIndex()))
        selection->setCurrentIndex(
            clicked, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    else
        selection->setCurrentIndex(clicked, QItemSelectionModel::NoUpdate);
    updateActions();

    QMenu menu(m_view);
    menu.setObjectName(QStringLiteral("tableContextMenu"));
    menu.addAction(m_inspect);
    menu.addSeparator();
    menu.addAction(m_copyText);
    menu.addAction(m_copyJson);
    menu.addAction(m_copyId);

    const Orchestration record =
        clicked.data(OrchestrationTableModel::OrchestrationRole).value<Orchestration>();
    QStringList botIds;
    for (const BotReference &bot : record.bots()) {
        if (!bot.id.isEmpty() && !botIds.contains(bot.id))
            botIds.append(bot.id);
    }
    const QStringList agentIds = record.agentIds();
    QMenu *sharing = menu.addMenu(tr("Show orchestrations that &share a bot or agent"));
    sharing->setObjectName(QStringLiteral("sharingMenu"));
    for (const QString &id : std::as_const(botIds)) {
        QAction *action = sharing->addAction(tr("Bot %1").arg(id));
        connect(action, &QAction::triggered, this, [this, id] { emit referencesRequested(id); });
    }
    for (const QString &id : agentIds) {
        if (id.isEmpty())
            continue;
        QAction *action = sharing->addAction(tr("Agent %1").arg(id));
        connect(action, &QAction::triggered, this, [this, id] { emit referencesRequested(id); });
    }
    sharing->setEnabled(!sharing->isEmpty());
    menu.exec(m_view->viewport()->mapToGlobal(viewportPosition));
}
