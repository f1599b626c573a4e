// The app's link with the school server: joining with an invite, the sync engine's state
// in words a teacher understands (last update, changes still to send, what went wrong),
// and "update now". The school list on the phone is replaced by the server's on the
// first sync; personal partners, notes and stars are never sent.
#pragma once

#include "database.h"
#include "syncengine.h"
#include "tokenstore.h"

#include <QDateTime>
#include <QObject>
#include <QtQml/qqmlregistration.h>

#include <memory>

class SchoolConnection : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("SchoolConnection is created by the application")
    Q_PROPERTY(State state READ state NOTIFY changed)
    Q_PROPERTY(bool syncing READ syncing NOTIFY changed)
    Q_PROPERTY(QString serverUrl READ serverUrl NOTIFY changed)
    Q_PROPERTY(QString schoolName READ schoolName NOTIFY changed)
    Q_PROPERTY(QString schoolId READ schoolId NOTIFY changed)
    Q_PROPERTY(QDateTime lastSync READ lastSync NOTIFY changed)
    Q_PROPERTY(int pendingChanges READ pendingChanges NOTIFY changed)
    Q_PROPERTY(QString lastError READ lastError NOTIFY changed)
    Q_PROPERTY(bool demoData READ demoData NOTIFY changed)
    Q_PROPERTY(bool joined READ joined NOTIFY changed)

public:
    // NotConnected: no school joined. Connecting: joining. Connected: joined, last attempt
    // fine. Failed: joined, last attempt failed (retrying by itself). Revoked: the school
    // removed this device.
    enum State { NotConnected, Connecting, Connected, Failed, Revoked };
    Q_ENUM(State)

    static constexpr const char *kDemoMetaKey = "app.demo_school";

    // autoSyncMs: background sync interval while joined (0 = only on demand).
    SchoolConnection(kl::Database &db, kl::TokenStore &tokens, int autoSyncMs, QObject *parent = nullptr);
    ~SchoolConnection() override;

    [[nodiscard]] State state() const;
    [[nodiscard]] bool syncing() const;
    [[nodiscard]] QString serverUrl() const { return m_credentials.serverUrl; }
    [[nodiscard]] QString schoolName() const { return m_credentials.schoolName; }
    [[nodiscard]] QString schoolId() const { return m_credentials.schoolId; }
    [[nodiscard]] QDateTime lastSync() const;
    [[nodiscard]] int pendingChanges() const;
    [[nodiscard]] QString lastError() const;
    [[nodiscard]] bool demoData() const;
    [[nodiscard]] bool joined() const { return m_credentials.isValid(); }
    // The device's login (its token authenticates calls such as the CardDAV login's).
    [[nodiscard]] const kl::DeviceCredentials &credentials() const { return m_credentials; }
    [[nodiscard]] bool isCoordinator() const
    {
        return joined() && m_credentials.role == QLatin1String("coordinator") && state() != Revoked;
    }

    // Joins the school of an invite link or scanned QR text (kortelijn://join?...).
    Q_INVOKABLE void join(const QString &invite);
    Q_INVOKABLE void syncNow();

    [[nodiscard]] kl::SyncEngine &engine() { return *m_engine; }

Q_SIGNALS:
    void changed();
    void joinFinished(bool ok, const QString &message);
    // The school list on this phone changed (screens reload).
    void schoolDataChanged();

private:
    void reloadCredentials();
    void onSyncFinished(bool ok);

    kl::Database &m_db;
    kl::TokenStore &m_tokens;
    std::unique_ptr<kl::SyncEngine> m_engine;
    kl::DeviceCredentials m_credentials;
    QString m_joinError;
    int m_autoSyncMs = 0;
    bool m_joining = false;
};
