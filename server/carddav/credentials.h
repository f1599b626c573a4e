// CardDAV logins: a user name ("kl-" and 16 hex digits) and a 256-bit secret per device,
// made by the app (POST /api/v1/schools/<id>/carddav/credentials, sync-authenticated) or the
// admin CLI (carddav-credential). Only the secret's SHA-256 is stored (a random secret of
// this size needs no slow hash); revoking the device revokes its logins (storage.h).
#pragma once

#include "storage.h"

#include <QJsonObject>
#include <QUrl>

namespace kl::server::carddav {

struct Issued
{
    CardDavCredential credential;
    QString password; // shown once, never stored
};

[[nodiscard]] bool isUsername(const QString &text);
[[nodiscard]] bool secretMatches(const CardDavCredential &credential, const QString &password);
// A new login for `schoolId` (and the device it is for; empty: the admin CLI's).
[[nodiscard]] Result<Issued> issue(Storage &storage, const QString &schoolId, const QString &deviceId, const QString &label);

// Where clients start: <server>/carddav/ (service discovery finds the rest).
[[nodiscard]] QString serviceUrl(const QUrl &server);
// What the app shows: the address, user name and password, the DAVx5 link (its
// documented carddav(s):// login intent, filled in) and the iOS profile's address.
[[nodiscard]] QJsonObject describe(const QUrl &server, const Issued &issued);

} // namespace kl::server::carddav
