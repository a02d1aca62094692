#pragma once

#include "models/client/apierror.h"
#include "models/core/orchestration.h"

#include <QObject>
#include <QPointer>
#include <functional>

class OrchestrationTableModel;
class QProgressDialog;
class QWidget;
class ScanJob;

/**
 * Every page of the live tenant, fetched for an export or a compare that needs them all: a
 * scan through the table model's client behind a window-modal progress dialog ("Fetched N of
 * M orchestrations…") whose Cancel stops it. The table itself is left as it is.
 *
 * One fetch at a time: the export and compare controllers share one fetcher, and neither
 * starts a fetch while isRunning(). A fetch still running when the fetcher goes is stopped
 * without a word.
 */
class AllPagesFetcher : public QObject
{
    Q_OBJECT
public:
    using Done =
        std::function<void(const QList<Orchestration> &records, const QStringList &warnings)>;
    /// The scan failed; a Cancelled error when the user pressed Cancel.
    using Failed = std::function<void(const ApiError &error)>;

    /// @p table gives the client (and, without one, the rows); @p dialogParent the progress
    /// dialog's parent. Neither is owned.
    AllPagesFetcher(
        OrchestrationTableModel *table, QWidget *dialogParent, QObject *parent = nullptr);
    ~AllPagesFetcher() override;

    /**
     * Fetches every page, saying @p purpose in the progress dialog (titled @p title, "Export"
     * when empty), then calls @p done with the records in server order (or @p failed). Without
     * a client the table's rows are all there is: @p done is called at once. Does nothing
     * while a fetch is running.
     */
    void fetch(const QString &purpose, Done done, Failed failed, const QString &title = {});
    bool isRunning() const;
    /**
     * What the last completed fetch lacks, valid from inside its Done handler on: empty when
     * it holds every record the server announced, else one line saying what is missing
     * (ScanJob::missing()). A fetch without a client (the table's rows) lacks nothing.
     */
    const QString &lastMissing() const { return m_lastMissing; }
    /// The last completed fetch's warning that the count changed while fetching; or empty.
    const QString &lastCountChange() const { return m_lastCountChange; }
    /// Stops the fetch; its Failed handler hears a Cancelled error.
    void cancel();

signals:
    /// A fetch from the server ended holding every record it announced (before Done is called).
    void completed(const QList<Orchestration> &records);

private:
    QPointer<OrchestrationTableModel> m_table;
    QPointer<QWidget> m_dialogParent;
    QPointer<ScanJob> m_scan;
    QPointer<QProgressDialog> m_progress;
    QString m_lastMissing;
    QString m_lastCountChange;
};
