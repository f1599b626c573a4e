// The desktop Documents capability on real files: the save dialog's path gets the whole
// file or, when writing fails, keeps what it had; reading is capped; only local files.
#include "documents.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace kl::platform;

namespace {

QByteArray contentOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestDocuments : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void saveThenRead()
    {
        QTemporaryDir dir;
        auto documents = Documents::createDefault();
        const QString path = dir.filePath(QStringLiteral("KorteLijn-mijn-gegevens.kortelijn"));
        const QByteArray bytes = QByteArray("\x89KLBAK\r\n", 8) + QByteArray(5000, 'x');
        QVERIFY(documents->save(QUrl::fromLocalFile(path), bytes).ok());
        QCOMPARE(contentOf(path), bytes);
        auto read = documents->read(QUrl::fromLocalFile(path), 1 << 20);
        QVERIFY(read.ok());
        QCOMPARE(read.value(), bytes);
        // Saving again replaces the file as a whole.
        QVERIFY(documents->save(QUrl::fromLocalFile(path), QByteArray("kort")).ok());
        QCOMPARE(contentOf(path), QByteArray("kort"));
        QVERIFY(!documents->canShare());
        QCOMPARE(documents->share(QStringLiteral("x.kortelijn"), bytes).error().code, QString(kDocumentNoShare));
        // Nothing but the file itself is left in the folder (no temporary copies).
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList { QStringLiteral("KorteLijn-mijn-gegevens.kortelijn") });
    }

    void failedSaveKeepsWhatWasThere()
    {
        QTemporaryDir dir;
        auto documents = Documents::createDefault();
        // The chosen name is taken by a folder with a file in it (permissions would not
        // stop a test run as root): the save fails and the folder stays as it was.
        const QString taken = dir.filePath(QStringLiteral("oud.kortelijn"));
        QVERIFY(QDir().mkpath(taken));
        QVERIFY(documents->save(QUrl::fromLocalFile(taken + QStringLiteral("/binnen.txt")), QByteArray("eerste")).ok());
        const auto r = documents->save(QUrl::fromLocalFile(taken), QByteArray("tweede versie"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QString(kDocumentNotWritten));
        QCOMPARE(contentOf(taken + QStringLiteral("/binnen.txt")), QByteArray("eerste"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), QStringList { QStringLiteral("oud.kortelijn") });
        // A folder that does not exist.
        QCOMPARE(documents->save(QUrl::fromLocalFile(dir.filePath(QStringLiteral("geen/map/x.kortelijn"))), "x").error().code,
            QString(kDocumentNotWritten));
    }

    void readRefusals()
    {
        QTemporaryDir dir;
        auto documents = Documents::createDefault();
        const QString path = dir.filePath(QStringLiteral("groot.kortelijn"));
        QVERIFY(documents->save(QUrl::fromLocalFile(path), QByteArray(2048, 'y')).ok());
        QCOMPARE(documents->read(QUrl::fromLocalFile(path), 2047).error().code, QString(kDocumentTooLarge));
        QCOMPARE(documents->read(QUrl::fromLocalFile(path), 2048).value().size(), 2048);
        QCOMPARE(documents->read(QUrl::fromLocalFile(dir.filePath(QStringLiteral("weg.kortelijn"))), 10).error().code,
            QString(kDocumentNotRead));
        QCOMPARE(documents->read(QUrl(QStringLiteral("https://example.org/x.kortelijn")), 10).error().code,
            QString(kDocumentNotRead));
        QCOMPARE(documents->save(QUrl(QStringLiteral("https://example.org/x.kortelijn")), "x").error().code,
            QString(kDocumentNotWritten));
    }
};

QTEST_GUILESS_MAIN(TestDocuments)
#include "tst_documents.moc"
