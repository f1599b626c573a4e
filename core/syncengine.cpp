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

const QString kCursorKey = QStringLiteral("sync.cursor");
const QString kSnapshotKey = QStringLiteral("sync.snapshot");
const QString kIndexDirtyKey = QStringLiteral("sync.index_dirty");
const QString kLastSyncKey = QStringLiteral("sync.last_success");
const QString kClientIdKey = QStringLiteral("sync.client_id");
const QString kSchoolKey = QStringLiteral("sync.school_id");

std::optional<TargetKind> searchKind(const QString &table)
{
    if (table == QLatin1String("organisations")) {
        return TargetKind::Organisation;
    }
    if (table == QLatin1String("persons")) {
        return TargetKind::Person;
    }
    if (table == QLatin1String("functions")) {
        return TargetKind::Function;
    }
    return std::nullopt;
}

// Every row of a page is checked before any is applied: one bad row refuses the page.
bool validRow(const QJsonValue &value)
{
    if (!value.isObject()) {
        return false;
    }
    const QJsonObject row = value.toObject();
    const QJsonValue table = row.value(QStringLiteral("table"));
    const QJsonValue id = row.value(QStringLiteral("id"));
    const QJsonValue version = row.value(QStringLiteral("version"));
    const QJsonValue fields = row.value(QStringLiteral("fields"));
    return table.isString() && id.isString() && !id.toString().isEmpty() && id.toString().size() <= 64
        && version.isDouble() && version.toDouble() > 0 && (fields.isUndefined() || fields.isObject())
        && (row.value(QStringLiteral("deleted")).isUndefined() || row.value(QStringLiteral("deleted")).isBool());
}

} // namespace

// What applying one page needs: prepared statements reused across its rows (a first sync
// is tens of thousands of rows), and what the page touched for the search index.
struct SyncEngine::PageContext
{
    explicit PageContext(Database &db) : connection(db.connection()) { }

    Result<QSqlQuery *> run(const QString &sql, const QVariantList &binds)
    {
        auto it = statements.find(sql);
        if (it == statements.end()) {
            auto q = std::make_shared<QSqlQuery>(connection);
            q->setForwardOnly(true);
            if (!q->prepare(sql)) {
                return storeError(QStringLiteral("prepare"), sql + QStringLiteral(": ") + q->lastError().text());
            }
            it = statements.insert(sql, q);
        }
        QSqlQuery *q = it->get();
        q->finish();
        for (int i = 0; i < binds.size(); ++i) {
            q->bindValue(i, binds.at(i));
        }
        if (!q->exec()) {
            return Error { QStringLiteral("store.constraint"), q->lastError().text() };
        }
        return q;
    }
    ~PageContext()
    {
        for (const auto &q : std::as_const(statements)) {
            q->finish();
        }
    }

