#include "splittokenstore.h"

#include <QSettings>

namespace kl::platform {

namespace {

const QString kServer = QStringLiteral("connection/server_url");
const QString kSchool = QStringLiteral("connection/school_id");
const QString kName = QStringLiteral("connection/school_name");
const QString kRole = QStringLiteral("connection/role");

kl::Status synced(QSettings &settings)
{
    settings.sync();
    if (settings.status() != QSettings::NoError) {
        return kl::tokenStorageError(settings.fileName());
    }
    return {};
}

} // namespace

SplitTokenStore::SplitTokenStore(std::unique_ptr<SecretStore> secrets, QString settingsPath, QString key)
    : m_secrets(std::move(secrets))
    , m_settingsPath(std::move(settingsPath))
    , m_key(std::move(key))
{
}

kl::Result<kl::DeviceCredentials> SplitTokenStore::load()
{
    QSettings settings(m_settingsPath, QSettings::IniFormat);
    if (settings.status() != QSettings::NoError) {
        return kl::tokenStorageError(m_settingsPath);
    }
    kl::DeviceCredentials c;
    c.serverUrl = settings.value(kServer).toString();
    c.schoolId = settings.value(kSchool).toString();
    c.schoolName = settings.value(kName).toString();
    c.role = settings.value(kRole).toString();
    if (c.serverUrl.isEmpty()) {
        return c; // never joined (or left): nothing to ask the keystore
    }
    auto token = m_secrets->read(m_key);
    if (!token) {
        return token.error();
    }
    if (token.value()) {
        c.token = QString::fromUtf8(*token.value());
    }
    return c;
}

kl::Status SplitTokenStore::save(const kl::DeviceCredentials &credentials)
{
    if (auto s = m_secrets->write(m_key, credentials.token.toUtf8()); !s) {
        return s;
    }
    QSettings settings(m_settingsPath, QSettings::IniFormat);
    settings.setValue(kServer, credentials.serverUrl);
    settings.setValue(kSchool, credentials.schoolId);
    settings.setValue(kName, credentials.schoolName);
    settings.setValue(kRole, credentials.role);
    return synced(settings);
}

kl::Status SplitTokenStore::clear()
{
    if (auto s = m_secrets->remove(m_key); !s) {
        return s;
    }
    QSettings settings(m_settingsPath, QSettings::IniFormat);
    settings.remove(QStringLiteral("connection"));
    return synced(settings);
}

} // namespace kl::platform
