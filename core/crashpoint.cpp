#include "crashpoint.h"

#include <QByteArray>
#include <QMutex>
#include <QtGlobal>

#include <cstdio>
#include <cstdlib>

#ifdef Q_OS_UNIX
#include <csignal>
#include <unistd.h>
#endif

namespace kl {

void crashPoint(const char *name)
{
    static const QByteArray pause = qgetenv("KL_PAUSE_AT");
    if (!pause.isEmpty() && pause == name) {
        static QMutex one; // one paused thread at a time answers one line
        QMutexLocker lock(&one);
        std::fprintf(stderr, "KL_PAUSED %s\n", name);
        std::fflush(stderr);
        char line[64];
        (void)std::fgets(line, sizeof line, stdin);
        return;
    }
    static const QByteArray target = qgetenv("KL_CRASH_AT");
    if (target.isEmpty() || target != name) {
        return;
    }
    std::fprintf(stderr, "KL_CRASH_AT=%s: killing this process\n", name);
    std::fflush(stderr);
#ifdef Q_OS_UNIX
    ::kill(::getpid(), SIGKILL);
#endif
    std::_Exit(137);
}

} // namespace kl
