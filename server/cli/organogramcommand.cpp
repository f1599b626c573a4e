#include "cli.h"
#include "organogram.h"
#include "organogrampdf.h"

#include <QFile>

namespace kl::server::cli {

// organogram: the school's "wie doet wat" picture as SVG, or printed onto one landscape
// A4 or A3 page of a PDF (organogrampdf.h), in Dutch or English.
int organogram(Storage &storage, const Args &a)
{
    if (!requireSchool(a)) {
        return fail(QStringLiteral("--school ID is required"));
    }
    const QString lang = a.value("lang", QStringLiteral("nl"));
    const QString paper = a.value("paper", QStringLiteral("a4")).toLower();
    const QString file = a.value("out");
    const bool pdf = file.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive);
    if ((!pdf && !file.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive)) || (lang != QLatin1String("nl") && lang != QLatin1String("en"))
        || (paper != QLatin1String("a4") && paper != QLatin1String("a3"))) {
        return fail(QStringLiteral("--out FILE (.pdf or .svg) is required; --paper is a4 or a3; --lang is nl or en"));
    }
    auto school = storage.school(a.value("school"));
    if (!school || !school.value()) {
        return fail(QStringLiteral("no school %1").arg(a.value("school")));
    }
    auto rows = storage.liveRows(a.value("school"));
    if (!rows) {
        return fail(rows.error().message);
    }
    kl::organogram::Picture picture;
    for (const ServerRow &r : rows.value()) {
        if (!r.deleted) {
            picture.add(r.table, r.id, r.fields);
        }
    }
    const PublicLanguage language = lang == QLatin1String("en") ? PublicLanguage::English : PublicLanguage::Dutch;
    const QByteArray svg = kl::organogram::svg(school.value()->name, picture.roles, picture.partners, language);
    Status written;
    if (pdf) {
        const QString title = (language == PublicLanguage::English ? QStringLiteral("Who does what — %1") : QStringLiteral("Wie doet wat — %1"))
                                  .arg(school.value()->name);
        written = writeOrganogramPdf(svg, paper == QLatin1String("a3") ? QPageSize::A3 : QPageSize::A4, title, file);
    } else {
        QFile f(file);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(svg) != svg.size()) {
            written = Error { QStringLiteral("organogram.write"), QStringLiteral("cannot write %1").arg(file) };
        }
    }
    if (!written) {
        return fail(written.error().message);
    }
    out(QStringLiteral("organogram=") + file);
    out(QStringLiteral("roles=%1").arg(picture.roles.size()));
    out(QStringLiteral("partners=%1").arg(picture.partners.size()));
    return 0;
}

} // namespace kl::server::cli
