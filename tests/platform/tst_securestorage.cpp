// The device token survives a restart, is readable by its owner only, and never lands
// in the SQLite file.
#include "database.h"
#include "securestorage.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace kl;

class TestSecureStorage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrip()
    {
        QTemporaryDir dir;
        const QString token = QStringLiteral("kl1.8f3b2c9e0a7d4e6f9b1c2d3e4f5a6b7c");
        {
            auto store = platform::createTokenStore(dir.path());
            QVERIFY(!store->load().value().isValid());
            DeviceCredentials c { QStringLiteral("https://partners.example.nl/"), QStringLiteral("school-1"),
                QStringLiteral("De Regenboog"), QStringLiteral("teacher"), token };
            QVERIFY(store->save(c).ok());
        }
        auto again = platform::createTokenStore(dir.path());
        const DeviceCredentials c = again->load().value();
        QVERIFY(c.isValid());
        QCOMPARE(c.token, token);
        QCOMPARE(c.schoolName, QStringLiteral("De Regenboog"));

        const QString file = dir.filePath(QStringLiteral("device-token.json"));
        QCOMPARE(QFile::permissions(file) & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup
                                                | QFileDevice::WriteOther),
            QFileDevice::Permissions());

        // The database beside it knows nothing of the token.
        {
            auto db = Database::open(dir.filePath(QStringLiteral("kl.sqlite")));
            QVERIFY(db.ok());
            QVERIFY(db.value()->setMeta(QStringLiteral("sync.client_id"), QStringLiteral("c1")).ok());
        }
        for (const QString &name : dir.path().isEmpty() ? QStringList {} : QDir(dir.path()).entryList(QDir::Files)) {
            if (name.startsWith(QLatin1String("kl.sqlite"))) {
                QFile f(dir.filePath(name));
                QVERIFY(f.open(QIODevice::ReadOnly));
                QVERIFY(!f.readAll().contains(token.toUtf8()));
            }
        }

        QVERIFY(again->clear().ok());
        QVERIFY(!again->load().value().isValid());
        QVERIFY(!QFile::exists(file));
    }
};

QTEST_GUILESS_MAIN(TestSecureStorage)
#include "tst_securestorage.moc"