    QSqlDatabase connection;
    QHash<QString, std::shared_ptr<QSqlQuery>> statements;
    bool trackSeen = false; // a snapshot over existing school rows: remember what arrived
    bool outboxEmpty = true;
    bool snapshot = false; // the index is rebuilt at the end: no per-row bookkeeping
    QString now = rows::nowIso(); // one page, one moment: updated_at of every row it touches
    QHash<QString, QString> upserts; // "table|columns" -> statement
    QSet<QPair<int, QString>> touched;
};

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
        PageContext page(m_db);
        page.outboxEmpty = false;
        QSet<QPair<int, QString>> &touched = page.touched;
        for (const QJsonValue &v : results.toArray()) {
            const QJsonObject result = v.toObject();
            if (result.value(QStringLiteral("status")).toString() != QLatin1String("rejected")) {
                continue;
            }
            qCWarning(lcSync) << "mutation" << result.value(QStringLiteral("id")).toInteger() << "rejected:"
                              << result.value(QStringLiteral("reason")).toString();
            // Undo the local edit: the server's row (or its absence) is the truth.
            const QJsonValue row = result.value(QStringLiteral("row"));
            if (row.isObject() && validRow(row)) {
                if (auto r = applyRow(row.toObject(), page); !r) {
                    return r;
                }
            } else if (row.isNull()) {
                const QString table = result.value(QStringLiteral("table")).toString();
                const QString id = result.value(QStringLiteral("row_id")).toString();
                if (result.value(QStringLiteral("code")).toString() == QLatin1String("row.incomplete") && rows::isSyncedTable(table)) {
                    // The server no longer knows the row (its tombstone was purged while we
                    // were away) and our edit carried only the changed fields: send it whole.
                    auto local = rows::load(m_db, table, id);
                    if (!local) {
                        return local.error();
                    }
                    if (!local.value().isEmpty() && local.value().value(QStringLiteral("deleted")).toInt() == 0) {
                        QVariantMap full;
                        for (const QString &c : sync::syncedColumns(table)) {
                            full.insert(c, local.value().value(c));
                        }
                        if (auto r = m_outbox.record(Change { table, id, full, false }); !r) {
                            return r;
                        }
                        continue;
                    }
                }
                if (rows::isSyncedTable(table)) {
                    auto pendingFields = m_outbox.pendingFields(table, id);
                    if (pendingFields && pendingFields.value().isEmpty()) {
                        if (auto r = rows::markDeleted(m_db, table, id); !r) {
                            return r;
                        }
                        if (const auto kind = searchKind(table)) {
                            touched.insert({ static_cast<int>(*kind), id });
                        }
                    }
                }
            }
        }
        SearchIndex index(m_db);
        for (const auto &[kind, id] : touched) {
            if (auto r = index.reindex(static_cast<TargetKind>(kind), id); !r) {
                return r;
            }
        }
        return {};
    });
    if (!s) {
        fail({ s.error().code, s.error().message, true });
        return;
    }
    Q_EMIT statusChanged();
    pushNext();
}

Status SyncEngine::beginSnapshot()
{
    return m_db.write([&]() -> Status {
        if (auto r = m_db.run(QStringLiteral("DELETE FROM sync_seen")); !r) {
            return r.error();
        }
        if (auto r = m_db.setMeta(kCursorKey, QStringLiteral("")); !r) {
            return r;
        }
        // "2": nothing of the school here yet, so nothing can be missing at the end and
        // the snapshot need not remember what it brought. "1": compare at the end.
        bool anySchoolRow = false;
        for (const QString &table : rows::syncedTables()) {
            auto q = m_db.run(QStringLiteral("SELECT 1 FROM %1 WHERE deleted = 0%2 LIMIT 1")
                                  .arg(table, sync::hasOriginColumn(table) ? QStringLiteral(" AND origin = 0") : QString()));
            if (!q) {
                return q.error();
            }
            anySchoolRow = anySchoolRow || q.value().next();
        }
        return setSnapshotMode(anySchoolRow ? SnapshotMode::ReplacingRows : SnapshotMode::IntoEmpty);
    });
}

SyncEngine::SnapshotMode SyncEngine::snapshotMode() const
{
    const QString stored = m_db.meta(kSnapshotKey);
    return stored == QLatin1String("1") ? SnapshotMode::ReplacingRows
        : stored == QLatin1String("2")  ? SnapshotMode::IntoEmpty
                                        : SnapshotMode::None;
}

Status SyncEngine::setSnapshotMode(SnapshotMode mode)
{
    static const QString stored[] { QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("2") };
    return m_db.setMeta(kSnapshotKey, stored[static_cast<int>(mode)]);
}

