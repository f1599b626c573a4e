// The school list's rows in the web admin: all of them at once (the UI keeps them), and
// create, edit and delete of the editable tables. A delete takes along what hangs on the
// row, as phones would otherwise keep orphans.
#include "adminservices.h"
#include "domain.h"
#include "publiccard.h"
#include "rowrules.h"
#include "rows.h"

namespace kl::server {

namespace {

const QStringList kEditableTables { QStringLiteral("organisations"), QStringLiteral("persons"), QStringLiteral("functions"),
    QStringLiteral("presence"), QStringLiteral("quick_lines"), QStringLiteral("school_locations"), QStringLiteral("school_roles"),
    QStringLiteral("induction_steps") };

QJsonObject rowJson(const QString &schoolId, const ServerRow &r)
{
    QJsonObject o = r.fields;
    if (r.table == QLatin1String("persons")) {
        o.insert(QStringLiteral("has_photo"), !o.value(QStringLiteral("photo")).toString().isEmpty());
        o.remove(QStringLiteral("photo"));
        // Where the person's public page is (it answers once their name is public).
        o.insert(QStringLiteral("public_path"), QStringLiteral("/p/") + publiccard::slug(schoolId, r.id));
    }
    o.insert(QStringLiteral("id"), r.id);
    o.insert(QStringLiteral("version"), r.version);
    return o;
}

ApiResponse list(AdminServices &services, const Session &s)
{
    auto all = services.storage().liveRows(s.web.schoolId);
    if (!all) {
        return fromError(all.error());
    }
    QJsonObject tables;
    for (const QString &t : rows::syncedTables()) {
        tables.insert(t, QJsonArray());
    }
    tables.insert(QStringLiteral("flags"), QJsonArray());
    QHash<QString, QJsonArray> grouped;
    for (const ServerRow &r : all.value()) {
        if (!r.deleted) {
            grouped[r.table].append(rowJson(s.web.schoolId, r));
        }
    }
    for (auto it = grouped.cbegin(); it != grouped.cend(); ++it) {
        tables.insert(it.key(), it.value());
    }
    QJsonArray cats;
    for (Category c : categories::all()) {
        cats.append(categories::key(c));
    }
    return jsonResponse({ { QStringLiteral("tables"), tables }, { QStringLiteral("categories"), cats } });
}

ApiResponse upsert(AdminServices &services, const Session &s, const QString &table, const QString &id, const ApiRequest &request)
{
    if (!kEditableTables.contains(table)) {
        return problem(404, QStringLiteral("not-found"), QStringLiteral("No such list"));
    }
    ApiResponse error;
    const auto body = jsonBody(request, &error);
    if (!body) {
        return error;
    }
    const QJsonValue fieldsValue = body->value(QStringLiteral("fields"));
    const QJsonValue baseValue = body->value(QStringLiteral("base"));
    if (!fieldsValue.isObject() || (!baseValue.isUndefined() && !baseValue.isDouble())) {
        return problem(422, QStringLiteral("field-invalid"), QStringLiteral("Send fields as an object and base as a version"));
    }
    const QJsonObject in = fieldsValue.toObject();
    auto live = services.live(s.web.schoolId);
    if (!live) {
        return fromError(live.error());
    }
    const ServerRow *current = id.isEmpty() ? nullptr : live.value().find(table, id);
    if (!id.isEmpty() && !current) {
        return gone();
    }
    const QStringList &columns = sync::syncedColumns(table);
    QJsonObject merged;
    for (const QString &c : columns) {
        // A row stored before a column existed has no value for it: the column's default.
        merged.insert(c, current && current->fields.contains(c) ? current->fields.value(c) : rowrules::defaultValue(table, c));
    }
    for (auto it = in.begin(); it != in.end(); ++it) {
        if (!columns.contains(it.key()) || it.key() == QLatin1String("origin") || it.key() == QLatin1String("photo")) {
            return problem(422, QStringLiteral("field-invalid"), QStringLiteral("Unknown field"), it.key());
        }
        const auto v = rowrules::normalise(table, it.key(), it.value());
        if (!v) {
            return problem(422, QStringLiteral("field-invalid"), QStringLiteral("This value is not valid"), it.key());
        }
        merged.insert(it.key(), *v);
    }
    if (auto p = rowrules::check(table, merged, live.value())) {
        return *p;
    }
    QJsonObject changed;
    for (const QString &c : columns) {
        if (!current || current->fields.value(c) != merged.value(c)) {
            changed.insert(c, merged.value(c));
        }
    }
    const QString rowId = current ? id : newId();
    if (!changed.isEmpty()) {
        const qint64 base = current ? qint64(baseValue.toDouble(double(current->version))) : 0;
        auto r = services.apply(s, QJsonArray { mutation(table, rowId, sync::kOpUpsert, current ? changed : merged, base) });
        if (!r) {
            return fromError(r.error());
        }
        services.audit(s, current ? QStringLiteral("update") : QStringLiteral("create"), table, rowId, changed.keys());
    }
    return jsonResponse({ { QStringLiteral("id"), rowId }, { QStringLiteral("changed"), QJsonArray::fromStringList(changed.keys()) } });
}

ApiResponse remove(AdminServices &services, const Session &s, const QString &table, const QString &id)
{
    if (!kEditableTables.contains(table)) {
        return problem(404, QStringLiteral("not-found"), QStringLiteral("No such list"));
    }
    auto live = services.live(s.web.schoolId);
    if (!live) {
        return fromError(live.error());
    }
    const ServerRow *row = live.value().find(table, id);
    if (!row) {
        return gone();
    }
    // What hangs on the row goes with it: an organisation's functions, people and presence;
    // the holdings of a function or person; lines aimed at any of them.
    QList<const ServerRow *> doomed { row };
    auto dependants = [&](const QString &t, const char *column, const QString &target) {
        for (const ServerRow *r : live.value().of(t)) {
            if (str(r->fields, column) == target && !doomed.contains(r)) {
                doomed << r;
            }
        }
    };
    if (table == QLatin1String("organisations")) {
        dependants(QStringLiteral("functions"), "organisation_id", id);
        dependants(QStringLiteral("persons"), "organisation_id", id);
        dependants(QStringLiteral("presence"), "organisation_id", id);
    }
    for (qsizetype i = 0; i < doomed.size(); ++i) {
        const ServerRow *r = doomed.at(i);
        if (r->table == QLatin1String("functions")) {
            dependants(QStringLiteral("holdings"), "function_id", r->id);
        } else if (r->table == QLatin1String("persons")) {
            dependants(QStringLiteral("holdings"), "person_id", r->id);
        }
        if (r->table != QLatin1String("quick_lines") && r->table != QLatin1String("holdings")) {
            dependants(QStringLiteral("quick_lines"), "target_id", r->id);
        }
        if (r->table == QLatin1String("organisations") || r->table == QLatin1String("functions")) {
            dependants(QStringLiteral("induction_steps"), "target_id", r->id); // a step to a partner that went
        }
    }
    QJsonArray mutations;
    if (table == QLatin1String("school_roles")) {
        // Partners owned by a role that goes have no owner any more (and show in the warnings).
        for (const ServerRow *o : live.value().of(QStringLiteral("organisations"))) {
            if (str(o->fields, "owner_role") == id) {
                mutations.append(mutation(QStringLiteral("organisations"), o->id, sync::kOpUpsert,
                    { { QStringLiteral("owner_role"), QString() }, { QStringLiteral("internal_contact"), QString() } }, o->version));
            }
        }
    }
    if (table == QLatin1String("school_locations")) {
        // Presence at a location that goes keeps its day and time, without the location.
        for (const ServerRow *p : live.value().of(QStringLiteral("presence"))) {
            if (str(p->fields, "location_id") == id) {
                mutations.append(mutation(QStringLiteral("presence"), p->id, sync::kOpUpsert,
                    { { QStringLiteral("location_id"), QString() } }, p->version)); // the column is NOT NULL: empty
            }
        }
    }
    for (const ServerRow *r : doomed) {
        mutations.append(mutation(r->table, r->id, sync::kOpDelete, {}, r->version));
    }
    auto r = services.apply(s, mutations);
    if (!r) {
        return fromError(r.error());
    }
    services.audit(s, QStringLiteral("delete"), table, id, {}, doomed.size() > 1 ? QStringLiteral("+%1").arg(doomed.size() - 1) : QString());
    return jsonResponse({ { QStringLiteral("deleted"), int(doomed.size()) } });
}

} // namespace

void addRowRoutes(AdminRouter &router, AdminServices &services)
{
    router.route("GET", QStringLiteral("/rows"), [&services](const Session &s, const ApiRequest &, const QStringList &) {
        return list(services, s);
    });
    router.route("POST", QStringLiteral("/rows/{name}"), [&services](const Session &s, const ApiRequest &r, const QStringList &p) {
        return upsert(services, s, p.at(0), QString(), r);
    });
    router.route("POST", QStringLiteral("/rows/{name}/{id}"), [&services](const Session &s, const ApiRequest &r, const QStringList &p) {
        return upsert(services, s, p.at(0), p.at(1), r);
    });
    router.route("POST", QStringLiteral("/rows/{name}/{id}/delete"),
        [&services](const Session &s, const ApiRequest &, const QStringList &p) { return remove(services, s, p.at(0), p.at(1)); });
}

} // namespace kl::server
