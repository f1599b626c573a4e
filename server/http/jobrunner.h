// Long work that must not hold a request worker (an import of thousands of rows): one
// thread of its own with its own database connection, taking tasks in order. Requests
// keep being answered by the worker pool meanwhile; a task reports progress through its
// own shared state (importjobs.h), never through the request that started it. The thread
// runs at a lower CPU priority than the ones answering requests.
#pragma once

#include "result.h"

#include <QMutex>
#include <QWaitCondition>

#include <deque>
#include <functional>
#include <memory>
#include <thread>

namespace kl::server {

class Storage;

class JobRunner
{
public:
    using Open = std::function<Result<std::unique_ptr<Storage>>()>;
    // Opens the job thread's connection on that thread; an error if it would not open.
    [[nodiscard]] static Result<std::unique_ptr<JobRunner>> start(const Open &open);
    ~JobRunner(); // finishes the queued tasks, then stops

    void run(std::function<void(Storage &)> task);

private:
    JobRunner() = default;
    void loop(Storage &storage);

    QMutex m_mutex;
    QWaitCondition m_wake;
    std::deque<std::function<void(Storage &)>> m_queue;
    bool m_stopping = false;
    std::thread m_thread;
};

} // namespace kl::server
