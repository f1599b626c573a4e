// Desktop secure storage: the Secret Service keyring through QtKeychain when the session
// bus has one, else an owner-only (0600) JSON file written atomically. The file lives
// beside the database, never in it, so a copied or synced database carries no credential.
#include "securestorage.h"

#include "secretstore.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QLoggingCategory>
#include <QSaveFile>

Q_LOGGING_CATEGORY(lcSecure, "kl.secure")

namespace kl::platform {

namespace {

QJsonObject toJson(const kl::DeviceCredentials &c)
{
    return { { QStringLiteral("server_url"), c.serverUrl }, { QStringLiteral("school_id"), c.schoolId },
        { QStringLiteral("school_name"), c.schoolName }, { QStringLiteral("role"), c.role },
        { QStringLiteral("token"), c.token } };
}

kl::DeviceCredentials fromJson(const QJsonObject &o)
{
    kl::DeviceCredentials c;
    c.serverUrl = o.value(QStringLiteral("server_url")).toString();
    c.schoolId = o.value(QStringLiteral("school_id")).toString();
    c.schoolName = o.value(QStringLiteral("school_name")).toString();
    c.role = o.value(QStringLiteral("role")).toString();
    c.token = o.value(QStringLiteral("token")).toString();
    return c;
}

class FileTokenStore final : public kl::TokenStore
{
public:
    explicit FileTokenStore(QString path) : m_path(std::move(path)) { }

    kl::Result<kl::DeviceCredentials> load() override
    {
        QFile f(m_path);
        if (!f.exists()) {
            return kl::DeviceCredentials {};
        }
        if (!f.open(QIODevice::ReadOnly)) {
            return failure(f.errorString());
        }
        return fromJson(QJsonDocument::fromJson(f.readAll()).object());
    }

    kl::Status save(const kl::DeviceCredentials &c) override
    {
        QDir().mkpath(QFileInfo(m_path).absolutePath());
        QSaveFile f(m_path);
        if (!f.open(QIODevice::WriteOnly)) {
            return failure(f.errorString()).error();
        }
        // Restrict before the secret is written: the temporary file gets the same mode.
        f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        f.write(QJsonDocument(toJson(c)).toJson(QJsonDocument::Compact));
        if (!f.commit()) {
            return failure(f.errorString()).error();
        }
        QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        return {};
    }

    kl::Status clear() override
    {
        if (QFile::exists(m_path) && !QFile::remove(m_path)) {
            return failure(QStringLiteral("remove")).error();
        }
        return {};
    }

private:
    static kl::Result<kl::DeviceCredentials> failure(const QString &detail) { return kl::tokenStorageError(detail); }

    QString m_path;
};

// The whole credential as one keyring entry per install (the Secret Service has no size
// limit; entries written by earlier versions have this shape).
class KeychainTokenStore final : public kl::TokenStore
{
public:
    explicit KeychainTokenStore(const QString &dataDir) : m_key(KeychainSecrets::keyFor(dataDir)) { }

    kl::Result<kl::DeviceCredentials> load() override
    {
        auto secret = m_secrets.read(m_key);
        if (!secret) {
            return secret.error();
        }
        if (!secret.value()) {
            return kl::DeviceCredentials {};
        }
        return fromJson(QJsonDocument::fromJson(*secret.value()).object());
    }

    kl::Status save(const kl::DeviceCredentials &c) override
    {
        return m_secrets.write(m_key, QJsonDocument(toJson(c)).toJson(QJsonDocument::Compact));
    }

    kl::Status clear() override { return m_secrets.remove(m_key); }

private:
    KeychainSecrets m_secrets;
    QString m_key;
};

} // namespace

bool secretServiceAvailable()
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected() || !bus.interface()) {
        return false;
    }
    const QString name = QStringLiteral("org.freedesktop.secrets");
    if (bus.interface()->isServiceRegistered(name)) {
        return true;
    }
    const auto activatable = bus.interface()->activatableServiceNames();
    return activatable.isValid() && activatable.value().contains(name);
}

std::unique_ptr<kl::TokenStore> createFileTokenStore(const QString &dataDir)
{
    return std::make_unique<FileTokenStore>(QDir(dataDir).filePath(QStringLiteral("device-token.json")));
}

std::unique_ptr<kl::TokenStore> createKeychainTokenStore(const QString &dataDir)
{
    if (!secretServiceAvailable()) {
        return nullptr;
    }
    return std::make_unique<KeychainTokenStore>(dataDir);
}

std::unique_ptr<kl::TokenStore> createTokenStore(const QString &dataDir)
{
    auto keychain = createKeychainTokenStore(dataDir);
    if (!keychain) {
        qCInfo(lcSecure) << "device token: owner-only file in the data directory (no Secret Service on the session bus)";
        return createFileTokenStore(dataDir);
    }
    qCInfo(lcSecure) << "device token: Secret Service keyring";
    // A token from before the keyring was available moves in, and the file goes.
    auto file = createFileTokenStore(dataDir);
    if (auto old = file->load(); old.ok() && old.value().isValid()) {
        if (keychain->save(old.value()).ok()) {
            (void)file->clear();
            qCInfo(lcSecure) << "device token: moved from the file into the keyring";
        } else {
            qCWarning(lcSecure) << "device token: keyring refused it; keeping the owner-only file";
            return file;
        }
    }
    return keychain;
}

} // namespace kl::platform
