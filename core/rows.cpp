#include "rows.h"

#include <QSqlRecord>

namespace kl::rows {

namespace {

QVariant optDouble(const std::optional<double> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType(QMetaType::Double));
}

std::optional<double> toOptDouble(const QVariant &v)
{
    return v.isNull() || !v.isValid() ? std::nullopt : std::optional<double>(v.toDouble());
}

QVariant optDate(const std::optional<QDate> &d)
{
    return d ? QVariant(d->toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

std::optional<QDate> toOptDate(const QVariant &v)
{
    if (v.isNull() || v.toString().isEmpty()) {
        return std::nullopt;
    }
    const QDate d = QDate::fromString(v.toString(), Qt::ISODate);
    return d.isValid() ? std::optional<QDate>(d) : std::nullopt;
}

int minutes(const QTime &t)
{
    return t.isValid() ? t.hour() * 60 + t.minute() : 0;
}

QTime fromMinutes(int m)
{
    return m >= 1440 ? QTime(23, 59, 59) : QTime(m / 60, m % 60);
}

// A null QString binds as SQL NULL, which the NOT NULL text columns refuse; an empty
// field is ''. Intended NULLs are null variants (QVariant(QMetaType(...))) and stay NULL.
QVariant bindable(const QVariant &v)
{
    if (!v.isNull() && v.typeId() == QMetaType::QString && v.toString().isNull()) {
        return QVariant(QStringLiteral(""));
    }
    return v;
}

// A list column: one value a line, trimmed, empties left out.
QString lines(const QStringList &values)
{
    QStringList kept;
    for (const QString &v : values) {
        if (!v.trimmed().isEmpty()) {
            kept << v.trimmed();
        }
    }
    return kept.join(QLatin1Char('\n'));
}

void common(auto &entity, const QVariantMap &row)
{
    entity.id = row.value(QStringLiteral("id")).toString();
    entity.rowVersion = row.value(QStringLiteral("row_version")).toLongLong();
    entity.deleted = row.value(QStringLiteral("deleted")).toInt() != 0;
}

} // namespace

const QStringList &syncedTables()
{
    static const QStringList tables { QStringLiteral("school_locations"), QStringLiteral("school_roles"), QStringLiteral("organisations"),
        QStringLiteral("persons"), QStringLiteral("functions"), QStringLiteral("holdings"), QStringLiteral("presence"),
        QStringLiteral("quick_lines"), QStringLiteral("induction_steps") };
    return tables;
}

bool isSyncedTable(const QString &table)
{
    return syncedTables().contains(table);
}

const QStringList &columns(const QString &table)
{
    static const QHash<QString, QStringList> kColumns {
        { QStringLiteral("school_locations"),
            { QStringLiteral("name"), QStringLiteral("address"), QStringLiteral("latitude"),
                QStringLiteral("longitude"), QStringLiteral("radius_m") } },
        { QStringLiteral("school_roles"),
            { QStringLiteral("name"), QStringLiteral("holder"), QStringLiteral("deputy"), QStringLiteral("sort_order") } },
        { QStringLiteral("induction_steps"),
            { QStringLiteral("target_kind"), QStringLiteral("target_id"), QStringLiteral("why"), QStringLiteral("sort_order") } },
        { QStringLiteral("organisations"),
            { QStringLiteral("origin"), QStringLiteral("name"), QStringLiteral("category"), QStringLiteral("street"),
                QStringLiteral("postal_code"), QStringLiteral("city"), QStringLiteral("latitude"),
                QStringLiteral("longitude"), QStringLiteral("website"), QStringLiteral("topics"),
                QStringLiteral("owner_role"), QStringLiteral("internal_contact"), QStringLiteral("visibility") } },
        { QStringLiteral("persons"),
            { QStringLiteral("origin"), QStringLiteral("organisation_id"), QStringLiteral("given_name"),
                QStringLiteral("family_name"), QStringLiteral("photo"), QStringLiteral("mobile"),
                QStringLiteral("whatsapp"), QStringLiteral("landline"), QStringLiteral("email"),
                QStringLiteral("visibility"), QStringLiteral("name_prefix"), QStringLiteral("middle_name"),
                QStringLiteral("name_suffix"), QStringLiteral("extra_phones"), QStringLiteral("extra_emails"),
                QStringLiteral("note") } },
        { QStringLiteral("functions"),
            { QStringLiteral("origin"), QStringLiteral("organisation_id"), QStringLiteral("title"),
                QStringLiteral("topics") } },
        { QStringLiteral("holdings"),
            { QStringLiteral("function_id"), QStringLiteral("person_id"), QStringLiteral("since"),
                QStringLiteral("until") } },
        { QStringLiteral("presence"),
            { QStringLiteral("origin"), QStringLiteral("organisation_id"), QStringLiteral("function_id"),
                QStringLiteral("person_id"), QStringLiteral("weekday"), QStringLiteral("start_min"),
                QStringLiteral("end_min"), QStringLiteral("room"), QStringLiteral("location_id"),
                QStringLiteral("valid_from"), QStringLiteral("valid_until"), QStringLiteral("is_public") } },
        { QStringLiteral("quick_lines"),
            { QStringLiteral("origin"), QStringLiteral("target_kind"), QStringLiteral("target_id"),
                QStringLiteral("channel"), QStringLiteral("label"), QStringLiteral("template"),
                QStringLiteral("pinned_order"), QStringLiteral("last_used_at"), QStringLiteral("my_pin_set"),
                QStringLiteral("my_pinned_order") } },
    };
    static const QStringList none;
    const auto it = kColumns.constFind(table);
    return it == kColumns.cend() ? none : *it;
}

QVariantMap of(const Organisation &o)
{
    return { { QStringLiteral("origin"), static_cast<int>(o.origin) }, { QStringLiteral("name"), o.name.trimmed() },
        { QStringLiteral("category"), categories::key(o.category) }, { QStringLiteral("street"), o.street.trimmed() },
        { QStringLiteral("postal_code"), o.postalCode.trimmed().toUpper() },
        { QStringLiteral("city"), o.city.trimmed() }, { QStringLiteral("latitude"), optDouble(o.latitude) },
        { QStringLiteral("longitude"), optDouble(o.longitude) }, { QStringLiteral("website"), o.website.trimmed() },
        { QStringLiteral("topics"), o.topics.join(QLatin1Char('\n')) },
        { QStringLiteral("owner_role"), o.ownerRole.trimmed() },
        { QStringLiteral("internal_contact"), o.internalContact.trimmed() },
        { QStringLiteral("visibility"), o.visibility.toJson() } };
}

Organisation organisation(const QVariantMap &row)
{
    Organisation o;
    common(o, row);
    o.origin = static_cast<Origin>(row.value(QStringLiteral("origin")).toInt());
    o.name = row.value(QStringLiteral("name")).toString();
    o.category = categories::fromKey(row.value(QStringLiteral("category")).toString()).value_or(Category::Overig);
    o.street = row.value(QStringLiteral("street")).toString();
    o.postalCode = row.value(QStringLiteral("postal_code")).toString();
    o.city = row.value(QStringLiteral("city")).toString();
    o.latitude = toOptDouble(row.value(QStringLiteral("latitude")));
    o.longitude = toOptDouble(row.value(QStringLiteral("longitude")));
    o.website = row.value(QStringLiteral("website")).toString();
    o.topics = row.value(QStringLiteral("topics")).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    o.ownerRole = row.value(QStringLiteral("owner_role")).toString();
    o.internalContact = row.value(QStringLiteral("internal_contact")).toString();
    o.visibility = FieldVisibility::fromJson(row.value(QStringLiteral("visibility")).toString());
    o.updatedAt = QDateTime::fromString(row.value(QStringLiteral("updated_at")).toString(), Qt::ISODate);
    return o;
}

QVariantMap of(const Person &p)
{
    return { { QStringLiteral("origin"), static_cast<int>(p.origin) },
        { QStringLiteral("organisation_id"), p.organisationId },
        { QStringLiteral("given_name"), p.givenName.trimmed() },
        { QStringLiteral("family_name"), p.familyName.trimmed() },
        { QStringLiteral("photo"), p.photo.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(p.photo) },
        { QStringLiteral("mobile"), p.mobile }, { QStringLiteral("whatsapp"), p.whatsapp },
        { QStringLiteral("landline"), p.landline }, { QStringLiteral("email"), p.email.trimmed() },
        { QStringLiteral("visibility"), p.visibility.toJson() }, { QStringLiteral("name_prefix"), p.namePrefix.trimmed() },
        { QStringLiteral("middle_name"), p.middleName.trimmed() }, { QStringLiteral("name_suffix"), p.nameSuffix.trimmed() },
        { QStringLiteral("extra_phones"), lines(p.extraPhones) }, { QStringLiteral("extra_emails"), lines(p.extraEmails) },
        { QStringLiteral("note"), p.note.trimmed() } };
}

Person person(const QVariantMap &row)
{
    Person p;
    common(p, row);
    p.origin = static_cast<Origin>(row.value(QStringLiteral("origin")).toInt());
    p.organisationId = row.value(QStringLiteral("organisation_id")).toString();
    p.givenName = row.value(QStringLiteral("given_name")).toString();
    p.familyName = row.value(QStringLiteral("family_name")).toString();
    p.photo = row.value(QStringLiteral("photo")).toByteArray();
    p.mobile = row.value(QStringLiteral("mobile")).toString();
    p.whatsapp = row.value(QStringLiteral("whatsapp")).toString();
    p.landline = row.value(QStringLiteral("landline")).toString();
    p.email = row.value(QStringLiteral("email")).toString();
    p.namePrefix = row.value(QStringLiteral("name_prefix")).toString();
    p.middleName = row.value(QStringLiteral("middle_name")).toString();
    p.nameSuffix = row.value(QStringLiteral("name_suffix")).toString();
    p.extraPhones = row.value(QStringLiteral("extra_phones")).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    p.extraEmails = row.value(QStringLiteral("extra_emails")).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    p.note = row.value(QStringLiteral("note")).toString();
    p.visibility = FieldVisibility::fromJson(row.value(QStringLiteral("visibility")).toString());
    p.updatedAt = QDateTime::fromString(row.value(QStringLiteral("updated_at")).toString(), Qt::ISODate);
    return p;
}

QVariantMap of(const Function &f)
{
    return { { QStringLiteral("origin"), static_cast<int>(f.origin) },
        { QStringLiteral("organisation_id"), f.organisationId }, { QStringLiteral("title"), f.title.trimmed() },
        { QStringLiteral("topics"), f.topics.join(QLatin1Char('\n')) } };
}

Function function(const QVariantMap &row)
{
    Function f;
    common(f, row);
    f.origin = static_cast<Origin>(row.value(QStringLiteral("origin")).toInt());
    f.organisationId = row.value(QStringLiteral("organisation_id")).toString();
    f.title = row.value(QStringLiteral("title")).toString();
    f.topics = row.value(QStringLiteral("topics")).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    f.updatedAt = QDateTime::fromString(row.value(QStringLiteral("updated_at")).toString(), Qt::ISODate);
    return f;
}

QVariantMap of(const Holding &h)
{
    return { { QStringLiteral("function_id"), h.functionId }, { QStringLiteral("person_id"), h.personId },
        { QStringLiteral("since"), h.since.toString(Qt::ISODate) }, { QStringLiteral("until"), optDate(h.until) } };
}

Holding holding(const QVariantMap &row)
{
    Holding h;
    h.id = row.value(QStringLiteral("id")).toString();
    h.functionId = row.value(QStringLiteral("function_id")).toString();
    h.personId = row.value(QStringLiteral("person_id")).toString();
    h.since = QDate::fromString(row.value(QStringLiteral("since")).toString(), Qt::ISODate);
    h.until = toOptDate(row.value(QStringLiteral("until")));
    return h;
}

QVariantMap of(const Presence &p)
{
    return { { QStringLiteral("origin"), static_cast<int>(p.origin) },
        { QStringLiteral("organisation_id"), p.organisationId }, { QStringLiteral("function_id"), p.functionId },
        { QStringLiteral("person_id"), p.personId }, { QStringLiteral("weekday"), p.weekday },
        { QStringLiteral("start_min"), minutes(p.start) },
        { QStringLiteral("end_min"), p.end == QTime(23, 59, 59) ? 1440 : minutes(p.end) },
        { QStringLiteral("room"), p.room.trimmed() }, { QStringLiteral("location_id"), p.locationId },
        { QStringLiteral("valid_from"), optDate(p.validFrom) }, { QStringLiteral("valid_until"), optDate(p.validUntil) },
        { QStringLiteral("is_public"), p.isPublic ? 1 : 0 } };
}

Presence presence(const QVariantMap &row)
{
    Presence p;
    common(p, row);
    p.origin = static_cast<Origin>(row.value(QStringLiteral("origin")).toInt());
    p.organisationId = row.value(QStringLiteral("organisation_id")).toString();
    p.functionId = row.value(QStringLiteral("function_id")).toString();
    p.personId = row.value(QStringLiteral("person_id")).toString();
    p.weekday = row.value(QStringLiteral("weekday")).toInt();
    p.start = fromMinutes(row.value(QStringLiteral("start_min")).toInt());
    p.end = fromMinutes(row.value(QStringLiteral("end_min")).toInt());
    p.room = row.value(QStringLiteral("room")).toString();
    p.locationId = row.value(QStringLiteral("location_id")).toString();
    p.validFrom = toOptDate(row.value(QStringLiteral("valid_from")));
    p.validUntil = toOptDate(row.value(QStringLiteral("valid_until")));
    // A server row written before the column existed has no value: public, as it was then.
    const QVariant isPublic = row.value(QStringLiteral("is_public"));
    p.isPublic = !isPublic.isValid() || isPublic.isNull() || isPublic.toInt() != 0;
    return p;
}

QVariantMap of(const QuickLine &q)
{
    return { { QStringLiteral("origin"), static_cast<int>(q.origin) },
        { QStringLiteral("target_kind"), targetKindKey(q.targetKind) }, { QStringLiteral("target_id"), q.targetId },
        { QStringLiteral("channel"), channelKey(q.channel) }, { QStringLiteral("label"), q.label.trimmed() },
        { QStringLiteral("template"), q.templateText },
        { QStringLiteral("pinned_order"), q.pinnedOrder ? QVariant(*q.pinnedOrder) : QVariant(QMetaType(QMetaType::Int)) },
        { QStringLiteral("last_used_at"),
            q.lastUsedAt ? QVariant(q.lastUsedAt->toUTC().toString(Qt::ISODateWithMs))
                         : QVariant(QMetaType(QMetaType::QString)) } };
}

QuickLine quickLine(const QVariantMap &row)
{
    QuickLine q;
    common(q, row);
    q.origin = static_cast<Origin>(row.value(QStringLiteral("origin")).toInt());
    q.targetKind = targetKindFromKey(row.value(QStringLiteral("target_kind")).toString()).value_or(TargetKind::Person);
    q.targetId = row.value(QStringLiteral("target_id")).toString();
    q.channel = channelFromKey(row.value(QStringLiteral("channel")).toString()).value_or(Channel::Call);
    q.label = row.value(QStringLiteral("label")).toString();
    q.templateText = row.value(QStringLiteral("template")).toString();
    // The teacher's own pin choice wins over the school's suggestion.
    const bool mine = row.value(QStringLiteral("my_pin_set")).toInt() != 0;
    const QVariant pinned = row.value(mine ? QStringLiteral("my_pinned_order") : QStringLiteral("pinned_order"));
    if (!pinned.isNull() && pinned.isValid()) {
        q.pinnedOrder = pinned.toInt();
    }
    const QString used = row.value(QStringLiteral("last_used_at")).toString();
    if (!used.isEmpty()) {
        q.lastUsedAt = QDateTime::fromString(used, Qt::ISODateWithMs);
    }
    return q;
}

QVariantMap of(const SchoolLocation &l)
{
    return { { QStringLiteral("name"), l.name.trimmed() }, { QStringLiteral("address"), l.address.trimmed() },
        { QStringLiteral("latitude"), optDouble(l.latitude) }, { QStringLiteral("longitude"), optDouble(l.longitude) },
        { QStringLiteral("radius_m"), l.radiusMetres } };
}

SchoolLocation location(const QVariantMap &row)
{
    SchoolLocation l;
    common(l, row);
    l.name = row.value(QStringLiteral("name")).toString();
    l.address = row.value(QStringLiteral("address")).toString();
    l.latitude = toOptDouble(row.value(QStringLiteral("latitude")));
    l.longitude = toOptDouble(row.value(QStringLiteral("longitude")));
    l.radiusMetres = row.value(QStringLiteral("radius_m")).toInt();
    return l;
}

Result<QList<QVariantMap>> loadWhere(const Database &db, const QString &table, const QString &where,
    const QVariantList &binds, const QString &orderBy)
{
    if (columns(table).isEmpty()) {
        return storeError(QStringLiteral("load"), QStringLiteral("unknown table ") + table);
    }
    auto q = db.run(QStringLiteral("SELECT * FROM %1 WHERE %2 ORDER BY %3").arg(table, where, orderBy), binds);
    if (!q) {
        return q.error();
    }
    QList<QVariantMap> out;
    while (q.value().next()) {
        const QSqlRecord rec = q.value().record();
        QVariantMap row;
        for (int i = 0; i < rec.count(); ++i) {
            row.insert(rec.fieldName(i), rec.value(i));
        }
        out << row;
    }
    return out;
}

Result<QVariantMap> load(const Database &db, const QString &table, const QString &id)
{
    auto rows = loadWhere(db, table, QStringLiteral("id = ?"), { id });
    if (!rows) {
        return rows.error();
    }
    return rows.value().isEmpty() ? QVariantMap {} : rows.value().first();
}

Status upsert(Database &db, const QString &table, const QString &id, const QVariantMap &fields, QVariantMap *changed)
{
    const QStringList &allowed = columns(table);
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        if (!allowed.contains(it.key())) {
            return storeError(QStringLiteral("upsert"), QStringLiteral("unknown column %1.%2").arg(table, it.key()));
        }
    }
    return db.write([&]() -> Status {
        auto existing = load(db, table, id);
        if (!existing) {
            return existing.error();
        }
        QVariantMap diff;
        for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
            const QVariant old = existing.value().value(it.key());
            const bool same = existing.value().contains(it.key()) && old.isNull() == it.value().isNull()
                && (old.isNull() || old.toString() == it.value().toString());
            if (existing.value().isEmpty() || !same) {
                diff.insert(it.key(), it.value());
            }
        }
        const QString now = nowIso();
        if (existing.value().isEmpty()) {
            QStringList cols { QStringLiteral("id"), QStringLiteral("updated_at") };
            QVariantList binds { id, now };
            for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
                cols << it.key();
                binds << bindable(it.value());
            }
            const QString marks = QStringList(cols.size(), QStringLiteral("?")).join(QLatin1Char(','));
            auto r = db.run(QStringLiteral("INSERT INTO %1(%2) VALUES(%3)").arg(table, cols.join(QLatin1Char(',')), marks),
                binds);
            if (!r) {
                return r.error();
            }
        } else if (!diff.isEmpty() || existing.value().value(QStringLiteral("deleted")).toInt() != 0) {
            QStringList sets { QStringLiteral("updated_at = ?"), QStringLiteral("deleted = 0") };
            QVariantList binds { now };
            for (auto it = diff.cbegin(); it != diff.cend(); ++it) {
                sets << it.key() + QStringLiteral(" = ?");
                binds << bindable(it.value());
            }
            binds << id;
            auto r = db.run(QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(table, sets.join(QLatin1Char(','))), binds);
            if (!r) {
                return r.error();
            }
        }
        if (changed) {
            *changed = diff;
        }
        return {};
    });
}

