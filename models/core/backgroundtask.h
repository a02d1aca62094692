#pragma once

#include <QFuture>
#include <QObject>
#include <QPromise>
#include <QThreadPool>
#include <memory>
#include <type_traits>

/**
 * Runs @p work (a HistoryStore call: it blocks on the disk) on the global thread pool and
 * hands its result to @p done on @p context's thread, unless @p context is gone by then, so
 * the UI thread never waits for the history.
 */
template<typename Work, typename Done> void runHistoryTask(QObject *context, Work work, Done done)
{
    using Result = std::invoke_result_t<Work>;
    auto promise = std::make_shared<QPromise<Result>>();
    QFuture<Result> future = promise->future();
    promise->start();
    // The continuation first: a task that finished before then() was attached was seen to
    // lose its continuation now and then (Qt 6.4), and the result never arrived.
    future.then(context, [done](const Result &result) { done(result); });
    QThreadPool::globalInstance()->start([promise, work]() {
        promise->addResult(work());
        promise->finish();
    });
}
