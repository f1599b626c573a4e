#include "partnerdetail.h"

#include "faceprovider.h"
#include "rebind.h"

#include "availability.h"
#include "channellauncher.h"
#include "contacts.h"
#include "flagrepository.h"
#include "functionrepository.h"
#include "noterepository.h"
#include "personrepository.h"
#include "schoolowner.h"
#include "phonenumbers.h"
#include "presencerepository.h"
#include "share.h"

#include <QFile>
#include <QLocale>
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcApp)

using namespace kl;

PartnerDetail::PartnerDetail(QObject *parent) : QObject(parent) { }

void PartnerDetail::setStore(AppStore *store)
{
    if (!rebind(m_store, store, this, &PartnerDetail::reload, &AppStore::partnersChanged, &AppStore::clockChanged, &AppStore::languageChanged)) {
        return;
    }
    reload();
    Q_EMIT storeChanged();
}

void PartnerDetail::setKind(int kind)
{
    const auto k = static_cast<TargetKind>(std::clamp(kind, 0, 2));
    if (k == m_kind) {
        return;
    }
    m_kind = k;
    reload();
    Q_EMIT targetChanged();
}

void PartnerDetail::setTargetId(const QString &id)
{
    if (id == m_targetId) {
        return;
    }
    m_targetId = id;
    reload();
    Q_EMIT targetChanged();
}

bool PartnerDetail::canCall() const
{
    return !ChannelUrl::addressFor(Channel::Call, m_address).isEmpty();
}
bool PartnerDetail::canWhatsApp() const
{
    return !ChannelUrl::addressFor(Channel::WhatsApp, m_address).isEmpty();
}
bool PartnerDetail::canSms() const
{
    return !ChannelUrl::addressFor(Channel::Sms, m_address).isEmpty();
}
bool PartnerDetail::canEmail() const
{
    return !m_address.email.isEmpty();
}

void PartnerDetail::setError(const QString &error)
{
    if (error == m_errorString) {
        return;
    }
    m_errorString = error;
    Q_EMIT errorStringChanged();
}

