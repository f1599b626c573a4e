#include "syncprotocol.h"

#include "rows.h"

#include <QHash>
#include <QJsonDocument>
#include <QUrlQuery>

#include <algorithm>

namespace kl::sync {

QString encodeCursor(const Cursor &cursor)
{
    QJsonObject o { { QStringLiteral("e"), cursor.epoch }, { QStringLiteral("v"), cursor.version },
        { QStringLiteral("k"), cursor.lastKey } };
    if (cursor.snapshotVersion > 0) {
        o.insert(QStringLiteral("s"), cursor.snapshotVersion);
    }
    return QString::fromLatin1(QJsonDocument(o).toJson(QJsonDocument::Compact).toBase64(
        QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<Cursor> decodeCursor(const QString &text)
{
    if (text.isEmpty() || text.size() > 512) {
        return std::nullopt;
    }
    const auto decoded = QByteArray::fromBase64Encoding(text.toLatin1(),
        QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        return std::nullopt;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(*decoded, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        return std::nullopt;
    }
    const QJsonObject o = doc.object();
    const QJsonValue e = o.value(QStringLiteral("e"));
    const QJsonValue v = o.value(QStringLiteral("v"));
    const QJsonValue k = o.value(QStringLiteral("k"));
    // Epochs and row keys are printable text; raw control bytes (JSON allows them inside a
    // string here) mark a forged cursor.
    auto printable = [](const QString &t) {
        return std::none_of(t.cbegin(), t.cend(), [](QChar c) { return c.unicode() < 0x20 || c.unicode() == 0x7F; });
    };
    if (!e.isString() || e.toString().isEmpty() || !v.isDouble() || !k.isString() || !printable(e.toString())
        || !printable(k.toString())) {
        return std::nullopt;
    }
    const QJsonValue s = o.value(QStringLiteral("s"));
    auto count = [](const QJsonValue &x) {
        const double d = x.toDouble();
        // In range before the cast: converting a double beyond qint64 (1e300) is undefined.
        return x.isDouble() && d >= 0 && d <= 9e15 && d == static_cast<double>(static_cast<qint64>(d));
    };
    if (!count(v) || (!s.isUndefined() && !count(s)) || o.size() > (s.isUndefined() ? 3 : 4)) {
        return std::nullopt;
    }
    return Cursor { e.toString(), static_cast<qint64>(v.toDouble()), k.toString(), static_cast<qint64>(s.toDouble()) };
}

namespace {

const QStringList &flagColumns()
{
    static const QStringList c { QStringLiteral("target_kind"), QStringLiteral("target_id"), QStringLiteral("reason"),
        QStringLiteral("comment"), QStringLiteral("created_at"), QStringLiteral("resolved") };
    return c;
}

} // namespace

bool isSyncedTable(const QString &table)
{
    return table == QLatin1String("flags") || rows::isSyncedTable(table);
}

bool isDeviceLocalColumn(const QString &table, const QString &column)
{
    return table == QLatin1String("quick_lines")
        && (column == QLatin1String("last_used_at") || column == QLatin1String("my_pin_set")
            || column == QLatin1String("my_pinned_order"));
}

bool hasOriginColumn(const QString &table)
{
    return rows::columns(table).contains(QLatin1String("origin"));
}

const QStringList &syncedColumns(const QString &table)
{
    static const QHash<QString, QStringList> cache = [] {
        QHash<QString, QStringList> out;
        for (const QString &t : rows::syncedTables()) {
            QStringList cols;
            for (const QString &c : rows::columns(t)) {
                if (!isDeviceLocalColumn(t, c)) {
                    cols << c;
                }
            }
            out.insert(t, cols);
        }
        out.insert(QStringLiteral("flags"), flagColumns());
        return out;
    }();
    static const QStringList none;
    const auto it = cache.constFind(table);
    return it == cache.cend() ? none : *it;
}

QString rowKey(const QString &table, const QString &id)
{
    return table + QLatin1Char('/') + id;
}

static bool isBlob(const QString &table, const QString &column)
{
    return table == QLatin1String("persons") && column == QLatin1String("photo");
}

QJsonValue encodeValue(const QString &table, const QString &column, const QVariant &value)
{
    if (!value.isValid() || value.isNull()) {
        return QJsonValue(QJsonValue::Null);
    }
    if (isBlob(table, column)) {
        return QString::fromLatin1(value.toByteArray().toBase64());
    }
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::Bool: return QJsonValue(value.toLongLong());
    case QMetaType::Double:
    case QMetaType::Float: return QJsonValue(value.toDouble());
    default: return QJsonValue(value.toString());
    }
}

// Synced columns the device schema declares TEXT NOT NULL (with '' as their empty value)
// are all but these: numbers, the photo, and the few texts that may be NULL.
// tst_syncprotocol checks this against the schema itself.
static bool isRequiredText(const QString &table, const QString &column)
{
    static const QStringList notText { QStringLiteral("origin"), QStringLiteral("latitude"), QStringLiteral("longitude"),
        QStringLiteral("radius_m"), QStringLiteral("photo"), QStringLiteral("weekday"), QStringLiteral("start_min"),
        QStringLiteral("end_min"), QStringLiteral("pinned_order"), QStringLiteral("resolved"), QStringLiteral("is_public"), QStringLiteral("sort_order") };
    static const QStringList nullableText { QStringLiteral("persons.organisation_id"), QStringLiteral("holdings.until"),
        QStringLiteral("presence.valid_from"), QStringLiteral("presence.valid_until") };
    return !notText.contains(column) && !nullableText.contains(table + QLatin1Char('.') + column);
}

std::optional<QVariant> decodeValue(const QString &table, const QString &column, const QJsonValue &value)
{
    if (value.isNull()) {
        if (isBlob(table, column)) {
            return QVariant(QMetaType(QMetaType::QByteArray));
        }
        // A null where the phone keeps '' (another client sent it): the row still applies.
        return isRequiredText(table, column) ? QVariant(QStringLiteral("")) : QVariant(QMetaType(QMetaType::QString));
    }
    if (isBlob(table, column)) {
        if (!value.isString()) {
            return std::nullopt;
        }
        const auto bytes = QByteArray::fromBase64Encoding(value.toString().toLatin1(),
            QByteArray::AbortOnBase64DecodingErrors);
        return bytes ? std::optional<QVariant>(QVariant(*bytes)) : std::nullopt;
    }
    if (value.isString()) {
        const QString text = value.toString();
        return QVariant(text.isNull() ? QStringLiteral("") : text); // '' is not NULL in a NOT NULL column
    }
    if (value.isBool()) {
        return QVariant(value.toBool() ? 1 : 0);
    }
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (d == static_cast<double>(static_cast<qint64>(d)) && d > -9e15 && d < 9e15) {
            return QVariant(static_cast<qint64>(d));
        }
        return QVariant(d);
    }
    return std::nullopt; // arrays and objects never hold a column value
}

QString problemType(const QString &code)
{
    return QStringLiteral("https://kortelijn.nl/problems/") + code;
}

QString inviteLink(const QUrl &server, const QString &token)
{
    return QStringLiteral("kortelijn://join?server=")
        + QString::fromLatin1(QUrl::toPercentEncoding(server.toString(QUrl::FullyEncoded)))
        + QStringLiteral("&invite=") + QString::fromLatin1(QUrl::toPercentEncoding(token));
}

std::optional<Invite> parseInvite(const QString &text)
{
    const QUrl link(text.trimmed(), QUrl::StrictMode);
    if (!link.isValid() || link.scheme() != QLatin1String("kortelijn") || link.host() != QLatin1String("join")) {
        return std::nullopt;
    }
    const QUrlQuery q(link);
    const QUrl server(q.queryItemValue(QStringLiteral("server"), QUrl::FullyDecoded), QUrl::StrictMode);
    const QString token = q.queryItemValue(QStringLiteral("invite"), QUrl::FullyDecoded);
    if (!server.isValid() || (server.scheme() != QLatin1String("https") && server.scheme() != QLatin1String("http"))
        || server.host().isEmpty() || token.size() < 16 || token.size() > 128) {
        return std::nullopt;
    }
    // Tokens are base64url (the server's randomToken()); anything else in one is damage
    // or a forgery, and would not survive being written into a link again.
    const bool base64url = std::all_of(token.cbegin(), token.cend(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'-' || c == u'_';
    });
    if (!base64url) {
        return std::nullopt;
    }
    return Invite { server, token };
}

} // namespace kl::sync
