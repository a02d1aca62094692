#include "ui/export/exportcontroller.h"

#include "models/core/localeformat.h"
#include "models/core/recordwarnings.h"
#include "models/core/snapshotfile.h"
#include "models/itemmodels/configurationtreemodel.h"
#include "models/itemmodels/orchestrationfiltermodel.h"
#include "models/itemmodels/orchestrationtablemodel.h"
#include "ui/export/allpagesfetcher.h"
#include "ui/export/exportfeedback.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>

namespace {

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

ExportController::ExportController(
    const ShownView &shown, AllPagesFetcher *fetcher, QWidget *dialogParent, QObject *parent)
    : QObject(parent)
    , m_shown(shown)
    , m_fetcher(fetcher)
    , m_dialogParent(dialogParent)
{ }

bool ExportController::isBusy() const
{
    return (m_fetcher && m_fetcher->isRunning()) || (m_job && m_job->isRunning())
        || m_question != nullptr;
}

void ExportController::cancel()
{
    if (m_fetching && m_fetcher)
        m_fetcher->cancel(); // the fetch's end follows, and says Cancelled
    if (m_job)
        m_job->cancel();
    if (m_question)
        m_question->reject(); // as the user's Cancel: nothing is written
}

// --- what the window shows ---

QList<int> ExportController::visibleColumns() const
{
    return m_shown.visibleColumns();
}

QList<ExportScopeOffer> ExportController::scopeOffers() const
{
    const OrchestrationTableModel *table = m_shown.table;
    const OrchestrationFilterModel *filter = m_shown.filter;
    QList<ExportScopeOffer> offers;

    ExportScopeOffer view {ViewExport::Scope::View, filter->rowCount() > 0, {}};
    view.detail = filter->isFiltering()
        ? tr("%Ln shown of %L1 loaded", nullptr, filter->rowCount()).arg(table->loadedCount())
        : tr("%Ln orchestration(s)", nullptr, filter->rowCount());
    offers.append(view);

    const bool paged = table->mode() == OrchestrationTableModel::Mode::Paged && table->client()
        && table->currentPage() > 0;
    ExportScopeOffer page {ViewExport::Scope::Page, paged && table->rowCount() > 0, {}};
    page.detail = paged
        ? tr("Page %1: %Ln orchestration(s), in server order", nullptr, table->rowCount())
              .arg(table->currentPage())
        : tr("Not paging: all loaded orchestrations are shown.");
    offers.append(page);

    ExportScopeOffer all {ViewExport::Scope::All, true, {}};
    if (m_shown.allLoaded()) {
        all.available = table->rowCount() > 0;
        all.detail = tr("%Ln orchestration(s), in server order", nullptr, table->rowCount());
    } else {
        all.detail = table->totalCount() >= 0
            ? tr("%Ln orchestration(s); those not loaded yet are fetched first", nullptr,
                int(qMin<qint64>(table->totalCount(), INT_MAX)))
            : tr("Every page is fetched first");
    }
    offers.append(all);

    const int selected = m_shown.selectedCount();
    offers.append({ViewExport::Scope::Selection, selected > 0,
        selected > 0 ? tr("%Ln orchestration(s), in view order", nullptr, selected)
                     : tr("No rows are selected.")});

    const InspectedNode node = m_shown.node();
    const QString path = node.index.data(ConfigurationTreeModel::PathRole).toString();
    const bool hasNode = node.index.isValid() && !node.orchestration.isNull();
    offers.append({ViewExport::Scope::Node, hasNode,
        hasNode ? tr("%1 of \"%2\"")
                      .arg(path.isEmpty() ? node.index.data(Qt::DisplayRole).toString() : path,
                          node.orchestration.name())
                : tr("No field is selected in the inspector.")});
    return offers;
}

ViewExport::Scope ExportController::preferredScope() const
{
    return m_shown.selectedCount() > 1 ? ViewExport::Scope::Selection : ViewExport::Scope::View;
}

QStringList ExportController::recordWarnings(const QList<Orchestration> &records) const
{
    RecordWarnings tally;
    for (const Orchestration &record : records)
        tally.addRecord(record);
    return tally.lines();
}

ViewExport ExportController::specFor(const ExportChoice &choice) const
{
    const OrchestrationTableModel *table = m_shown.table;
    ViewExport spec;
    spec.scope = choice.scope;
    spec.content = choice.content;
    spec.style = choice.style;
    spec.format = choice.format;
    spec.columns = visibleColumns();
    spec.pagesize = table->grantedPageSize();
    if (const SnapshotFile *snapshot = m_shown.shownSnapshot()) {
        spec.baseUrl = snapshot->document.info.baseUrl;
        spec.profileName =
            snapshot->document.info.extra.value(QLatin1StringView("profile")).toString();
        spec.source = snapshot->sourceJson();
        spec.pagesize = snapshot->document.info.pagesize;
    } else {
        const ConnectionInfo connection = m_shown.connectionInfo();
        spec.baseUrl = connection.baseUrl;
        // The demo's name is shown translated; a file says it the same in every language.
        spec.profileName = connection.demo ? QStringLiteral("Demo tenant") : connection.name;
    }
    switch (choice.scope) {
    case ViewExport::Scope::Page:
        spec.records = m_shown.tableRows();
        spec.pagenum = table->currentPage();
        spec.pagination.present = true;
        spec.pagination.count = table->totalCount();
        spec.pagination.pagenum = table->currentPage();
        spec.pagination.pagesize =
            table->grantedPageSize() > 0 ? table->grantedPageSize() : table->pageSize();
        break;
    case ViewExport::Scope::All:
        spec.records = m_shown.tableRows();
        break;
    case ViewExport::Scope::View:
        spec.records = m_shown.viewRows();
        spec.view = ViewFilter::of(m_shown.filter);
        break;
    case ViewExport::Scope::Selection:
        spec.records = m_shown.selectedRows();
        spec.view = ViewFilter::of(m_shown.filter);
        break;
    case ViewExport::Scope::Node: {
        const InspectedNode node = m_shown.node();
        spec.records = {node.orchestration};
        spec.nodePath = node.index.data(ConfigurationTreeModel::PathRole).toString();
        spec.nodeJson = node.index.data(ConfigurationTreeModel::NodeJsonRole).toByteArray();
        break;
    }
    }
    spec.warnings = table->warnings() + recordWarnings(spec.records);
    return spec;
}

ExportPreview ExportController::preview(const ExportChoice &choice) const
{
    ExportPreview preview;
    const ViewExport spec = specFor(choice);
    preview.count = spec.records.size();
    preview.bytes = spec.estimatedBytes();
    if (choice.scope == ViewExport::Scope::All && !m_shown.allLoaded()) {
        const qint64 total = m_shown.table->totalCount();
        preview.count = total;
        preview.bytes = total >= 0 && !spec.records.isEmpty()
            ? preview.bytes * total / spec.records.size()
            : -1;
        preview.note = tr("The pages not loaded yet are fetched first.");
    }
    if (choice.scope == ViewExport::Scope::Node)
        preview.note = choice.format == ViewExport::Format::Csv
            ? tr("The file holds the row of the orchestration the node belongs to.")
            : tr("The file holds the node and the orchestration it belongs to.");
    return preview;
}

// --- export ---

void ExportController::exportView()
{
    if (isBusy())
        return;
    QStringList names;
    const QList<int> columns = visibleColumns();
    for (const int column : columns)
        names.append(m_shown.table->headerData(column, Qt::Horizontal).toString());
    ExportDialog dialog(
        scopeOffers(), preferredScope(), names,
        [this](const ExportChoice &choice) { return preview(choice); }, m_dialogParent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    exportTo(dialog.choice());
}

void ExportController::exportTo(const ExportChoice &choice)
{
    if (isBusy())
        return;
    m_incomplete.clear();
    m_countChange.clear();
    const QString path = QDir::fromNativeSeparators(choice.path);
    if (choice.scope == ViewExport::Scope::All && !m_shown.allLoaded()) {
        m_fetching = true;
        const QPointer<ExportController> self(this);
        m_fetcher->fetch(
            tr("Fetching every page for the export…"),
            [self, choice, path](const QList<Orchestration> &records, const QStringList &warnings) {
                if (!self)
                    return;
                self->m_fetching = false;
                ViewExport spec = self->specFor(choice);
                spec.records = records;
                spec.warnings = warnings + self->recordWarnings(records);
                self->m_countChange = self->m_fetcher->lastCountChange();
                const QString missing = self->m_fetcher->lastMissing();
                if (missing.isEmpty())
                    self->write(spec, path);
                else
                    self->confirmIncomplete(spec, path, missing);
            },
            [self](const ApiError &error) {
                if (!self)
                    return;
                self->m_fetching = false;
                if (error.kind == ApiError::Kind::Cancelled) {
                    self->tell(tr("Cancelled while fetching; nothing was written."), false);
                    self->finishWithoutWriting(ExportWriteResult::Outcome::Cancelled);
                    return;
                }
                self->tell(tr("Not every page could be fetched, so nothing was written: %1")
                               .arg(error.summary()),
                    true);
                self->finishWithoutWriting(ExportWriteResult::Outcome::Failed);
            });
        return;
    }
    write(specFor(choice), path);
}

void ExportController::confirmIncomplete(
    ViewExport spec, const QString &path, const QString &missing)
{
    // An export that lacks records is written only when the user says so, and then says so
    // itself (exportInfo.warnings) and in the status line.
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Export"),
        tr("The export is incomplete: %1.").arg(missing), QMessageBox::NoButton, m_dialogParent);
    box->setObjectName(QStringLiteral("incompleteExport"));
    box->setTextFormat(Qt::PlainText);
    box->setInformativeText(
        tr("Write the orchestrations that were received to %1 anyway? The file will say that "
           "it is incomplete.")
            .arg(nativePath(path)));
    QPushButton *writeButton =
        box->addButton(tr("Write Incomplete Export"), QMessageBox::AcceptRole);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setWindowModality(Qt::WindowModal);
    box->setAttribute(Qt::WA_DeleteOnClose);
    m_question = box; // busy until the user answered
    const QPointer<ExportController> self(this);
    connect(box, &QMessageBox::finished, this, [self, box, writeButton, spec, path, missing] {
        if (!self)
            return;
        self->m_question = nullptr;
        if (box->clickedButton() != writeButton) {
            self->tell(
                tr("The export is incomplete (%1); nothing was written.").arg(missing), false);
            self->finishWithoutWriting(ExportWriteResult::Outcome::Cancelled);
            return;
        }
        ViewExport incomplete = spec;
        incomplete.warnings.prepend(tr("Incomplete: %1.").arg(missing));
        self->m_incomplete = missing;
        self->write(incomplete, path);
    });
    box->open();
}

void ExportController::finishWithoutWriting(ExportWriteResult::Outcome outcome)
{
    ExportWriteResult result;
    result.outcome = outcome;
    result.error = m_lastMessage;
    emit exportFinished(result);
}

void ExportController::write(ViewExport spec, const QString &path)
{
    const qint64 count = spec.records.size();
    spec.exportedAt = QDateTime::currentDateTimeUtc();
    auto *job = new ExportWriteJob(
        path, [spec] { return spec.toBytes(); }, this);
    if (m_fileFactory)
        job->setFileFactory(m_fileFactory);
    if (m_chunkSize > 0)
        job->setChunkSize(m_chunkSize);
    m_job = job;
    ExportFeedback::closeQuietly(m_progress);
    QProgressDialog *progress = ExportFeedback::progressDialog(
        m_dialogParent, tr("Writing %1…").arg(QFileInfo(path).fileName()));
    m_progress = progress;
    progress->setRange(0, 0); // busy until the bytes are built
    connect(progress, &QProgressDialog::canceled, job, &ExportWriteJob::cancel);
    connect(
        job, &ExportWriteJob::built, progress, [progress](qint64) { progress->setRange(0, 1000); });
    connect(job, &ExportWriteJob::progress, progress, [progress](qint64 written, qint64 total) {
        progress->setValue(total > 0 ? int(written * 1000 / total) : 1000);
    });
    connect(job, &ExportWriteJob::finished, this,
        [this, path, count, job](const ExportWriteResult &result) {
            job->deleteLater();
            onWriteFinished(result, path, count);
        });
    emit writeStarted(job);
    job->start();
}

void ExportController::onWriteFinished(
    const ExportWriteResult &result, const QString &path, qint64 count)
{
    ExportFeedback::closeQuietly(m_progress);
    m_progress = nullptr;
    switch (result.outcome) {
    case ExportWriteResult::Outcome::Written: {
        ExportDialog::rememberFolder(path);
        QString message = tr(
            "Exported %Ln orchestration(s) to %1 (%2).", nullptr, int(qMin<qint64>(count, INT_MAX)))
                              .arg(nativePath(path), LocaleFormat::dataSize(result.bytes));
        if (!m_incomplete.isEmpty())
            message += QLatin1Char(' ') + tr("Incomplete: %1.").arg(m_incomplete);
        if (!m_countChange.isEmpty())
            message += QLatin1Char(' ') + m_countChange;
        tell(message, false);
        break;
    }
    case ExportWriteResult::Outcome::Cancelled:
        tell(tr("Export cancelled; %1 was not changed.").arg(nativePath(path)), false);
        break;
    case ExportWriteResult::Outcome::Failed:
        tell(tr("%1\n\nNothing was changed: any earlier file of that name is as it was.")
                 .arg(result.error),
            true);
        break;
    }
    emit exportFinished(result);
}

void ExportController::tell(const QString &message, bool problem)
{
    m_lastMessage = message;
    if (problem)
        ExportFeedback::showProblem(m_dialogParent, tr("Export"), message);
    else
        emit statusMessage(message);
}
