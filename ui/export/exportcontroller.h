#pragma once

#include "models/core/exportwriter.h"
#include "models/itemmodels/viewexport.h"
#include "ui/export/exportdialog.h"
#include "ui/export/shownview.h"

#include <QObject>
#include <QPointer>

class AllPagesFetcher;
class QMessageBox;
class QProgressDialog;
class QWidget;

/**
 * Export: File -> Export... and what it writes, from what the window shows.
 *
 * Each scope takes its records from the window's own models (ShownView), so the file holds
 * what the table shows in the order it shows it: the current page (server order), all pages
 * (fetched first by the AllPagesFetcher, with progress and Cancel, unless everything is loaded
 * already), the current view (filter and sort as shown), the selected rows (in view order), or
 * the inspector's node. An all-pages fetch that lacks records the server announced is
 * written only when the user agrees (a question box, "incompleteExport"), and the file and
 * the status line then say it is incomplete. The bytes are built and written off the UI thread by
 * an ExportWriteJob, with a progress dialog whose Cancel stops before the commit. Success is said
 * through statusMessage(); a failure in a message box over the dialog parent naming the file
 * and the reason; either way the old file is intact unless the new one was completely written.
 *
 * The controller reads the window only through ShownView and never calls back into it.
 */
class ExportController : public QObject
{
    Q_OBJECT
public:
    /// @p shown: what the window shows; @p fetcher: shared with Compare, not owned;
    /// @p dialogParent: the export dialog's, progress dialog's and message box's parent.
    ExportController(const ShownView &shown, AllPagesFetcher *fetcher, QWidget *dialogParent,
        QObject *parent = nullptr);

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
    /// Stops the export (or the fetch for it) in progress; the old file stays.
    void cancel();
    /// Writing, or fetching pages (for an export or a compare).
    bool isBusy() const;
    /// The last outcome said to the user (status bar or message).
    QString lastMessage() const { return m_lastMessage; }

    /// Tests: the QSaveFile factory and chunk size handed to each ExportWriteJob.
    void setFileFactory(ExportWriteJob::FileFactory factory) { m_fileFactory = std::move(factory); }
    void setChunkSize(qint64 bytes) { m_chunkSize = bytes; }

signals:
    void writeStarted(ExportWriteJob *job);
    void exportFinished(const ExportWriteResult &result);
    /// A passing word for the status bar (success, or a cancel).
    void statusMessage(const QString &message);

private:
    ViewExport specFor(const ExportChoice &choice) const;
    QStringList recordWarnings(const QList<Orchestration> &records) const;
    void write(ViewExport spec, const QString &path);
    void onWriteFinished(const ExportWriteResult &result, const QString &path, qint64 count);
    void confirmIncomplete(ViewExport spec, const QString &path, const QString &missing);
    void finishWithoutWriting(ExportWriteResult::Outcome outcome);
    void tell(const QString &message, bool problem);

    ShownView m_shown;
    QPointer<AllPagesFetcher> m_fetcher;
    QPointer<QWidget> m_dialogParent;
    bool m_fetching = false;
    QPointer<ExportWriteJob> m_job;
    QPointer<QProgressDialog> m_progress;
    ExportWriteJob::FileFactory m_fileFactory;
    qint64 m_chunkSize = 0;
    QString m_lastMessage;
    QPointer<QMessageBox> m_question; ///< "write an incomplete export?", while it is open
    QString m_incomplete; ///< what the export being written lacks; empty when complete
    QString m_countChange; ///< the count changed while fetching for it; or empty
};
