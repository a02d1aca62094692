#pragma once

#include <QPointer>
#include <QWidget>

class OrchestrationTableModel;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QToolButton;

/**
 * The bar under the table that drives an OrchestrationTableModel's paging.
 *
 * Paged mode: first / previous / next / last, a page-number field, the page size
 * (10/25/50/100, with what the server actually granted when that differs) and the range
 * shown ("26–50 of 1,234"). All mode: a progress bar with Cancel while pages arrive, then
 * the number loaded and a way back to pages.
 */
class PageBar : public QWidget
{
    Q_OBJECT
public:
    explicit PageBar(QWidget *parent = nullptr);

    void setModel(OrchestrationTableModel *model);

    /// The page sizes offered.
    static QList<int> pageSizes();

    /// "26–50 of 1,234" for the rows @p first..@p last of @p total, in @p locale's digits.
    static QString rangeText(int first, int last, qint64 total, const QLocale &locale);

    void goFirst();
    void goPrevious();
    void goNext();
    void goLast();

signals:
    /// The user picked a page size (for the window to remember it).
    void pageSizeChosen(int pagesize);

protected:
    void changeEvent(QEvent *event) override;

private:
    void goTo(int page);
    void refreshState();
    void updateIcons();
    void onPageSizeActivated(int index);
    void onPageNumberEntered();

    QPointer<OrchestrationTableModel> m_model;
    QWidget *m_navigation;
    QToolButton *m_first;
    QToolButton *m_previous;
    QToolButton *m_next;
    QToolButton *m_last;
    QSpinBox *m_pageNumber;
    QLabel *m_pageCount;
    QComboBox *m_pageSize;
    QLabel *m_granted;
    QLabel *m_pageNote;
    QLabel *m_range;
    QWidget *m_scan;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QLabel *m_scanStatus;
    QPushButton *m_backToPages;
};
