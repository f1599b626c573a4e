// The app's view of its link with the school server. Until the sync engine is wired in
// it reports "not connected" and whether the list on this phone is the built-in demo
// school. The sync engine drives this object through the setters below.
#pragma once

#include "database.h"

#include <QDateTime>
#include <QObject>
#include <QtQml/qqmlregistration.h>

class SchoolConnection : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("SchoolConnection is created by the application")
    Q_PROPERTY(State state READ state NOTIFY changed)
    Q_PROPERTY(QString serverUrl READ serverUrl NOTIFY changed)
    Q_PROPERTY(QString schoolName READ schoolName NOTIFY changed)
    Q_PROPERTY(QDateTime lastSync READ lastSync NOTIFY changed)
    Q_PROPERTY(QString lastError READ lastError NOTIFY changed)
    Q_PROPERTY(bool demoData READ demoData NOTIFY changed)

public:
    enum State { NotConnected, Connecting, Connected, Failed };
    Q_ENUM(State)

    static constexpr const char *kDemoMetaKey = "app.demo_school";

    explicit SchoolConnection(kl::Database &db, QObject *parent = nullptr);

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] QString serverUrl() const { return m_serverUrl; }
    [[nodiscard]] QString schoolName() const { return m_schoolName; }
    [[nodiscard]] QDateTime lastSync() const { return m_lastSync; }
    [[nodiscard]] QString lastError() const { return m_lastError; }
    [[nodiscard]] bool demoData() const;

    void setConnecting(const QString &serverUrl);
    void setConnected(const QString &schoolName, const QDateTime &lastSync);
    void setFailed(const QString &error);
    void setNotConnected();

Q_SIGNALS:
    void changed();

private:
    kl::Database &m_db;
    State m_state = NotConnected;
    QString m_serverUrl;
    QString m_schoolName;
    QDateTime m_lastSync;
    QString m_lastError;
};
