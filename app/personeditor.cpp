#include "personeditor.h"

#include "functionrepository.h"
#include "organisationrepository.h"
#include "personrepository.h"
#include "phonenumbers.h"
#include "quicklinerepository.h"

using namespace kl;

PersonEditor::PersonEditor(QObject *parent) : QObject(parent) { }

void PersonEditor::setStore(AppStore *store)
{
    if (m_store == store) {
        return;
    }
    m_store = store;
    load();
    Q_EMIT storeChanged();
}

void PersonEditor::setPersonId(const QString &id)
{
    if (m_personId == id) {
        return;
    }
    m_personId = id;
    load();
    Q_EMIT personIdChanged();
}

void PersonEditor::setError(const QString &field, const QString &message)
{
    if (m_errorField == field && m_errorString == message) {
        return;
    }
    m_errorField = field;
    m_errorString = message;
    Q_EMIT errorChanged();
}

void PersonEditor::load()
{
    m_organisationId.clear();
    m_functionId.clear();
    m_givenName.clear();
    m_familyName.clear();
    m_organisationName.clear();
    m_functionTitle.clear();
    m_mobile.clear();
    m_whatsapp.clear();
    m_landline.clear();
    m_email.clear();
    if (m_store && !m_personId.isEmpty()) {
        auto p = PersonRepository(m_store->db()).get(m_personId);
        if (p && p.value()) {
            const Person &person = *p.value();
            m_givenName = person.givenName;
            m_familyName = person.familyName;
            m_mobile = person.mobile.isEmpty() ? QString() : PhoneNumbers::formatForDisplay(person.mobile);
            m_whatsapp = person.whatsapp.isEmpty() ? QString() : PhoneNumbers::formatForDisplay(person.whatsapp);
            m_landline = person.landline.isEmpty() ? QString() : PhoneNumbers::formatForDisplay(person.landline);
            m_email = person.email;
            if (!person.organisationId.isEmpty()) {
                auto o = OrganisationRepository(m_store->db()).get(person.organisationId);
                if (o && o.value()) {
                    m_organisationId = o.value()->id;
                    m_organisationName = o.value()->name;
                }
            }
            auto held = FunctionRepository(m_store->db()).heldBy(m_personId);
            if (held && !held.value().isEmpty()) {
                m_functionId = held.value().first().id;
                m_functionTitle = held.value().first().title;
            }
        }
    }
    setError({}, {});
    Q_EMIT loaded();
}

void PersonEditor::assign(const QVariantMap &values)
{
    m_givenName = values.value(QStringLiteral("givenName")).toString();
    m_familyName = values.value(QStringLiteral("familyName")).toString();
    m_organisationName = values.value(QStringLiteral("organisationName")).toString();
    m_functionTitle = values.value(QStringLiteral("functionTitle")).toString();
    m_mobile = values.value(QStringLiteral("mobile")).toString();
    m_whatsapp = values.value(QStringLiteral("whatsapp")).toString();
    m_landline = values.value(QStringLiteral("landline")).toString();
    m_email = values.value(QStringLiteral("email")).toString();
}

QVariantMap PersonEditor::values() const
{
    return { { QStringLiteral("givenName"), m_givenName }, { QStringLiteral("familyName"), m_familyName },
        { QStringLiteral("organisationName"), m_organisationName }, { QStringLiteral("functionTitle"), m_functionTitle },
        { QStringLiteral("mobile"), m_mobile }, { QStringLiteral("whatsapp"), m_whatsapp },
        { QStringLiteral("landline"), m_landline }, { QStringLiteral("email"), m_email } };
}

void PersonEditor::prefill(const QVariantMap &values)
{
    if (!m_personId.isEmpty()) {
        m_personId.clear();
        Q_EMIT personIdChanged();
    }
    m_organisationId.clear();
    m_functionId.clear();
    assign(values);
    setError({}, {});
    Q_EMIT loaded();
}

bool PersonEditor::save(const QVariantMap &values)
{
    if (!m_store) {
        return false;
    }
    // The stored values stay as they are until the save went through: a refused save
    // leaves the form's draft (and what it is compared with) untouched.
    const QVariantMap stored = this->values();
    assign(values);
    const bool ok = write();
    if (!ok) {
        assign(stored);
    }
    return ok;
}

