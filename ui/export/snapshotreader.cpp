#include "ui/export/snapshotreader.h"

#include "models/core/snapshotfile.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>

SnapshotReader::SnapshotReader(
    const QString &indicatorText, QWidget *indicatorParent, QObject *parent)
    : QObject(parent)
    , m_indicatorText(indicatorText)
    , m_indicatorParent(indicatorParent)
{ }

void SnapshotReader::createIndicator()
{
    auto *indicator = new QWidget(m_indicatorParent);
    indicator->setObjectName(QStringLiteral("snapshotLoadIndicator"));
    // Hidden on purpose, so that a status bar taking it in does not show it yet.
    indicator->hide();
    auto *layout = new QHBoxLayout(indicator);
    layout->setContentsMargins(0, 0, 0, 0);
    m_label = new QLabel(indicator);
    m_label->setObjectName(QStringLiteral("snapshotLoadLabel"));
    m_bar = new QProgressBar(indicator);
    m_bar->setObjectName(QStringLiteral("snapshotLoadProgress"));
    m_bar->setMaximumWidth(160);
    m_bar->setTextVisible(false);
    auto *cancelButton = new QToolButton(indicator);
    cancelButton->setObjectName(QStringLiteral("snapshotLoadCancel"));
    cancelButton->setText(tr("Cancel"));
    connect(cancelButton, &QToolButton::clicked, this, &SnapshotReader::cancel);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(cancelButton);
    m_indicator = indicator;
    emit indicatorCreated(indicator);
}

bool SnapshotReader::isReading() const
{
    return m_job != nullptr;
}

void SnapshotReader::cancel()
{
    if (m_job)
        m_job->cancel();
}

void SnapshotReader::read(const QString &path)
{
    if (m_job)
        m_job->cancel(); // its result is dropped; this stops it reading sooner
    const quint64 generation = ++m_generation;
    if (!m_indicator)
        createIndicator();
    auto *job = new SnapshotLoadJob(path, this);
    m_job = job;
    connect(job, &SnapshotLoadJob::progress, this, [this, job](qint64 read, qint64 total) {
        if (job != m_job || !m_indicator)
            return;
        if (total > 0 && read < total) {
            m_bar->setRange(0, 1000);
            m_bar->setValue(int(read * 1000 / total));
        } else {
            m_bar->setRange(0, 0); // all read: parsing, for which there is no measure
        }
    });
    connect(job, &SnapshotLoadJob::finished, this,
        [this, job, generation](const SnapshotLoadResult &result) {
            job->deleteLater();
            if (generation != m_generation)
                return; // a later read superseded this one
            m_job = nullptr;
            if (m_indicator)
                m_indicator->hide();
            emit finished(result);
        });
    if (m_indicator) {
        m_label->setText(m_indicatorText.arg(QFileInfo(path).fileName()));
        m_bar->setRange(0, 0);
        m_indicator->show();
    }
    job->start();
}
