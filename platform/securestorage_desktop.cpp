// Desktop secure storage: an owner-only (0600) JSON file written atomically. The file
// lives beside the database, never in it, so a copied or synced database carries no
// credential.
#include "securestorage.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace kl::platform {

namespace {

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
        const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
        kl::DeviceCredentials c;
        c.serverUrl = o.value(QStringLiteral("server_url")).toString();
        c.schoolId = o.value(QStringLiteral("school_id")).toString();
        c.schoolName = o.value(QStringLiteral("school_name")).toString();
        c.role = o.value(QStringLiteral("role")).toString();
        c.token = o.value(QStringLiteral("token")).toString();
        return c;
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
        const QJsonObject o { { QStringLiteral("server_url"), c.serverUrl }, { QStringLiteral("school_id"), c.schoolId },
            { QStringLiteral("school_name"), c.schoolName }, { QStringLiteral("role"), c.role },
            { QStringLiteral("token"), c.token } };
        f.write(QJsonDocument(o).toJson(QJsonDocument::Compact));
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
    static kl::Result<kl::DeviceCredentials> failure(const QString &detail)
    {
        return kl::Error { QStringLiteral("token.storage"),
            QCoreApplication::translate("kl::platform::SecureStorage",
                "The school connection could not be read or saved on this device (%1).")
                .arg(detail) };
    }

    QString m_path;
};

} // namespace

std::unique_ptr<kl::TokenStore> createTokenStore(const QString &dataDir)
{
    return std::make_unique<FileTokenStore>(QDir(dataDir).filePath(QStringLiteral("device-token.json")));
}

} // namespace kl::platform
