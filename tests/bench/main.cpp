// kl-bench: KorteLijn's benchmark program.
//   kl-bench search  search latency per keystroke against a full LIKE scan
//   kl-bench sync    first/incremental sync, no-change requests/s beside a bare route, pushes/s
//   kl-bench scale   the sync server on SQLite and PostgreSQL, one and two instances, 1k and 100k rows
//   kl-bench qr      QR decode rate and time per 720p camera frame
//   kl-bench public  public partner page, vCard and 404 requests/s beside a bare route
//   kl-bench carddav CardDAV first sync and no-change syncs beside Radicale
#include "bench.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QTcpSocket>

#include <algorithm>
#include <cmath>
#include <cstdio>

int runSyncBench(const QStringList &args);
int runQrBench(const QStringList &args);
int runScaleBench(const QStringList &args);
int runPublicBench(const QStringList &args);
int runServerBench(const QStringList &args);
int runImportBench(const QStringList &args);
int runCardDavBench(const QStringList &args);

namespace bench {

double percentileMs(std::vector<qint64> samples, double p)
{
    if (samples.empty()) {
        return 0;
    }
    std::sort(samples.begin(), samples.end());
    const auto rank = static_cast<std::size_t>(std::ceil(p / 100.0 * double(samples.size())));
    const std::size_t index = std::min(samples.size() - 1, rank == 0 ? 0 : rank - 1);
    return double(samples[index]) / 1e6;
}

QString optionValue(const QStringList &args, const QString &name, const QString &fallback)
{
    const int i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
}

void say(const QString &line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

QByteArray httpGet(const QString &path, const QByteArray &token)
{
    return "GET " + path.toUtf8() + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + token + "\r\n\r\n";
}

QByteArray httpPost(const QString &path, const QByteArray &token, const QByteArray &body)
{
    return "POST " + path.toUtf8() + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nAuthorization: Bearer "
        + token + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

QByteArray exchange(quint16 port, const QByteArray &raw, int timeoutMs)
{
    QTcpSocket s;
    s.connectToHost(QHostAddress::LocalHost, port);
    s.waitForConnected(5000);
    s.write(raw);
    QByteArray answer;
    while (s.waitForReadyRead(timeoutMs)) {
        answer += s.readAll();
        const qsizetype end = answer.indexOf("\r\n\r\n");
        const qsizetype at = answer.toLower().indexOf("content-length:");
        if (end > 0 && at > 0) {
            const qint64 length = answer.mid(at + 15, answer.indexOf("\r\n", at) - at - 15).trimmed().toLongLong();
            if (answer.size() >= end + 4 + length) {
                return answer.mid(end + 4);
            }
        }
    }
    return answer;
}

} // namespace bench

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList all = app.arguments();
    const QString mode = all.size() < 2 || all.at(1).startsWith(QLatin1Char('-')) ? QStringLiteral("search") : all.at(1);
    if (mode == QLatin1String("search")) {
        return runSearchBench(all.mid(all.size() >= 2 && all.at(1) == mode ? 2 : 1));
    }
    if (mode == QLatin1String("qr")) {
        return runQrBench(all.mid(2));
    }
    if (mode == QLatin1String("scale")) {
        return runScaleBench(all.mid(2));
    }
    if (mode == QLatin1String("server")) {
        return runServerBench(all.mid(2));
    }
    if (mode == QLatin1String("import")) {
        return runImportBench(all.mid(2));
    }
    if (mode == QLatin1String("carddav")) {
        return runCardDavBench(all.mid(2));
    }
    if (mode == QLatin1String("public")) {
        return runPublicBench(all.mid(2));
    }
    if (mode == QLatin1String("sync") || mode == QLatin1String("bare-server")) {
        return runSyncBench(all.mid(1));
    }
    std::fputs("usage: kl-bench search [--sizes 1000,10000,100000] [--repeat N] [--db-dir DIR] [--no-scan] [--keystrokes]\n"
               "       kl-bench sync [--contacts N] [--clients N] [--seconds S]\n"
               "       kl-bench scale [--rows 1000,100000] [--backends sqlite,postgresql] [--clients N] [--seconds S] [--pg-url URL]\n"
               "       kl-bench server [--rows N] [--pullers N] [--pushers N] [--devices N] [--storm N] [--seconds S]\n"
               "       kl-bench import [--rows N] [--import-rows N (190000 fits the body limit)] [--pullers N] [--seconds S]\n"
               "       kl-bench qr [--frames N]\n"
               "       kl-bench public [--clients N] [--seconds S]\n"
               "       kl-bench carddav [--cards N] [--clients N] [--seconds S] [--batch N] [--radicale PATH]\n",
        stderr);
    return 2;
}
