#include "adminservices.h"

#include "domain.h"
#include "merge.h"

#include <QJsonDocument>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcAdmin, "kl.admin")

namespace kl::server {

const ServerRow *Live::find(const QString &table, const QString &id) const
{
    const auto it = rows.constFind(sync::rowKey(table, id));
    return it == rows.cend() ? nullptr : &*it;
}

QList<const ServerRow *> Live::of(const QString &table) const
{
    QList<const ServerRow *> out;
    for (const ServerRow &r : rows) {
        if (r.table == table) {
            out << &r;
        }
    }
    return out;
}

std::optional<WebClients::Client> WebClients::get(const QString &coordinatorId) const
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_clients.constFind(coordinatorId);
    return it == m_clients.cend() ? std::nullopt : std::optional<Client>(*it);
}

void WebClients::put(const QString &coordinatorId, const Client &client)
{
    QMutexLocker lock(&m_mutex);
    m_clients.insert(coordinatorId, client);
}

void WebClients::clear()
{
    QMutexLocker lock(&m_mutex);
    m_clients.clear();
}

QMutex &WebClients::writeLock(const QString &coordinatorId)
{
    QMutexLocker lock(&m_mutex);
    auto &slot = m_locks[coordinatorId];
    if (!slot) {
        slot = std::make_shared<QMutex>();
    }
    return *slot;
}

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

QJsonObject mutation(const QString &table, const QString &row, QLatin1String op, const QJsonObject &fields, qint64 base)
{
    return { { QStringLiteral("table"), table }, { QStringLiteral("row"), row }, { QStringLiteral("op"), QString(op) },
        { QStringLiteral("fields"), fields }, { QStringLiteral("base"), base } };
}

ApiResponse fromError(const Error &e)
{
    ApiResponse r = errorResponse(e);
    QJsonObject o = QJsonDocument::fromJson(r.body).object();
    o.insert(QStringLiteral("code"), e.code);
    r.body = QJsonDocument(o).toJson(QJsonDocument::Compact);
    return r;
}

ApiResponse gone(const QString &title)
{
    return problem(404, QStringLiteral("not-found"), title);
}

Result<Live> AdminServices::live(const QString &schoolId)
{
    auto all = m_storage.liveRows(schoolId);
    if (!all) {
        return all.error();
    }
    Live live;
    for (const ServerRow &r : all.value()) {
        if (!r.deleted) {
            live.rows.insert(sync::rowKey(r.table, r.id), r);
        }
    }
    return live;
}

void AdminServices::audit(const Session &s, const QString &action, const QString &table, const QString &row,
    const QStringList &fields, const QString &detail)
{
    const AuditEntry e { 0, s.web.schoolId, s.account.info.id, s.account.info.name, action, table, row, fields, detail,
        m_context.clock->now() };
    if (auto r = m_storage.appendAudit(e); !r) {
        qCWarning(lcAdmin) << "audit entry lost:" << r.error().message;
    }
}

Result<WebClients::Client> AdminServices::webClient(const Session &s, bool refresh)
{
    const QString coordinatorId = s.account.info.id;
    if (!refresh) {
        if (const auto cached = m_context.webClients->get(coordinatorId)) {
            // Revoked meanwhile (by the CLI or another instance)? Then it is replaced below.
            auto list = m_storage.devices(s.web.schoolId);
            if (!list) {
                return list.error();
            }
            for (const DeviceInfo &d : list.value()) {
                if (d.id == cached->device.id && !d.revoked()) {
                    return *cached;
                }
            }
        }
    }
    auto account = m_storage.coordinatorAccount(coordinatorId);
    if (!account || !account.value()) {
        return account ? Result<WebClients::Client>(serverError(errors::kNotFound, QStringLiteral("coordinator gone"))) : account.error();
    }
    CoordinatorAccount a = *account.value();
    WebClients::Client client;
    if (!a.webDeviceId.isEmpty()) {
        auto list = m_storage.devices(a.info.schoolId);
        if (!list) {
            return list.error();
        }
        for (const DeviceInfo &d : list.value()) {
            if (d.id == a.webDeviceId && !d.revoked()) {
                client.device = d;
            }
        }
        if (!client.device.id.isEmpty()) {
            auto st = m_storage.status(a.info.schoolId);
            if (!st) {
                return st.error();
            }
            for (const ClientStatus &c : st.value().clients) {
                if (c.deviceId == client.device.id) {
                    client.clientId = c.clientId;
                    client.lastMutationId = c.lastMutationId;
                }
            }
        }
    }
    if (client.clientId.isEmpty()) {
        // The web UI's own device: made like a phone's (a single-use invite redeemed at once),
        // so its pushes are a coordinator device's pushes. Its token is thrown away.
        const QString invite = randomToken();
        const QDateTime now = m_context.clock->now();
        if (auto r = m_storage.createInvite(a.info.schoolId, hashToken(invite), QString(sync::kRoleCoordinator), now.addSecs(60), a.info.id);
            !r) {
            return r.error();
        }
        const QString clientId = QStringLiteral("web-") + newId();
        auto device = m_storage.redeemInvite(hashToken(invite), hashToken(randomToken()),
            QStringLiteral("Webbeheer: %1").arg(a.info.name), clientId, now);
        if (!device) {
            return device.error();
        }
        a.webDeviceId = device.value().id;
        if (auto r = m_storage.setCoordinatorWebDevice(a.info.id, a.webDeviceId); !r) {
            return r.error();
        }
        client = WebClients::Client { device.value(), clientId, 0 };
    }
    m_context.webClients->put(coordinatorId, client);
    return client;
}

