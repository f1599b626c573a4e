// Time as a dependency: code that limits, expires or backs off asks a Clock, so tests
// decide how much time passes instead of waiting for it (ManualClock).
#pragma once

#include <QDateTime>
#include <QElapsedTimer>
#include <QMutex>

namespace kl {

class Clock
{
public:
    virtual ~Clock() = default;
    [[nodiscard]] virtual QDateTime now() const = 0; // wall clock, UTC
    [[nodiscard]] virtual qint64 monotonicMs() const = 0; // never goes back
};

class SystemClock final : public Clock
{
public:
    SystemClock() { m_timer.start(); }
    [[nodiscard]] QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
    [[nodiscard]] qint64 monotonicMs() const override { return m_timer.elapsed(); }

    [[nodiscard]] static const Clock &instance()
    {
        static const SystemClock clock;
        return clock;
    }

private:
    QElapsedTimer m_timer;
};

// Time stands still until a test moves it.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(QDateTime start = QDateTime(QDate(2026, 9, 1), QTime(8, 0), Qt::UTC))
        : m_start(std::move(start))
    {
    }
    [[nodiscard]] QDateTime now() const override
    {
        QMutexLocker lock(&m_mutex);
        return m_start.addMSecs(m_ms);
    }
    [[nodiscard]] qint64 monotonicMs() const override
    {
        QMutexLocker lock(&m_mutex);
        return m_ms;
    }
    void advance(qint64 ms)
    {
        QMutexLocker lock(&m_mutex);
        m_ms += ms;
    }

private:
    mutable QMutex m_mutex;
    QDateTime m_start;
    qint64 m_ms = 0;
};

} // namespace kl
