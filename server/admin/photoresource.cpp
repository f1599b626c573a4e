// A person's photo in the web admin: GET the stored picture, POST a picture (the body
// itself, image/*) to set it, POST .../delete to remove it. Whatever comes in is decoded
// and stored as a small JPEG (photos.h); only image/jpeg is ever served, so no stored
// file can run as a page in the coordinator's browser.
#include "adminservices.h"
#include "photos.h"

namespace kl::server {

namespace {

ApiResponse photo(AdminServices &services, const Session &s, const QString &personId, const ApiRequest &request, bool remove)
{
    auto live = services.live(s.web.schoolId);
    if (!live) {
        return fromError(live.error());
    }
    const ServerRow *person = live.value().find(QStringLiteral("persons"), personId);
    if (!person) {
        return gone();
    }
    const QString stored = str(person->fields, "photo");
    if (request.method == "GET") {
        const QByteArray image = QByteArray::fromBase64(stored.toLatin1());
        // Never guess a type from the bytes: a photo is served as a JPEG or not at all.
        if (stored.isEmpty() || !image.startsWith("\xFF\xD8\xFF")) {
            return problem(404, QStringLiteral("not-found"), QStringLiteral("This person has no photo"));
        }
        ApiResponse r { 200, "image/jpeg", image, {} };
        r.addHeader("Content-Disposition", "inline; filename=\"photo.jpg\"");
        return r;
    }
    QJsonObject fields;
    qsizetype bytes = 0;
    if (remove) {
        if (stored.isEmpty()) {
            return jsonResponse({ { QStringLiteral("photo"), false } });
        }
        fields.insert(QStringLiteral("photo"), QJsonValue::Null);
    } else {
        // The picture itself is the body (not JSON): the browser sends the file as it is.
        if (!request.headers.value("content-type").trimmed().toLower().startsWith("image/")) {
            return problem(415, QStringLiteral("unsupported-media-type"),
                QStringLiteral("Send the picture itself, as image/jpeg, image/png or similar"));
        }
        auto jpeg = photos::normalise(request.body);
        if (!jpeg) {
            return problem(422, jpeg.error().code, jpeg.error().message, QStringLiteral("photo"));
        }
        bytes = jpeg.value().size();
        fields.insert(QStringLiteral("photo"), QString::fromLatin1(jpeg.value().toBase64()));
    }
    auto r = services.apply(s, QJsonArray { mutation(QStringLiteral("persons"), personId, sync::kOpUpsert, fields, person->version) });
    if (!r) {
        return fromError(r.error());
    }
    services.audit(s, QStringLiteral("update"), QStringLiteral("persons"), personId, { QStringLiteral("photo") },
        remove ? QStringLiteral("removed") : QString());
    return jsonResponse({ { QStringLiteral("photo"), !remove }, { QStringLiteral("bytes"), qint64(bytes) } });
}

} // namespace

void addPhotoRoutes(AdminRouter &router, AdminServices &services)
{
    for (const QByteArray &method : { QByteArray("GET"), QByteArray("POST") }) {
        router.route(method, QStringLiteral("/persons/{id}/photo"), [&services](const Session &s, const ApiRequest &r, const QStringList &p) {
            return photo(services, s, p.at(0), r, false);
        });
    }
    router.route("POST", QStringLiteral("/persons/{id}/photo/delete"),
        [&services](const Session &s, const ApiRequest &r, const QStringList &p) { return photo(services, s, p.at(0), r, true); });
}

} // namespace kl::server
