#include "syncengine.h"

#include "crashpoint.h"
#include "rows.h"
#include "searchindex.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSet>
#include <QUrlQuery>

Q_LOGGING_CATEGORY(lcSync, "kl.sync")

namespace kl {

namespace {

constexpr qint64 kMaxReplyBytes = 64LL * 1024 * 1024;

const QString kLastSyncKey = QStringLiteral("sync.last_success");
const QString kClientIdKey = QStringLiteral("sync.client_id");
const QString kSchoolKey = QStringLiteral("sync.school_id");

} // namespace

SyncEngine::SyncEngine(Database &db, TokenStore &tokens, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_tokens(tokens)
    , m_outbox(db)
{
    m_db.setChangeRecorder([this](const Change &change) -> Status {
        Status s = m_outbox.record(change);
        if (s) {
            // After the caller's transaction: the count is read then, and an edit goes out soon.
            QMetaObject::invokeMethod(this, [this] {
                Q_EMIT statusChanged();
                if (m_autoTimer.isActive() && m_state == State::Idle) {
                    m_soonTimer.start();
                }
            }, Qt::QueuedConnection);
        }
        return s;
    });
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &SyncEngine::syncNow);
    connect(&m_autoTimer, &QTimer::timeout, this, &SyncEngine::syncNow);
    m_soonTimer.setSingleShot(true);
    m_soonTimer.setInterval(3000);
    connect(&m_soonTimer, &QTimer::timeout, this, &SyncEngine::syncNow);
    auto creds = m_tokens.load();
    if (creds && creds.value().isValid()) {
        m_state = State::Idle;
    }
}

SyncEngine::~SyncEngine()
{
    m_db.setChangeRecorder({});
    dropPrefetch();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
}

void SyncEngine::setAutoSyncInterval(int ms)
{
    if (ms <= 0) {
        m_autoTimer.stop();
        return;
    }
    m_autoTimer.start(ms);
}

void SyncEngine::setRetryPolicy(int baseMs, int capMs)
{
    m_baseDelayMs = std::max(1, baseMs);
    m_capDelayMs = std::max(m_baseDelayMs, capMs);
}

QDateTime SyncEngine::lastSyncTime() const
{
    return QDateTime::fromString(m_db.meta(kLastSyncKey), Qt::ISODateWithMs);
}

int SyncEngine::pendingChanges() const
{
    auto n = m_outbox.count();
    return n ? n.value() : 0;
}

int SyncEngine::nextRetryInMs() const
{
    return m_retryTimer.isActive() ? m_retryTimer.remainingTime() : -1;
}

QString SyncEngine::clientId() const
{
    return m_db.meta(kClientIdKey);
}

void SyncEngine::setState(State s)
{
    if (m_state != s) {
        m_state = s;
        Q_EMIT stateChanged();
    }
}

QNetworkRequest SyncEngine::request(const QString &path) const
{
    QUrl url(m_credentials.serverUrl);
    QString base = url.path();
    if (base.endsWith(QLatin1Char('/'))) {
        base.chop(1);
    }
    const qsizetype q = path.indexOf(QLatin1Char('?'));
    url.setPath(base + (q < 0 ? path : path.left(q)));
    if (q >= 0) {
        url.setQuery(path.mid(q + 1));
    }
    QNetworkRequest req(url);
    req.setTransferTimeout(30000);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    req.setRawHeader("Accept", "application/json");
    req.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("KorteLijn/%1").arg(sync::kProtocolVersion));
    if (!m_credentials.token.isEmpty()) {
        req.setRawHeader("Authorization", "Bearer " + m_credentials.token.toUtf8());
    }
    return req;
}

