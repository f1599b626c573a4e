#include "contactssync.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QUrl>

ContactsSync::ContactsSync(QObject *parent)
    : QObject(parent)
{
}

void ContactsSync::setConnection(SchoolConnection *connection)
{
    if (m_connection != connection) {
        m_connection = connection;
        Q_EMIT changed();
    }
}

QString ContactsSync::platform()
{
#if defined(Q_OS_ANDROID)
    return QStringLiteral("android");
#elif defined(Q_OS_IOS)
    return QStringLiteral("ios");
#else
    return QStringLiteral("desktop");
#endif
}

void ContactsSync::create(const QString &label)
{
    if (!m_connection || !m_connection->joined() || m_state == Working) {
        m_state = Failed;
        m_error = tr("Join your school first: the school list comes from its server.");
        Q_EMIT changed();
        return;
    }
    const kl::DeviceCredentials &c = m_connection->credentials();
    QString base = c.serverUrl;
    while (base.endsWith(QLatin1Char('/'))) {
        base.chop(1);
    }
    QNetworkRequest request(QUrl(base + QStringLiteral("/api/v1/schools/%1/carddav/credentials").arg(c.schoolId)));
    request.setRawHeader("Authorization", "Bearer " + c.token.toUtf8());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(30000);
    const QByteArray body = QJsonDocument(QJsonObject { { QStringLiteral("label"), label } }).toJson(QJsonDocument::Compact);
    m_state = Working;
    m_error.clear();
    Q_EMIT changed();
    QNetworkReply *reply = m_network.post(request, body);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject o = QJsonDocument::fromJson(reply->readAll()).object();
        if (status != 201 || o.value(QStringLiteral("password")).toString().isEmpty()) {
            m_state = Failed;
            m_error = status == 0 ? tr("The school server cannot be reached. Try again when you are online.")
                : status == 401   ? tr("This phone is no longer connected to the school.")
                                  : tr("The school server could not make the login (error %1).").arg(status);
            Q_EMIT changed();
            return;
        }
        m_server = o.value(QStringLiteral("url")).toString();
        m_username = o.value(QStringLiteral("username")).toString();
        m_password = o.value(QStringLiteral("password")).toString();
        m_davx5 = o.value(QStringLiteral("davx5_url")).toString();
        m_profile = o.value(QStringLiteral("profile_url")).toString();
        m_state = Ready;
        Q_EMIT changed();
    });
}

void ContactsSync::copy(const QString &text)
{
    if (QClipboard *clipboard = QGuiApplication::clipboard()) {
        clipboard->setText(text);
    }
}

bool ContactsSync::open(const QString &url)
{
    return QDesktopServices::openUrl(QUrl(url));
}
