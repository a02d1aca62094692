#pragma once

#include "models/core/orchestration.h"

#include <QList>
#include <QObject>

class QAction;
class QMenu;
class QPoint;
class QTableView;

/**
 * What a user does with rows of the orchestration table: copy the selected rows as JSON (the
 * records as received) or as tab-separated text (the visible columns, in their order, with a
 * header line, ready for a spreadsheet), copy the id, open the row in the inspector, and show
 * the orchestrations sharing one of its bots or agents. Ctrl+C on the table copies every
 * selected row as tab-separated text.
 *
 * It reads the view it is given (selection, visible columns); what it does to the window goes
 * out as signals.
 */
class TableRowActions : public QObject
{
    Q_OBJECT
public:
    /// Actions on @p view, whose model's rows carry OrchestrationTableModel's roles.
    explicit TableRowActions(QTableView *view, QObject *parent = nullptr);

    /// The records of the selected rows, top to bottom as shown.
    QList<Orchestration> selectedRecords() const;
    /// The selected rows as tab-separated text: a header line, then one line per row.
    QString selectionAsTabSeparated() const;
    /// The selected records as a JSON array, pretty-printed, each record as received.
    static QString recordsAsJson(const QList<Orchestration> &records);

    void copyAsTabSeparated();
    void copyAsJson();
    void copyId();

    /// The context menu for the row at @p viewportPosition (the selection it acts on).
    void showMenu(const QPoint &viewportPosition);

    QAction *copyAction() const { return m_copyText; }

signals:
    /// Show the current row in the inspector and move the focus there.
    void inspectRequested();
    /// Show the orchestrations that reference @p id.
    void referencesRequested(const QString &id);

private:
    QList<int> selectedRows() const;
    void updateActions();

    QTableView *m_view;
    QAction *m_copyText;
    QAction *m_copyJson;
    QAction *m_copyId;
    QAction *m_inspect;
};
