#include "personrepository.h"

#include "phonenumbers.h"
#include "repositorysupport.h"
#include "rows.h"
#include "searchindex.h"

namespace kl {

Result<Person> PersonRepository::normalised(Person p)
{
    if (p.givenName.trimmed().isEmpty() && p.familyName.trimmed().isEmpty()) {
        return detail::invalid(QStringLiteral("person.name"), Validation::tr("Enter a name."));
    }
    for (QString *number : { &p.mobile, &p.whatsapp, &p.landline }) {
        if (number->trimmed().isEmpty()) {
            number->clear();
            continue;
        }
        auto e164 = PhoneNumbers::toE164(*number);
        if (!e164) {
            return e164.error();
        }
        *number = e164.value();
    }
    for (QString &number : p.extraPhones) {
        auto e164 = PhoneNumbers::toE164(number);
        if (!e164) {
            return e164.error();
        }
        number = e164.value();
    }
    for (QString &email : p.extraEmails) {
        email = email.trimmed();
        if (!detail::looksLikeEmail(email)) {
            return detail::invalid(QStringLiteral("person.email"),
                Validation::tr("“%1” is not a valid e-mail address.").arg(email));
        }
    }
    p.email = p.email.trimmed();
    if (!p.email.isEmpty() && !detail::looksLikeEmail(p.email)) {
        return detail::invalid(QStringLiteral("person.email"),
            Validation::tr("“%1” is not a valid e-mail address.").arg(p.email));
    }
    return p;
}

Result<QString> PersonRepository::save(Person person)
{
    auto valid = normalised(std::move(person));
    if (!valid) {
        return valid.error();
    }
    Person p = std::move(valid).value();
    if (p.id.isEmpty()) {
        p.id = newId();
    }
    const Status s = m_db.write([&]() -> Status {
        if (auto r = detail::saveRow(m_db, QStringLiteral("persons"), p.id, rows::of(p), p.origin); !r) {
            return r;
        }
        return SearchIndex(m_db).reindex(TargetKind::Person, p.id);
    });
    if (!s) {
        return s.error();
    }
    return p.id;
}

Result<std::optional<Person>> PersonRepository::get(const QString &id) const
{
    auto row = rows::load(m_db, QStringLiteral("persons"), id);
    if (!row) {
        return row.error();
    }
    if (row.value().isEmpty() || row.value().value(QStringLiteral("deleted")).toInt() != 0) {
        return std::optional<Person> {};
    }
    return std::optional<Person>(rows::person(row.value()));
}

Result<QList<Person>> PersonRepository::listForOrganisation(const QString &organisationId) const
{
    auto found = rows::loadWhere(m_db, QStringLiteral("persons"), QStringLiteral("deleted = 0 AND organisation_id = ?"),
        { organisationId }, QStringLiteral("family_name COLLATE NOCASE, given_name COLLATE NOCASE"));
    if (!found) {
        return found.error();
    }
    QList<Person> out;
    for (const QVariantMap &row : found.value()) {
        out << rows::person(row);
    }
    return out;
}

Result<QList<Person>> PersonRepository::list(std::optional<Origin> origin) const
{
    const QString order = QStringLiteral("family_name COLLATE NOCASE, given_name COLLATE NOCASE");
    auto found = origin ? rows::loadWhere(m_db, QStringLiteral("persons"), QStringLiteral("deleted = 0 AND origin = ?"),
                              { static_cast<int>(*origin) }, order)
                        : rows::loadWhere(m_db, QStringLiteral("persons"), QStringLiteral("deleted = 0"), {}, order);
    if (!found) {
        return found.error();
    }
    QList<Person> out;
    for (const QVariantMap &row : found.value()) {
        out << rows::person(row);
    }
    return out;
}

Status PersonRepository::remove(const QString &id)
{
    auto existing = get(id);
    if (!existing) {
        return existing.error();
    }
    if (!existing.value()) {
        return detail::invalid(QStringLiteral("person.missing"), Validation::tr("This person no longer exists."));
    }
    return m_db.write([&]() -> Status {
        if (auto r = detail::deleteRow(m_db, QStringLiteral("persons"), id, existing.value()->origin); !r) {
            return r;
        }
        return SearchIndex(m_db).reindex(TargetKind::Person, id);
    });
}

} // namespace kl
