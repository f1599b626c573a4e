// Sign-in limits that stop guessing without giving a stranger a way to lock the real
// coordinator out (OWASP Authentication Cheat Sheet: count failures per account and per
// address, slow down rather than lock, and trust browsers that signed in before — the
// "device cookie" of OWASP's guidance on slowing online guessing).
//
// - Every attempt from one address, whatever account: a bucket per address.
// - Failures for one account from one address (or one trusted browser): a small bucket;
//   a guesser at one address is slowed to one try a minute, nobody else notices.
// - Failures for one account from browsers it does not trust, from all addresses
//   together: a large bucket, refilling hourly. Only a guesser spread over many addresses
//   empties it; then untrusted browsers wait, and the coordinator's own browser, which
//   carries a trust cookie from an earlier sign-in, still gets in.
// An attacker who knows only the e-mail address and tries once a minute from anywhere
// stays under every limit that could touch the coordinator.
#pragma once

#include "storage.h"

namespace kl::server {

struct LoginLimits
{
    double addressRate = 1.0 / 3;
    double addressBurst = 30;
    double pairRate = 1.0 / 60;
    double pairBurst = 5;
    double accountRate = 100.0 / 3600;
    double accountBurst = 100;
};

class LoginLimiter
{
public:
    explicit LoginLimiter(Storage &storage, LoginLimits limits = {}) : m_storage(storage), m_limits(limits) { }

    enum class Verdict { Allowed, AddressLimited, PairLimited, AccountLimited };
    // Before a password is checked. `trusted`: the hash of the browser's trust cookie when
    // that cookie is valid for this account, else empty. Counts the attempt per address.
    [[nodiscard]] Verdict beforeAttempt(const QString &email, const QString &address, const QString &trusted);
    // After a wrong password (or an unknown address).
    void failed(const QString &email, const QString &address, const QString &trusted);

    // Credentials sent with every request (CardDAV's HTTP Basic): only failures count, so a
    // phone syncing thousands of cards is never slowed, and a guesser is, like at sign-in.
    // Looks at the address's and the account's buckets without taking from them.
    [[nodiscard]] Verdict blocked(const QString &account, const QString &address);
    // A wrong secret: counts against the address and the account like a failed sign-in.
    void failedSecret(const QString &account, const QString &address);

private:
    bool take(const QString &key, double rate, double burst, double cost);
    [[nodiscard]] static QString pairKey(const QString &email, const QString &address, const QString &trusted);

    Storage &m_storage;
    LoginLimits m_limits;
};

} // namespace kl::server
