// Group commit of pushes. Devices' pushes queue here and one thread, with a database
// connection of its own, applies everything queued in one transaction (a savepoint and a
// version per push) and answers each once that transaction is durable. While one commit
// waits for the disk the next batch gathers, so eight devices pushing at once cost about
// one fsync instead of eight, and pulls (on the worker threads) never wait behind either.
#pragma once

#include "storage.h"

#include <QMutex>
#include <QWaitCondition>

#include <deque>
#include <functional>
#include <memory>
#include <thread>

namespace kl::server {

class PushCommitter
{
public:
    using Done = std::function<void(const Result<PushOutcome> &)>;
    using OpenStorage = std::function<Result<std::unique_ptr<Storage>>()>;
    // Opens its connection on its own thread; an error if it cannot.
    [[nodiscard]] static Result<std::unique_ptr<PushCommitter>> start(const OpenStorage &open, int maxBatch = 64);
    ~PushCommitter(); // commits what is queued, then stops

    // `done` runs on the committer's thread once the push is durable (or has failed).
    void submit(PushRequest push, Done done);

    // Figures for the benchmark: batches committed and pushes in them.
    [[nodiscard]] qint64 batches() const;
    [[nodiscard]] qint64 pushes() const;

private:
    PushCommitter() = default;
    void loop(Storage &storage);

    struct Item
    {
        PushRequest push;
        Done done;
    };
    mutable QMutex m_mutex;
    QWaitCondition m_wake;
    std::deque<Item> m_queue;
    bool m_stopping = false;
    int m_maxBatch = 64;
    qint64 m_batches = 0;
    qint64 m_pushes = 0;
    std::thread m_thread;
};

} // namespace kl::server