Status insertNew(Database &db, const QString &table, const QString &id, const QVariantMap &fields)
{
    const QStringList &allowed = columns(table);
    QStringList cols { QStringLiteral("id"), QStringLiteral("updated_at") };
    QVariantList binds { id, nowIso() };
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        if (!allowed.contains(it.key())) {
            return storeError(QStringLiteral("insert"), QStringLiteral("unknown column %1.%2").arg(table, it.key()));
        }
        cols << it.key();
        binds << bindable(it.value());
    }
    const QString marks = QStringList(cols.size(), QStringLiteral("?")).join(QLatin1Char(','));
    auto r = db.run(QStringLiteral("INSERT INTO %1(%2) VALUES(%3)").arg(table, cols.join(QLatin1Char(',')), marks), binds);
    return r ? Status {} : Status { r.error() };
}

Status markDeleted(Database &db, const QString &table, const QString &id)
{
    if (columns(table).isEmpty()) {
        return storeError(QStringLiteral("delete"), QStringLiteral("unknown table ") + table);
    }
    auto r = db.run(QStringLiteral("UPDATE %1 SET deleted = 1, updated_at = ? WHERE id = ?").arg(table), { nowIso(), id });
    return r ? Status {} : Status { r.error() };
}

QString nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace kl::rows