std::optional<QJsonObject> SyncEngine::readJson(QNetworkReply *reply, Failure *failure) const
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray().toLower();
    const QByteArray body = reply->bytesAvailable() > kMaxReplyBytes ? QByteArray() : reply->readAll();
    if (status == 0) {
        *failure = { QStringLiteral("sync.offline"),
            tr("No connection to the school server. Your changes are kept and will be sent later."), true };
        return std::nullopt;
    }
    const bool isJson = contentType.startsWith("application/json");
    const bool isProblem = contentType.startsWith("application/problem+json");
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    const bool wellFormed = parseError.error == QJsonParseError::NoError && doc.isObject();
    if (status == 200 && isJson && wellFormed) {
        return doc.object();
    }
    if (isProblem && wellFormed) {
        const QJsonObject problem = doc.object();
        const QString type = problem.value(QStringLiteral("type")).toString();
        if (type == sync::problemType(sync::kProblemResync)) {
            *failure = { QString(sync::kProblemResync), QString(), true };
        } else if (status == 401) {
            *failure = { QStringLiteral("sync.revoked"),
                tr("This phone is no longer connected to the school's partner list. Ask your coordinator for a new "
                   "invite. Your own partners and notes stay on this phone."),
                false };
        } else if (status == 403) {
            *failure = { QStringLiteral("sync.forbidden"),
                tr("The school server refused this phone's request. Ask your coordinator to check your access."), false };
        } else if (status == 429 || status == 503) {
            *failure = { QStringLiteral("sync.busy"), tr("The school server is busy. We will try again shortly."), true };
        } else if (status >= 500) {
            *failure = { QStringLiteral("sync.server"),
                tr("The school server has a problem right now. Your changes are kept and will be sent later."), true };
        } else {
            *failure = { QStringLiteral("sync.refused:") + type.section(QLatin1Char('/'), -1),
                tr("The school server did not accept the request (%1).").arg(problem.value(QStringLiteral("title")).toString()),
                true };
        }
        return std::nullopt;
    }
    if (status >= 500 && !isJson) {
        *failure = { QStringLiteral("sync.server"),
            tr("The school server has a problem right now. Your changes are kept and will be sent later."), true };
        return std::nullopt;
    }
    // A 200 that is not our JSON, a redirect, a login page: never the school server speaking.
    *failure = { QStringLiteral("sync.not_server"),
        tr("The network answered instead of the school server (perhaps a Wi-Fi login page). Nothing was changed; "
           "log in to the network and try again."),
        true };
    return std::nullopt;
}

void SyncEngine::syncNow()
{
    if (m_running) {
        m_again = true;
        return;
    }
    m_retryTimer.stop();
    m_soonTimer.stop();
    auto creds = m_tokens.load();
    if (!creds || !creds.value().isValid()) {
        m_lastErrorCode = QStringLiteral("sync.not_enrolled");
        m_lastError = tr("This phone is not connected to a school yet. Scan the invite QR code from your coordinator.");
        setState(State::NotEnrolled);
        Q_EMIT statusChanged();
        Q_EMIT syncFinished(false);
        return;
    }
    if (m_state == State::Revoked) {
        Q_EMIT syncFinished(false);
        return;
    }
    m_credentials = creds.value();
    m_running = true;
    m_resyncs = 0;
    setState(State::Syncing);
    pushNext();
}

void SyncEngine::pushNext()
{
    auto batch = m_outbox.pending(200);
    if (!batch) {
        fail({ batch.error().code, batch.error().message, true });
        return;
    }
    if (batch.value().isEmpty()) {
        pullNext();
        return;
    }
    QJsonArray mutations;
    for (const Mutation &m : batch.value()) {
        mutations.append(m.toJson());
    }
    const QJsonObject body { { QStringLiteral("client_id"), clientId() }, { QStringLiteral("mutations"), mutations } };
    QNetworkRequest req = request(QStringLiteral("/api/v1/schools/%1/sync/push").arg(m_credentials.schoolId));
    req.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    QNetworkReply *reply = m_network.post(req, QJsonDocument(body).toJson(QJsonDocument::Compact));
    m_reply = reply;
    const qint64 first = batch.value().first().id;
    const qint64 last = batch.value().last().id;
    connect(reply, &QNetworkReply::finished, this, [this, reply, first, last] { onPushReply(reply, first, last); });
}

void SyncEngine::onPushReply(QNetworkReply *reply, qint64 firstId, qint64 lastId)
{
    reply->deleteLater();
    crashPoint("client-after-push-reply");
    Failure failure;
    const auto json = readJson(reply, &failure);
    if (!json) {
        fail(failure);
        return;
    }
    const QJsonValue lastValue = json->value(QStringLiteral("last_mutation_id"));
    const QJsonValue results = json->value(QStringLiteral("results"));
    if (!lastValue.isDouble() || !results.isArray() || json->value(QStringLiteral("school")).toString() != m_credentials.schoolId) {
        fail({ QStringLiteral("sync.not_server"), tr("The school server sent an answer this app does not understand. "
                                                     "Nothing was changed; we will try again."), true });
        return;
    }
    const qint64 confirmed = static_cast<qint64>(lastValue.toDouble());
    if (confirmed < firstId || confirmed > lastId) {
        // The server is behind us (restored, or another install with our id): nothing here is
        // confirmed, so nothing is dropped. A person has to look at this.
        fail({ QStringLiteral("sync.mutation_order"),
            tr("The school server lost track of this phone's changes. Your changes are kept; ask your coordinator "
               "to check the server."),
            true });
        return;
    }
    const Status s = m_db.write([&]() -> Status {
        if (auto r = m_outbox.confirmUpTo(confirmed); !r) {
            return r;
        }
        return m_pages.undoRejected(results.toArray());
    });
    if (!s) {
        fail({ s.error().code, s.error().message, true });
        return;
    }
    Q_EMIT statusChanged();
    pushNext();
}

