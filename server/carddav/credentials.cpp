#include "credentials.h"

#include "carddavapi.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace kl::server::carddav {

bool isUsername(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^kl-[0-9a-f]{16}$"));
    return re.match(text).hasMatch();
}

bool secretMatches(const CardDavCredential &credential, const QString &password)
{
    const QByteArray given = hashToken(password).toLatin1();
    const QByteArray stored = credential.secretHash.toLatin1();
    if (given.size() != stored.size()) {
        return false;
    }
    unsigned char diff = 0;
    for (qsizetype i = 0; i < given.size(); ++i) {
        diff |= static_cast<unsigned char>(given.at(i) ^ stored.at(i));
    }
    return diff == 0;
}

Result<Issued> issue(Storage &storage, const QString &schoolId, const QString &deviceId, const QString &label)
{
    auto school = storage.school(schoolId);
    if (!school) {
        return school.error();
    }
    if (!school.value()) {
        return serverError(errors::kNotFound, QStringLiteral("no school %1").arg(schoolId));
    }
    Issued out;
    quint64 bits = QRandomGenerator::system()->generate64();
    out.credential.username = QStringLiteral("kl-%1").arg(bits, 16, 16, QLatin1Char('0'));
    out.credential.schoolId = schoolId;
    out.credential.deviceId = deviceId;
    out.credential.label = label.trimmed().left(100);
    out.credential.createdAt = QDateTime::currentDateTimeUtc();
    out.password = randomToken();
    out.credential.secretHash = hashToken(out.password);
    if (auto r = storage.createCardDavCredential(out.credential); !r) {
        return r.error();
    }
    return out;
}

QString serviceUrl(const QUrl &server)
{
    QString base = server.toString(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo);
    while (base.endsWith(QLatin1Char('/'))) {
        base.chop(1);
    }
    return base + QStringLiteral("/carddav/");
}

QJsonObject describe(const QUrl &server, const Issued &issued)
{
    const QString url = serviceUrl(server);
    QUrl davx5(url);
    davx5.setScheme(server.scheme() == QLatin1String("https") ? QStringLiteral("carddavs") : QStringLiteral("carddav"));
    davx5.setUserName(issued.credential.username);
    davx5.setPassword(issued.password);
    QUrl profile(url);
    profile.setPath(QStringLiteral("/carddav/profile/%1.mobileconfig").arg(issued.credential.username));
    return { { QStringLiteral("url"), url }, { QStringLiteral("server"), server.host() },
        { QStringLiteral("username"), issued.credential.username }, { QStringLiteral("password"), issued.password },
        { QStringLiteral("principal"), CardDavApi::principalPath(issued.credential.username) },
        { QStringLiteral("davx5_url"), davx5.toString(QUrl::FullyEncoded) },
        { QStringLiteral("profile_url"), profile.toString(QUrl::FullyEncoded) } };
}

} // namespace kl::server::carddav
