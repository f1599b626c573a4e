// The device token survives a restart, is readable by its owner only, and never lands
// in the SQLite file or the log: through the owner-only file (always testable) and the
// Secret Service keyring (when a Secret Service is on the session bus). The phones' store
// (token in the keystore, the rest in app-private settings) runs here over a keystore
// with Android's QtKeychain limit of 245 bytes, and over the real keyring when there is one.
#include "database.h"
#include "securestorage.h"
#include "splittokenstore.h"

#include <QDir>
#include <QLoggingCategory>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <QMap>
#include <QSettings>

#include <memory>
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

// A phone keystore as QtKeychain <= 0.16 is on Android: one RSA block, at most 245 bytes
// per secret. Its entries outlive a store object, like the real keystore.
class PhoneKeystore final : public platform::SecretStore
{
public:
    explicit PhoneKeystore(std::shared_ptr<QMap<QString, QByteArray>> entries) : m_entries(std::move(entries)) { }

    Result<std::optional<QByteArray>> read(const QString &key) override
    {
        if (!m_entries->contains(key)) {
            return std::optional<QByteArray> {};
        }
        return std::optional<QByteArray> { m_entries->value(key) };
    }
    Status write(const QString &key, const QByteArray &secret) override
    {
        if (secret.size() > 245 || refuse) {
            return tokenStorageError(QStringLiteral("data too large for key size"));
        }
        m_entries->insert(key, secret);
        return {};
    }
    Status remove(const QString &key) override
    {
        m_entries->remove(key);
        return {};
    }

    bool refuse = false;

private:
    std::shared_ptr<QMap<QString, QByteArray>> m_entries;
};

// A realistic school with a long name behind a long server address: more than 245 bytes
// as one JSON blob (the whole credential did not fit Android's keystore).
DeviceCredentials longSchool()
{
    return { QStringLiteral("https://kortelijn.spaarnesant-openbaar-primair-onderwijs.example.nl/"),
        QStringLiteral("7f3c2a90-5b1e-4d8f-9a6c-0e2b4d6f8a1c"),
        QString::fromUtf8("Openbare Basisschool De Regenboog, locatie Overvecht-Noord (groep 1 t/m 8) – Utrecht"),
        QStringLiteral("coordinator"), kToken };
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

    void phoneStoreKeepsOnlyTheTokenInTheKeystore()
    {
        QTemporaryDir dir;
        const QString settings = dir.filePath(QStringLiteral("school-connection.ini"));
        const QString key = platform::KeychainSecrets::keyFor(dir.path());
        auto entries = std::make_shared<QMap<QString, QByteArray>>();
        const DeviceCredentials c = longSchool();
        QVERIFY2(QJsonDocument(QJsonObject { { QStringLiteral("server_url"), c.serverUrl },
                                   { QStringLiteral("school_id"), c.schoolId },
                                   { QStringLiteral("school_name"), c.schoolName }, { QStringLiteral("role"), c.role },
                                   { QStringLiteral("token"), c.token } })
                     .toJson(QJsonDocument::Compact)
                     .size()
                > 245,
            "the test school must not fit Android's keystore as one blob");
        {
            platform::SplitTokenStore store(std::make_unique<PhoneKeystore>(entries), settings, key);
            QVERIFY(!store.load().value().isValid()); // never joined
            QVERIFY(entries->isEmpty());
            QVERIFY(store.save(c).ok());
        }
        QCOMPARE(entries->keys(), QStringList { key });
        QCOMPARE(entries->value(key), kToken.toUtf8()); // the token, nothing else

        // After a restart: everything back.
        platform::SplitTokenStore again(std::make_unique<PhoneKeystore>(entries), settings, key);
        const DeviceCredentials back = again.load().value();
        QCOMPARE(back.serverUrl, c.serverUrl);
        QCOMPARE(back.schoolId, c.schoolId);
        QCOMPARE(back.schoolName, c.schoolName);
        QCOMPARE(back.role, c.role);
        QCOMPARE(back.token, kToken);

        // The settings file has the rest and never the token.
        QFile file(settings);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray ini = file.readAll();
        QVERIFY(ini.contains("7f3c2a90-5b1e-4d8f-9a6c-0e2b4d6f8a1c"));
        QVERIFY(!ini.contains(kToken.toUtf8()));
        QVERIFY(!ini.contains(kToken.mid(4, 12).toUtf8()));

        QVERIFY(again.clear().ok());
        QVERIFY(entries->isEmpty());
        QVERIFY(!again.load().value().isValid());
        QVERIFY(QSettings(settings, QSettings::IniFormat).allKeys().isEmpty());
    }

    void phoneStoreRefusedByTheKeystoreWritesNothing()
    {
        QTemporaryDir dir;
        const QString settings = dir.filePath(QStringLiteral("school-connection.ini"));
        auto entries = std::make_shared<QMap<QString, QByteArray>>();
        auto keystore = std::make_unique<PhoneKeystore>(entries);
        keystore->refuse = true;
        platform::SplitTokenStore store(std::move(keystore), settings, QStringLiteral("k"));
        const Status saved = store.save(longSchool());
        QVERIFY(!saved.ok());
        QCOMPARE(saved.error().code, QStringLiteral("token.storage"));
        QVERIFY(!saved.error().message.isEmpty());
        QVERIFY(!QFile::exists(settings)); // no connection named whose token is missing
        QVERIFY(!store.load().value().isValid());
    }

    void phoneRestoredWithoutItsKeystoreIsNotJoined()
    {
        // Keystore entries do not travel with a backup; the settings file may.
        QTemporaryDir dir;
        const QString settings = dir.filePath(QStringLiteral("school-connection.ini"));
        auto entries = std::make_shared<QMap<QString, QByteArray>>();
        QVERIFY(platform::SplitTokenStore(std::make_unique<PhoneKeystore>(entries), settings, QStringLiteral("k"))
                    .save(longSchool())
                    .ok());
        entries->clear();
        const auto loaded
            = platform::SplitTokenStore(std::make_unique<PhoneKeystore>(entries), settings, QStringLiteral("k")).load();
        QVERIFY(loaded.ok());
        QVERIFY(!loaded.value().isValid());
        QCOMPARE(loaded.value().schoolName, longSchool().schoolName);
    }

    void phoneStoreOverTheRealKeyring()
    {
        if (!platform::secretServiceAvailable()) {
            QSKIP("no Secret Service on the D-Bus session bus: QtKeychain's keystore path cannot run here; "
                  "the split itself is tested over PhoneKeystore above");
        }
        QTemporaryDir dir;
        const QString settings = dir.filePath(QStringLiteral("school-connection.ini"));
        const QString key = platform::KeychainSecrets::keyFor(dir.path());
        platform::SplitTokenStore store(std::make_unique<platform::KeychainSecrets>(), settings, key);
        QVERIFY(store.save(longSchool()).ok());
        platform::SplitTokenStore again(std::make_unique<platform::KeychainSecrets>(), settings, key);
        QCOMPARE(again.load().value().token, kToken);
        QVERIFY(again.clear().ok());
        QVERIFY(!again.load().value().isValid());
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
