#include "schoolconnection.h"

#include <QCoreApplication>
#include <QSysInfo>

using namespace kl;

SchoolConnection::SchoolConnection(Database &db, TokenStore &tokens, int autoSyncMs, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_tokens(tokens)
    , m_engine(std::make_unique<SyncEngine>(db, tokens))
    , m_autoSyncMs(autoSyncMs)
{
    reloadCredentials();
    connect(m_engine.get(), &SyncEngine::stateChanged, this, &SchoolConnection::changed);
    connect(m_engine.get(), &SyncEngine::statusChanged, this, &SchoolConnection::changed);
    connect(m_engine.get(), &SyncEngine::syncFinished, this, &SchoolConnection::onSyncFinished);
    connect(m_engine.get(), &SyncEngine::rowsApplied, this, &SchoolConnection::schoolDataChanged);
    connect(m_engine.get(), &SyncEngine::enrollFinished, this, [this](bool ok, const QString &message) {
        m_joining = false;
        m_joinError = ok ? QString() : message;
        reloadCredentials();
        Q_EMIT changed();
        Q_EMIT joinFinished(ok, message);
        if (ok) {
            m_engine->setAutoSyncInterval(m_autoSyncMs);
            m_engine->syncNow();
        }
    });
    if (joined()) {
        m_engine->setAutoSyncInterval(m_autoSyncMs);
        m_engine->syncNow();
    }
}

SchoolConnection::~SchoolConnection() = default;

void SchoolConnection::reloadCredentials()
{
    auto loaded = m_tokens.load();
    m_credentials = loaded.ok() ? loaded.value() : DeviceCredentials {};
}

SchoolConnection::State SchoolConnection::state() const
{
    if (m_engine->state() == SyncEngine::State::Revoked) {
        return Revoked;
    }
    if (m_joining) {
        return Connecting;
    }
    if (!joined()) {
        return NotConnected;
    }
    if (!m_engine->lastErrorCode().isEmpty()) {
        return Failed;
    }
    return lastSync().isValid() ? Connected : Connecting;
}

bool SchoolConnection::syncing() const
{
    return m_joining || m_engine->state() == SyncEngine::State::Syncing;
}

QDateTime SchoolConnection::lastSync() const
{
    return m_engine->lastSyncTime();
}

int SchoolConnection::pendingChanges() const
{
    return m_engine->pendingChanges();
}

QString SchoolConnection::lastError() const
{
    return m_joinError.isEmpty() ? m_engine->lastError() : m_joinError;
}

bool SchoolConnection::demoData() const
{
    return m_db.meta(QLatin1String(kDemoMetaKey)) == QLatin1String("1");
}

void SchoolConnection::join(const QString &invite)
{
    if (m_joining) {
        return;
    }
    if (invite.trimmed().isEmpty()) {
        m_joinError = QCoreApplication::translate("SchoolConnection",
            "Paste the invitation link you received from the school, or scan its QR code.");
        Q_EMIT changed();
        Q_EMIT joinFinished(false, m_joinError);
        return;
    }
    m_joining = true;
    m_joinError.clear();
    Q_EMIT changed();
    const QString device = QCoreApplication::translate("SchoolConnection", "KorteLijn on %1")
                               .arg(QSysInfo::machineHostName().isEmpty() ? QSysInfo::prettyProductName()
                                                                          : QSysInfo::machineHostName());
    m_engine->enroll(invite.trimmed(), device);
}

void SchoolConnection::syncNow()
{
    if (joined()) {
        m_engine->syncNow();
    }
}

void SchoolConnection::onSyncFinished(bool ok)
{
    if (ok && demoData()) {
        // The school's own list has replaced the demo school.
        (void)m_db.setMeta(QLatin1String(kDemoMetaKey), QStringLiteral("0"));
        Q_EMIT schoolDataChanged();
    }
    Q_EMIT changed();
}
