// "Zet de schoollijst in de contacten van je telefoon": asks the school server for this
// phone's own read-only CardDAV login (POST /api/v1/schools/<id>/carddav/credentials, with
// the device token) and hands the teacher what the phone's contacts need: the server
// address, user name and password (with copy buttons), on Android a link that opens
// DAVx5 with them filled in, on iOS the configuration profile to download.
#pragma once

#include "schoolconnection.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

class ContactsSync : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(SchoolConnection *connection READ connection WRITE setConnection NOTIFY changed)
    Q_PROPERTY(State state READ state NOTIFY changed)
    Q_PROPERTY(QString serverAddress READ serverAddress NOTIFY changed)
    Q_PROPERTY(QString username READ username NOTIFY changed)
    Q_PROPERTY(QString password READ password NOTIFY changed)
    Q_PROPERTY(QString davx5Url READ davx5Url NOTIFY changed)
    Q_PROPERTY(QString profileUrl READ profileUrl NOTIFY changed)
    Q_PROPERTY(QString errorText READ errorText NOTIFY changed)
    Q_PROPERTY(QString platform READ platform CONSTANT)

public:
    enum State { Idle, Working, Ready, Failed };
    Q_ENUM(State)

    explicit ContactsSync(QObject *parent = nullptr);

    [[nodiscard]] SchoolConnection *connection() const { return m_connection; }
    void setConnection(SchoolConnection *connection);
    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] QString serverAddress() const { return m_server; }
    [[nodiscard]] QString username() const { return m_username; }
    [[nodiscard]] QString password() const { return m_password; }
    [[nodiscard]] QString davx5Url() const { return m_davx5; }
    [[nodiscard]] QString profileUrl() const { return m_profile; }
    [[nodiscard]] QString errorText() const { return m_error; }
    // "android", "ios" or "desktop": which way of adding the account the page offers first.
    [[nodiscard]] static QString platform();

    // Makes a new login for this phone (each call a new one; revoking the phone ends all).
    Q_INVOKABLE void create(const QString &label);
    Q_INVOKABLE static void copy(const QString &text);
    Q_INVOKABLE static bool open(const QString &url);

Q_SIGNALS:
    void changed();

private:
    QPointer<SchoolConnection> m_connection;
    QNetworkAccessManager m_network;
    State m_state = Idle;
    QString m_server;
    QString m_username;
    QString m_password;
    QString m_davx5;
    QString m_profile;
    QString m_error;
};
