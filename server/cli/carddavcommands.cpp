#include "cli.h"
#include "credentials.h"

namespace kl::server::cli {

// carddav-credential: a read-only CardDAV login for scripts, tests and a coordinator who
// sets up a phone by hand (url=, username=, password= lines; the password is shown once).
// carddav-revoke: ends one.
int cardDavCommand(Storage &storage, const Args &a)
{
    if (a.command == QLatin1String("carddav-credential")) {
        if (!requireSchool(a)) {
            return fail(QStringLiteral("--school ID is required"));
        }
        const QString label = a.value("label");
        if (label.trimmed().isEmpty()) {
            return fail(QStringLiteral("--label NAME is required (whose phone this login is for)"));
        }
        QUrl server(a.value("server-url", QStringLiteral("http://localhost")), QUrl::StrictMode);
        if (!server.isValid() || server.host().isEmpty()
            || (server.scheme() != QLatin1String("https") && server.scheme() != QLatin1String("http"))) {
            return fail(QStringLiteral("--server-url must be the server's http(s) address, e.g. https://partners.school.nl"));
        }
        auto issued = carddav::issue(storage, a.value("school"), {}, label);
        if (!issued) {
            return fail(issued.error().message);
        }
        out(QStringLiteral("url=") + carddav::serviceUrl(server));
        out(QStringLiteral("username=") + issued.value().credential.username);
        out(QStringLiteral("password=") + issued.value().password);
        return 0;
    }
    if (a.command == QLatin1String("carddav-revoke")) {
        if (a.value("username").isEmpty()) {
            return fail(QStringLiteral("--username NAME is required"));
        }
        if (auto r = storage.revokeCardDavCredential(a.value("username")); !r) {
            return fail(r.error().message);
        }
        out(QStringLiteral("revoked=") + a.value("username"));
        return 0;
    }
    return -1;
}

} // namespace kl::server::cli
