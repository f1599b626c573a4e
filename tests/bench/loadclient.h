// Load for the server benchmarks (kl-bench scale, kl-bench server): keep-alive HTTP/1.1
// clients that send the next request as soon as an answer is complete and record each
// request's latency, the measurement over a number of seconds, and starting a real
// kortelijn-server process.
#pragma once

#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QStringList>

#include <functional>
#include <memory>

namespace bench {

struct Load
{
    double perSecond = 0;
    double p99Ms = 0;
    int failures = 0;
};

// `clients` connections spread over the ports round robin; makeNext(i) gives client i's
// request maker. Requests/s, p99 and failures (answers other than 200) over `seconds`.
Load measure(const QList<quint16> &ports, int clients, int seconds, const std::function<std::function<QByteArray()>(int)> &makeNext);
struct LoadSpec
{
    QList<quint16> ports;
    int clients = 1;
    std::function<std::function<QByteArray()>(int)> makeNext;
    int intervalMs = 0; // each client waits this long between requests (0: at once)
};
// Several loads at once on one event loop: each measured alone, all in the same window.
QList<Load> measureTogether(const QList<LoadSpec> &loads, int seconds);
void wait(int ms);

struct Server
{
    std::unique_ptr<QProcess> process;
    quint16 port = 0;
};
// `serve --db dbUrl --port 0 --rate 0` plus extraArgs; port 0 when it did not start.
Server spawn(const QString &dbUrl, const QStringList &extraArgs = {});

// The fields of a new partner, as a push carries them.
QJsonObject orgFields(int i);
// A push of one new partner by `clientId` with mutation id `id`.
QByteArray pushOneOrganisation(const QString &pushPath, const QByteArray &token, const QString &clientId, qint64 id, int i);

} // namespace bench
