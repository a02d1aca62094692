#pragma once

#include "models/core/recordsink.h"
#include "models/itemmodels/csvrecordwriter.h"

/**
 * CSV as a RecordSink: the header record first, then one row per record as it arrives, so a
 * CSV export streams like a JSON one. CSV has no place for paginationInfo or exportInfo:
 * end() adds nothing.
 */
class CsvRecordSink : public RecordSink
{
public:
    /// @p columns: OrchestrationTableModel columns, in the order to write.
    explicit CsvRecordSink(const QList<int> &columns);

    void begin(QByteArray &out) override;
    void add(QByteArray &out, const Orchestration &record) override;
    void end(QByteArray &out, const PaginationInfo &pagination, const ExportInfo &info) override;

private:
    CsvRecordWriter m_writer;
};