void SyncEngine::pullNext()
{
    const QString cursor = m_pages.cursor();
    if (cursor.isEmpty() && m_pages.snapshotMode() == PageWriter::SnapshotMode::None) {
        if (auto r = m_pages.beginSnapshot(); !r) {
            fail({ r.error().code, r.error().message, true });
            return;
        }
    }
    QNetworkReply *reply = nullptr;
    if (m_prefetch && m_prefetchCursor == cursor) {
        reply = m_prefetch; // asked for while the previous page was applied
        m_prefetch.clear();
    } else {
        dropPrefetch();
        reply = requestPage(cursor);
    }
    m_reply = reply;
    if (reply->isFinished()) {
        QMetaObject::invokeMethod(this, [this, reply] { onPullReply(reply); }, Qt::QueuedConnection);
    } else {
        connect(reply, &QNetworkReply::finished, this, [this, reply] { onPullReply(reply); });
    }
}

QNetworkReply *SyncEngine::requestPage(const QString &cursor)
{
    QUrlQuery q;
    if (!cursor.isEmpty()) {
        q.addQueryItem(QStringLiteral("cursor"), cursor);
    }
    q.addQueryItem(QStringLiteral("limit"), QString::number(m_pageLimit));
    return m_network.get(request(QStringLiteral("/api/v1/schools/%1/sync/pull?%2")
                                     .arg(m_credentials.schoolId, q.toString(QUrl::FullyEncoded))));
}

void SyncEngine::dropPrefetch()
{
    if (m_prefetch) {
        m_prefetch->disconnect(this);
        m_prefetch->abort();
        m_prefetch->deleteLater();
    }
    m_prefetch.clear();
    m_prefetchCursor.clear();
}

void SyncEngine::onPullReply(QNetworkReply *reply)
{
    reply->deleteLater();
    Failure failure;
    const auto json = readJson(reply, &failure);
    if (!json) {
        if (failure.code == sync::kProblemResync && m_resyncs++ < 3) {
            qCInfo(lcSync) << "server asks for a fresh snapshot; the outbox is kept";
            if (auto r = m_pages.beginSnapshot(); !r) {
                fail({ r.error().code, r.error().message, true });
                return;
            }
            pullNext();
            return;
        }
        fail(failure);
        return;
    }
    crashPoint("client-after-page");
    const QJsonValue rowsValue = json->value(QStringLiteral("rows"));
    const QJsonValue cursorValue = json->value(QStringLiteral("cursor"));
    const QJsonValue hasMoreValue = json->value(QStringLiteral("has_more"));
    const auto nextCursor = sync::decodeCursor(cursorValue.toString());
    const auto previous = sync::decodeCursor(m_pages.cursor());
    bool ok = rowsValue.isArray() && hasMoreValue.isBool() && nextCursor
        && json->value(QStringLiteral("school")).toString() == m_credentials.schoolId;
    if (ok && previous) {
        ok = nextCursor->epoch == previous->epoch && nextCursor->version >= previous->version;
    }
    const QJsonArray pageRows = rowsValue.toArray();
    for (qsizetype i = 0; ok && i < pageRows.size(); ++i) {
        ok = PageWriter::validRow(pageRows.at(i));
    }
    if (!ok) {
        fail({ QStringLiteral("sync.not_server"),
            tr("The school server sent an answer this app does not understand. Nothing was changed; we will try again."),
            true });
        return;
    }
    const bool hasMore = hasMoreValue.toBool();
    if (hasMore) {
        // The server builds the next page while this one is applied here.
        dropPrefetch();
        m_prefetchCursor = cursorValue.toString();
        m_prefetch = requestPage(m_prefetchCursor);
    }
    const Status s = m_pages.writePage(pageRows, cursorValue.toString(), hasMore);
    if (!s) {
        dropPrefetch();
        fail({ s.error().code, s.error().message, true });
        return;
    }
    crashPoint("client-after-page-commit");
    if (!pageRows.isEmpty()) {
        Q_EMIT rowsApplied(int(pageRows.size()));
    }
    if (hasMore) {
        pullNext();
        return;
    }
    succeed();
}

