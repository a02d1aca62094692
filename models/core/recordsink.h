#pragma once

#include "models/core/exportdocument.h"

#include <QByteArray>

/**
 * Turns records into a file's bytes one at a time, so an export of any size is written as
 * its pages arrive and never held whole. A format is one subclass: begin() writes what
 * opens the file, add() one record (in the order given), end() what closes it, which may
 * use what is only known once every record was seen (the count, warnings).
 *
 * Each call appends to @p out, which the caller writes and empties as it likes; the bytes
 * of begin(), every add() and end(), joined, are the file. A sink is used once.
 */
class RecordSink
{
public:
    virtual ~RecordSink() = default;

    virtual void begin(QByteArray &out) = 0;
    virtual void add(QByteArray &out, const Orchestration &record) = 0;
    /// @p info.exportedAt invalid: now. The file's item count is records().
    virtual void end(QByteArray &out, const PaginationInfo &pagination, const ExportInfo &info) = 0;

    /// Records added so far.
    qint64 records() const { return m_records; }

protected:
    qint64 m_records = 0;
};

/**
 * The export document's JSON (ExportDocument): records as received (Orchestration::rawJson()),
 * then paginationInfo and exportInfo. Indented is QJsonDocument's 4-space layout;
 * Compact has no indentation and one record per line. Both end with a newline.
 */
class JsonRecordSink : public RecordSink
{
public:
    explicit JsonRecordSink(ExportDocument::Style style);

    void begin(QByteArray &out) override;
    void add(QByteArray &out, const Orchestration &record) override;
    void end(QByteArray &out, const PaginationInfo &pagination, const ExportInfo &info) override;

private:
    void member(QByteArray &out, QByteArrayView key, QByteArrayView compactValue);

    ExportDocument::Style m_style;
};
