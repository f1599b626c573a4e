#include "testdb.h"

#include "appcontext.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

TestDb::TestDb(AppContext *context, QString file, QObject *parent)
    : QObject(parent), m_context(context), m_file(std::move(file))
{
}

QVariantList TestDb::rows(const QString &sql, const QVariantList &args) const
{
    QVariantList out;
    const QString name = QStringLiteral("testdb-") + QUuid::createUuid().toString(QUuid::Id128);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_file);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            qWarning("testdb: cannot open %s: %s", qPrintable(m_file), qPrintable(db.lastError().text()));
        } else {
            QSqlQuery q(db);
            q.prepare(sql);
            for (const QVariant &a : args) {
                q.addBindValue(a);
            }
            if (!q.exec()) {
                qWarning("testdb: %s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
            }
            while (q.next()) {
                QVariantMap row;
                const QSqlRecord r = q.record();
                for (int i = 0; i < r.count(); ++i) {
                    row.insert(r.fieldName(i), q.value(i));
                }
                out << row;
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return out;
}

QVariantMap TestDb::row(const QString &sql, const QVariantList &args) const
{
    const QVariantList all = rows(sql, args);
    return all.isEmpty() ? QVariantMap() : all.first().toMap();
}

bool TestDb::applySyncedChange(const QString &sql, const QVariantList &args)
{
    const QString name = QStringLiteral("testdb-w-") + QUuid::createUuid().toString(QUuid::Id128);
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_file);
        if (db.open()) {
            QSqlQuery q(db);
            q.prepare(sql);
            for (const QVariant &a : args) {
                q.addBindValue(a);
            }
            ok = q.exec();
            if (!ok) {
                qWarning("testdb: %s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    if (ok) {
        Q_EMIT m_context->connection()->engine().rowsApplied(1);
    }
    return ok;
}

void TestDb::setPlatformOpens(bool opens)
{
    m_context->recorder()->setAccept(opens);
    m_context->contactsRecorder()->setAccept(opens);
}

QString TestDb::clipboard() const
{
    return QGuiApplication::clipboard()->text();
}
