// The admin CLI's plumbing: arguments, output as key=value lines on stdout (easy for
// scripts and tests), plain messages on stderr, and the commands' entry points.
#pragma once

#include "backend.h"
#include "storage.h"

#include <QHash>
#include <QSet>
#include <QString>

namespace kl::server::cli {

struct Args
{
    QString command;
    QHash<QString, QString> options;
    QSet<QString> flags;

    [[nodiscard]] QString value(const char *name, const QString &fallback = {}) const
    {
        return options.value(QLatin1String(name), fallback);
    }
    [[nodiscard]] bool has(const char *name) const
    {
        return flags.contains(QLatin1String(name)) || options.contains(QLatin1String(name));
    }
};

[[nodiscard]] std::optional<Args> parse(const QStringList &argv);
void usage(FILE *to);
void out(const QString &line);
int fail(const QString &message);
// A non-negative integer option, or the fallback when it is absent.
[[nodiscard]] bool intOption(const Args &a, const char *name, qint64 fallback, qint64 *value);
[[nodiscard]] QString isoOrDash(const QDateTime &t);
[[nodiscard]] bool requireSchool(const Args &a);

// Loads the deterministic demo school's shared rows (never its personal partners).
[[nodiscard]] Status loadDemo(Storage &storage, const QString &schoolId);
int makeInvite(Storage &storage, const Args &a, const QString &role, const QString &coordinatorId);

// Commands.
int serve(const StorageOpener &opener, const Args &a);
int schoolCommand(Storage &storage, const Args &a); // create-school ... purge; -1: not one of them
int publicPages(Storage &storage, const Args &a); // public-pages, poster
int organogram(Storage &storage, const Args &a); // organogram (SVG, or PDF on A4/A3)
int cardDavCommand(Storage &storage, const Args &a); // carddav-credential, carddav-revoke; -1: not one of them

} // namespace kl::server::cli
