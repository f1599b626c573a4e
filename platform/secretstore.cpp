#include "secretstore.h"

#include "tokenstore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QEventLoop>

#include <qt6keychain/keychain.h>

namespace kl::platform {

namespace {

const QString kService = QStringLiteral("KorteLijn");

void run(QKeychain::Job &job, const QString &key)
{
    job.setAutoDelete(false);
    job.setKey(key);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
}

} // namespace

kl::Result<std::optional<QByteArray>> KeychainSecrets::read(const QString &key)
{
    QKeychain::ReadPasswordJob job(kService);
    run(job, key);
    if (job.error() == QKeychain::EntryNotFound) {
        return std::optional<QByteArray> {};
    }
    if (job.error() != QKeychain::NoError) {
        return kl::tokenStorageError(job.errorString());
    }
    return std::optional<QByteArray> { job.binaryData() };
}

kl::Status KeychainSecrets::write(const QString &key, const QByteArray &secret)
{
    QKeychain::WritePasswordJob job(kService);
    job.setBinaryData(secret);
    run(job, key);
    if (job.error() != QKeychain::NoError) {
        return kl::tokenStorageError(job.errorString());
    }
    return {};
}

kl::Status KeychainSecrets::remove(const QString &key)
{
    QKeychain::DeletePasswordJob job(kService);
    run(job, key);
    if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound) {
        return kl::tokenStorageError(job.errorString());
    }
    return {};
}

QString KeychainSecrets::keyFor(const QString &dataDir)
{
    const QByteArray hash
        = QCryptographicHash::hash(QDir(dataDir).absolutePath().toUtf8(), QCryptographicHash::Sha256).toHex();
    return QStringLiteral("device-token-") + QString::fromLatin1(hash.left(16));
}

} // namespace kl::platform
