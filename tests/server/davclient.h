// A CardDAV client as the CardDAV suites drive it: raw requests (any method, Basic auth,
// no redirect followed, an address of its own through the test server's trusted proxy)
// and the few XPath-like reads the checks need from a multistatus answer.
#pragma once

#include "adminbrowser.h"

#include <QXmlStreamReader>

namespace kltest {

struct DavClient
{
    QString base;
    QByteArray user;
    QByteArray password;
    QByteArray address = nextTestAddress();

    Reply request(const QByteArray &method, const QString &path, const QByteArray &body = {}, const QByteArray &depth = {},
        QList<QPair<QByteArray, QByteArray>> extra = {}) const
    {
        static QNetworkAccessManager *nam = new QNetworkAccessManager(QCoreApplication::instance());
        QNetworkRequest req { QUrl(path.startsWith(QLatin1String("http")) ? path : base + path) };
        req.setTransferTimeout(30000);
        req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        req.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
        req.setAttribute(QNetworkRequest::AuthenticationReuseAttribute, QNetworkRequest::Manual);
        req.setRawHeader("X-Real-IP", address);
        if (!user.isEmpty()) {
            req.setRawHeader("Authorization", "Basic " + (user + ':' + password).toBase64());
        }
        if (!depth.isEmpty()) {
            req.setRawHeader("Depth", depth);
        }
        if (!body.isEmpty()) {
            req.setRawHeader("Content-Type", "application/xml; charset=utf-8");
        }
        for (const auto &[n, v] : extra) {
            req.setRawHeader(n, v);
        }
        QNetworkReply *reply = nam->sendCustomRequest(req, method, body);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        Reply r { reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
            reply->header(QNetworkRequest::ContentTypeHeader).toByteArray(), reply->readAll(), reply->rawHeaderPairs() };
        reply->deleteLater();
        return r;
    }
};

// One <response> of a multistatus: its href, its status (when it has one of its own) and
// the text of each property found (200), by local name; `missing` are those answered 404.
struct DavResponse
{
    QString href;
    QString status;
    QHash<QString, QString> props; // local name -> inner text (child elements as "<name/>")
    QStringList missing;
};

inline QList<DavResponse> parseMultistatus(const QByteArray &xml, QString *syncToken = nullptr)
{
    QList<DavResponse> out;
    QXmlStreamReader r(xml);
    DavResponse current;
    QString propstatStatus;
    QHash<QString, QString> propstatProps;
    QStringList path;
    QString text;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement()) {
            const QString name = r.name().toString();
            if (path.size() >= 4 && path.at(path.size() - 1) == QLatin1String("prop")) {
                propstatProps.insert(name, QString());
            } else if (path.size() >= 5 && path.at(3) == QLatin1String("prop") && name != QLatin1String("href")) {
                propstatProps[path.at(4)] += QLatin1Char('<') + name + QStringLiteral("/>");
            }
            path << name;
            text.clear();
        } else if (r.isCharacters()) {
            text += r.text();
        } else if (r.isEndElement()) {
            const QString name = path.takeLast();
            if (name == QLatin1String("href") && path.size() == 2) {
                current.href = text.trimmed();
            } else if (name == QLatin1String("status") && path.size() == 2) {
                current.status = text.trimmed();
            } else if (name == QLatin1String("status") && path.size() == 3) {
                propstatStatus = text.trimmed();
            } else if (path.size() == 4 && path.at(3) == QLatin1String("prop")) {
                if (!text.trimmed().isEmpty()) {
                    propstatProps[name] += text;
                }
            } else if (path.size() == 5 && path.at(3) == QLatin1String("prop") && name == QLatin1String("href")) {
                propstatProps[path.at(4)] += text.trimmed();
            } else if (name == QLatin1String("propstat")) {
                for (auto it = propstatProps.cbegin(); it != propstatProps.cend(); ++it) {
                    if (propstatStatus.contains(QLatin1String(" 200 "))) {
                        current.props.insert(it.key(), it.value());
                    } else {
                        current.missing << it.key();
                    }
                }
                propstatProps.clear();
                propstatStatus.clear();
            } else if (name == QLatin1String("response")) {
                out << current;
                current = {};
            } else if (name == QLatin1String("sync-token") && path.size() == 1 && syncToken) {
                *syncToken = text.trimmed();
            }
            text.clear();
        }
    }
    return out;
}

} // namespace kltest
