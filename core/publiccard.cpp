#include "publiccard.h"

#include "functionrepository.h"
#include "organisationrepository.h"
#include "personrepository.h"
#include "presencerepository.h"
#include "vcard.h"

#include <QCryptographicHash>
#include <QMimeDatabase>
#include <QRegularExpression>

namespace kl {

QString PublicCard::displayName() const
{
    return QStringList { givenName.trimmed(), familyName.trimmed() }.join(QLatin1Char(' ')).trimmed();
}

QString PublicCard::initials() const
{
    Person p;
    p.givenName = givenName;
    p.familyName = familyName;
    return p.initials();
}

namespace publiccard {

namespace {

bool isE164(const QString &number)
{
    static const QRegularExpression e164(QStringLiteral("^\\+[1-9][0-9]{6,14}$"));
    return e164.match(number).hasMatch();
}

QString publicNumber(const Person &p, const char *field, const QString &value)
{
    return p.visibility.isPublic(QLatin1String(field)) && isE164(value) ? value : QString();
}

} // namespace

QString slug(const QString &schoolId, const QString &personId)
{
    // A fixed label keeps these hashes apart from any other use of the same ids.
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData("kortelijn-public-page-v1");
    h.addData(QByteArrayView("\0", 1));
    h.addData(schoolId.toUtf8());
    h.addData(QByteArrayView("\0", 1));
    h.addData(personId.toUtf8());
    const QByteArray digest = h.result();
    // RFC 4648 base32, lower case: 16 characters = 80 bits, no padding, easy to read aloud.
    static const char kAlphabet[] = "abcdefghijklmnopqrstuvwxyz234567";
    QString out;
    quint64 buffer = 0;
    int bits = 0;
    for (int i = 0; out.size() < 16; ++i) {
        buffer = (buffer << 8) | static_cast<unsigned char>(digest.at(i));
        bits += 8;
        while (bits >= 5 && out.size() < 16) {
            out += QLatin1Char(kAlphabet[(buffer >> (bits - 5)) & 31]);
            bits -= 5;
        }
    }
    return out;
}

bool isSlug(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^[a-z2-7]{16}$"));
    return re.match(text).hasMatch();
}

QString pageUrl(const QUrl &server, const QString &slug)
{
    // "https://school.nl/" and "https://school.nl" give the same page (QUrl keeps a root "/").
    QString base = server.toString(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo);
    while (base.endsWith(QLatin1Char('/'))) {
        base.chop(1);
    }
    return base + QStringLiteral("/p/") + slug;
}

bool isPublished(const Person &person)
{
    return !person.deleted && person.origin == Origin::School && !person.displayName().isEmpty()
        && person.visibility.isPublic(QStringLiteral("given_name")) && person.visibility.isPublic(QStringLiteral("family_name"));
}

std::optional<PublicCard> make(const QString &schoolId, const Person &person, const Organisation *organisation,
    const QList<Function> &held, const QList<Presence> &presence, const QDate &today)
{
    if (!isPublished(person)) {
        return std::nullopt;
    }
    const FieldVisibility &v = person.visibility;
    PublicCard c;
    c.schoolId = schoolId;
    c.personId = person.id;
    c.slug = slug(schoolId, person.id);
    c.givenName = person.givenName.trimmed();
    c.familyName = person.familyName.trimmed();
    if (v.isPublic(QStringLiteral("photo")) && !person.photo.isEmpty()) {
        const QString mime = QMimeDatabase().mimeTypeForData(person.photo).name();
        if (mime == QLatin1String("image/jpeg") || mime == QLatin1String("image/png")) {
            c.photo = person.photo;
        }
    }
    c.mobile = publicNumber(person, "mobile", person.mobile);
    c.landline = publicNumber(person, "landline", person.landline);
    // An empty WhatsApp number means "same as mobile": public only if the mobile is too.
    if (v.isPublic(QStringLiteral("whatsapp"))) {
        c.whatsapp = person.whatsapp.isEmpty() ? c.mobile : publicNumber(person, "whatsapp", person.whatsapp);
    }
    static const QRegularExpression mail(QStringLiteral("^[^\\s@<>\"]+@[^\\s@<>\"]+\\.[^\\s@<>\"]+$"));
    if (v.isPublic(QStringLiteral("email")) && mail.match(person.email.trimmed()).hasMatch()) {
        c.email = person.email.trimmed();
    }
    if (organisation && !organisation->deleted && organisation->id == person.organisationId) {
        if (organisation->visibility.isPublic(QStringLiteral("name"))) {
            c.organisation = organisation->name.trimmed();
        }
        const QUrl site(organisation->website.trimmed(), QUrl::StrictMode);
        if (organisation->visibility.isPublic(QStringLiteral("website")) && site.isValid()
            && (site.scheme() == QLatin1String("https") || site.scheme() == QLatin1String("http")) && !site.host().isEmpty()) {
            c.website = site.toString();
        }
    }
    QStringList heldIds;
    for (const Function &f : held) {
        if (f.deleted) {
            continue;
        }
        heldIds << f.id;
        if (v.isPublic(kFunctionField) && !f.title.trimmed().isEmpty() && !c.functions.contains(f.title.trimmed())) {
            c.functions << f.title.trimmed();
        }
    }
    if (v.isPublic(kPresenceField)) {
        for (const Presence &p : presence) {
            const bool mine = p.personId == person.id || (!p.functionId.isEmpty() && heldIds.contains(p.functionId));
            const bool current = !p.validUntil || *p.validUntil >= today;
            if (!p.deleted && p.isPublic && mine && current && p.weekday >= 1 && p.weekday <= 7 && p.start.isValid() && p.end.isValid()) {
                c.presence << p;
            }
        }
        std::sort(c.presence.begin(), c.presence.end(), [](const Presence &a, const Presence &b) {
            return std::tie(a.weekday, a.start, a.id) < std::tie(b.weekday, b.start, b.id);
        });
    }
    return c;
}

Result<std::optional<PublicCard>> load(Database &db, const QString &schoolId, const QString &personId, const QDate &today)
{
    auto person = PersonRepository(db).get(personId);
    if (!person) {
        return person.error();
    }
    if (!person.value() || !isPublished(*person.value())) {
        return std::optional<PublicCard>();
    }
    std::optional<Organisation> organisation;
    if (!person.value()->organisationId.isEmpty()) {
        auto o = OrganisationRepository(db).get(person.value()->organisationId);
        if (!o) {
            return o.error();
        }
        organisation = o.value();
    }
    auto held = FunctionRepository(db).heldBy(personId);
    if (!held) {
        return held.error();
    }
    QList<Presence> presence;
    if (organisation) {
        auto all = PresenceRepository(db).listForOrganisation(organisation->id);
        if (!all) {
            return all.error();
        }
        presence = all.value();
    }
    for (const Function &f : held.value()) {
        if (organisation && f.organisationId == organisation->id) {
            continue;
        }
        auto more = PresenceRepository(db).listForOrganisation(f.organisationId);
        if (!more) {
            return more.error();
        }
        presence += more.value();
    }
    return make(schoolId, *person.value(), organisation ? &*organisation : nullptr, held.value(), presence, today);
}

PublicLanguage languageFromAcceptLanguage(const QByteArray &header)
{
    // "en-GB,en;q=0.9,nl;q=0.8": the first of nl/en by quality wins; Dutch by default.
    double bestQ = -1;
    PublicLanguage best = PublicLanguage::Dutch;
    for (const QByteArray &rawPart : header.split(',')) {
        const QList<QByteArray> bits = rawPart.trimmed().split(';');
        const QByteArray tag = bits.value(0).trimmed().toLower();
        double q = 1;
        for (qsizetype i = 1; i < bits.size(); ++i) {
            const QByteArray param = bits.at(i).trimmed();
            if (param.startsWith("q=")) {
                bool ok = false;
                q = param.mid(2).toDouble(&ok);
                if (!ok) {
                    q = 0;
                }
            }
        }
        std::optional<PublicLanguage> lang;
        if (tag == "nl" || tag.startsWith("nl-")) {
            lang = PublicLanguage::Dutch;
        } else if (tag == "en" || tag.startsWith("en-")) {
            lang = PublicLanguage::English;
        }
        if (lang && q > 0 && q > bestQ) {
            bestQ = q;
            best = *lang;
        }
    }
    return best;
}

QString weekdayName(int isoWeekday, PublicLanguage language)
{
    static const char *const kNl[] = { "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag" };
    static const char *const kEn[] = { "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday" };
    if (isoWeekday < 1 || isoWeekday > 7) {
        return {};
    }
    return QLatin1String(language == PublicLanguage::English ? kEn[isoWeekday - 1] : kNl[isoWeekday - 1]);
}

QString presenceText(const Presence &p, PublicLanguage language)
{
    auto time = [](const QTime &t) {
        return t == QTime(23, 59, 59) ? QStringLiteral("24:00") : QStringLiteral("%1:%2").arg(t.hour()).arg(t.minute(), 2, 10, QLatin1Char('0'));
    };
    QString out = QStringLiteral("%1 %2-%3").arg(weekdayName(p.weekday, language), time(p.start), time(p.end));
    // A bare room number reads "kamer 12"; a room with a name ("ouderkamer") stands alone.
    const QString room = p.room.trimmed();
    if (!room.isEmpty()) {
        out += room.front().isDigit() ? (language == PublicLanguage::English ? QStringLiteral(", room ") : QStringLiteral(", kamer ")) + room
                                      : QStringLiteral(", ") + room;
    }
    return out;
}

QByteArray vcard(const PublicCard &c, PublicLanguage language, const QString &url, bool withPhoto)
{
    QList<QByteArray> lines;
    auto add = [&](const QString &line) { lines << VCard::fold(line.toUtf8()); };
    add(QStringLiteral("BEGIN:VCARD"));
    add(QStringLiteral("VERSION:3.0"));
    add(QStringLiteral("N:%1;%2;;;").arg(VCard::escape(c.familyName), VCard::escape(c.givenName)));
    add(QStringLiteral("FN:") + VCard::escape(c.displayName()));
    if (!c.organisation.isEmpty()) {
        add(QStringLiteral("ORG:") + VCard::escape(c.organisation));
    }
    if (!c.functions.isEmpty()) {
        add(QStringLiteral("TITLE:") + VCard::escape(c.functions.join(QStringLiteral(", "))));
    }
    const QString mobile = VCard::phoneNumber(c.mobile);
    const QString whatsapp = VCard::phoneNumber(c.whatsapp);
    const QString landline = VCard::phoneNumber(c.landline);
    if (!mobile.isEmpty()) {
        add(QStringLiteral("TEL;TYPE=CELL,VOICE,PREF:") + mobile);
    }
    if (!whatsapp.isEmpty() && whatsapp != mobile) {
        add(QStringLiteral("TEL;TYPE=CELL:") + whatsapp);
    }
    if (!landline.isEmpty()) {
        add(QStringLiteral("TEL;TYPE=WORK,VOICE:") + landline);
    }
    if (!c.email.isEmpty()) {
        add(QStringLiteral("EMAIL;TYPE=INTERNET,WORK:") + VCard::escape(c.email));
    }
    if (const QString page = VCard::webAddress(url); !page.isEmpty()) {
        add(QStringLiteral("URL:") + page);
    } else if (const QString site = VCard::webAddress(c.website); !site.isEmpty()) {
        add(QStringLiteral("URL:") + site);
    }
    if (!c.presence.isEmpty()) {
        QStringList when;
        for (const Presence &p : c.presence) {
            when << presenceText(p, language);
        }
        const QString label = language == PublicLanguage::English ? QStringLiteral("At school: ") : QStringLiteral("Op school: ");
        add(QStringLiteral("NOTE:") + VCard::escape(label + when.join(QStringLiteral("; "))));
    }
    if (withPhoto && !c.photo.isEmpty()) {
        const bool png = QMimeDatabase().mimeTypeForData(c.photo).name() == QLatin1String("image/png");
        add(QStringLiteral("PHOTO;ENCODING=b;TYPE=%1:").arg(png ? QStringLiteral("PNG") : QStringLiteral("JPEG"))
            + QString::fromLatin1(c.photo.toBase64()));
    }
    add(QStringLiteral("END:VCARD"));
    return lines.join("\r\n") + "\r\n";
}

QByteArray offlineQrText(const PublicCard &card, PublicLanguage language)
{
    return vcard(card, language, {}, false);
}

} // namespace publiccard

} // namespace kl
