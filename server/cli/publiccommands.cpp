#include "cli.h"
#include "posterpdf.h"
#include "publicpages.h"

#include <QFile>

namespace kl::server::cli {

// public-pages: what parents can reach, one line per published partner. poster: one
// partner's A4 poster as print-ready HTML or as a PDF (posterpdf.h).
int publicPages(Storage &storage, const Args &a)
{
    if (!a.has("school") || a.value("school").isEmpty()) {
        return fail(QStringLiteral("--school ID is required"));
    }
    const QUrl server(a.value("public-url"), QUrl::StrictMode);
    if (!server.isValid() || (server.scheme() != QLatin1String("https") && server.scheme() != QLatin1String("http"))
        || server.host().isEmpty()) {
        return fail(QStringLiteral("--public-url must be the server's public http(s) address, e.g. https://partners.school.nl"));
    }
    auto school = storage.school(a.value("school"));
    if (!school || !school.value()) {
        return fail(QStringLiteral("no school %1").arg(a.value("school")));
    }
    PublicCardCache cache;
    PublicPages pages(storage, cache, server);
    auto cards = pages.cards(a.value("school"));
    if (!cards) {
        return fail(cards.error().message);
    }
    if (a.command == QLatin1String("public-pages")) {
        for (const PublicCard &c : cards.value()) {
            out(QStringLiteral("page person=%1 slug=%2 url=%3 name=\"%4\"").arg(c.personId, c.slug, pages.pageUrl(c), c.displayName()));
        }
        out(QStringLiteral("count=%1").arg(cards.value().size()));
        return 0;
    }
    const QString lang = a.value("lang", QStringLiteral("nl"));
    const QString file = a.value("out");
    if (file.isEmpty() || (lang != QLatin1String("nl") && lang != QLatin1String("en"))) {
        return fail(QStringLiteral("--out FILE (.pdf or .html) is required; --lang is nl or en"));
    }
    const auto card = std::find_if(cards.value().cbegin(), cards.value().cend(),
        [&](const PublicCard &c) { return c.personId == a.value("person"); });
    if (card == cards.value().cend()) {
        return fail(QStringLiteral("no published partner %1 in this school: a poster needs a person whose name is public")
                        .arg(a.value("person")));
    }
    const PublicLanguage language = lang == QLatin1String("en") ? PublicLanguage::English : PublicLanguage::Dutch;
    Status written;
    if (file.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)) {
        written = writePosterPdf(*card, pages.pageUrl(*card), language, file);
    } else if (file.endsWith(QLatin1String(".html"), Qt::CaseInsensitive)) {
        QFile f(file);
        const QByteArray html = pages.posterHtml(*card, language, true);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(html) != html.size()) {
            written = Error { QStringLiteral("poster.write"), QStringLiteral("cannot write %1").arg(file) };
        }
    } else {
        return fail(QStringLiteral("--out must end in .pdf or .html"));
    }
    if (!written) {
        return fail(written.error().message);
    }
    out(QStringLiteral("poster=") + file);
    out(QStringLiteral("url=") + pages.pageUrl(*card));
    return 0;
}

} // namespace kl::server::cli