void SyncEngine::pullNext()
{
    const QString cursor = m_db.meta(kCursorKey);
    if (cursor.isEmpty() && snapshotMode() == SnapshotMode::None) {
        if (auto r = beginSnapshot(); !r) {
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
            if (auto r = beginSnapshot(); !r) {
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
    const auto previous = sync::decodeCursor(m_db.meta(kCursorKey));
    bool ok = rowsValue.isArray() && hasMoreValue.isBool() && nextCursor
        && json->value(QStringLiteral("school")).toString() == m_credentials.schoolId;
    if (ok && previous) {
        ok = nextCursor->epoch == previous->epoch && nextCursor->version >= previous->version;
    }
    const QJsonArray pageRows = rowsValue.toArray();
    for (qsizetype i = 0; ok && i < pageRows.size(); ++i) {
        ok = validRow(pageRows.at(i));
    }
    if (!ok) {
        fail({ QStringLiteral("sync.not_server"),
            tr("The school server sent an answer this app does not understand. Nothing was changed; we will try again."),
            true });
        return;
    }
    const SnapshotMode mode = snapshotMode();
    const bool snapshot = mode != SnapshotMode::None;
    const bool hasMore = hasMoreValue.toBool();
    if (hasMore) {
        // The server builds the next page while this one is applied here.
        dropPrefetch();
        m_prefetchCursor = cursorValue.toString();
        m_prefetch = requestPage(m_prefetchCursor);
    }
    const Status s = m_db.write([&]() -> Status {
        PageContext page(m_db);
        page.trackSeen = mode == SnapshotMode::ReplacingRows;
        page.snapshot = snapshot;
        auto pending = m_outbox.count();
        if (!pending) {
            return pending.error();
        }
        page.outboxEmpty = pending.value() == 0;
        for (qsizetype i = 0; i < pageRows.size(); ++i) {
            if (i == pageRows.size() / 2) {
                crashPoint("client-mid-apply");
            }
            if (auto r = applyRow(pageRows.at(i).toObject(), page); !r) {
                return r;
            }
        }
        if (snapshot || page.touched.size() > 64) {
            if (auto r = m_db.setMeta(kIndexDirtyKey, QStringLiteral("1")); !r) {
                return r;
            }
        } else {
            SearchIndex index(m_db);
            for (const auto &[kind, id] : page.touched) {
                if (auto r = index.reindex(static_cast<TargetKind>(kind), id); !r) {
                    return r;
                }
            }
        }
        if (!hasMore) {
            if (mode == SnapshotMode::ReplacingRows) {
                if (auto r = finishSnapshot(); !r) {
                    return r;
                }
            } else if (mode == SnapshotMode::IntoEmpty) {
                if (auto r = setSnapshotMode(SnapshotMode::None); !r) {
                    return r;
                }
            }
            if (m_db.meta(kIndexDirtyKey) == QLatin1String("1")) {
                if (auto r = SearchIndex(m_db).rebuild(); !r) {
                    return r;
                }
                if (auto r = m_db.setMeta(kIndexDirtyKey, QStringLiteral("0")); !r) {
                    return r;
                }
            }
        }
        crashPoint("client-before-cursor-save");
        return m_db.setMeta(kCursorKey, cursorValue.toString());
    });
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

Status SyncEngine::applyRow(const QJsonObject &row, PageContext &page)
{
    const QString table = row.value(QStringLiteral("table")).toString();
    const QString id = row.value(QStringLiteral("id")).toString();
    const qint64 version = static_cast<qint64>(row.value(QStringLiteral("version")).toDouble());
    const bool deleted = row.value(QStringLiteral("deleted")).toBool();
    const QJsonObject fields = row.value(QStringLiteral("fields")).toObject();
    if (!sync::isSyncedTable(table)) {
        return {}; // a newer server's table: ignore, do not fail the page
    }
    if (page.trackSeen) {
        if (auto r = page.run(QStringLiteral("INSERT OR IGNORE INTO sync_seen(tbl, row_id) VALUES (?, ?)"), { table, id }); !r) {
            return r.error();
        }
    }
    if (table == QLatin1String("flags")) {
        if (deleted) {
            auto r = page.run(QStringLiteral("DELETE FROM flags WHERE id = ?"), { id });
            return r ? Status {} : Status { r.error() };
        }
        auto text = [&](const char *key) {
            const QString v = fields.value(QLatin1String(key)).toString();
            return v.isNull() ? QStringLiteral("") : v;
        };
        auto r = page.run(QStringLiteral("INSERT INTO flags(id, target_kind, target_id, reason, comment, created_at, resolved,"
                                         " row_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET"
                                         " resolved = excluded.resolved, created_at = excluded.created_at, row_version = excluded.row_version"),
            { id, text("target_kind"), text("target_id"), text("reason"), text("comment"), text("created_at"),
                fields.value(QStringLiteral("resolved")).toInt() != 0 ? 1 : 0, version });
        if (!r) {
            qCWarning(lcSync) << "flag" << id << "not applied:" << r.error().message;
        }
        return {};
    }
    QSet<QString> pending;
    if (!page.outboxEmpty) {
        auto p = m_outbox.pendingFields(table, id);
        if (!p) {
            return p.error();
        }
        pending = p.value();
        if (pending.contains(QStringLiteral("*"))) {
            return {}; // deleted here, not yet pushed: the push decides
        }
    }
    // Never touch a personal row, whatever the server says: the guard is in the SQL.
    QString guard;
    if (sync::hasOriginColumn(table)) {
        guard = QStringLiteral(" WHERE %1.origin = 0").arg(table);
    } else if (table == QLatin1String("holdings")) {
        guard = QStringLiteral(" WHERE NOT EXISTS (SELECT 1 FROM functions f WHERE f.id = holdings.function_id AND f.origin <> 0)");
    }
    if (const auto kind = searchKind(table)) {
        page.touched.insert({ static_cast<int>(*kind), id });
    }
    if (table == QLatin1String("holdings") && !page.snapshot) {
        // A holding's text lives in its function's and person's documents (before and after).
        auto h = rows::load(m_db, table, id);
        if (h && !h.value().isEmpty()) {
            page.touched.insert({ static_cast<int>(TargetKind::Function), h.value().value(QStringLiteral("function_id")).toString() });
            page.touched.insert({ static_cast<int>(TargetKind::Person), h.value().value(QStringLiteral("person_id")).toString() });
        }
    }
    if (table == QLatin1String("holdings") && !deleted) {
        page.touched.insert({ static_cast<int>(TargetKind::Function), fields.value(QStringLiteral("function_id")).toString() });
        page.touched.insert({ static_cast<int>(TargetKind::Person), fields.value(QStringLiteral("person_id")).toString() });
    }
    if (deleted) {
        if (!pending.isEmpty()) {
            return {}; // an edit here revives it on the server; keep it until then
        }
        const QString where = guard.isEmpty() ? QStringLiteral(" WHERE id = ?") : guard + QStringLiteral(" AND id = ?");
        auto r = page.run(QStringLiteral("UPDATE %1 SET deleted = 1, row_version = ?, updated_at = ?%2").arg(table, where),
            { version, page.now, id });
        return r ? Status {} : Status { r.error() };
    }
    QStringList cols { QStringLiteral("id"), QStringLiteral("updated_at"), QStringLiteral("row_version"),
        QStringLiteral("deleted") };
    QVariantList binds { id, page.now, version, 0 };
    for (const QString &column : sync::syncedColumns(table)) {
        if (!fields.contains(column) || pending.contains(column)) {
            continue;
        }
        if (column == QLatin1String("origin") && fields.value(column).toInt() != static_cast<int>(Origin::School)) {
            qCWarning(lcSync) << "server row" << table << id << "claims personal origin; ignored";
            return {};
        }
        const auto value = sync::decodeValue(table, column, fields.value(column));
        if (!value) {
            qCWarning(lcSync) << "server row" << table << id << "has a bad value for" << column << "; row skipped";
            return {};
        }
        cols << column;
        binds << *value;
    }
    // The statement depends only on the table and the columns present: built once per page.
    const QString colList = cols.join(QLatin1Char(','));
    QString &sql = page.upserts[table + QLatin1Char('|') + colList];
    if (sql.isEmpty()) {
        QStringList updates;
        for (qsizetype i = 1; i < cols.size(); ++i) {
            updates << cols.at(i) + QStringLiteral(" = excluded.") + cols.at(i);
        }
        const QString marks = QStringList(cols.size(), QStringLiteral("?")).join(QLatin1Char(','));
        sql = QStringLiteral("INSERT INTO %1(%2) VALUES(%3) ON CONFLICT(id) DO UPDATE SET %4%5")
                  .arg(table, colList, marks, updates.join(QLatin1Char(',')), guard);
    }
    // A row the local schema refuses (a CHECK after a field-wise merge) fails only this
    // statement: it is logged and skipped instead of blocking every later page.
    auto r = page.run(sql, binds);
    if (!r) {
        qCWarning(lcSync) << "server row" << table << id << "not applied:" << r.error().message;
    }
    return {};
}

Status SyncEngine::dropSchoolRows()
{
    // Another school's shared list leaves with the school; personal rows, notes and stars stay.
    for (const QString &table : rows::syncedTables()) {
        QString where;
        if (sync::hasOriginColumn(table)) {
            where = QStringLiteral(" WHERE origin = 0");
        } else if (table == QLatin1String("holdings")) {
            where = QStringLiteral(" WHERE NOT EXISTS (SELECT 1 FROM functions f WHERE f.id = holdings.function_id AND f.origin <> 0)");
        }
        if (auto r = m_db.run(QStringLiteral("DELETE FROM %1%2").arg(table, where)); !r) {
            return r.error();
        }
    }
    for (const char *sql : { "DELETE FROM flags WHERE target_id NOT IN (SELECT id FROM organisations WHERE origin <> 0"
                             " UNION SELECT id FROM persons WHERE origin <> 0 UNION SELECT id FROM functions WHERE origin <> 0)",
             "DELETE FROM sync_seen" }) {
        if (auto r = m_db.run(QLatin1String(sql)); !r) {
            return r.error();
        }
    }
    return SearchIndex(m_db).rebuild();
}

Status SyncEngine::finishSnapshot()
{
    // School rows the snapshot did not bring are gone on the server, unless an edit here
    // still waits to be pushed. Personal rows are never touched.
    for (const QString &table : rows::syncedTables()) {
        QString where = QStringLiteral("deleted = 0 AND NOT EXISTS (SELECT 1 FROM sync_seen s WHERE s.tbl = ? AND s.row_id = t.id)"
                                       " AND NOT EXISTS (SELECT 1 FROM sync_outbox o WHERE o.tbl = ? AND o.row_id = t.id)");
        if (sync::hasOriginColumn(table)) {
            where += QStringLiteral(" AND origin = 0");
        } else if (table == QLatin1String("holdings")) {
            where += QStringLiteral(" AND NOT EXISTS (SELECT 1 FROM functions f WHERE f.id = t.function_id AND f.origin <> 0)");
        }
        auto r = m_db.run(QStringLiteral("UPDATE %1 AS t SET deleted = 1 WHERE %2").arg(table, where), { table, table });
        if (!r) {
            return r.error();
        }
    }
    if (auto r = m_db.run(QStringLiteral("DELETE FROM sync_seen")); !r) {
        return r.error();
    }
    if (auto r = m_db.setMeta(kIndexDirtyKey, QStringLiteral("1")); !r) {
        return r;
    }
    return setSnapshotMode(SnapshotMode::None);
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
            if (auto r = dropSchoolRows(); !r) {
                return r;
            }
        }
        if (auto r = m_db.setMeta(kClientIdKey, m_pendingClientId); !r) {
            return r;
        }
        if (auto r = m_db.setMeta(kSchoolKey, creds.schoolId); !r) {
            return r;
        }
        if (auto r = setSnapshotMode(SnapshotMode::None); !r) {
            return r;
        }
        return m_db.setMeta(kCursorKey, QStringLiteral(""));
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
