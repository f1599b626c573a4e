// The client side of offline-first sync. Push the outbox (idempotent mutations), then
// pull pages since the stored cursor, each page applied together with its cursor in one
// local transaction. Anything that is not a well-formed answer of our own school server
// (a Wi-Fi login page, an empty or cut-off body, a foreign cursor) is an error that
// changes nothing locally. Failures retry with exponential backoff and jitter.
#pragma once

#include "database.h"
#include "outbox.h"
#include "pagewriter.h"
#include "syncprotocol.h"
#include "tokenstore.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

Q_DECLARE_LOGGING_CATEGORY(lcSync)

class QNetworkReply;

namespace kl {

class SyncEngine : public QObject
{
    Q_OBJECT
    // What the app shows; a view model can bind to these directly.
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(QDateTime lastSyncTime READ lastSyncTime NOTIFY statusChanged)
    Q_PROPERTY(int pendingChanges READ pendingChanges NOTIFY statusChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY statusChanged)
    Q_PROPERTY(QString lastErrorCode READ lastErrorCode NOTIFY statusChanged)

public:
    enum class State { NotEnrolled, Idle, Syncing, WaitingToRetry, Revoked };
    Q_ENUM(State)

    SyncEngine(Database &db, TokenStore &tokens, QObject *parent = nullptr);
    ~SyncEngine() override;

    // Joins a school with an invite link or QR payload; ends with enrollFinished().
    Q_INVOKABLE void enroll(const QString &invite, const QString &deviceName);
    // Starts a sync now (pull to refresh); a sync already running runs once more after it.
    Q_INVOKABLE void syncNow();
    // Background sync: every `ms` while idle, and a few seconds after each local edit. 0 = off.
    void setAutoSyncInterval(int ms);
    void setRetryPolicy(int baseMs, int capMs);
    void setPageLimit(int rows) { m_pageLimit = rows; }

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] QDateTime lastSyncTime() const;
    [[nodiscard]] int pendingChanges() const;
    [[nodiscard]] QString lastError() const { return m_lastError; } // translated, for teachers
    [[nodiscard]] QString lastErrorCode() const { return m_lastErrorCode; } // stable, for code and tests
    [[nodiscard]] int retryAttempt() const { return m_attempt; }
    [[nodiscard]] int nextRetryInMs() const;
    [[nodiscard]] int lastRetryDelayMs() const { return m_lastDelayMs; } // the delay the backoff chose
    [[nodiscard]] QString clientId() const;
    [[nodiscard]] Outbox &outbox() { return m_outbox; }

Q_SIGNALS:
    void stateChanged();
    void statusChanged(); // last sync time, pending count or last error changed
    void syncFinished(bool ok);
    // A pulled page changed the local school list (screens reload).
    void rowsApplied(int rows);
    void enrollFinished(bool ok, const QString &message);

private:
    struct Failure
    {
        QString code;
        QString message;
        bool retry = true;
    };

    void setState(State s);
    void fail(const Failure &f);
    void succeed();
    void scheduleRetry();
    QNetworkRequest request(const QString &path) const;

    void pushNext();
    void onPushReply(QNetworkReply *reply, qint64 firstId, qint64 lastId);
    void pullNext();
    QNetworkReply *requestPage(const QString &cursor);
    void dropPrefetch();
    void onPullReply(QNetworkReply *reply);
    void onEnrollReply(QNetworkReply *reply);

    // Reads a reply: a JSON object on success, or the failure it stands for.
    std::optional<QJsonObject> readJson(QNetworkReply *reply, Failure *failure) const;

    Database &m_db;
    TokenStore &m_tokens;
    Outbox m_outbox;
    PageWriter m_pages { m_db, m_outbox };
    QNetworkAccessManager m_network;
    DeviceCredentials m_credentials;
    QPointer<QNetworkReply> m_reply;
    // The next page, asked for while this one is applied (the server builds it meanwhile);
    // used only if the page before it committed and the stored cursor is the one it used.
    QPointer<QNetworkReply> m_prefetch;
    QString m_prefetchCursor;
    QTimer m_retryTimer;
    QTimer m_autoTimer;
    QTimer m_soonTimer;
    State m_state = State::NotEnrolled;
    QString m_lastError;
    QString m_lastErrorCode;
    bool m_running = false;
    bool m_again = false;
    int m_attempt = 0;
    int m_lastDelayMs = 0;
    int m_resyncs = 0;
    int m_baseDelayMs = 2000;
    int m_capDelayMs = 15 * 60 * 1000;
    int m_pageLimit = 1000;
    QString m_pendingClientId;
};

} // namespace kl
