// The school's internal roles as a whole: what needs attention (partners without an owner,
// roles without a deputy or holder) and the "wie doet wat" picture. The roles themselves
// are rows (school_roles) edited through the rows resource and synced to the phones.
#include "adminservices.h"
#include "organogram.h"

namespace kl::server {

namespace {

using organogram::Picture;

Picture collect(const Live &live)
{
    Picture p;
    for (const ServerRow &r : live.rows) {
        p.add(r.table, r.id, r.fields);
    }
    return p;
}

ApiResponse overview(AdminServices &services, const Session &s)
{
    auto live = services.live(s.web.schoolId);
    if (!live) {
        return fromError(live.error());
    }
    const Picture p = collect(live.value());
    QStringList roleIds;
    QJsonArray noDeputy;
    QJsonArray noHolder;
    for (const organogram::Role &r : p.roles) {
        roleIds << r.id;
        const QJsonObject item { { QStringLiteral("id"), r.id }, { QStringLiteral("name"), r.name } };
        if (r.deputy.trimmed().isEmpty()) {
            noDeputy.append(item);
        }
        if (r.holder.trimmed().isEmpty()) {
            noHolder.append(item);
        }
    }
    QJsonArray noOwner;
    for (const organogram::Partner &o : p.partners) {
        if (!roleIds.contains(o.ownerRole)) {
            noOwner.append(QJsonObject { { QStringLiteral("id"), o.id }, { QStringLiteral("name"), o.name } });
        }
    }
    return jsonResponse({ { QStringLiteral("roles_without_deputy"), noDeputy }, { QStringLiteral("roles_without_holder"), noHolder },
        { QStringLiteral("partners_without_owner"), noOwner } });
}

ApiResponse picture(AdminServices &services, const Session &s, const ApiRequest &request)
{
    auto live = services.live(s.web.schoolId);
    if (!live) {
        return fromError(live.error());
    }
    const Picture p = collect(live.value());
    const PublicLanguage lang = request.query.queryItemValue(QStringLiteral("lang")) == QLatin1String("en")
        ? PublicLanguage::English : PublicLanguage::Dutch;
    auto school = services.storage().school(s.web.schoolId);
    const QString schoolName = school && school.value() ? school.value()->name : QString();
    ApiResponse r;
    r.contentType = "image/svg+xml; charset=utf-8";
    r.body = organogram::svg(schoolName, p.roles, p.partners, lang);
    return r;
}

} // namespace

void addRoleRoutes(AdminRouter &router, AdminServices &services)
{
    router.route("GET", QStringLiteral("/roles/overview"),
        [&services](const Session &s, const ApiRequest &, const QStringList &) { return overview(services, s); });
    router.route("GET", QStringLiteral("/organogram.svg"),
        [&services](const Session &s, const ApiRequest &r, const QStringList &) { return picture(services, s, r); });
}

} // namespace kl::server