bool PersonEditor::write()
{
    Database &db = m_store->db();
    // Check every number on its own first, so the form can point at the wrong field.
    const std::pair<const char *, QString *> numbers[] = { { "mobile", &m_mobile }, { "whatsapp", &m_whatsapp },
        { "landline", &m_landline } };
    for (const auto &[field, value] : numbers) {
        if (value->trimmed().isEmpty()) {
            continue;
        }
        if (auto e164 = PhoneNumbers::toE164(*value); !e164) {
            setError(QLatin1String(field), e164.error().message);
            return false;
        }
    }
    Person person;
    if (!m_personId.isEmpty()) {
        auto existing = PersonRepository(db).get(m_personId);
        if (!existing) {
            setError({}, existing.error().message);
            return false;
        }
        if (existing.value()) {
            person = *existing.value();
        }
    }
    person.origin = Origin::Personal;
    person.givenName = m_givenName.trimmed();
    person.familyName = m_familyName.trimmed();
    person.mobile = m_mobile;
    person.whatsapp = m_whatsapp;
    person.landline = m_landline;
    person.email = m_email;
    auto valid = PersonRepository::normalised(person);
    if (!valid) {
        const QString code = valid.error().code;
        setError(code.startsWith(QLatin1String("person.email")) ? QStringLiteral("email")
                                                                 : code.startsWith(QLatin1String("person.name"))
                ? QStringLiteral("givenName")
                : QString(),
            valid.error().message);
        return false;
    }

    QString savedId;
    const Status s = db.write([&]() -> Status {
        OrganisationRepository organisations(db);
        FunctionRepository functions(db);
        QString organisationId = m_organisationId;
        const QString orgName = m_organisationName.trimmed();
        if (orgName.isEmpty()) {
            organisationId.clear();
        } else {
            Organisation o;
            if (!organisationId.isEmpty()) {
                auto existing = organisations.get(organisationId);
                if (!existing) {
                    return existing.error();
                }
                if (existing.value() && existing.value()->origin == Origin::Personal) {
                    o = *existing.value();
                } else {
                    organisationId.clear();
                }
            }
            o.origin = Origin::Personal;
            o.name = orgName;
            o.visibility = FieldVisibility(Visibility::Private);
            auto id = organisations.save(o);
            if (!id) {
                return id.error();
            }
            organisationId = id.value();
        }
        Person p = valid.value();
        p.organisationId = organisationId;
        auto id = PersonRepository(db).save(p);
        if (!id) {
            return id.error();
        }
        savedId = id.value();

        const QString title = m_functionTitle.trimmed();
        if (title.isEmpty()) {
            if (!m_functionId.isEmpty()) {
                return functions.vacate(m_functionId, m_store->now().date().addDays(-1));
            }
            return {};
        }
        Function f;
        if (!m_functionId.isEmpty()) {
            auto existing = functions.get(m_functionId);
            if (!existing) {
                return existing.error();
            }
            if (existing.value()) {
                f = *existing.value();
            }
        }
        f.origin = Origin::Personal;
        f.organisationId = organisationId;
        f.title = title;
        auto fid = functions.save(f);
        if (!fid) {
            return fid.error();
        }
        if (m_functionId.isEmpty()) {
            return functions.handOver(fid.value(), savedId, m_store->now().date());
        }
        return {};
    });
    if (!s) {
        const QString code = s.error().code;
        setError(code.startsWith(QLatin1String("function")) ? QStringLiteral("organisationName") : QString(),
            s.error().message);
        return false;
    }
    const bool idChanged = m_personId != savedId;
    m_personId = savedId;
    load();
    if (idChanged) {
        Q_EMIT personIdChanged();
    }
    m_store->notifyPartnersChanged();
    Q_EMIT saved(savedId);
    return true;
}

bool PersonEditor::remove()
{
    if (!m_store || m_personId.isEmpty()) {
        return false;
    }
    Database &db = m_store->db();
    const Status s = db.write([&]() -> Status {
        // My lines to this person go with them; the personal organisation and role too
        // when nobody else of mine uses them.
        QuickLineRepository lines(db);
        auto all = lines.list();
        if (!all) {
            return all.error();
        }
        for (const QuickLine &q : all.value()) {
            if (q.targetKind == TargetKind::Person && q.targetId == m_personId) {
                if (auto r = lines.remove(q.id); !r) {
                    return r;
                }
            }
        }
        if (!m_functionId.isEmpty()) {
            auto f = FunctionRepository(db).get(m_functionId);
            if (f && f.value() && f.value()->origin == Origin::Personal) {
                for (const QuickLine &q : all.value()) {
                    if (q.targetKind == TargetKind::Function && q.targetId == m_functionId) {
                        if (auto r = lines.remove(q.id); !r) {
                            return r;
                        }
                    }
                }
                if (auto r = FunctionRepository(db).remove(m_functionId); !r) {
                    return r;
                }
            }
        }
        if (auto r = PersonRepository(db).remove(m_personId); !r) {
            return r;
        }
        if (!m_organisationId.isEmpty()) {
            auto others = PersonRepository(db).listForOrganisation(m_organisationId);
            auto o = OrganisationRepository(db).get(m_organisationId);
            if (others && others.value().isEmpty() && o && o.value() && o.value()->origin == Origin::Personal) {
                return OrganisationRepository(db).remove(m_organisationId);
            }
        }
        return {};
    });
    if (!s) {
        setError({}, s.error().message);
        return false;
    }
    m_personId.clear();
    load();
    Q_EMIT personIdChanged();
    m_store->notifyPartnersChanged();
    return true;
}
