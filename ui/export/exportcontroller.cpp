#include "ui/export/exportcontroller.h"

#include "models/client/hubclient.h"
#include "models/client/scanjob.h"
#include "models/core/orchestrationdiff.h"
#include "models/core/snapshotfile.h"
#include "models/itemmodels/configurationtreemodel.h"
#include "models/itemmodels/orchestrationfiltermodel.h"
#include "models/itemmodels/orchestrationtablemodel.h"
#include "ui/export/comparewindow.h"
#include "ui/mainwindow/inspectorpanel.h"
#include "ui/mainwindow/mainwindow.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QProgressDialog>
#include <QStatusBar>
#include <QTableView>
#include <QToolButton>
#include <QTreeView>
#include <algorithm>

namespace {

/// Pages asked for when fetching everything: fewer requests; the server may grant fewer.
constexpr int kFetchAllPageSize = 75;

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

ExportController::ExportController(MainWindow *window)
    : QObject(window)
    , m_window(window)
{ }

ExportController::~ExportController()
{
    if (m_scan)
        m_scan->cancelQuietly();
}

bool ExportController::isBusy() const
{
    return m_scan || (m_job && m_job->isRunning());
}

void ExportController::cancel()
{
    if (m_scan)
        m_scan->cancel(); // finished() follows, and says Cancelled
    if (m_job)
        m_job->cancel();
}

// --- what the window shows ---

QList<Orchestration> ExportController::tableRows() const
{
    const OrchestrationTableModel *table = m_window->tableModel();
    QList<Orchestration> rows;
    rows.reserve(table->rowCount());
    for (int row = 0; row < table->rowCount(); ++row)
        rows.append(table->orchestrationAt(row));
    return rows;
}

QList<Orchestration> ExportController::viewRows() const
{
    const OrchestrationFilterModel *filter = m_window->filterModel();
    const OrchestrationTableModel *table = m_window->tableModel();
    QList<Orchestration> rows;
    rows.reserve(filter->rowCount());
    for (int row = 0; row < filter->rowCount(); ++row)
        rows.append(table->orchestrationAt(filter->mapToSource(filter->index(row, 0)).row()));
    return rows;
}

QList<Orchestration> ExportController::selectedRows() const
{
    QModelIndexList selected = m_window->tableView()->selectionModel()->selectedRows();
    std::sort(selected.begin(), selected.end(),
        [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    const OrchestrationFilterModel *filter = m_window->filterModel();
    QList<Orchestration> rows;
    for (const QModelIndex &index : std::as_const(selected))
        rows.append(m_window->tableModel()->orchestrationAt(filter->mapToSource(index).row()));
    return rows;
}

QList<int> ExportController::visibleColumns() const
{
    const QHeaderView *header = m_window->tableView()->horizontalHeader();
    QList<int> columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int column = header->logicalIndex(visual);
        if (!header->isSectionHidden(column))
            columns.append(column);
    }
    return columns;
}

bool ExportController::allLoaded() const
{
    using State = OrchestrationTableModel::State;
    const OrchestrationTableModel *table = m_window->tableModel();
    if (m_window->snapshot() || !table->client())
        return true;
    const bool settled = table->state() == State::Loaded || table->state() == State::Empty;
    if (!settled)
        return false;
    if (table->mode() == OrchestrationTableModel::Mode::All)
        return true;
    return table->totalCount() >= 0 && table->loadedCount() >= table->totalCount();
}

QList<ExportScopeOffer> ExportController::scopeOffers() const
{
    const QLocale locale;
    const OrchestrationTableModel *table = m_window->tableModel();
    const OrchestrationFilterModel *filter = m_window->filterModel();
    const auto count = [&locale](qint64 n) {
        return tr("%1 orchestration(s)", nullptr, int(qMin<qint64>(n, INT_MAX)))
            .arg(locale.toString(n));
    };
    QList<ExportScopeOffer> offers;

    ExportScopeOffer view {ViewExport::Scope::View, filter->rowCount() > 0, {}};
    view.detail = filter->isFiltering()
        ? tr("%1 shown of %2 loaded", nullptr, filter->rowCount())
              .arg(locale.toString(filter->rowCount()), locale.toString(table->loadedCount()))
        : count(filter->rowCount());
    offers.append(view);

    const bool paged = table->mode() == OrchestrationTableModel::Mode::Paged && table->client()
        && table->currentPage() > 0;
    ExportScopeOffer page {ViewExport::Scope::Page, paged && table->rowCount() > 0, {}};
    page.detail = paged
        ? tr("Page %1: %2, in server order").arg(table->currentPage()).arg(count(table->rowCount()))
        : tr("Not paging: all loaded orchestrations are shown.");
    offers.append(page);

    ExportScopeOffer all {ViewExport::Scope::All, true, {}};
    if (allLoaded()) {
        all.available = table->rowCount() > 0;
        all.detail = tr("%1, in server order").arg(count(table->rowCount()));
    } else {
        all.detail = table->totalCount() >= 0
            ? tr("%1; those not loaded yet are fetched first").arg(count(table->totalCount()))
            : tr("Every page is fetched first");
    }
    offers.append(all);

    const int selected = int(m_window->tableView()->selectionModel()->selectedRows().size());
    offers.append({ViewExport::Scope::Selection, selected > 0,
        selected > 0 ? tr("%1, in view order").arg(count(selected)) : tr("No rows are selected.")});

    const QModelIndex node = m_window->inspector()->treeView()->currentIndex();
    const QString path = node.data(ConfigurationTreeModel::PathRole).toString();
    const bool hasNode = node.isValid() && !m_window->inspector()->orchestration().isNull();
    offers.append({ViewExport::Scope::Node, hasNode,
        hasNode ? tr("%1 of \"%2\"")
                      .arg(path.isEmpty() ? node.data(Qt::DisplayRole).toString() : path,
                          m_window->inspector()->orchestration().name())
                : tr("No field is selected in the inspector.")});
    return offers;
}

ViewExport::Scope ExportController::preferredScope() const
{
    return m_window->tableView()->selectionModel()->selectedRows().size() > 1
        ? ViewExport::Scope::Selection
        : ViewExport::Scope::View;
}

QStringList ExportController::recordWarnings(const QList<Orchestration> &records) const
{
    QStringList warnings;
    for (const Orchestration &record : records) {
        const QList<ValidationWarning> list = record.warnings();
        for (const ValidationWarning &warning : list)
            warnings += tr("Orchestration %1: %2: %3")
                            .arg(record.id().isEmpty() ? tr("(no id)") : record.id(), warning.path,
                                warning.message);
    }
    return warnings;
}

ViewExport ExportController::specFor(const ExportChoice &choice) const
{
    const OrchestrationTableModel *table = m_window->tableModel();
    ViewExport spec;
    spec.scope = choice.scope;
    spec.content = choice.content;
    spec.style = choice.style;
    spec.columns = visibleColumns();
    spec.pagesize = table->grantedPageSize();
    if (const SnapshotFile *snapshot = m_window->snapshot()) {
        spec.baseUrl = snapshot->document.info.baseUrl;
        spec.profileName =
            snapshot->document.info.extra.value(QLatin1StringView("profile")).toString();
        spec.source = snapshot->sourceJson();
        spec.pagesize = snapshot->document.info.pagesize;
    } else {
        spec.baseUrl = m_window->connectionInfo().baseUrl;
        spec.profileName = m_window->connectionInfo().name;
    }
    switch (choice.scope) {
    case ViewExport::Scope::Page:
        spec.records = tableRows();
        spec.pagenum = table->currentPage();
        spec.pagination.present = true;
        spec.pagination.count = table->totalCount();
        spec.pagination.pagenum = table->currentPage();
        spec.pagination.pagesize =
            table->grantedPageSize() > 0 ? table->grantedPageSize() : table->pageSize();
        break;
    case ViewExport::Scope::All:
        spec.records = tableRows();
        break;
    case ViewExport::Scope::View:
        spec.records = viewRows();
        spec.view = ViewFilter::of(m_window->filterModel());
        break;
    case ViewExport::Scope::Selection:
        spec.records = selectedRows();
        spec.view = ViewFilter::of(m_window->filterModel());
        break;
    case ViewExport::Scope::Node: {
        const QModelIndex node = m_window->inspector()->treeView()->currentIndex();
        spec.records = {m_window->inspector()->orchestration()};
        spec.nodePath = node.data(ConfigurationTreeModel::PathRole).toString();
        spec.nodeJson = node.data(ConfigurationTreeModel::NodeJsonRole).toByteArray();
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
    if (choice.scope == ViewExport::Scope::All && !allLoaded()) {
        const qint64 total = m_window->tableModel()->totalCount();
        preview.count = total;
        preview.bytes = total >= 0 && !spec.records.isEmpty()
            ? preview.bytes * total / spec.records.size()
            : -1;
        preview.note = tr("The pages not loaded yet are fetched first.");
    }
    if (choice.scope == ViewExport::Scope::Node)
        preview.note = tr("The file holds the node and the orchestration it belongs to.");
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
        names.append(m_window->tableModel()->headerData(column, Qt::Horizontal).toString());
    ExportDialog dialog(
        scopeOffers(), preferredScope(), names,
        [this](const ExportChoice &choice) { return preview(choice); }, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    exportTo(dialog.choice());
}

void ExportController::exportTo(const ExportChoice &choice)
{
    if (isBusy())
        return;
    const QString path = QDir::fromNativeSeparators(choice.path);
    if (choice.scope == ViewExport::Scope::All && !allLoaded()) {
        fetchAllThen(tr("Fetching every page for the export…"),
            [this, choice, path](const QList<Orchestration> &records, const QStringList &warnings) {
                ViewExport spec = specFor(choice);
                spec.records = records;
                spec.warnings = warnings + recordWarnings(records);
                write(spec, path);
            });
        return;
    }
    write(specFor(choice), path);
}

void ExportController::write(ViewExport spec, const QString &path)
{
    const qint64 count = spec.records.size();
    spec.exportedAt = QDateTime::currentDateTimeUtc();
    auto *job = new ExportWriteJob(
        path, [spec] { return spec.toJson(); }, this);
    if (m_fileFactory)
        job->setFileFactory(m_fileFactory);
    if (m_chunkSize > 0)
        job->setChunkSize(m_chunkSize);
    m_job = job;
    QProgressDialog *progress = makeProgress(tr("Writing %1…").arg(QFileInfo(path).fileName()));
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
    closeProgress();
    switch (result.outcome) {
    case ExportWriteResult::Outcome::Written:
        ExportDialog::rememberFolder(path);
        tell(tr("Exported %1 orchestration(s) to %2 (%3).", nullptr,
                 int(qMin<qint64>(count, INT_MAX)))
                 .arg(QLocale().toString(count), nativePath(path),
                     QLocale().formattedDataSize(result.bytes, 1, QLocale::DataSizeSIFormat)),
            false);
        break;
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

void ExportController::fetchAllThen(const QString &purpose, RecordsHandler handler)
{
    HubClient *client = m_window->tableModel()->client();
    if (!client) {
        handler(tableRows(), m_window->tableModel()->warnings());
        return;
    }
    ScanJob *scan = client->fetchAll(kFetchAllPageSize);
    m_scan = scan;
    QProgressDialog *progress = makeProgress(purpose);
    progress->setRange(0, 0);
    connect(progress, &QProgressDialog::canceled, scan, &ScanJob::cancel);
    auto records = std::make_shared<QList<Orchestration>>();
    connect(scan, &ScanJob::pageReady, this,
        [records](const OrchestrationPage &page) { *records += page.records; });
    connect(scan, &ScanJob::progress, progress, [progress](qint64 loaded, qint64 total) {
        if (total > 0) {
            progress->setRange(0, 1000);
            progress->setValue(int(std::min<qint64>(loaded, total) * 1000 / total));
        }
        progress->setLabelText(tr("Fetched %1 of %2 orchestrations…")
                                   .arg(QLocale().toString(loaded), QLocale().toString(total)));
    });
    connect(scan, &ScanJob::finished, this, [this, scan, records, handler] {
        m_scan = nullptr;
        closeProgress();
        const ApiError &error = scan->error();
        if (error.kind == ApiError::Kind::Cancelled) {
            tell(tr("Cancelled while fetching; nothing was written."), false);
            ExportWriteResult result;
            result.outcome = ExportWriteResult::Outcome::Cancelled;
            result.error = m_lastMessage;
            emit exportFinished(result);
            return;
        }
        if (error.isError()) {
            tell(tr("Not every page could be fetched, so nothing was written: %1")
                     .arg(error.summary()),
                true);
            ExportWriteResult result;
            result.error = m_lastMessage;
            emit exportFinished(result);
            return;
        }
        handler(*records, scan->warnings());
    });
}

QProgressDialog *ExportController::makeProgress(const QString &label)
{
    closeProgress();
    auto *progress = new QProgressDialog(label, tr("Cancel"), 0, 0, m_window);
    progress->setObjectName(QStringLiteral("exportProgress"));
    progress->setWindowTitle(tr("Export"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    progress->setMinimumDuration(400); // a quick export never flashes a dialog
    progress->setAttribute(Qt::WA_DeleteOnClose);
    m_progress = progress;
    return progress;
}

void ExportController::closeProgress()
{
    if (m_progress) {
        // Closing must not read as the user's Cancel.
        m_progress->disconnect(this);
        disconnect(m_progress, &QProgressDialog::canceled, nullptr, nullptr);
        m_progress->close();
    }
    m_progress = nullptr;
}

void ExportController::tell(const QString &message, bool problem, const QString &title)
{
    m_lastMessage = message;
    if (!problem) {
        m_window->statusBar()->showMessage(message, 15'000);
        return;
    }
    // Not exec(): the window keeps running (and tests keep driving it) while it is shown.
    auto *box = new QMessageBox(QMessageBox::Warning, title.isEmpty() ? tr("Export") : title,
        message, QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("exportMessage"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

// --- compare ---

CompareWindow *ExportController::compareWindow() const
{
    return m_compare;
}

void ExportController::compareWithFile()
{
    if (isBusy())
        return;
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Compare with snapshot"),
        ExportDialog::lastFolder(), tr("JSON files (*.json);;All files (*)"));
    if (!path.isEmpty())
        compareWith(path);
}

void ExportController::compareWith(const QString &path)
{
    if (m_compareLoad)
        m_compareLoad->cancel();
    const quint64 generation = ++m_compareGeneration;
    SnapshotLoadJob *job = startLoad(path);
    m_compareLoad = job;
    connect(job, &SnapshotLoadJob::finished, this,
        [this, job, generation](const SnapshotLoadResult &result) {
            job->deleteLater();
            if (generation != m_compareGeneration)
                return; // a later compare superseded this one
            m_compareLoad = nullptr;
            updateLoadIndicator();
            onCompareLoaded(result);
        });
    updateLoadIndicator();
    job->start();
}

void ExportController::onCompareLoaded(const SnapshotLoadResult &result)
{
    if (!result.ok()) {
        tell(result.error, !result.cancelled, tr("Compare"));
        emit compareFailed(result.error);
        return;
    }
    compareWithSnapshot(*result.snapshot);
}

void ExportController::compareWithSnapshot(const SnapshotFile &file)
{
    const QString fileLabel =
        tr("%1 (%2)").arg(file.description(), QFileInfo(file.path).fileName());
    const auto open = [this, file, fileLabel](const QList<Orchestration> &current,
                          const QString &currentLabel, const QDateTime &currentTime) {
        // The older side is "old": a file against live data, or the earlier of two snapshots.
        const QDateTime fileTime = file.document.info.exportedAt;
        const bool fileIsOlder =
            !currentTime.isValid() || !fileTime.isValid() || fileTime <= currentTime;
        const OrchestrationDiff diff = fileIsOlder
            ? OrchestrationDiff::compare(file.document.records, current)
            : OrchestrationDiff::compare(current, file.document.records);
        auto *window = new CompareWindow(diff, fileIsOlder ? fileLabel : currentLabel,
            fileIsOlder ? currentLabel : fileLabel, m_window);
        window->setAttribute(Qt::WA_DeleteOnClose);
        if (m_compare)
            m_compare->close();
        m_compare = window;
        window->show();
        m_window->statusBar()->showMessage(tr("%1 added, %2 removed, %3 changed.")
                                               .arg(diff.addedCount())
                                               .arg(diff.removedCount())
                                               .arg(diff.changedCount()),
            15'000);
        emit compareOpened(window);
    };
    if (const SnapshotFile *snapshot = m_window->snapshot()) {
        open(snapshot->document.records,
            tr("%1 (%2)").arg(snapshot->description(), QFileInfo(snapshot->path).fileName()),
            snapshot->document.info.exportedAt.isValid() ? snapshot->document.info.exportedAt
                                                         : QDateTime::currentDateTimeUtc());
        return;
    }
    const QString live = tr("Live: %1 (%2), now")
                             .arg(m_window->connectionInfo().name,
                                 m_window->connectionInfo().baseUrl.toDisplayString());
    if (allLoaded()) {
        open(tableRows(), live, QDateTime::currentDateTimeUtc());
        return;
    }
    fetchAllThen(tr("Fetching every page to compare…"),
        [open, live](const QList<Orchestration> &records, const QStringList &) {
            open(records, live, QDateTime::currentDateTimeUtc());
        });
}

// --- loading snapshot files ---

bool ExportController::isLoadingSnapshot() const
{
    return m_openLoad != nullptr;
}

QWidget *ExportController::loadIndicator() const
{
    return m_loadIndicator;
}

void ExportController::cancelLoading()
{
    if (m_openLoad)
        m_openLoad->cancel();
    if (m_compareLoad)
        m_compareLoad->cancel();
}

void ExportController::openSnapshot(const QString &path)
{
    if (m_openLoad)
        m_openLoad->cancel(); // its result is dropped; this stops it reading sooner
    const quint64 generation = ++m_openGeneration;
    SnapshotLoadJob *job = startLoad(path);
    m_openLoad = job;
    connect(job, &SnapshotLoadJob::finished, this,
        [this, job, generation](const SnapshotLoadResult &result) {
            job->deleteLater();
            if (generation != m_openGeneration)
                return; // the user opened another file meanwhile
            m_openLoad = nullptr;
            updateLoadIndicator();
            onOpenLoaded(result);
        });
    updateLoadIndicator();
    emit snapshotLoadStarted(path);
    job->start();
}

void ExportController::onOpenLoaded(const SnapshotLoadResult &result)
{
    if (!result.ok()) {
        tell(result.error, !result.cancelled, tr("Open snapshot"));
        emit snapshotOpenFailed(result.path, result.error);
        return;
    }
    m_window->showSnapshot(*result.snapshot);
    emit snapshotOpened(result.path);
}

SnapshotLoadJob *ExportController::startLoad(const QString &path)
{
    auto *job = new SnapshotLoadJob(path, this);
    connect(job, &SnapshotLoadJob::progress, this, [this, job](qint64 read, qint64 total) {
        if (job != m_indicated || !m_loadBar)
            return;
        if (total > 0 && read < total) {
            m_loadBar->setRange(0, 1000);
            m_loadBar->setValue(int(read * 1000 / total));
        } else {
            m_loadBar->setRange(0, 0); // all read: parsing, for which there is no measure
        }
    });
    return job;
}

void ExportController::updateLoadIndicator()
{
    SnapshotLoadJob *job = m_openLoad ? m_openLoad.data() : m_compareLoad.data();
    if (!job) {
        m_indicated = nullptr;
        if (m_loadIndicator)
            m_loadIndicator->hide();
        return;
    }
    if (job == m_indicated)
        return;
    m_indicated = job;
    if (!m_loadIndicator) {
        auto *indicator = new QWidget(m_window->statusBar());
        indicator->setObjectName(QStringLiteral("snapshotLoadIndicator"));
        auto *layout = new QHBoxLayout(indicator);
        layout->setContentsMargins(0, 0, 0, 0);
        m_loadLabel = new QLabel(indicator);
        m_loadLabel->setObjectName(QStringLiteral("snapshotLoadLabel"));
        m_loadBar = new QProgressBar(indicator);
        m_loadBar->setObjectName(QStringLiteral("snapshotLoadProgress"));
        m_loadBar->setMaximumWidth(160);
        m_loadBar->setTextVisible(false);
        auto *cancel = new QToolButton(indicator);
        cancel->setObjectName(QStringLiteral("snapshotLoadCancel"));
        cancel->setText(tr("Cancel"));
        connect(cancel, &QToolButton::clicked, this, &ExportController::cancelLoading);
        layout->addWidget(m_loadLabel);
        layout->addWidget(m_loadBar);
        layout->addWidget(cancel);
        m_window->statusBar()->addPermanentWidget(indicator);
        m_loadIndicator = indicator;
    }
    const QString name = QFileInfo(job->path()).fileName();
    m_loadLabel->setText(
        job == m_openLoad ? tr("Opening %1…").arg(name) : tr("Reading %1 to compare…").arg(name));
    m_loadBar->setRange(0, 0);
    m_loadIndicator->show();
}