// The web client's mutations numbered on from its last id, parsed like a phone's, photos
// made safe to store.
static Result<QList<IncomingMutation>> numberMutations(const QJsonArray &mutations, qint64 lastId)
{
    QList<IncomingMutation> out;
    for (const QJsonValue &m : mutations) {
        QJsonObject o = m.toObject();
        o.insert(QStringLiteral("id"), ++lastId);
        QString why;
        auto parsed = parseMutation(o, &why);
        if (!parsed) {
            return serverError(errors::kInvalid, why);
        }
        out << *parsed;
    }
    preparePhotos(out);
    return out;
}

Result<QJsonArray> AdminServices::apply(const Session &s, QJsonArray mutations)
{
    QMutexLocker serial(&m_context.webClients->writeLock(s.account.info.id));
    QJsonArray results;
    const int chunk = std::max(1, m_context.limits.pushMaxMutations);
    while (!mutations.isEmpty()) {
        QJsonArray batch;
        while (!mutations.isEmpty() && batch.size() < chunk) {
            batch.append(mutations.takeAt(0));
        }
        // Another server instance may have used the next id of this coordinator's web client:
        // then the server says duplicate (or gap) and the batch goes again with fresh ids.
        for (int attempt = 0;; ++attempt) {
            auto client = webClient(s, attempt > 0);
            if (!client) {
                return client.error();
            }
            auto numbered = numberMutations(batch, client.value().lastMutationId);
            if (!numbered) {
                return numbered.error();
            }
            auto outcome = m_storage.push(client.value().device, client.value().clientId, numbered.value());
            if (!outcome) {
                if (outcome.error().code == errors::kGap && attempt < 3) {
                    continue;
                }
                return outcome.error();
            }
            WebClients::Client updated = client.value();
            updated.lastMutationId = outcome.value().lastMutationId;
            m_context.webClients->put(s.account.info.id, updated);
            QJsonArray again;
            for (int i = 0; i < outcome.value().results.size(); ++i) {
                const QJsonObject r = outcome.value().results.at(i).toObject();
                const QString status = r.value(QStringLiteral("status")).toString();
                if (status == QLatin1String("duplicate")) {
                    again.append(batch.at(i));
                } else if (status == QLatin1String("rejected")) {
                    return Error { QStringLiteral("rejected"), r.value(QStringLiteral("reason")).toString() };
                } else {
                    results.append(r);
                }
            }
            // Mutations after a gap are not answered: send them again too.
            for (int i = int(outcome.value().results.size()); i < batch.size(); ++i) {
                again.append(batch.at(i));
            }
            if (again.isEmpty()) {
                break;
            }
            if (attempt >= 3) {
                return serverError(errors::kStorage, QStringLiteral("could not get a mutation id"));
            }
            batch = again;
        }
    }
    return results;
}

Status AdminServices::applyAll(const Session &s, const std::function<Batches()> &open, const QString &action,
    const std::function<QString()> &detail, const std::function<bool(int)> &progress)
{
    QMutexLocker serial(&m_context.webClients->writeLock(s.account.info.id));
    for (int attempt = 0;; ++attempt) {
        auto client = webClient(s, attempt > 0);
        if (!client) {
            return client.error();
        }
        qint64 next = client.value().lastMutationId;
        Batches source = open();
        auto batch = [&]() -> Result<QList<IncomingMutation>> {
            auto mutations = source();
            if (!mutations) {
                return mutations.error();
            }
            auto numbered = numberMutations(mutations.value(), next);
            if (numbered) {
                next += mutations.value().size();
            }
            return numbered;
        };
        auto first = batch();
        if (!first) {
            return first.error();
        }
        PushRequest push { client.value().device, client.value().clientId, first.value(), true, std::nullopt, progress, batch, detail };
        push.audit = AuditEntry { 0, s.web.schoolId, s.account.info.id, s.account.info.name, action, {}, {}, {}, {},
            m_context.clock->now() };
        auto outcome = m_storage.pushOne(push);
        if (!outcome) {
            // Another server instance used this web client's next id: again with fresh ids.
            if (outcome.error().code == errors::kGap && attempt < 3) {
                continue;
            }
            return outcome.error();
        }
        WebClients::Client updated = client.value();
        updated.lastMutationId = outcome.value().lastMutationId;
        m_context.webClients->put(s.account.info.id, updated);
        return {};
    }
}

} // namespace kl::server