void SyncEngine::succeed()
{
    m_running = false;
    m_attempt = 0;
    m_lastError.clear();
    m_lastErrorCode.clear();
    (void)m_db.setMeta(kLastSyncKey, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    setState(State::Idle);
    Q_EMIT statusChanged();
    Q_EMIT syncFinished(true);
    if (m_again) {
        m_again = false;
        QMetaObject::invokeMethod(this, &SyncEngine::syncNow, Qt::QueuedConnection);
    } else if (m_autoTimer.isActive() && pendingChanges() > 0) {
        m_soonTimer.start(); // edits made while this sync was on the wire
    }
}

void SyncEngine::fail(const Failure &f)
{
    dropPrefetch();
    m_running = false;
    m_again = false;
    m_lastErrorCode = f.code;
    m_lastError = f.message;
    qCInfo(lcSync) << "sync failed:" << f.code;
    if (f.code == QLatin1String("sync.revoked")) {
        setState(State::Revoked);
    } else if (f.retry) {
        scheduleRetry();
        setState(State::WaitingToRetry);
    } else {
        setState(State::Idle);
    }
    Q_EMIT statusChanged();
    Q_EMIT syncFinished(false);
}

void SyncEngine::scheduleRetry()
{
    // Exponential backoff with "equal jitter": half fixed, half random, so a school's
    // phones coming back from a network outage do not all knock at once.
    const qint64 ceiling = std::min<qint64>(m_capDelayMs, qint64(m_baseDelayMs) << std::min(m_attempt, 20));
    const qint64 delay = ceiling / 2 + QRandomGenerator::global()->bounded(ceiling / 2 + 1);
    ++m_attempt;
    m_lastDelayMs = static_cast<int>(delay);
    m_retryTimer.start(m_lastDelayMs);
}

void SyncEngine::enroll(const QString &invite, const QString &deviceName)
{
    const auto parsed = sync::parseInvite(invite);
    if (!parsed) {
        Q_EMIT enrollFinished(false, tr("This is not a KorteLijn invite. Scan the QR code your coordinator gave you."));
        return;
    }
    m_credentials = DeviceCredentials { parsed->server.toString(), QString(), QString(), QString(), QString() };
    m_pendingClientId = newId();
    const QJsonObject body { { QStringLiteral("invite"), parsed->token }, { QStringLiteral("device_name"), deviceName },
        { QStringLiteral("client_id"), m_pendingClientId } };
    QNetworkRequest req = request(QStringLiteral("/api/v1/enroll"));
    req.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    QNetworkReply *reply = m_network.post(req, QJsonDocument(body).toJson(QJsonDocument::Compact));
    m_reply = reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onEnrollReply(reply); });
}

void SyncEngine::onEnrollReply(QNetworkReply *reply)
{
    reply->deleteLater();
    Failure failure;
    const auto json = readJson(reply, &failure);
    if (!json) {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QString message = (status == 404 || status == 410 || status == 401)
            ? tr("This invite is no longer valid. Ask your coordinator for a new one.")
            : failure.message;
        Q_EMIT enrollFinished(false, message);
        return;
    }
    const QJsonObject school = json->value(QStringLiteral("school")).toObject();
    DeviceCredentials creds { m_credentials.serverUrl, school.value(QStringLiteral("id")).toString(),
        school.value(QStringLiteral("name")).toString(), json->value(QStringLiteral("role")).toString(),
        json->value(QStringLiteral("device_token")).toString() };
    if (!creds.isValid()) {
        Q_EMIT enrollFinished(false, tr("The school server sent an answer this app does not understand."));
        return;
    }
    const bool sameSchool = m_db.meta(kSchoolKey) == creds.schoolId;
    const Status s = m_db.write([&]() -> Status {
        // Edits queued for another school's list have no place in this one.
        if (!sameSchool) {
            if (auto r = m_outbox.clear(); !r) {
                return r;
            }
        }
        // A new client id starts at mutation 1 on the server.
        if (auto r = m_outbox.renumberFromOne(); !r) {
            return r;
        }
        if (!sameSchool) {
            if (auto r = m_pages.dropSchoolRows(); !r) {
                return r;
            }
        }
        if (auto r = m_db.setMeta(kClientIdKey, m_pendingClientId); !r) {
            return r;
        }
        if (auto r = m_db.setMeta(kSchoolKey, creds.schoolId); !r) {
            return r;
        }
        return m_pages.resetPosition();
    });
    if (!s) {
        Q_EMIT enrollFinished(false, s.error().message);
        return;
    }
    if (auto r = m_tokens.save(creds); !r) {
        Q_EMIT enrollFinished(false, r.error().message);
        return;
    }
    m_credentials = creds;
    m_attempt = 0;
    m_state = State::Idle;
    Q_EMIT stateChanged();
    Q_EMIT statusChanged();
    Q_EMIT enrollFinished(true, creds.schoolName);
}

} // namespace kl
