#pragma once

#include "models/core/orchestration.h"

#include <QWidget>
#include <functional>

class ConfigurationTreeModel;
class ElidedLabel;
class JsonHighlighter;
class QAction;
class QLabel;
class QPlainTextEdit;
class QStackedWidget;
class QTabWidget;
class QTreeView;
class QVBoxLayout;

/**
 * The right-hand side of the main window: the selected orchestration, field by field
 * (a ConfigurationTreeModel in a tree, validation warnings on the node they concern) and as
 * received (Raw JSON, pretty-printed in key order, highlighted, read-only).
 *
 * Copy value, copy node as JSON and copy row as JSON work from the tree's context menu and
 * shortcuts. Activating a node that holds an id (Enter, double-click, or "Show
 * orchestrations using this id") emits idActivated(), which the window turns into a filter.
 */
class InspectorPanel : public QWidget
{
    Q_OBJECT
public:
    explicit InspectorPanel(QWidget *parent = nullptr);
    ~InspectorPanel() override;

    /// Shows @p orchestration; a null one shows the "nothing selected" hint.
    void setOrchestration(const Orchestration &orchestration);
    Orchestration orchestration() const;

    /// How many loaded orchestrations use an id ("used by N"); see ConfigurationTreeModel.
    void setUsageCounter(std::function<int(const QString &id)> counter);
    /// The counts behind "used by N" changed (rows loaded or dropped): shows them anew.
    void refreshUsageCounts();

    ConfigurationTreeModel *treeModel() const { return m_model; }
    QTreeView *treeView() const { return m_tree; }
    QPlainTextEdit *rawJsonView() const { return m_raw; }
    QTabWidget *tabs() const { return m_tabs; }
    ElidedLabel *titleLabel() const { return m_title; }

    /// Places @p widget under the record's name and id (e.g. the history's note); not owned.
    void addHeadingWidget(QWidget *widget);

    /// The record pretty-printed as received (the Raw JSON tab's text).
    static QString prettyJson(const Orchestration &orchestration);

    /// Copies the current node's value / the node as JSON / the whole record as JSON.
    void copyValue();
    void copyNodeJson();
    void copyRecordJson();
    /// Emits idActivated() for the current node's id, if it holds one.
    void showUsersOfCurrentId();

signals:
    void idActivated(const QString &id);
    /// setOrchestration() was called: @p orchestration is shown (null: nothing is).
    void orchestrationShown(const Orchestration &orchestration);

protected:
    void changeEvent(QEvent *event) override;

private:
    void onActivated(const QModelIndex &index);
    void updateActions();
    void updateIcons();
    void showContextMenu(const QPoint &position);
    QModelIndex currentIndex(int column) const;

    ConfigurationTreeModel *m_model;
    QStackedWidget *m_stack;
    QLabel *m_placeholder;
    ElidedLabel *m_title;
    QLabel *m_subtitle;
    QVBoxLayout *m_heading = nullptr;
    QTabWidget *m_tabs;
    QTreeView *m_tree;
    QPlainTextEdit *m_raw;
    JsonHighlighter *m_highlighter;
    QAction *m_copyValue;
    QAction *m_copyNode;
    QAction *m_copyRecord;
    QAction *m_showUsers;
};