void PartnerDetail::reload()
{
    if (!m_completed) {
        return;
    }
    m_exists = false;
    m_name.clear();
    m_givenName.clear();
    m_familyName.clear();
    m_initials.clear();
    m_functionTitle.clear();
    m_organisationName.clear();
    m_category.clear();
    m_topics.clear();
    m_internalContact.clear();
    m_ownerRole.clear();
    m_presence.clear();
    m_availability.clear();
    m_atSchoolNow = false;
    m_phoneDisplay.clear();
    m_address = {};
    m_website.clear();
    m_personal = false;
    m_personId.clear();
    m_otherPhones.clear();
    m_otherEmails.clear();
    m_schoolNote.clear();
    m_person = {};
    m_functionId.clear();
    m_photo.clear();
    m_formerHolders.clear();
    m_contacts.clear();
    m_openFlags = 0;
    m_note.clear();
    m_starred = false;

    if (m_store && !m_targetId.isEmpty()) {
        Database &db = m_store->db();
        auto resolved = m_store->resolve(m_kind, m_targetId);
        if (resolved) {
            const ResolvedTarget &t = resolved.value();
            m_exists = true;
            m_name = t.displayName();
            m_initials = t.initials();
            if (t.person) {
                m_personId = t.person->id;
                m_givenName = t.person->givenName;
                m_familyName = t.person->familyName;
                m_address = t.address();
                m_photo = t.person->photo;
                m_person = *t.person;
                for (const QString &n : t.person->extraPhones) {
                    m_otherPhones << PhoneNumbers::formatForDisplay(n);
                }
                m_otherEmails = t.person->extraEmails;
                m_schoolNote = t.person->note;
                const QString phone = ChannelUrl::addressFor(Channel::Call, m_address);
                m_phoneDisplay = phone.isEmpty() ? QString() : PhoneNumbers::formatForDisplay(phone);
            }
            if (t.function) {
                m_functionId = t.function->id;
                m_functionTitle = t.function->title;
                m_topics << t.function->topics;
            }
            if (t.organisation) {
                m_organisationName = t.organisation->name;
                m_category = categories::label(t.organisation->category);
                for (const QString &topic : t.organisation->topics) {
                    if (!m_topics.contains(topic, Qt::CaseInsensitive)) {
                        m_topics << topic;
                    }
                }
                // The owner is a school role (issue 15): its holder now, and the deputy.
                const SchoolOwner owner = schoolOwnerOf(db, *t.organisation);
                m_internalContact = owner.contact;
                m_ownerRole = owner.role;
                m_website = t.organisation->website;
            }
            m_personal = (m_kind == TargetKind::Person && t.person && t.person->origin == Origin::Personal)
                || (m_kind == TargetKind::Function && t.function && t.function->origin == Origin::Personal)
                || (m_kind == TargetKind::Organisation && t.organisation && t.organisation->origin == Origin::Personal);

            if (auto windows = presenceFor(db, m_kind, m_targetId); windows) {
                for (const Presence &p : windows.value()) {
                    m_presence << describe(p);
                }
                const Availability a = nextAvailability(windows.value(), m_store->now());
                m_atSchoolNow = a.atSchoolNow;
                m_availability = describeAvailability(a, m_store->now());
            }
            if (m_kind == TargetKind::Function) {
                FunctionRepository functions(db);
                if (auto history = functions.history(m_targetId); history) {
                    for (const Holding &h : history.value()) {
                        if (!h.until) {
                            continue;
                        }
                        auto p = PersonRepository(db).get(h.personId);
                        if (p && p.value()) {
                            m_formerHolders << tr("%1 (until %2)")
                                                   .arg(p.value()->displayName(),
                                                       QLocale().toString(*h.until, QLocale::ShortFormat));
                        }
                    }
                }
            }
            if (m_kind == TargetKind::Organisation) {
                auto fns = FunctionRepository(db).listForOrganisation(m_targetId);
                if (fns) {
                    for (const Function &f : fns.value()) {
                        auto holder = FunctionRepository(db).currentHolder(f.id);
                        QVariantMap c;
                        c.insert(QStringLiteral("kind"), static_cast<int>(TargetKind::Function));
                        c.insert(QStringLiteral("targetId"), f.id);
                        c.insert(QStringLiteral("title"), f.title);
                        c.insert(QStringLiteral("name"),
                            holder && holder.value() ? holder.value()->displayName() : QString());
                        c.insert(QStringLiteral("initials"),
                            holder && holder.value() ? holder.value()->initials() : f.title.left(1).toUpper());
                        m_contacts << c;
                    }
                }
            }
            if (auto flags = FlagRepository(db).forTarget(noteKind(), noteId()); flags) {
                for (const Flag &f : flags.value()) {
                    m_openFlags += f.resolved ? 0 : 1;
                }
            }
            if (auto n = NoteRepository(db).note(noteKind(), noteId()); n) {
                m_note = n.value();
            }
            if (auto s = NoteRepository(db).isStarred(m_kind, m_targetId); s) {
                m_starred = s.value();
            }
        } else {
            qCDebug(lcApp) << "detail:" << resolved.error().message;
        }
    }
    Q_EMIT loaded();
}

// Notes and flags are about the person in front of you; a vacant function gets them itself.
TargetKind PartnerDetail::noteKind() const
{
    return m_personId.isEmpty() ? m_kind : TargetKind::Person;
}

QString PartnerDetail::noteId() const
{
    return m_personId.isEmpty() ? m_targetId : m_personId;
}

QString PartnerDetail::contact(int channel)
{
    if (!m_store) {
        return {};
    }
    return m_store->contact(static_cast<int>(m_kind), m_targetId, channel);
}

bool PartnerDetail::saveNote(const QString &text)
{
    if (!m_store || !m_exists) {
        return false;
    }
    if (auto s = NoteRepository(m_store->db()).setNote(noteKind(), noteId(), text); !s) {
        setError(s.error().message);
        return false;
    }
    setError({});
    m_note = text.trimmed().isEmpty() ? QString() : text;
    Q_EMIT loaded();
    m_store->say(tr("Note saved on this device."));
    return true;
}

