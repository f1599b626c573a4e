#include "loginlimiter.h"

namespace kl::server {

bool LoginLimiter::take(const QString &key, double rate, double burst, double cost)
{
    auto allowed = m_storage.takeRateToken(key, rate, burst, cost);
    // A limiter that cannot answer must not lock every coordinator out.
    return !allowed || allowed.value();
}

QString LoginLimiter::pairKey(const QString &email, const QString &address, const QString &trusted)
{
    return trusted.isEmpty() ? QStringLiteral("login-pair:") + email.toLower() + QLatin1Char('|') + address
                             : QStringLiteral("login-browser:") + trusted;
}

LoginLimiter::Verdict LoginLimiter::beforeAttempt(const QString &email, const QString &address, const QString &trusted)
{
    if (!take(QStringLiteral("login-ip:") + address, m_limits.addressRate, m_limits.addressBurst, 1)) {
        return Verdict::AddressLimited;
    }
    if (!take(pairKey(email, address, trusted), m_limits.pairRate, m_limits.pairBurst, 0)) {
        return Verdict::PairLimited;
    }
    if (trusted.isEmpty()
        && !take(QStringLiteral("login-account:") + email.toLower(), m_limits.accountRate, m_limits.accountBurst, 0)) {
        return Verdict::AccountLimited;
    }
    return Verdict::Allowed;
}

LoginLimiter::Verdict LoginLimiter::blocked(const QString &account, const QString &address)
{
    if (!take(QStringLiteral("login-ip:") + address, m_limits.addressRate, m_limits.addressBurst, 0)) {
        return Verdict::AddressLimited;
    }
    if (!take(pairKey(account, address, {}), m_limits.pairRate, m_limits.pairBurst, 0)) {
        return Verdict::PairLimited;
    }
    if (!take(QStringLiteral("login-account:") + account.toLower(), m_limits.accountRate, m_limits.accountBurst, 0)) {
        return Verdict::AccountLimited;
    }
    return Verdict::Allowed;
}

void LoginLimiter::failedSecret(const QString &account, const QString &address)
{
    (void)take(QStringLiteral("login-ip:") + address, m_limits.addressRate, m_limits.addressBurst, 1);
    failed(account, address, {});
}

void LoginLimiter::failed(const QString &email, const QString &address, const QString &trusted)
{
    (void)take(pairKey(email, address, trusted), m_limits.pairRate, m_limits.pairBurst, 1);
    if (trusted.isEmpty()) {
        (void)take(QStringLiteral("login-account:") + email.toLower(), m_limits.accountRate, m_limits.accountBurst, 1);
    }
}

} // namespace kl::server
