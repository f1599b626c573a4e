#include "schoolowner.h"

#include "rows.h"

#include <QCoreApplication>

namespace kl {

SchoolOwner schoolOwnerOf(const Database &db, const Organisation &organisation)
{
    SchoolOwner owner { organisation.ownerRole, organisation.internalContact };
    auto role = rows::load(db, QStringLiteral("school_roles"), organisation.ownerRole);
    if (!role || role.value().isEmpty() || role.value().value(QStringLiteral("deleted")).toInt() != 0) {
        return owner;
    }
    owner.role = role.value().value(QStringLiteral("name")).toString();
    const QString holder = role.value().value(QStringLiteral("holder")).toString();
    const QString deputy = role.value().value(QStringLiteral("deputy")).toString();
    owner.contact = deputy.isEmpty() ? holder : QCoreApplication::translate("kl::SchoolOwner", "%1, deputy %2").arg(holder, deputy);
    return owner;
}

} // namespace kl
