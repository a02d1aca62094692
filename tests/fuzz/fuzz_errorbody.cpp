// What a failing server controls: the eGain / OAuth error body and the Retry-After header.
// The input is split at the first newline: the header before it, the body after it.
// Promises checked: no crash or undefined behaviour, the summary is never empty, and a
// retry never waits less than zero or more than the cap.

#include "fuzzsupport.h"
#include "models/client/apierror.h"
#include "models/client/retrypolicy.h"

#include <QTimeZone>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    const qsizetype newline = input.indexOf('\n');
    const QByteArray retryAfter = newline < 0 ? input : input.left(newline);
    const QByteArrayView body =
        newline < 0 ? QByteArrayView() : QByteArrayView(input).sliced(newline + 1);

    ApiError error;
    error.kind = ApiError::Kind::Http;
    error.httpStatus = 503;
    error.parseErrorBody(body);
    fuzz::require(!error.summary().isEmpty(), "an error always has a summary");

    using namespace std::chrono_literals;
    static const QDateTime now(QDate(2026, 1, 1), QTime(12, 0), QTimeZone::utc());
    const auto parsed = RetryPolicy::parseRetryAfter(retryAfter, now);
    fuzz::require(!parsed || *parsed >= 0ms, "a parsed Retry-After is never negative");

    RetryPolicy policy;
    const RetryPolicy::Decision decision = policy.decide(error, 1, retryAfter, 120'000ms, nullptr);
    fuzz::require(decision.retry, "a 503 is retried on the first attempt");
    fuzz::require(decision.delay >= 0ms && decision.delay <= policy.maxRetryAfter,
        "the delay stays within [0, maxRetryAfter]");
    fuzz::require(decision.cappedRetryAfter.has_value() == !decision.cappedNote().isEmpty(),
        "a capped Retry-After is reported");
    return 0;
}
