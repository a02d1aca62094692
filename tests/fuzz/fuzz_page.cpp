// The page parser (parseOrchestrationPage, the record reader, RawJson) on any body.
// Beyond "no crash, no undefined behaviour": the validating reader agrees with
// QJsonDocument on what is JSON, and every record's kept bytes are JSON that re-indents to
// the same value.

#include "fuzzsupport.h"
#include "models/core/orchestrationpage.h"
#include "models/core/rawjson.h"

#include <QJsonDocument>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = fuzz::bytes(data, size);

    RawJson::Reader reader(body);
    const bool readerAccepts = reader.beginDocument() && reader.skipValue() && reader.endDocument();
    QJsonParseError error;
    QJsonDocument::fromJson(body, &error);
    fuzz::require(readerAccepts == (error.error == QJsonParseError::NoError),
        "RawJson::Reader and QJsonDocument disagree about the input");

    const PageParseResult result = parseOrchestrationPage(body);
    fuzz::require(result.page.has_value() != !result.error.isEmpty(),
        "a page parse gives exactly one of a page or an error");
    if (!result.page)
        return 0;
    for (const Orchestration &record : result.page->records) {
        const QByteArray raw = record.rawJson();
        const QJsonDocument parsed = QJsonDocument::fromJson(raw);
        fuzz::require(parsed.isObject(), "a record's kept bytes are a JSON object");
        fuzz::require(QJsonDocument::fromJson(RawJson::indented(raw)) == parsed,
            "an indented record reads back as the same value");
    }
    return 0;
}
