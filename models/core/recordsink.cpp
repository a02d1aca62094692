#include "models/core/recordsink.h"

#include "models/core/rawjson.h"

namespace {

constexpr int kIndent = 4;

} // namespace

JsonRecordSink::JsonRecordSink(ExportDocument::Style style)
    : m_style(style)
{ }

void JsonRecordSink::begin(QByteArray &out)
{
    out.append(m_style == ExportDocument::Style::Indented ? "{\n    \"orchestration\": ["
                                                          : "{\"orchestration\":[");
}

void JsonRecordSink::add(QByteArray &out, const Orchestration &record)
{
    out.append(m_records == 0 ? "\n" : ",\n");
    ++m_records;
    if (m_style == ExportDocument::Style::Compact) {
        out.append(record.rawJson());
        return;
    }
    out.append(2 * kIndent, ' ');
    RawJson::appendIndented(out, record.rawJson(), 2, kIndent);
}

void JsonRecordSink::end(QByteArray &out, const PaginationInfo &pagination, const ExportInfo &info)
{
    if (m_records > 0)
        out.append(m_style == ExportDocument::Style::Indented ? "\n    ]" : "\n]");
    else
        out.append(']');
    const QByteArray paginationText = ExportDocument::paginationJson(pagination);
    if (!paginationText.isEmpty())
        member(out, "\"paginationInfo\"", paginationText);
    member(out, "\"exportInfo\"", ExportDocument::exportInfoJson(info, m_records));
    out.append(m_style == ExportDocument::Style::Indented ? "\n}\n" : "}\n");
}

void JsonRecordSink::member(QByteArray &out, QByteArrayView key, QByteArrayView compactValue)
{
    if (m_style == ExportDocument::Style::Compact) {
        out.append(',').append(key).append(':').append(compactValue);
        return;
    }
    out.append(",\n").append(kIndent, ' ').append(key).append(": ");
    RawJson::appendIndented(out, compactValue, 1, kIndent);
}
