// kl-bench: KorteLijn's benchmark programs. `kl-bench sync [options]` measures sync.
#include <QCoreApplication>
#include <QStringList>

#include <cstdio>

int runSyncBench(const QStringList &args);

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() >= 2 && (args.at(1) == QLatin1String("sync") || args.at(1) == QLatin1String("bare-server"))) {
        return runSyncBench(args.mid(1));
    }
    std::fputs("usage: kl-bench sync [--contacts N] [--clients N] [--seconds S]\n", stderr);
    return 2;
}
