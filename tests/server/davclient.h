// A CardDAV client as the CardDAV suites drive it: raw requests over a socket (any method,
// Basic auth, no redirect followed, an address of its own through the test server's
// trusted proxy)
// and the few XPath-like reads the checks need from a multistatus answer.
#pragma once

#include "adminbrowser.h"

#include <QHostAddress>
#include <QTcpSocket>
#include <QUrl>
#include <QXmlStreamReader>

namespace kltest {

struct DavClient
{
    QString base;
    QByteArray user;
    QByteArray password;
    QByteArray address = nextTestAddress();

    // One request on a connection of its own (Connection: close), written and read raw:
    // exactly the bytes a client sends, no redirect or authentication handling in between.
    Reply request(const QByteArray &method, const QString &path, const QByteArray &body = {}, const QByteArray &depth = {},
        QList<QPair<QByteArray, QByteArray>> extra = {}) const
    {
        const QUrl url(path.startsWith(QLatin1String("http")) ? path : base + path);
        QByteArray target = url.path(QUrl::FullyEncoded).toLatin1();
        if (url.hasQuery()) {
            target += '?' + url.query(QUrl::FullyEncoded).toLatin1();
        }
        QByteArray raw = method + ' ' + (target.isEmpty() ? QByteArray("/") : target) + " HTTP/1.1\r\nHost: 127.0.0.1:"
            + QByteArray::number(url.port()) + "\r\nConnection: close\r\nX-Real-IP: " + address + "\r\n";
        if (!user.isEmpty()) {
            raw += "Authorization: Basic " + (user + ':' + password).toBase64() + "\r\n";
        }
        if (!depth.isEmpty()) {
            raw += "Depth: " + depth + "\r\n";
        }
        bool typed = false;
        for (const auto &[n, v] : extra) {
            raw += n + ": " + v + "\r\n";
            typed = typed || n.compare("Content-Type", Qt::CaseInsensitive) == 0;
        }
        if (!body.isEmpty() && !typed) {
            raw += "Content-Type: application/xml; charset=utf-8\r\n";
        }
        raw += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, quint16(url.port()));
        Reply r;
        if (!socket.waitForConnected(10000)) {
            return r;
        }
        socket.write(raw);
        QByteArray in;
        while (socket.state() == QAbstractSocket::ConnectedState && socket.waitForReadyRead(30000)) {
            in += socket.readAll();
        }
        in += socket.readAll();
        const qsizetype headEnd = in.indexOf("\r\n\r\n");
        if (headEnd < 0) {
            return r;
        }
        const QList<QByteArray> lines = in.left(headEnd).split('\n');
        r.status = lines.value(0).split(' ').value(1).toInt();
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon > 0) {
                r.headers.append({ line.left(colon), line.mid(colon + 1).trimmed() });
            }
        }
        r.contentType = r.header("Content-Type");
        r.body = in.mid(headEnd + 4);
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
