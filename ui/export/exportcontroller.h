#pragma once

#include "models/core/exportwriter.h"
#include "models/itemmodels/viewexport.h"
#include "ui/export/exportdialog.h"

#include <QObject>
#include <QPointer>
#include <functional>

class CompareWindow;
class MainWindow;
class QLabel;
class QProgressBar;
class QProgressDialog;
class QWidget;
class ScanJob;
class SnapshotLoadJob;
struct SnapshotFile;
struct SnapshotLoadResult;

/**
 * Export, and Compare, for a MainWindow: turns what the window shows into files and
 * comparisons.
 *
 * Export: each scope takes its records from the window's own models, so the file holds what
 * the table shows in the order it shows it: the current page (server order), all pages
 * (fetched first, with progress and Cancel, unless everything is loaded already), the
 * current view (filter and sort as shown), the selected rows (in view order), or the
 * inspector's node. The bytes are built and written off the UI thread by an ExportWriteJob,
 * with a progress dialog whose Cancel stops before the commit. Success is said in the status
 * bar; a failure in a message naming the file and the reason; either way the old file is
 * intact unless the new one was completely written.
 *
 * Compare: a chosen file against the live tenant (all pages, fetched as for export) or
 * against the snapshot being shown; the older of two snapshots (by exportedAt) is "old".
 *
 * Open and Compare read their files in a SnapshotLoadJob, never on the UI thread: the status
 * bar shows what is loading (with progress and Cancel) and the window stays usable. A second
 * open (or compare) started while one loads supersedes it: only the latest file's result is
 * used, and one that arrives after the window is gone is never delivered.
 */
class ExportController : public QObject
{
    Q_OBJECT
public:
    explicit ExportController(MainWindow *window);
    ~ExportController() override;

    /// The scopes and what each would hold now.
    QList<ExportScopeOffer> scopeOffers() const;
    /// The selected rows when several are selected, else the current view.
    ViewExport::Scope preferredScope() const;
    /// The table's visible columns, in view order (OrchestrationTableModel columns).
    QList<int> visibleColumns() const;
    ExportPreview preview(const ExportChoice &choice) const;

    /// File -> Export...: the dialog, then exportTo().
    void exportView();
    /// Exports without asking (the dialog asked already); exportFinished() follows.
    void exportTo(const ExportChoice &choice);
    /// Stops the export or fetch in progress; the old file stays.
    void cancel();
    bool isBusy() const;
    /// The last outcome said to the user (status bar or message).
    QString lastMessage() const { return m_lastMessage; }

    /// Tests: the QSaveFile factory and chunk size handed to each ExportWriteJob.
    void setFileFactory(ExportWriteJob::FileFactory factory) { m_fileFactory = std::move(factory); }
    void setChunkSize(qint64 bytes) { m_chunkSize = bytes; }

    /// File -> Compare with snapshot...: asks for a file, then compareWith().
    void compareWithFile();
    /// Compares the file at @p path with the live data or the snapshot shown.
    void compareWith(const QString &path);
    CompareWindow *compareWindow() const;

    /// File -> Open snapshot...: loads @p path off the UI thread and returns at once; the
    /// window shows it when parsed (snapshotOpened), or the user is told why not, naming the
    /// file (snapshotOpenFailed). Supersedes an open still loading.
    void openSnapshot(const QString &path);
    /// Whether an open (not a compare) is loading its file.
    bool isLoadingSnapshot() const;
    /// Stops the opens and compares still loading; the window stays as it is.
    void cancelLoading();
    /// The status bar's "Opening <file>…" with its progress bar; nullptr before the first load.
    QWidget *loadIndicator() const;

signals:
    void snapshotLoadStarted(const QString &path);
    /// The file at @p path is shown (MainWindow::snapshot()).
    void snapshotOpened(const QString &path);
    /// Not shown: unreadable, not an export or a page, or cancelled; @p message names the file.
    void snapshotOpenFailed(const QString &path, const QString &message);
    void writeStarted(ExportWriteJob *job);
    void exportFinished(const ExportWriteResult &result);
    void compareOpened(CompareWindow *window);
    void compareFailed(const QString &message);

private:
    using RecordsHandler =
        std::function<void(const QList<Orchestration> &records, const QStringList &warnings)>;

    ViewExport specFor(const ExportChoice &choice) const;
    bool allLoaded() const;
    QList<Orchestration> tableRows() const;
    QList<Orchestration> viewRows() const;
    QList<Orchestration> selectedRows() const;
    QStringList recordWarnings(const QList<Orchestration> &records) const;
    void fetchAllThen(const QString &purpose, RecordsHandler handler);
    void write(ViewExport spec, const QString &path);
    void onWriteFinished(const ExportWriteResult &result, const QString &path, qint64 count);
    QProgressDialog *makeProgress(const QString &label);
    void closeProgress();
    void tell(const QString &message, bool problem, const QString &title = QString());
    SnapshotLoadJob *startLoad(const QString &path);
    void updateLoadIndicator();
    void onOpenLoaded(const SnapshotLoadResult &result);
    void onCompareLoaded(const SnapshotLoadResult &result);
    void compareWithSnapshot(const SnapshotFile &file);

    MainWindow *m_window;
    QPointer<QProgressDialog> m_progress;
    QPointer<ScanJob> m_scan;
    QPointer<ExportWriteJob> m_job;
    QPointer<CompareWindow> m_compare;
    // The loads in flight; a result from an older generation is stale and dropped.
    QPointer<SnapshotLoadJob> m_openLoad;
    QPointer<SnapshotLoadJob> m_compareLoad;
    quint64 m_openGeneration = 0;
    quint64 m_compareGeneration = 0;
    QPointer<QWidget> m_loadIndicator;
    QPointer<SnapshotLoadJob> m_indicated; ///< the load whose progress the indicator shows
    QLabel *m_loadLabel = nullptr;
    QProgressBar *m_loadBar = nullptr;
    ExportWriteJob::FileFactory m_fileFactory;
    qint64 m_chunkSize = 0;
    QString m_lastMessage;
};
