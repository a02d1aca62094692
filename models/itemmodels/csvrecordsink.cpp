#include "models/itemmodels/csvrecordsink.h"

CsvRecordSink::CsvRecordSink(const QList<int> &columns)
    : m_writer(columns)
{ }

void CsvRecordSink::begin(QByteArray &out)
{
    out += m_writer.begin();
}

void CsvRecordSink::add(QByteArray &out, const Orchestration &record)
{
    if (record.isNull())
        return;
    out += m_writer.row(record);
    ++m_records;
}

void CsvRecordSink::end(QByteArray &, const PaginationInfo &, const ExportInfo &) { }
