#include "jobrunner.h"

#include "storage.h"

#include <QtGlobal>

#include <future>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace kl::server {

namespace {

// Requests come first: on Linux the nice value is per thread, so the job thread gives way
// to the network thread and the workers when the machine is busy and still has every idle
// cycle when it is not.
void yieldToRequests()
{
#ifdef Q_OS_LINUX
    (void)setpriority(PRIO_PROCESS, id_t(syscall(SYS_gettid)), 10);
#endif
}

} // namespace

Result<std::unique_ptr<JobRunner>> JobRunner::start(const Open &open)
{
    std::unique_ptr<JobRunner> runner(new JobRunner);
    std::promise<Status> ready;
    auto started = ready.get_future();
    runner->m_thread = std::thread([r = runner.get(), open, &ready] {
        yieldToRequests();
        auto storage = open();
        if (!storage) {
            ready.set_value(storage.error());
            return;
        }
        ready.set_value({});
        r->loop(*storage.value());
    });
    const Status s = started.get();
    if (!s) {
        runner->m_thread.join();
        return s.error();
    }
    return runner;
}

JobRunner::~JobRunner()
{
    {
        QMutexLocker lock(&m_mutex);
        m_stopping = true;
    }
    m_wake.wakeAll();
    if (m_thread.joinable()) {
        m_thread.join();
    }
}

void JobRunner::run(std::function<void(Storage &)> task)
{
    {
        QMutexLocker lock(&m_mutex);
        m_queue.push_back(std::move(task));
    }
    m_wake.wakeOne();
}

void JobRunner::loop(Storage &storage)
{
    for (;;) {
        std::function<void(Storage &)> task;
        {
            QMutexLocker lock(&m_mutex);
            while (m_queue.empty() && !m_stopping) {
                m_wake.wait(&m_mutex);
            }
            if (m_queue.empty()) {
                return;
            }
            task = std::move(m_queue.front());
            m_queue.pop_front();
        }
        task(storage);
        storage.endOfRequest();
    }
}

} // namespace kl::server
