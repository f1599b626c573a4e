// For the Qt Quick Tests: reads the app's real SQLite file through a connection of its own
// (what is on disk, not what a view model holds), and makes the app see what a sync page
// does: rows written into the school list, then the sync engine's rowsApplied signal.
#pragma once

#include <QObject>
#include <QVariantList>
#include <QVariantMap>

class AppContext;

class TestDb : public QObject
{
    Q_OBJECT
public:
    TestDb(AppContext *context, QString file, QObject *parent = nullptr);

    // Every row of a query on the file, as column -> value maps.
    Q_INVOKABLE QVariantList rows(const QString &sql, const QVariantList &args = {}) const;
    // The first row, or an empty map.
    Q_INVOKABLE QVariantMap row(const QString &sql, const QVariantList &args = {}) const;
    // Runs one statement on the app's own connection, then announces it the way a pulled
    // sync page is announced (SyncEngine::rowsApplied). False when the statement failed.
    Q_INVOKABLE bool applySyncedChange(const QString &sql, const QVariantList &args = {});

    // The platform edge: whether channels and the contacts app open (the recorders accept).
    Q_INVOKABLE void setPlatformOpens(bool opens);
    Q_INVOKABLE QString clipboard() const;

private:
    AppContext *m_context;
    QString m_file;
};
