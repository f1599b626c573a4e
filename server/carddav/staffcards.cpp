#include "staffcards.h"

#include "domain.h"
#include "publiccard.h"
#include "rows.h"

#include <QHash>
#include <QMimeDatabase>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

namespace kl::server {

namespace {

bool staffMay(const FieldVisibility &v, const QString &field)
{
    return v.of(field) != Visibility::Private;
}

bool isE164(const QString &number)
{
    static const QRegularExpression re(QStringLiteral("^\\+[1-9][0-9]{6,14}$"));
    return re.match(number).hasMatch();
}

QString number(const Person &p, const char *field, const QString &value)
{
    return staffMay(p.visibility, QLatin1String(field)) && isE164(value) ? value : QString();
}

struct Sources
{
    QHash<QString, std::pair<Organisation, qint64>> organisations;
    QHash<QString, std::pair<Function, qint64>> functions;
    QList<std::pair<Person, qint64>> persons;
    QList<std::pair<Holding, qint64>> holdings;
    QList<std::pair<Presence, qint64>> presence;
};

Sources sort(const QList<ServerRow> &rows)
{
    Sources s;
    for (const ServerRow &row : rows) {
        if (row.deleted) {
            continue;
        }
        const QVariantMap map = decodedFields(row);
        if (row.table == QLatin1String("persons")) {
            s.persons.append({ rows::person(map), row.version });
        } else if (row.table == QLatin1String("organisations")) {
            s.organisations.insert(row.id, { rows::organisation(map), row.version });
        } else if (row.table == QLatin1String("functions")) {
            s.functions.insert(row.id, { rows::function(map), row.version });
        } else if (row.table == QLatin1String("holdings")) {
            s.holdings.append({ rows::holding(map), row.version });
        } else if (row.table == QLatin1String("presence")) {
            s.presence.append({ rows::presence(map), row.version });
        }
    }
    return s;
}

QString presenceLine(const Presence &p)
{
    QString line = publiccard::presenceText(p, PublicLanguage::Dutch);
    if (p.validFrom) {
        line += QStringLiteral(" (vanaf %1)").arg(p.validFrom->toString(Qt::ISODate));
    }
    if (p.validUntil) {
        line += QStringLiteral(" (t/m %1)").arg(p.validUntil->toString(Qt::ISODate));
    }
    return line;
}

} // namespace

QString StaffCard::displayName() const
{
    const QString name = QStringList { givenName, familyName }.join(QLatin1Char(' ')).trimmed();
    if (!name.isEmpty()) {
        return name;
    }
    if (!functions.isEmpty()) {
        return organisation.isEmpty() ? functions.first() : functions.first() + QStringLiteral(", ") + organisation;
    }
    return organisation.isEmpty() ? QStringLiteral("?") : organisation;
}

QList<StaffCard> staffcards::build(const QList<ServerRow> &rows)
{
    const Sources s = sort(rows);
    QHash<QString, QList<QString>> heldBy; // person -> ids of the functions held now
    QHash<QString, qint64> holdingVersion; // person -> highest version of their current holdings
    for (const auto &[h, version] : s.holdings) {
        const auto f = s.functions.constFind(h.functionId);
        if (h.until || f == s.functions.cend() || f->first.origin != Origin::School) {
            continue;
        }
        heldBy[h.personId] << h.functionId;
        holdingVersion[h.personId] = std::max(holdingVersion.value(h.personId), std::max(version, f->second));
    }
    QList<StaffCard> out;
    static const QRegularExpression mail(QStringLiteral("^[^\\s@<>\"]+@[^\\s@<>\"]+\\.[^\\s@<>\"]+$"));
    for (const auto &[p, version] : s.persons) {
        if (p.origin != Origin::School) {
            continue; // a teacher's own contacts never leave their phone
        }
        const FieldVisibility &v = p.visibility;
        StaffCard c;
        c.personId = p.id;
        c.sourceVersion = std::max(version, holdingVersion.value(p.id));
        c.givenName = staffMay(v, QStringLiteral("given_name")) ? p.givenName.trimmed() : QString();
        c.familyName = staffMay(v, QStringLiteral("family_name")) ? p.familyName.trimmed() : QString();
        if (staffMay(v, QStringLiteral("photo")) && !p.photo.isEmpty()) {
            const QString mime = QMimeDatabase().mimeTypeForData(p.photo).name();
            if (mime == QLatin1String("image/jpeg") || mime == QLatin1String("image/png")) {
                c.photo = p.photo;
            }
        }
        c.mobile = number(p, "mobile", p.mobile);
        c.landline = number(p, "landline", p.landline);
        const QString whatsapp = number(p, "whatsapp", p.whatsapp);
        if (!whatsapp.isEmpty() && whatsapp != c.mobile) {
            c.whatsapp = whatsapp;
        }
        if (staffMay(v, QStringLiteral("email")) && mail.match(p.email.trimmed()).hasMatch()) {
            c.email = p.email.trimmed();
        }
        if (const auto o = s.organisations.constFind(p.organisationId);
            o != s.organisations.cend() && o->first.origin == Origin::School) {
            const Organisation &org = o->first;
            c.sourceVersion = std::max(c.sourceVersion, o->second);
            if (staffMay(org.visibility, QStringLiteral("name"))) {
                c.organisation = org.name.trimmed();
            }
            const QUrl site(org.website.trimmed(), QUrl::StrictMode);
            if (staffMay(org.visibility, QStringLiteral("website")) && site.isValid() && !site.host().isEmpty()
                && (site.scheme() == QLatin1String("https") || site.scheme() == QLatin1String("http"))) {
                c.website = site.toString();
            }
        }
        const QList<QString> held = heldBy.value(p.id);
        if (staffMay(v, publiccard::kFunctionField)) {
            for (const QString &fid : held) {
                const QString title = s.functions.value(fid).first.title.trimmed();
                if (!title.isEmpty() && !c.functions.contains(title)) {
                    c.functions << title;
                }
            }
            std::sort(c.functions.begin(), c.functions.end());
        }
        QList<std::pair<Presence, qint64>> windows;
        for (const auto &[w, wVersion] : s.presence) {
            if (w.origin == Origin::School && (w.personId == p.id || (!w.functionId.isEmpty() && held.contains(w.functionId)))) {
                windows.append({ w, wVersion });
            }
        }
        std::sort(windows.begin(), windows.end(), [](const auto &a, const auto &b) {
            return std::tie(a.first.weekday, a.first.start, a.first.id) < std::tie(b.first.weekday, b.first.start, b.first.id);
        });
        for (const auto &[w, wVersion] : windows) {
            c.sourceVersion = std::max(c.sourceVersion, wVersion);
            if (staffMay(v, publiccard::kPresenceField)) {
                c.presence << presenceLine(w);
            }
        }
        out << c;
    }
    std::sort(out.begin(), out.end(), [](const StaffCard &a, const StaffCard &b) { return a.personId < b.personId; });
    return out;
}

} // namespace kl::server
