#include "storage.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace kl::server {

QJsonObject ServerRow::toWire() const
{
    QJsonObject o { { QStringLiteral("table"), table }, { QStringLiteral("id"), id }, { QStringLiteral("version"), version } };
    if (deleted) {
        o.insert(QStringLiteral("deleted"), true);
    } else {
        o.insert(QStringLiteral("fields"), fields);
    }
    return o;
}

QString hashToken(const QString &token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString randomToken()
{
    QByteArray bytes(32, Qt::Uninitialized);
    // QRandomGenerator::system() reads the operating system's CSPRNG.
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

Result<bool> Storage::takeRateToken(const QString &key, double ratePerSecond, double burst, double cost)
{
    if (!m_clock.isValid()) {
        m_clock.start();
    }
    const qint64 nowMs = m_clock.elapsed();
    auto it = m_buckets.find(key);
    if (it == m_buckets.end()) {
        if (m_buckets.size() > 100000) {
            m_buckets.clear(); // bounded memory; a flood of addresses only resets everyone's bucket
        }
        it = m_buckets.insert(key, Bucket { burst, nowMs });
    }
    it->tokens = std::min(burst, it->tokens + (nowMs - it->lastMs) * ratePerSecond / 1000.0);
    it->lastMs = nowMs;
    if (it->tokens < 1) {
        return false;
    }
    it->tokens -= cost;
    return true;
}

Error serverError(const QString &code, const QString &message)
{
    return Error { code, message };
}

} // namespace kl::server
