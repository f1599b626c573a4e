#include "publicpages.h"

#include "phonenumbers.h"
#include "qrcodes.h"
#include "rows.h"
#include "syncprotocol.h"
#include "vcard.h"

#include <QFile>
#include <QRegularExpression>

namespace kl::server {

namespace {

using Lang = PublicLanguage;

// The few words of the public pages; the server loads no Qt translator.
QString tr(Lang lang, const char *nl, const char *en)
{
    return QString::fromUtf8(lang == Lang::English ? en : nl);
}

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QByteArray resource(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

const QByteArray &publicCss()
{
    static const QByteArray css = resource(QStringLiteral(":/web/public/public.css"));
    return css;
}

const QByteArray &posterCss()
{
    static const QByteArray css = resource(QStringLiteral(":/web/public/poster.css"));
    return css;
}

QList<QPair<QByteArray, QByteArray>> htmlHeaders()
{
    // No script anywhere; styles inline; images from this server only.
    return { { "Content-Security-Policy",
                 "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; "
                 "frame-ancestors 'none'" },
        { "Referrer-Policy", "no-referrer" },
        { "X-Robots-Tag", "noindex, nofollow" }, { "Vary", "Accept-Language" } };
}

QString head(Lang lang, const QString &title, const QByteArray &css)
{
    // The icon is inline, so browsers do not ask for /favicon.ico (a 404 in their console).
    return QStringLiteral("<!DOCTYPE html>\n<html lang=\"") + (lang == Lang::English ? QStringLiteral("en") : QStringLiteral("nl"))
        + QStringLiteral("\"><head><meta charset=\"utf-8\">"
                         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                         "<meta name=\"color-scheme\" content=\"light dark\"><meta name=\"robots\" content=\"noindex, nofollow\">"
                         "<meta name=\"referrer\" content=\"no-referrer\">"
                         "<link rel=\"icon\" href=\"data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 2 2'%3E"
                         "%3Ccircle cx='1' cy='1' r='1' fill='%230b6e4f'/%3E%3C/svg%3E\"><title>")
        + esc(title) + QStringLiteral("</title><style>") + QString::fromUtf8(css) + QStringLiteral("</style></head>\n");
}

QString faceHtml(const PublicCard &c, Lang lang, const QString &photoUrl)
{
    if (!c.photo.isEmpty()) {
        return QStringLiteral("<img class=\"face\" src=\"%1\" alt=\"%2\" width=\"136\" height=\"136\">")
            .arg(esc(photoUrl), esc(tr(lang, "Foto van %1", "Photo of %1").arg(c.displayName())));
    }
    return QStringLiteral("<div class=\"initials\" aria-hidden=\"true\">%1</div>").arg(esc(c.initials()));
}

// Face, name, function and organisation: the top of both the page and the poster.
QString identityHtml(const PublicCard &c, Lang lang, const QString &photoUrl)
{
    QString out = faceHtml(c, lang, photoUrl);
    out += QStringLiteral("<h1>") + esc(c.displayName()) + QStringLiteral("</h1>");
    if (!c.functions.isEmpty()) {
        out += QStringLiteral("<p class=\"role\">") + esc(c.functions.join(QStringLiteral(", "))) + QStringLiteral("</p>");
    }
    if (!c.organisation.isEmpty()) {
        out += QStringLiteral("<p class=\"org\">") + esc(c.organisation) + QStringLiteral("</p>");
    }
    return out;
}

QString presenceList(const PublicCard &c, Lang lang, const char *cssClass)
{
    QString out = QStringLiteral("<ul class=\"%1\">").arg(QLatin1String(cssClass));
    for (const Presence &p : c.presence) {
        out += QStringLiteral("<li>") + esc(publiccard::presenceText(p, lang)) + QStringLiteral("</li>");
    }
    return out + QStringLiteral("</ul>");
}

QString action(const QString &href, const QString &label, const QString &detail, const QString &ariaLabel)
{
    return QStringLiteral("<li><a class=\"button\" href=\"%1\" aria-label=\"%2\">%3<small>%4</small></a></li>")
        .arg(esc(href), esc(ariaLabel), esc(label), esc(detail));
}

ApiResponse html(int status, const QByteArray &body)
{
    return ApiResponse { status, "text/html; charset=utf-8", body, htmlHeaders() };
}

QVariantMap mapFrom(const ServerRow &row)
{
    return decodedFields(row);
}

Person personFrom(const ServerRow &row)
{
    return rows::person(mapFrom(row));
}

} // namespace

QList<PublicCard> PublicPages::buildCards(const QString &schoolId, const QList<ServerRow> &rows, const QDate &today)
{
    QHash<QString, Organisation> organisations;
    QHash<QString, Function> functions;
    QList<Person> persons;
    QList<Holding> holdings;
    QList<Presence> presence;
    for (const ServerRow &row : rows) {
        if (row.deleted) {
            continue;
        }
        if (row.table == QLatin1String("persons")) {
            persons << personFrom(row);
        } else if (row.table == QLatin1String("organisations")) {
            organisations.insert(row.id, rows::organisation(mapFrom(row)));
        } else if (row.table == QLatin1String("functions")) {
            functions.insert(row.id, rows::function(mapFrom(row)));
        } else if (row.table == QLatin1String("holdings")) {
            holdings << rows::holding(mapFrom(row));
        } else if (row.table == QLatin1String("presence")) {
            presence << rows::presence(mapFrom(row));
        }
    }
    QHash<QString, QList<Function>> held; // person -> functions held now
    for (const Holding &h : holdings) {
        if (!h.until && functions.contains(h.functionId)) {
            held[h.personId] << functions.value(h.functionId);
        }
    }
    QList<PublicCard> out;
    for (const Person &p : persons) {
        const auto org = organisations.constFind(p.organisationId);
        const QList<Function> fns = held.value(p.id);
        if (auto card = publiccard::make(schoolId, p, org == organisations.cend() ? nullptr : &*org, fns, presence, today)) {
            out << *card;
        }
    }
    return out;
}

Status PublicPages::refresh()
{
    auto schools = m_storage.schools();
    if (!schools) {
        return schools.error();
    }
    const QDate today = QDate::currentDate();
    QSet<QString> present;
    bool changed = false;
    for (const SchoolInfo &s : schools.value()) {
        present.insert(s.id);
        PublicCardCache::SchoolCards &cached = m_cache.m_schools[s.id];
        cached.name = s.name;
        if (cached.version == s.version && cached.epoch == s.epoch && cached.builtOn == today) {
            continue;
        }
        auto live = m_storage.liveRows(s.id);
        if (!live) {
            return live.error();
        }
        cached.bySlug.clear();
        for (PublicCard &c : buildCards(s.id, live.value(), today)) {
            cached.bySlug.insert(c.slug, std::move(c));
        }
        cached.version = s.version;
        cached.epoch = s.epoch;
        cached.builtOn = today;
        changed = true;
    }
    for (auto it = m_cache.m_schools.begin(); it != m_cache.m_schools.end();) {
        if (!present.contains(it.key())) {
            it = m_cache.m_schools.erase(it);
            changed = true;
        } else {
            ++it;
        }
    }
    if (changed) {
        m_cache.m_slugSchool.clear();
        for (auto it = m_cache.m_schools.cbegin(); it != m_cache.m_schools.cend(); ++it) {
            for (auto c = it->bySlug.cbegin(); c != it->bySlug.cend(); ++c) {
                m_cache.m_slugSchool.insert(c.key(), it.key());
            }
        }
    }
    return {};
}

Result<std::optional<PublicCard>> PublicPages::find(const QString &slug)
{
    QMutexLocker lock(&m_cache.m_mutex);
    if (auto r = refresh(); !r) {
        return r.error();
    }
    const auto school = m_cache.m_slugSchool.constFind(slug);
    if (school == m_cache.m_slugSchool.cend()) {
        return std::optional<PublicCard>();
    }
    return std::optional<PublicCard>(m_cache.m_schools.value(*school).bySlug.value(slug));
}

Result<QList<PublicCard>> PublicPages::cards(const QString &schoolId)
{
    QMutexLocker lock(&m_cache.m_mutex);
    if (auto r = refresh(); !r) {
        return r.error();
    }
    QList<PublicCard> out = m_cache.m_schools.value(schoolId).bySlug.values();
    std::sort(out.begin(), out.end(), [](const PublicCard &a, const PublicCard &b) { return a.displayName() < b.displayName(); });
    return out;
}

QString PublicPages::schoolName(const QString &schoolId) const
{
    QMutexLocker lock(&m_cache.m_mutex);
    return m_cache.m_schools.value(schoolId).name;
}

QString PublicPages::pageUrl(const PublicCard &card) const
{
    return publiccard::pageUrl(m_publicUrl, card.slug);
}

QByteArray PublicPages::notFoundHtml(Lang lang)
{
    QString out = head(lang, tr(lang, "Niet gevonden", "Not found"), publicCss());
    out += QStringLiteral("<body><main><div class=\"card notfound\"><h1>%1</h1><p>%2</p><p>%3</p></div></main></body></html>\n")
               .arg(esc(tr(lang, "Deze pagina bestaat niet (meer)", "This page does not exist (any more)")),
                   esc(tr(lang, "Misschien is de code oud of verkeerd overgenomen.",
                       "The code may be old or may have been copied wrongly.")),
                   esc(tr(lang, "Vraag op school naar de juiste contactgegevens.", "Ask at school for the right contact details.")));
    return out.toUtf8();
}

QByteArray PublicPages::pageHtml(const PublicCard &c, Lang lang) const
{
    QString out = head(lang, c.displayName(), publicCss());
    out += QStringLiteral("<body><main><article class=\"card\">");
    out += identityHtml(c, lang, c.slug + QStringLiteral("/photo"));
    if (!c.presence.isEmpty()) {
        out += QStringLiteral("<section aria-labelledby=\"when\"><h2 id=\"when\">%1</h2>").arg(esc(tr(lang, "Op school", "At school")));
        out += presenceList(c, lang, "when") + QStringLiteral("</section>");
    }
    QString actions;
    if (!c.mobile.isEmpty()) {
        const QString shown = PhoneNumbers::formatForDisplay(c.mobile);
        actions += action(QStringLiteral("tel:") + c.mobile, tr(lang, "Bellen", "Call"), shown,
            tr(lang, "Bel %1", "Call %1").arg(shown));
    }
    if (!c.whatsapp.isEmpty()) {
        const QString shown = PhoneNumbers::formatForDisplay(c.whatsapp);
        actions += action(QStringLiteral("https://wa.me/") + c.whatsapp.mid(1), QStringLiteral("WhatsApp"), shown,
            tr(lang, "WhatsApp naar %1", "WhatsApp %1").arg(shown));
    }
    if (!c.landline.isEmpty()) {
        const QString shown = PhoneNumbers::formatForDisplay(c.landline);
        actions += action(QStringLiteral("tel:") + c.landline, tr(lang, "Vaste telefoon", "Office phone"), shown,
            tr(lang, "Bel %1", "Call %1").arg(shown));
    }
    if (!c.email.isEmpty()) {
        actions += action(QStringLiteral("mailto:") + QString::fromLatin1(QUrl::toPercentEncoding(c.email, "@+")),
            tr(lang, "E-mail", "Email"), c.email, tr(lang, "Mail naar %1", "Email %1").arg(c.email));
    }
    if (!c.website.isEmpty()) {
        actions += action(c.website, tr(lang, "Website", "Website"), QUrl(c.website).host(),
            tr(lang, "Website van %1", "Website of %1").arg(c.organisation.isEmpty() ? QUrl(c.website).host() : c.organisation));
    }
    if (!actions.isEmpty()) {
        out += QStringLiteral("<section aria-labelledby=\"reach\"><h2 id=\"reach\">%1</h2><ul class=\"actions\">%2</ul></section>")
                   .arg(esc(tr(lang, "Contact", "Contact")), actions);
    }
    out += QStringLiteral("<p class=\"save\"><a class=\"button primary\" href=\"%1.vcf\" download>%2</a></p>")
               .arg(esc(c.slug), esc(tr(lang, "Zet in mijn contacten", "Add to my contacts")));
    out += QStringLiteral("</article><footer>%1</footer></main></body></html>\n")
               .arg(esc(tr(lang, "Partner van %1", "Partner of %1").arg(schoolName(c.schoolId))));
    return out.toUtf8();
}

QByteArray PublicPages::posterHtml(const PublicCard &c, Lang lang, bool selfContained) const
{
    const QString url = pageUrl(c);
    auto svg = qrSvg(url);
    QString out = head(lang, c.displayName(), posterCss());
    out += QStringLiteral("<body><main class=\"poster\">");
    const QString photoUrl = selfContained ? QStringLiteral("data:%1;base64,%2")
                                                 .arg(QStringLiteral("image/jpeg"), QString::fromLatin1(c.photo.toBase64()))
                                           : QStringLiteral("photo"); // relative to /p/<slug>/poster
    out += identityHtml(c, lang, photoUrl);
    if (!c.presence.isEmpty()) {
        out += QStringLiteral("<div class=\"when\"><strong>%1</strong>").arg(esc(tr(lang, "Op school", "At school")));
        out += presenceList(c, lang, "") + QStringLiteral("</div>");
    }
    if (svg) {
        out += QStringLiteral("<div class=\"qr\" role=\"img\" aria-label=\"%1\">").arg(esc(tr(lang, "QR-code naar %1", "QR code to %1").arg(url)))
            + QString::fromUtf8(svg.value()) + QStringLiteral("</div>");
    }
    out += QStringLiteral("<p class=\"scan\">%1</p><p class=\"link\">%2</p></main></body></html>\n")
               .arg(esc(tr(lang, "Scan met je telefooncamera en zet mij in je contacten",
                        "Scan with your phone's camera and add me to your contacts")),
                   esc(url));
    return out.toUtf8();
}

ApiResponse PublicPages::handle(const ApiRequest &request)
{
    const Lang lang = publiccard::languageFromAcceptLanguage(request.headers.value("accept-language"));
    if (request.method != "GET") {
        ApiResponse r = html(405, notFoundHtml(lang));
        r.addHeader("Allow", "GET, HEAD");
        return r;
    }
    // /p/<slug>, /p/<slug>.vcf, /p/<slug>/<what>
    static const QRegularExpression route(QStringLiteral("^/p/([a-z2-7]{16})(\\.vcf|/[a-z.-]{1,16})?$"));
    const auto match = route.match(request.path);
    // Malformed and unknown slugs do the same lookup as known ones: one answer, one time.
    const QString slug = match.hasMatch() ? match.captured(1) : QStringLiteral("aaaaaaaaaaaaaaaa");
    const QString what = match.captured(2);
    auto found = find(slug);
    if (!found) {
        return html(500, notFoundHtml(lang));
    }
    static const QStringList kParts { QString(), QStringLiteral(".vcf"), QStringLiteral("/photo"), QStringLiteral("/qr.svg"),
        QStringLiteral("/qr.png"), QStringLiteral("/card-qr.svg"), QStringLiteral("/card-qr.png"), QStringLiteral("/poster") };
    if (!match.hasMatch() || !found.value() || !kParts.contains(what)
        || (what == QLatin1String("/photo") && !found.value()->photo.startsWith("\xFF\xD8\xFF"))) {
        return html(404, notFoundHtml(lang));
    }
    const PublicCard &c = *found.value();
    if (what.isEmpty()) {
        return html(200, pageHtml(c, lang));
    }
    if (what == QLatin1String("/poster")) {
        return html(200, posterHtml(c, lang));
    }
    if (what == QLatin1String(".vcf")) {
        const QString file = VCard::fileName(VCardData { {}, c.givenName, c.familyName, {}, {}, {}, {}, {}, {}, {}, {}, {} });
        return ApiResponse { 200, "text/vcard; charset=utf-8", publiccard::vcard(c, lang, pageUrl(c), true),
            { { "Content-Disposition", "attachment; filename=\"" + file.toUtf8() + '"' } } };
    }
    if (what == QLatin1String("/photo")) {
        // Stored photos are JPEGs (photos.h); nothing else is served as one, and no type is guessed.
        return ApiResponse { 200, "image/jpeg", c.photo, {} };
    }
    const bool offline = what.startsWith(QLatin1String("/card-qr"));
    const QString text = offline ? QString::fromUtf8(publiccard::offlineQrText(c, lang)) : pageUrl(c);
    if (what.endsWith(QLatin1String(".svg"))) {
        auto svg = qrSvg(text);
        return svg ? ApiResponse { 200, "image/svg+xml", svg.value(), {} }
                   : html(500, notFoundHtml(lang));
    }
    auto png = qrPng(text);
    return png ? ApiResponse { 200, "image/png", png.value(), {} }
               : html(500, notFoundHtml(lang));
}

} // namespace kl::server
