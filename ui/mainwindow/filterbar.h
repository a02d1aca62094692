#pragma once

#include <QPointer>
#include <QWidget>

class OrchestrationFilterModel;
class QComboBox;
class QLineEdit;
class QMenu;

/**
 * The search box and the Active and Kind filters above the table, driving an
 * OrchestrationFilterModel. Typing filters after a short pause (so a long table does not
 * re-filter on every key); setSearchText() applies at once.
 */
class FilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit FilterBar(QWidget *parent = nullptr);

    void setModel(OrchestrationFilterModel *model);

    /// Puts @p text in the search box and filters by it now.
    void setSearchText(const QString &text);
    QString searchText() const;
    /// Search cleared, filters back to All / Any kind.
    void clear();
    /// Moves the keyboard focus into the search box and selects its text.
    void focusSearch();
    /// Whether a search or a filter narrows the table.
    bool isNarrowing() const;

    /**
     * A menu of the Active and Kind filters (checked as the boxes are) and "Clear search and
     * filters", for the toolbar's Filter button; rebuilt each time it opens.
     */
    QMenu *filterMenu() const { return m_menu; }

    QLineEdit *searchField() const { return m_search; }

signals:
    /// The search or a filter was applied to the model.
    void filtersChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void applySearch();
    void applyFilters();
    void updateIcons();
    void rebuildMenu();

    QPointer<OrchestrationFilterModel> m_model;
    QLineEdit *m_search;
    QComboBox *m_active;
    QComboBox *m_kind;
    QAction *m_searchIcon = nullptr;
    QMenu *m_menu;
};
