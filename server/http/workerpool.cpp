#include "workerpool.h"

#include <QLoggingCategory>

#include <atomic>
#include <future>

Q_DECLARE_LOGGING_CATEGORY(lcHttp)

namespace kl::server {

Result<std::unique_ptr<WorkerPool>> WorkerPool::start(int threads, const MakeHandler &makeHandler)
{
    std::unique_ptr<WorkerPool> pool(new WorkerPool);
    std::vector<std::future<Status>> started;
    for (int i = 0; i < std::max(1, threads); ++i) {
        auto ready = std::make_shared<std::promise<Status>>();
        started.push_back(ready->get_future());
        pool->m_threads.emplace_back([p = pool.get(), ready, makeHandler] {
            auto handler = makeHandler();
            if (!handler) {
                ready->set_value(handler.error());
                return;
            }
            ready->set_value(Status {});
            p->loop(*handler.value());
        });
    }
    for (auto &s : started) {
        if (const Status r = s.get(); !r) {
            return r.error(); // the destructor stops the others
        }
    }
    return pool;
}

WorkerPool::~WorkerPool()
{
    {
        QMutexLocker lock(&m_mutex);
        m_stopping = true;
    }
    m_wake.wakeAll();
    for (std::thread &t : m_threads) {
        t.join();
    }
}

void WorkerPool::submit(ApiRequest request)
{
    run([request = std::move(request)](RequestHandler &handler) {
        const ApiResponse response = handler.handle(request);
        if (!response.isDeferred() && request.respond) {
            request.respond(response);
        }
    });
}

void WorkerPool::run(std::function<void(RequestHandler &)> task)
{
    {
        QMutexLocker lock(&m_mutex);
        m_queue.push_back(std::move(task));
    }
    m_wake.wakeOne();
}

void WorkerPool::loop(RequestHandler &handler)
{
    while (true) {
        std::function<void(RequestHandler &)> task;
        {
            QMutexLocker lock(&m_mutex);
            while (m_queue.empty() && !m_stopping) {
                m_wake.wait(&m_mutex);
            }
            if (m_queue.empty()) {
                return; // stopping, and nothing left to do
            }
            task = std::move(m_queue.front());
            m_queue.pop_front();
        }
        task(handler);
    }
}

} // namespace kl::server
