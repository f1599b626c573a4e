// Persons and their channels. Phone numbers are stored in E.164 only; an invalid number
// is refused with a clear message and nothing is written.
#pragma once

#include "database.h"
#include "domain.h"

#include <optional>

namespace kl {

class PersonRepository
{
public:
    explicit PersonRepository(Database &db) : m_db(db) { }

    // Normalises mobile/whatsapp/landline (any Dutch or international notation) to E.164.
    Result<QString> save(Person person);
    [[nodiscard]] Result<std::optional<Person>> get(const QString &id) const;
    [[nodiscard]] Result<QList<Person>> listForOrganisation(const QString &organisationId) const;
    [[nodiscard]] Result<QList<Person>> list(std::optional<Origin> origin = std::nullopt) const;
    Status remove(const QString &id);

    // The validation step on its own, so a form can show errors before saving.
    [[nodiscard]] static Result<Person> normalised(Person person);

private:
    Database &m_db;
};

} // namespace kl
