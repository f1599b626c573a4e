#include "pushcommitter.h"

#include <future>

namespace kl::server {

Result<std::unique_ptr<PushCommitter>> PushCommitter::start(const OpenStorage &open, int maxBatch)
{
    std::unique_ptr<PushCommitter> c(new PushCommitter);
    c->m_maxBatch = std::max(1, maxBatch);
    auto ready = std::make_shared<std::promise<Status>>();
    auto started = ready->get_future();
    c->m_thread = std::thread([self = c.get(), ready, open] {
        auto storage = open();
        if (!storage) {
            ready->set_value(storage.error());
            return;
        }
        ready->set_value(Status {});
        self->loop(*storage.value());
    });
    if (const Status s = started.get(); !s) {
        c->m_thread.join();
        return s.error();
    }
    return c;
}

PushCommitter::~PushCommitter()
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

void PushCommitter::submit(PushRequest push, Done done)
{
    {
        QMutexLocker lock(&m_mutex);
        m_queue.push_back(Item { std::move(push), std::move(done) });
    }
    m_wake.wakeOne();
}

qint64 PushCommitter::batches() const
{
    QMutexLocker lock(&m_mutex);
    return m_batches;
}

qint64 PushCommitter::pushes() const
{
    QMutexLocker lock(&m_mutex);
    return m_pushes;
}

void PushCommitter::loop(Storage &storage)
{
    while (true) {
        std::vector<Item> batch;
        {
            QMutexLocker lock(&m_mutex);
            while (m_queue.empty() && !m_stopping) {
                m_wake.wait(&m_mutex);
            }
            if (m_queue.empty()) {
                return;
            }
            while (!m_queue.empty() && int(batch.size()) < m_maxBatch) {
                batch.push_back(std::move(m_queue.front()));
                m_queue.pop_front();
            }
            ++m_batches;
            m_pushes += qint64(batch.size());
        }
        QList<PushRequest> pushes;
        for (const Item &i : batch) {
            pushes << i.push;
        }
        const QList<Result<PushOutcome>> outcomes = storage.pushBatch(pushes);
        storage.endOfRequest();
        for (size_t i = 0; i < batch.size(); ++i) {
            batch[i].done(outcomes.value(qsizetype(i), Result<PushOutcome>(serverError(errors::kStorage, QStringLiteral("no outcome")))));
        }
    }
}

} // namespace kl::server
