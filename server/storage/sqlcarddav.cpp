// SqlStorage, part three: the CardDAV logins (server/carddav). A credential is valid while
// neither it nor the device it was made for is revoked; the lookup answers both at once.
#include "sqlstorage.h"
#include "timestamps.h"

namespace kl::server {

Status SqlStorage::createCardDavCredential(const CardDavCredential &c)
{
    const QVariant device = c.deviceId.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(c.deviceId);
    auto r = run(QStringLiteral("INSERT INTO carddav_credentials(username, school_id, device_id, label, secret_hash, created_at)"
                                " VALUES (?, ?, ?, ?, ?, ?)"),
        { c.username, c.schoolId, device, c.label.isNull() ? QStringLiteral("") : c.label, c.secretHash,
            c.createdAt.isValid() ? iso(c.createdAt) : nowIso() });
    return r ? Status {} : Status { r.error() };
}

Result<std::optional<CardDavCredential>> SqlStorage::cardDavCredential(const QString &username)
{
    auto q = run(QStringLiteral("SELECT c.username, c.school_id, c.device_id, c.label, c.secret_hash, c.created_at,"
                                " CASE WHEN c.revoked_at IS NOT NULL OR d.revoked_at IS NOT NULL THEN 1 ELSE 0 END"
                                " FROM carddav_credentials c LEFT JOIN devices d ON d.id = c.device_id WHERE c.username = ?"),
        { username });
    if (!q) {
        return q.error();
    }
    QSqlQuery *r = q.value();
    std::optional<CardDavCredential> out;
    if (r->next()) {
        out = CardDavCredential { r->value(0).toString(), r->value(1).toString(), r->value(2).toString(), r->value(3).toString(),
            r->value(4).toString(), timeFrom(r->value(5)), r->value(6).toInt() != 0 };
    }
    r->finish();
    return out;
}

Status SqlStorage::revokeCardDavCredential(const QString &username)
{
    auto r = run(QStringLiteral("UPDATE carddav_credentials SET revoked_at = coalesce(revoked_at, ?) WHERE username = ?"),
        { nowIso(), username });
    if (!r) {
        return r.error();
    }
    if (r.value()->numRowsAffected() != 1) {
        return serverError(errors::kNotFound, QStringLiteral("no CardDAV login %1").arg(username));
    }
    return {};
}

} // namespace kl::server
