// Public partner pages for parents: /p/<slug> (HTML, no JavaScript), /p/<slug>.vcf (vCard
// 3.0), /p/<slug>/photo, /p/<slug>/qr.{svg,png} (a QR to the page), /p/<slug>/card-qr.
// {svg,png} (the offline QR: the vCard itself) and /p/<slug>/poster (A4, print-ready).
//
// Only public fields ever reach this class's cache: each school's published cards are
// built from its live rows through kl::publiccard (which applies the field visibility)
// and rebuilt when the school's version moves. Every unknown, unpublished or deleted slug,
// and a school no longer on the server, ends in the same 404 page after the same work.
#pragma once

#include "api.h"
#include "publiccard.h"

#include <QHash>
#include <QUrl>

namespace kl::server {

class PublicPages
{
public:
    explicit PublicPages(Storage &storage) : m_storage(storage) { }

    void setPublicUrl(const QUrl &url) { m_publicUrl = url; }
    // Answers a request under /p/; any other path is not this class's business.
    [[nodiscard]] static bool owns(const QString &path) { return path.startsWith(QLatin1String("/p/")); }
    [[nodiscard]] ApiResponse handle(const ApiRequest &request);

    // The published card behind a slug, refreshing schools whose version moved.
    [[nodiscard]] Result<std::optional<PublicCard>> find(const QString &slug);
    // Every published card of one school (the poster command, the admin UI).
    [[nodiscard]] Result<QList<PublicCard>> cards(const QString &schoolId);
    [[nodiscard]] QString pageUrl(const PublicCard &card) const;

    [[nodiscard]] QByteArray pageHtml(const PublicCard &card, PublicLanguage language) const;
    // selfContained: the photo inline (a file to print), not a link to /p/<slug>/photo.
    [[nodiscard]] QByteArray posterHtml(const PublicCard &card, PublicLanguage language, bool selfContained = false) const;
    [[nodiscard]] static QByteArray notFoundHtml(PublicLanguage language);

    // The published cards of a school's live rows (nothing but public fields).
    [[nodiscard]] static QList<PublicCard> buildCards(const QString &schoolId, const QList<ServerRow> &rows, const QDate &today);

private:
    struct SchoolCards
    {
        QString epoch;
        qint64 version = -1;
        QDate builtOn; // presence windows end: rebuild on a new day too
        QString name;
        QHash<QString, PublicCard> bySlug;
    };
    Status refresh();

    Storage &m_storage;
    QUrl m_publicUrl;
    QHash<QString, SchoolCards> m_schools; // school id -> its published cards
    QHash<QString, QString> m_slugSchool; // slug -> school id
};

} // namespace kl::server
