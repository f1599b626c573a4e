#include "backend.h"

#include "pgstorage.h"
#include "ratebuckets.h"
#include "sqlitestorage.h"

#include <QDir>
#include <QUrl>

namespace kl::server {

QString sqliteUrl(const QString &dataDir)
{
    return QUrl::fromLocalFile(QDir(dataDir).absolutePath()).toString().replace(QLatin1String("file://"), QLatin1String("sqlite://"));
}

Result<StorageOpener> StorageOpener::forUrl(const QString &dbUrl)
{
    const QUrl url(dbUrl, QUrl::StrictMode);
    const QString scheme = url.scheme();
    if (scheme == QLatin1String("sqlite")) {
        if (!url.host().isEmpty() || url.path().isEmpty()) {
            return serverError(errors::kInvalid, QStringLiteral("a SQLite URL names a directory: sqlite:///var/lib/kortelijn"));
        }
    } else if (scheme != QLatin1String("postgresql") && scheme != QLatin1String("postgres")) {
        return serverError(errors::kInvalid,
            QStringLiteral("--db must be sqlite:///path/to/dir or postgresql://user:password@host:5432/dbname"));
    }
    StorageOpener opener;
    opener.m_url = dbUrl;
    opener.m_buckets = std::make_shared<RateBuckets>();
    return opener;
}

Result<std::unique_ptr<Storage>> StorageOpener::open() const
{
    const QUrl url(m_url, QUrl::StrictMode);
    if (url.scheme() == QLatin1String("sqlite")) {
        auto s = SqliteStorage::open(url.path(), m_buckets);
        if (!s) {
            return s.error();
        }
        return std::unique_ptr<Storage>(std::move(s).value());
    }
    auto s = PgStorage::open(url);
    if (!s) {
        return s.error();
    }
    return std::unique_ptr<Storage>(std::move(s).value());
}

Result<std::unique_ptr<Storage>> openStorage(const QString &dbUrl)
{
    auto opener = StorageOpener::forUrl(dbUrl);
    if (!opener) {
        return opener.error();
    }
    return opener.value().open();
}

} // namespace kl::server
