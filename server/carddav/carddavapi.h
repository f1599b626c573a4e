// The school list as a read-only CardDAV address book (RFC 6352 subset, RFC 6578 sync),
// on the server's own port:
//
//   /.well-known/carddav                       -> 301 to /carddav/
//   /carddav/                                  the context root (current-user-principal)
//   /carddav/principals/<user>/                the credential's principal (addressbook-home-set)
//   /carddav/schools/<school>/                 the address book home
//   /carddav/schools/<school>/contacts/        the school's address book (getctag, sync-token)
//   /carddav/schools/<school>/contacts/<person>.vcf   one card (ETag = its version)
//   /carddav/profile/<user>.mobileconfig       an iOS configuration profile (no secret in it)
//
// HTTP Basic with a device's CardDAV credential (credentials.h); failures count against
// the per-address sign-in limits (loginlimiter.h). Every write answers 403 with
// DAV:need-privileges. Answers come from the AddressBookCache (one build per school version).
#pragma once

#include "addressbookcache.h"
#include "davrequest.h"
#include "loginlimiter.h"
#include "router.h"
#include "servercontext.h"
#include "storage.h"

namespace kl::server {

class CardDavApi
{
public:
    CardDavApi(Storage &storage, ServerContext &context);

    [[nodiscard]] static bool owns(const ApiRequest &request);
    [[nodiscard]] ApiResponse handle(const ApiRequest &request);

    [[nodiscard]] static QString principalPath(const QString &username);
    [[nodiscard]] static QString homePath(const QString &schoolId);
    [[nodiscard]] static QString bookPath(const QString &schoolId);
    [[nodiscard]] static QString cardPath(const QString &schoolId, const QString &personId);

private:
    struct Call
    {
        CardDavCredential credential;
    };
    enum class Resource { Root, Principal, Home, Book, Card };

    std::optional<CardDavCredential> authenticate(const ApiRequest &request, ApiResponse *refusal);
    Result<std::shared_ptr<const AddressBook>> book(const Call &call, const QString &schoolId, ApiResponse *refusal);

    ApiResponse propfind(const Call &call, const ApiRequest &request, Resource resource, const QStringList &params);
    ApiResponse report(const Call &call, const ApiRequest &request, const QString &schoolId);
    ApiResponse getCard(const Call &call, const ApiRequest &request, const QString &schoolId, const QString &personId);
    ApiResponse profile(const ApiRequest &request, const QString &username);

    // One resource's properties for a PROPFIND or REPORT: (found, missing).
    struct Props
    {
        QList<std::pair<dav::PropName, QByteArray>> found;
        QList<dav::PropName> missing;
    };
    Props properties(const Call &call, Resource resource, const dav::DavRequest &request, const AddressBook *book,
        const BookEntry *entry, VCardVersion version) const;

    Storage &m_storage;
    ServerContext &m_context;
    LoginLimiter m_limiter;
    Router<Call> m_routes;
};

namespace dav {
[[nodiscard]] ApiResponse multiStatus(QByteArray body);
[[nodiscard]] ApiResponse davError(int status, const QByteArray &condition, const QByteArray &title);
// The vCard version a client asks for in Accept ("text/vcard; version=4.0"), else 3.0.
[[nodiscard]] VCardVersion versionFromAccept(const QByteArray &accept);
} // namespace dav

} // namespace kl::server
