#include "models/core/exportwriter.h"

#include "models/core/atomicfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QThread>
#include <atomic>

Q_LOGGING_CATEGORY(lcExport, "console.export")

namespace {

/// The translation context of this file's messages (lupdate reads the macro).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ExportWriteJob)
};

ExportWriteResult failure(const QString &path, const QString &reason)
{
    ExportWriteResult result;
    result.outcome = ExportWriteResult::Outcome::Failed;
    result.error =
        Text::tr("Could not save \"%1\": %2").arg(QDir::toNativeSeparators(path), reason);
    return result;
}

ExportWriteResult cancelled()
{
    ExportWriteResult result;
    result.outcome = ExportWriteResult::Outcome::Cancelled;
    result.error = Text::tr("The export was cancelled; no file was changed.");
    return result;
}

} // namespace

struct ExportWriteJob::Shared
{
    std::atomic<bool> cancelled {false};
};

ExportWriteJob::ExportWriteJob(const QString &path, Builder builder, QObject *parent)
    : QObject(parent)
    , m_path(path)
    , m_builder(std::move(builder))
    , m_factory([](const QString &file) { return std::make_unique<QSaveFile>(file); })
    , m_shared(std::make_shared<Shared>())
{
    qRegisterMetaType<ExportWriteResult>();
}

ExportWriteJob::~ExportWriteJob()
{
    if (m_thread) {
        cancel();
        m_thread->wait();
        delete m_thread;
    }
}

void ExportWriteJob::setFileFactory(FileFactory factory)
{
    m_factory = std::move(factory);
}

void ExportWriteJob::setChunkSize(qint64 bytes)
{
    m_chunkSize = std::max<qint64>(1, bytes);
}

bool ExportWriteJob::isRunning() const
{
    return m_thread && !m_finished;
}

void ExportWriteJob::cancel()
{
    m_shared->cancelled = true;
}

void ExportWriteJob::start()
{
    if (m_thread)
        return;
    // The worker posts to this object; ~ExportWriteJob waits for it, so it never outlives us.
    m_thread = QThread::create([this, shared = m_shared, path = m_path, builder = m_builder,
                                   factory = m_factory, chunkSize = m_chunkSize] {
        const auto report = [this](const ExportWriteResult &result) {
            QMetaObject::invokeMethod(
                this, [this, result] { deliver(result); }, Qt::QueuedConnection);
        };
        if (path.isEmpty())
            return report(failure(path, tr("no file name given.")));
        const QByteArray data = builder ? builder() : QByteArray();
        if (shared->cancelled)
            return report(cancelled());
        const qint64 total = data.size();
        QMetaObject::invokeMethod(
            this, [this, total] { emit built(total); }, Qt::QueuedConnection);

        std::unique_ptr<QSaveFile> file = factory(path);
        if (!file->open(QIODevice::WriteOnly))
            return report(failure(path, file->errorString()));
        qint64 written = 0;
        while (written < total) {
            if (shared->cancelled) {
                file->cancelWriting(); // the destructor removes the temporary file
                return report(cancelled());
            }
            const qint64 chunk =
                file->write(data.constData() + written, std::min(chunkSize, total - written));
            if (chunk <= 0) {
                const QString reason = file->errorString();
                file->cancelWriting();
                return report(failure(path, reason));
            }
            written += chunk;
            QMetaObject::invokeMethod(
                this, [this, written, total] { emit progress(written, total); },
                Qt::QueuedConnection);
        }
        if (shared->cancelled) {
            file->cancelWriting();
            return report(cancelled());
        }
        if (!file->commit())
            return report(failure(path, file->errorString()));
        syncParentDirectory(path);
        ExportWriteResult result;
        result.outcome = ExportWriteResult::Outcome::Written;
        result.bytes = total;
        report(result);
    });
    m_thread->setObjectName(QStringLiteral("export-writer"));
    m_thread->start();
}

void ExportWriteJob::deliver(const ExportWriteResult &result)
{
    if (m_finished)
        return;
    m_finished = true;
    if (result.outcome == ExportWriteResult::Outcome::Failed)
        qCWarning(lcExport).noquote() << "export failed:" << result.error;
    emit finished(result);
}
