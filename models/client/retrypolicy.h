#pragma once

#include "models/client/apierror.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <chrono>
#include <memory>
#include <optional>

/**
 * How many retries a whole operation (a scan of all pages, or one page fetched on its own)
 * may still spend. Shared by every request of that operation, so a sick server cannot make
 * a 30-page scan retry 30 times as often as a single page.
 */
class RetryBudget
{
public:
    explicit RetryBudget(int retries)
        : m_remaining(retries)
    { }

    /// Takes one retry from the budget; false when none is left.
    bool consume()
    {
        if (m_remaining <= 0)
            return false;
        --m_remaining;
        return true;
    }
    int remaining() const { return m_remaining; }

private:
    int m_remaining;
};

/**
 * The one place that decides whether and when a failed request is tried again.
 *
 * Retries only transient failures (ApiError::isTransient(): network errors such as refused,
 * reset or closed connections, timeouts, and HTTP 408, 429, 500, 502, 503, 504). The delay is
 * the server's Retry-After (delta seconds or an HTTP date, capped at maxRetryAfter) when it
 * sent one, else capped exponential backoff with full jitter. A retry also needs an attempt
 * left (maxAttempts), a retry left in the operation's RetryBudget, and enough time before the
 * operation's deadline to wait. Every duration is configurable so tests run in milliseconds.
 */
struct RetryPolicy
{
    int maxAttempts = 4; ///< per request, the first one included
    std::chrono::milliseconds baseDelay {500}; ///< first backoff ceiling
    std::chrono::milliseconds maxDelay {30'000}; ///< backoff ceiling
    std::chrono::milliseconds maxRetryAfter {60'000}; ///< cap on a server's Retry-After
    int retryBudget = 20; ///< retries per operation (scan)
    std::chrono::milliseconds operationDeadline {
        120'000}; ///< wall clock per request, retries included

    /// What to do after a failed attempt.
    struct Decision
    {
        bool retry = false;
        std::chrono::milliseconds delay {0};
        /// Set when the server's Retry-After asked for longer than maxRetryAfter: what it
        /// asked for (delay is then the cap). Callers say so, so a user reading the log
        /// knows why the wait is shorter than the server wanted.
        std::optional<std::chrono::milliseconds> cappedRetryAfter;

        /// "the server asked for N s; waiting M s" when the Retry-After was capped, else empty.
        QString cappedNote() const;
    };

    /**
     * Decides about @p error after @p attemptsMade attempts. @p retryAfter is the response's
     * Retry-After header (may be empty), @p remaining the time left before the deadline.
     * Consumes one retry from @p budget (when given) if, and only if, it says retry.
     */
    Decision decide(const ApiError &error, int attemptsMade, const QByteArray &retryAfter,
        std::chrono::milliseconds remaining, RetryBudget *budget) const;

    /// The capped exponential backoff ceiling before retry number @p retry (1-based).
    std::chrono::milliseconds backoffCeiling(int retry) const;

    /// A random delay in [0, backoffCeiling(retry)] ("full jitter").
    std::chrono::milliseconds backoff(int retry) const;

    /**
     * Parses a Retry-After value: delta seconds ("120") or an HTTP date (IMF-fixdate, also
     * RFC 850 and asctime forms), relative to @p now. A date in the past means 0. Returns
     * nothing for an empty or unparseable value. The result is not capped, but it saturates:
     * a number of seconds too large for milliseconds gives milliseconds::max(), never a
     * wrapped (negative or short) delay.
     */
    static std::optional<std::chrono::milliseconds> parseRetryAfter(
        const QByteArray &value, const QDateTime &now = QDateTime::currentDateTimeUtc());
};
