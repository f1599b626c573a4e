// Public partner pages for parents: /p/<slug> (HTML, no JavaScript), /p/<slug>.vcf (vCard
// 3.0), /p/<slug>/photo, /p/<slug>/qr.{svg,png} (a QR to the page), /p/<slug>/card-qr.
// {svg,png} (the offline QR: the vCard itself) and /p/<slug>/poster (A4, print-ready).
//
// Only public fields ever reach this class's cache: each school's published cards are
// built from its live rows through kl::publiccard (which applies the field visibility)
// and rebuilt when the school's version moves. Every unknown, unpublished or deleted slug,
// and a school no longer on the server, ends in the same 404 page after the same work.
#pragma once

#include "httptypes.h"
#include "publiccard.h"
#include "storage.h"

#include <QHash>
#include <QMutex>
#include <QUrl>

namespace kl::server {

// The published cards of every school, one copy per server: built from a school's live
// rows and rebuilt when its version moves (or on a new day), by whichever worker first
// sees the change; the others wait for it.
class PublicCardCache
{
private:
    friend class PublicPages;
    struct SchoolCards
    {
        QString epoch;
        qint64 version = -1;
        QDate builtOn; // presence windows end: rebuild on a new day too
        QString name;
        QHash<QString, PublicCard> bySlug;
    };
    QMutex m_mutex;
    QHash<QString, SchoolCards> m_schools; // school id -> its published cards
    QHash<QString, QString> m_slugSchool; // slug -> school id
};

class PublicPages
{
public:
    PublicPages(Storage &storage, PublicCardCache &cache, QUrl publicUrl = {})
        : m_storage(storage)
        , m_cache(cache)
        , m_publicUrl(std::move(publicUrl))
    {
    }

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
    Status refresh(); // with the cache's mutex held
    [[nodiscard]] QString schoolName(const QString &schoolId) const;

    Storage &m_storage;
    PublicCardCache &m_cache;
    QUrl m_publicUrl;
};

} // namespace kl::server
