// The device token survives a restart, is readable by its owner only, and never lands
// in the SQLite file or the log: through the owner-only file (always testable) and the
// Secret Service keyring (when a Secret Service is on the session bus).
#include "database.h"
#include "securestorage.h"

#include <QDir>
#include <QLoggingCategory>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <mutex>

using namespace kl;

namespace {

std::mutex g_logMutex;
QStringList g_log;
QtMessageHandler g_previous = nullptr;

void recordMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        std::lock_guard lock(g_logMutex);
        g_log << QString::fromLatin1(context.category ? context.category : "") + QLatin1Char(' ') + message;
    }
    g_previous(type, context, message);
}

const QString kToken = QStringLiteral("kl1.8f3b2c9e0a7d4e6f9b1c2d3e4f5a6b7c");

DeviceCredentials credentials()
{
    return { QStringLiteral("https://partners.example.nl/"), QStringLiteral("school-1"), QStringLiteral("De Regenboog"),
        QStringLiteral("teacher"), kToken };
}

} // namespace

class TestSecureStorage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("kl.*=true"));
        g_previous = qInstallMessageHandler(recordMessage);
    }

    void cleanupTestCase() { qInstallMessageHandler(g_previous); }

    void fileRoundTrip()
    {
        QTemporaryDir dir;
        const QString token = kToken;
        {
            auto store = platform::createFileTokenStore(dir.path());
            QVERIFY(!store->load().value().isValid());
            DeviceCredentials c { QStringLiteral("https://partners.example.nl/"), QStringLiteral("school-1"),
                QStringLiteral("De Regenboog"), QStringLiteral("teacher"), token };
            QVERIFY(store->save(c).ok());
        }
        auto again = platform::createFileTokenStore(dir.path());
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

    void keychainRoundTrip()
    {
        if (!platform::secretServiceAvailable()) {
            QSKIP("no Secret Service (org.freedesktop.secrets) on the D-Bus session bus: the keyring path "
                  "cannot run here; the app uses the owner-only file (fileRoundTrip)");
        }
        QTemporaryDir dir;
        auto store = platform::createKeychainTokenStore(dir.path());
        QVERIFY(store);
        QVERIFY(!store->load().value().isValid());
        QVERIFY2(store->save(credentials()).ok(), "keyring refused the entry (locked keyring?)");
        auto again = platform::createKeychainTokenStore(dir.path());
        QCOMPARE(again->load().value().token, kToken);
        QVERIFY(QDir(dir.path()).entryList(QDir::Files).isEmpty()); // nothing on disk
        // Another install (data directory) does not see it.
        QTemporaryDir other;
        QVERIFY(!platform::createKeychainTokenStore(other.path())->load().value().isValid());
        QVERIFY(again->clear().ok());
        QVERIFY(!again->load().value().isValid());
    }

    void defaultStoreSaysWhichButNeverTheToken()
    {
        QTemporaryDir dir;
        {
            std::lock_guard lock(g_logMutex);
            g_log.clear();
        }
        auto store = platform::createTokenStore(dir.path());
        QVERIFY(store->save(credentials()).ok());
        QCOMPARE(platform::createTokenStore(dir.path())->load().value().token, kToken);
        QVERIFY(store->clear().ok());

        std::lock_guard lock(g_logMutex);
        const QString all = g_log.join(QLatin1Char('\n'));
        const QString which = platform::secretServiceAvailable() ? QStringLiteral("Secret Service keyring")
                                                                 : QStringLiteral("owner-only file");
        QVERIFY2(all.contains(which), qPrintable(all));
        QVERIFY2(!all.contains(kToken), "the device token appeared in the log");
        QVERIFY(!all.contains(kToken.mid(4, 12)));
    }

    void oldFileMovesIntoTheKeyring()
    {
        if (!platform::secretServiceAvailable()) {
            QSKIP("no Secret Service on the D-Bus session bus: nothing to move the file into");
        }
        QTemporaryDir dir;
        QVERIFY(platform::createFileTokenStore(dir.path())->save(credentials()).ok());
        auto store = platform::createTokenStore(dir.path());
        QCOMPARE(store->load().value().token, kToken);
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("device-token.json"))));
        QVERIFY(store->clear().ok());
    }
};

QTEST_GUILESS_MAIN(TestSecureStorage)
#include "tst_securestorage.moc"
