#include "schoolconnection.h"

SchoolConnection::SchoolConnection(kl::Database &db, QObject *parent) : QObject(parent), m_db(db) { }

bool SchoolConnection::demoData() const
{
    return m_db.meta(QLatin1String(kDemoMetaKey)) == QLatin1String("1");
}

void SchoolConnection::setConnecting(const QString &serverUrl)
{
    m_state = Connecting;
    m_serverUrl = serverUrl;
    m_lastError.clear();
    Q_EMIT changed();
}

void SchoolConnection::setConnected(const QString &schoolName, const QDateTime &lastSync)
{
    m_state = Connected;
    m_schoolName = schoolName;
    m_lastSync = lastSync;
    m_lastError.clear();
    Q_EMIT changed();
}

void SchoolConnection::setFailed(const QString &error)
{
    m_state = Failed;
    m_lastError = error;
    Q_EMIT changed();
}

void SchoolConnection::setNotConnected()
{
    m_state = NotConnected;
    m_serverUrl.clear();
    m_schoolName.clear();
    m_lastError.clear();
    Q_EMIT changed();
}
