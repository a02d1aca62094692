#include "ui/export/allpagesfetcher.h"

#include "models/client/hubclient.h"
#include "models/client/scanjob.h"
#include "models/itemmodels/orchestrationtablemodel.h"
#include "ui/export/exportfeedback.h"

#include <QProgressDialog>
#include <algorithm>
#include <memory>

namespace {

/// Pages asked for when fetching everything: fewer requests; the server may grant fewer.
constexpr int kFetchAllPageSize = 75;

} // namespace

AllPagesFetcher::AllPagesFetcher(
    OrchestrationTableModel *table, QWidget *dialogParent, QObject *parent)
    : QObject(parent)
    , m_table(table)
    , m_dialogParent(dialogParent)
{ }

AllPagesFetcher::~AllPagesFetcher()
{
    if (m_scan)
        m_scan->cancelQuietly();
    ExportFeedback::closeQuietly(m_progress);
}

bool AllPagesFetcher::isRunning() const
{
    return m_scan != nullptr;
}

void AllPagesFetcher::cancel()
{
    if (m_scan)
        m_scan->cancel(); // finished() follows, and says Cancelled
}

void AllPagesFetcher::fetch(const QString &purpose, Done done, Failed failed, const QString &title)
{
    if (isRunning() || !m_table)
        return;
    m_lastMissing.clear();
    m_lastCountChange.clear();
    HubClient *client = m_table->client();
    if (!client) {
        QList<Orchestration> rows;
        rows.reserve(m_table->rowCount());
        for (int row = 0; row < m_table->rowCount(); ++row)
            rows.append(m_table->orchestrationAt(row));
        done(rows, m_table->warnings());
        return;
    }
    ScanJob *scan = client->fetchAll(kFetchAllPageSize);
    m_scan = scan;
    QProgressDialog *progress = ExportFeedback::progressDialog(m_dialogParent, purpose, title);
    m_progress = progress;
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
        progress->setLabelText(
            tr("Fetched %L1 of %Ln orchestration(s)…", nullptr, int(qMin<qint64>(total, INT_MAX)))
                .arg(loaded));
    });
    connect(scan, &ScanJob::finished, this, [this, scan, records, done, failed] {
        m_scan = nullptr;
        ExportFeedback::closeQuietly(m_progress);
        m_progress = nullptr;
        const ApiError &error = scan->error();
        if (error.isError()) {
            failed(error);
            return;
        }
        m_lastMissing = scan->missing();
        m_lastCountChange = scan->countChange();
        if (m_lastMissing.isEmpty())
            emit completed(*records);
        done(*records, scan->warnings());
    });
}
