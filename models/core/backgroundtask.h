#pragma once

#include <QFuture>
#include <QObject>
#include <QPromise>
#include <QThreadPool>
#include <memory>
#include <type_traits>

/**
 * The pool background work runs on: the console's own, not QThreadPool::globalInstance(),
 * which Qt itself uses while painting (the raster engine waits there for its helpers): a
 * long search queued in the global pool was seen to freeze a repaint for over half a second.
 */
inline QThreadPool *backgroundPool()
{
    static QThreadPool pool;
    return &pool;
}

/**
 * Runs @p work on backgroundPool() and hands its result to @p done on @p context's
 * thread, unless @p context is gone by then: what blocks on the disk (the history) or takes
 * long over many records (a search) never holds up the UI thread. @p work must only touch
 * what it owns or what is immutable while it runs.
 */
template<typename Work, typename Done> void runInBackground(QObject *context, Work work, Done done)
{
    using Result = std::invoke_result_t<Work>;
    auto promise = std::make_shared<QPromise<Result>>();
    QFuture<Result> future = promise->future();
    promise->start();
    // The continuation first: a task that finished before then() was attached was seen to
    // lose its continuation now and then (Qt 6.4), and the result never arrived.
    future.then(context, [done](const Result &result) { done(result); });
    backgroundPool()->start([promise, work]() {
        promise->addResult(work());
        promise->finish();
    });
}
