// A browser of the coordinator web UI as the server suites drive it: requests with the
// session cookie, the CSRF token, a trust cookie, and an address of its own (X-Real-IP
// through the test server's trusted proxy), answers with their headers.
#pragma once

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace kltest {

struct Reply
{
    int status = 0;
    QByteArray contentType;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;
    [[nodiscard]] QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    [[nodiscard]] QString code() const { return json().value(QStringLiteral("code")).toString(); }
    [[nodiscard]] QByteArray header(const QByteArray &name) const
    {
        for (const auto &[n, v] : headers) {
            if (n.compare(name, Qt::CaseInsensitive) == 0) {
                return v;
            }
        }
        return {};
    }
};

inline Reply send(const QByteArray &method, const QString &url, const QByteArray &body,
    const QList<QPair<QByteArray, QByteArray>> &headers)
{
    static QNetworkAccessManager *nam = new QNetworkAccessManager(QCoreApplication::instance());
    QNetworkRequest req { QUrl(url) };
    req.setTransferTimeout(30000);
    for (const auto &[n, v] : headers) {
        req.setRawHeader(n, v);
    }
    // Cookies only as the test sets them: the manager's own jar would mix up the sessions.
    req.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    req.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    QNetworkReply *reply = nam->sendCustomRequest(req, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    Reply r { reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
        reply->header(QNetworkRequest::ContentTypeHeader).toByteArray(), reply->readAll(),
        reply->rawHeaderPairs() };
    reply->deleteLater();
    return r;
}

// Every test browser comes from an address of its own (X-Real-IP through the trusted
// proxy the test server names): the sign-in limit per address is the server's, and a
// suite that signs in thirty times must not run into it faster on a faster machine.
inline QByteArray nextTestAddress()
{
    static int n = 0;
    ++n;
    return "10.20." + QByteArray::number(n / 250) + '.' + QByteArray::number(n % 250 + 1);
}

// What a browser holds after signing in: the session cookie and the CSRF token.
struct Browser
{
    QString base;
    QByteArray cookie;
    QByteArray csrf;
    QByteArray address = nextTestAddress();
    QByteArray trust; // the trust cookie this browser got at its first sign-in

    Reply login(const QString &email, const QString &password)
    {
        const QJsonObject body { { QStringLiteral("email"), email },
            { QStringLiteral("password"), password } };
        QList<QPair<QByteArray, QByteArray>> h { { "Content-Type", "application/json" }, { "X-Real-IP", address } };
        if (!trust.isEmpty()) {
            h.append({ "Cookie", "kl_trust=" + trust });
        }
        Reply r = send("POST", base + QStringLiteral("/admin/api/login"), QJsonDocument(body).toJson(), h);
        if (r.status == 200) {
            cookie = r.header("Set-Cookie").split(';').first();
            csrf = r.json().value(QStringLiteral("csrf")).toString().toLatin1();
            for (const auto &[name, value] : r.headers) {
                for (const QByteArray &line : value.split('\n')) {
                    if (name.compare("Set-Cookie", Qt::CaseInsensitive) == 0 && line.trimmed().startsWith("kl_trust=")) {
                        trust = line.trimmed().mid(9).split(';').first();
                    }
                }
            }
        }
        return r;
    }
    Reply get(const QString &path)
    {
        return send("GET", base + QStringLiteral("/admin/api") + path, {}, { { "Cookie", cookie }, { "X-Real-IP", address } });
    }
    Reply post(const QString &path, const QJsonObject &body, bool withCsrf = true)
    {
        QList<QPair<QByteArray, QByteArray>> h { { "Cookie", cookie }, { "Content-Type", "application/json" },
            { "X-Real-IP", address } };
        if (withCsrf) {
            h.append({ "X-CSRF-Token", csrf });
        }
        return send("POST", base + QStringLiteral("/admin/api") + path, QJsonDocument(body).toJson(), h);
    }
    Reply upload(const QString &path, const QByteArray &data, const QByteArray &type)
    {
        return send("POST", base + QStringLiteral("/admin/api") + path, data,
            { { "Cookie", cookie }, { "Content-Type", type }, { "X-CSRF-Token", csrf }, { "X-Real-IP", address } });
    }
    QJsonArray table(const QString &name)
    {
        return get(QStringLiteral("/rows"))
            .json()
            .value(QStringLiteral("tables"))
            .toObject()
            .value(name)
            .toArray();
    }
};

} // namespace kltest