bool PartnerDetail::setStarred(bool starred)
{
    if (!m_store || !m_exists) {
        return false;
    }
    if (auto s = NoteRepository(m_store->db()).setStarred(m_kind, m_targetId, starred); !s) {
        setError(s.error().message);
        return false;
    }
    m_store->notifyPartnersChanged();
    return true;
}

bool PartnerDetail::report(int reason, const QString &comment)
{
    if (!m_store || !m_exists) {
        return false;
    }
    Flag f;
    f.targetKind = noteKind();
    f.targetId = noteId();
    f.reason = static_cast<kl::FlagReason>(std::clamp(reason, 0, 2));
    f.comment = comment.trimmed();
    f.createdAt = QDateTime::currentDateTimeUtc();
    if (auto r = FlagRepository(m_store->db()).report(f); !r) {
        setError(r.error().message);
        return false;
    }
    setError({});
    ++m_openFlags;
    Q_EMIT loaded();
    m_store->say(tr("Thank you. The coordinator will check this contact."));
    return true;
}

VCardData PartnerDetail::vcardData() const
{
    VCardData c;
    c.uid = m_personId.isEmpty() ? m_targetId : m_personId;
    c.givenName = m_givenName;
    c.familyName = m_familyName;
    if (m_givenName.isEmpty() && m_familyName.isEmpty()) {
        c.familyName = m_name;
    }
    c.organisation = m_organisationName;
    c.title = m_functionTitle;
    c.mobile = m_address.mobile;
    c.landline = m_address.landline;
    c.email = m_address.email;
    c.middleName = m_person.middleName;
    c.namePrefix = m_person.namePrefix;
    c.nameSuffix = m_person.nameSuffix;
    c.extraPhones = m_person.extraPhones;
    c.extraEmails = m_person.extraEmails;
    c.url = m_website;
    c.photo = m_photo;
    if (!m_presence.isEmpty()) {
        c.note = tr("At school: %1").arg(m_presence.join(QStringLiteral("; ")));
    }
    if (!m_category.isEmpty()) {
        c.categories << m_category;
    }
    return c;
}

bool PartnerDetail::addToContacts()
{
    if (!m_store || !m_exists) {
        return false;
    }
    if (!m_store->contacts().addContact(vcardData())) {
        setError(tr("This phone has no contacts app that takes the card. Copy the details and add them by hand."));
        m_store->reportCannotOpen(m_errorString, m_phoneDisplay.isEmpty() ? m_address.email : m_phoneDisplay, shareText());
        return false;
    }
    setError({});
    return true;
}

QString PartnerDetail::shareText() const
{
    QStringList lines;
    lines << m_name;
    const QStringList role = QStringList { m_functionTitle, m_organisationName };
    QStringList kept;
    for (const QString &r : role) {
        if (!r.isEmpty() && r != m_name) {
            kept << r;
        }
    }
    if (!kept.isEmpty()) {
        lines << kept.join(QStringLiteral(", "));
    }
    if (!m_phoneDisplay.isEmpty()) {
        lines << tr("Phone: %1").arg(m_phoneDisplay);
    }
    if (!m_address.email.isEmpty()) {
        lines << tr("E-mail: %1").arg(m_address.email);
    }
    if (!m_presence.isEmpty()) {
        lines << tr("At school: %1").arg(m_presence.join(QStringLiteral("; ")));
    }
    return lines.join(QLatin1Char('\n'));
}

bool PartnerDetail::share()
{
    if (!m_store || !m_exists) {
        return false;
    }
    switch (m_store->share().shareText(m_name, shareText())) {
    case platform::Share::Outcome::Shared:
        return true;
    case platform::Share::Outcome::CopiedToClipboard:
        m_store->say(tr("Contact details copied. Paste them where you want to share them."));
        return true;
    case platform::Share::Outcome::Failed:
        break;
    }
    setError(tr("Sharing is not available on this device."));
    return false;
}

QString PartnerDetail::face() const
{
    return FaceImageProvider::urlFor(m_personId, m_photo);
}
