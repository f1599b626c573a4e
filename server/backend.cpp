#include "backend.h"

#include "pgstorage.h"
#include "sqlitestorage.h"

#include <QDir>
#include <QUrl>

namespace kl::server {

QString sqliteUrl(const QString &dataDir)
{
    return QUrl::fromLocalFile(QDir(dataDir).absolutePath()).toString().replace(QLatin1String("file://"), QLatin1String("sqlite://"));
}

Result<std::unique_ptr<Storage>> openStorage(const QString &dbUrl)
{
    const QUrl url(dbUrl, QUrl::StrictMode);
    const QString scheme = url.scheme();
    if (scheme == QLatin1String("sqlite")) {
        if (!url.host().isEmpty() || url.path().isEmpty()) {
            return serverError(errors::kInvalid, QStringLiteral("a SQLite URL names a directory: sqlite:///var/lib/kortelijn"));
        }
        auto s = SqliteStorage::open(url.path());
        if (!s) {
            return s.error();
        }
        return std::unique_ptr<Storage>(std::move(s).value());
    }
    if (scheme == QLatin1String("postgresql") || scheme == QLatin1String("postgres")) {
        auto s = PgStorage::open(url);
        if (!s) {
            return s.error();
        }
        return std::unique_ptr<Storage>(std::move(s).value());
    }
    return serverError(errors::kInvalid,
        QStringLiteral("--db must be sqlite:///path/to/dir or postgresql://user:password@host:5432/dbname"));
}

} // namespace kl::server
