// The threads requests run on. Each worker opens its own database connection at start
// (SQLite in WAL mode: readers in parallel, one writer at a time; PostgreSQL: a pool of
// connections) and builds its own handler over it; all take requests from one queue, so
// a slow request never holds up the ones behind it while another worker is free.
#pragma once

#include "httptypes.h"
#include "result.h"

#include <QMutex>
#include <QWaitCondition>

#include <deque>
#include <functional>
#include <memory>
#include <thread>
#include <vector>

namespace kl::server {

class Storage;

// What a worker runs a request with.
class RequestHandler
{
public:
    virtual ~RequestHandler() = default;
    [[nodiscard]] virtual ApiResponse handle(const ApiRequest &request) = 0;
};

class WorkerPool
{
public:
    using MakeHandler = std::function<Result<std::unique_ptr<RequestHandler>>()>;
    // Starts `threads` workers, each calling makeHandler() on its own thread. Blocks until
    // all have started; an error if one could not (its database would not open).
    [[nodiscard]] static Result<std::unique_ptr<WorkerPool>> start(int threads, const MakeHandler &makeHandler);
    ~WorkerPool(); // finishes the queued requests, then stops

    // Runs the request on the next free worker; its `respond` gets the answer.
    void submit(ApiRequest request);
    // Runs a task on a worker with that worker's handler (background work: purging).
    void run(std::function<void(RequestHandler &)> task);
    [[nodiscard]] int threads() const { return int(m_threads.size()); }

private:
    WorkerPool() = default;
    void loop(RequestHandler &handler);

    QMutex m_mutex;
    QWaitCondition m_wake;
    std::deque<std::function<void(RequestHandler &)>> m_queue;
    bool m_stopping = false;
    std::vector<std::thread> m_threads;
};

} // namespace kl::server
