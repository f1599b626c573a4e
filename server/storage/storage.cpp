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

QVariantMap decodedFields(const ServerRow &row)
{
    QVariantMap map { { QStringLiteral("id"), row.id } };
    for (auto it = row.fields.constBegin(); it != row.fields.constEnd(); ++it) {
        if (const auto v = sync::decodeValue(row.table, it.key(), it.value())) {
            map.insert(it.key(), *v);
        }
    }
    return map;
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

Result<PushOutcome> Storage::push(const DeviceInfo &device, const QString &clientId, const QList<IncomingMutation> &mutations)
{
    return pushBatch({ PushRequest { device, clientId, mutations } }).value(0,
        Result<PushOutcome>(serverError(errors::kStorage, QStringLiteral("no outcome"))));
}

Error serverError(const QString &code, const QString &message)
{
    return Error { code, message };
}

} // namespace kl::server
