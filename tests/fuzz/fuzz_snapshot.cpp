// The snapshot loader (SnapshotFile::fromBytes: export files and saved API pages) on any
// file content: no crash, no undefined behaviour, and a file it refuses says why.

#include "fuzzsupport.h"
#include "models/core/snapshotfile.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // fromBytes() may keep views into its input; give it bytes of its own.
    const QByteArray file(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const std::optional<SnapshotFile> snapshot =
        SnapshotFile::fromBytes(file, QStringLiteral("fuzz.json"), &error);
    fuzz::require(snapshot.has_value() || !error.isEmpty(), "a refused file says why");
    if (snapshot) {
        snapshot->description();
        snapshot->sourceJson();
        for (const Orchestration &record : snapshot->document.records)
            record.rawJson();
    }
    return 0;
}
