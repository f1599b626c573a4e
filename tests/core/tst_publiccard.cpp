// What parents may see: kl::publiccard applies the field visibility, makes the slug, the
// vCard 3.0 and reads Accept-Language. The server's pages and the app's QR both use it.
#include "publiccard.h"

#include "contactcard.h"

#include <QCryptographicHash>
#include <QTest>

using namespace kl;

namespace {

Person publishedPerson()
{
    Person p;
    p.id = QStringLiteral("7d3c2f9e-5a1b-4c8d-9e0f-1a2b3c4d5e6f");
    p.organisationId = QStringLiteral("org-1");
    p.givenName = QStringLiteral("Fatma");
    p.familyName = QStringLiteral("van den Berg; \"Zorg\", Noord");
    p.mobile = QStringLiteral("+31612345678");
    p.landline = QStringLiteral("+31301234567");
    p.email = QStringLiteral("fatma@voorbeeld.nl");
    p.visibility = FieldVisibility(Visibility::School);
    p.visibility.set(QStringLiteral("given_name"), Visibility::Public);
    p.visibility.set(QStringLiteral("family_name"), Visibility::Public);
    return p;
}

} // namespace

class TestPublicCard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void slugIsStableShortAndPerSchool()
    {
        const QString s = publiccard::slug(QStringLiteral("school-a"), QStringLiteral("person-1"));
        QCOMPARE(s.size(), 16);
        QVERIFY(publiccard::isSlug(s));
        QCOMPARE(publiccard::slug(QStringLiteral("school-a"), QStringLiteral("person-1")), s);
        QVERIFY(publiccard::slug(QStringLiteral("school-b"), QStringLiteral("person-1")) != s);
        QVERIFY(publiccard::slug(QStringLiteral("school-a"), QStringLiteral("person-2")) != s);
        // The separator keeps ("ab", "c") and ("a", "bc") apart.
        QVERIFY(publiccard::slug(QStringLiteral("ab"), QStringLiteral("c")) != publiccard::slug(QStringLiteral("a"), QStringLiteral("bc")));
        QVERIFY(!publiccard::isSlug(QStringLiteral("ABCDEFGHIJKLMNOP")));
        QVERIFY(!publiccard::isSlug(QStringLiteral("abcdefghijklmno1")));
        QCOMPARE(publiccard::pageUrl(QUrl(QStringLiteral("https://partners.school.nl/")), s),
            QStringLiteral("https://partners.school.nl/p/") + s);
        QCOMPARE(publiccard::pageUrl(QUrl(QStringLiteral("https://partners.school.nl")), s), QStringLiteral("https://partners.school.nl/p/") + s);
        QCOMPARE(publiccard::pageUrl(QUrl(QStringLiteral("https://board.nl/regenboog/")), s), QStringLiteral("https://board.nl/regenboog/p/") + s);
    }

    void slugFormulaIsFixed()
    {
        // SHA-256("kortelijn-public-page-v1\0s\0p") starts with these 80 bits in base32;
        // changing the formula would break every printed poster.
        const QByteArray digest = QCryptographicHash::hash(QByteArray("kortelijn-public-page-v1\0s\0p", 28), QCryptographicHash::Sha256);
        QString expected;
        const char *alphabet = "abcdefghijklmnopqrstuvwxyz234567";
        for (int bit = 0; bit < 80; bit += 5) {
            int v = 0;
            for (int i = 0; i < 5; ++i) {
                const int b = bit + i;
                v = (v << 1) | ((static_cast<unsigned char>(digest.at(b / 8)) >> (7 - b % 8)) & 1);
            }
            expected += QLatin1Char(alphabet[v]);
        }
        QCOMPARE(publiccard::slug(QStringLiteral("s"), QStringLiteral("p")), expected);
    }

    void publishedNeedsThePublicName()
    {
        Person p = publishedPerson();
        QVERIFY(publiccard::isPublished(p));
        p.visibility.set(QStringLiteral("family_name"), Visibility::School);
        QVERIFY(!publiccard::isPublished(p));
        p = publishedPerson();
        p.origin = Origin::Personal;
        QVERIFY(!publiccard::isPublished(p));
        p = publishedPerson();
        p.deleted = true;
        QVERIFY(!publiccard::isPublished(p));
        QVERIFY(!publiccard::make(QStringLiteral("s"), p, nullptr, {}, {}, QDate(2026, 11, 24)));
    }

    void onlyPublicFields()
    {
        Person p = publishedPerson();
        p.whatsapp.clear(); // "same as mobile"
        p.visibility.set(QStringLiteral("whatsapp"), Visibility::Public);
        Organisation o;
        o.id = p.organisationId;
        o.name = QStringLiteral("Logopedie Praat");
        o.website = QStringLiteral("https://praat.example");
        o.visibility = FieldVisibility(Visibility::Public);
        o.visibility.set(QStringLiteral("website"), Visibility::School);
        Function f;
        f.id = QStringLiteral("fn-1");
        f.title = QStringLiteral("Logopedist");
        Presence pr;
        pr.id = QStringLiteral("pr-1");
        pr.functionId = f.id;
        pr.weekday = 4;
        pr.start = QTime(13, 0);
        pr.end = QTime(15, 30);
        pr.room = QStringLiteral("12");
        auto card = publiccard::make(QStringLiteral("s"), p, &o, { f }, { pr }, QDate(2026, 11, 24));
        QVERIFY(card);
        QCOMPARE(card->organisation, QStringLiteral("Logopedie Praat"));
        QVERIFY(card->website.isEmpty());
        QVERIFY(card->mobile.isEmpty() && card->landline.isEmpty() && card->email.isEmpty());
        QVERIFY(card->whatsapp.isEmpty()); // same as the mobile, which is not public
        QVERIFY(card->functions.isEmpty() && card->presence.isEmpty()); // not marked public
        p.visibility.set(QStringLiteral("function"), Visibility::Public);
        p.visibility.set(QStringLiteral("presence"), Visibility::Public);
        p.visibility.set(QStringLiteral("mobile"), Visibility::Public);
        card = publiccard::make(QStringLiteral("s"), p, &o, { f }, { pr }, QDate(2026, 11, 24));
        QCOMPARE(card->functions, QStringList { QStringLiteral("Logopedist") });
        QCOMPARE(card->whatsapp, QStringLiteral("+31612345678"));
        QCOMPARE(card->presence.size(), 1);
        QCOMPARE(publiccard::presenceText(card->presence.first(), PublicLanguage::Dutch), QStringLiteral("donderdag 13:00-15:30, kamer 12"));
        QCOMPARE(publiccard::presenceText(card->presence.first(), PublicLanguage::English), QStringLiteral("Thursday 13:00-15:30, room 12"));
        pr.validUntil = QDate(2026, 11, 23); // ended yesterday
        QVERIFY(publiccard::make(QStringLiteral("s"), p, &o, { f }, { pr }, QDate(2026, 11, 24))->presence.isEmpty());
    }

    void vcardIsValid30()
    {
        Person p = publishedPerson();
        p.visibility.set(QStringLiteral("landline"), Visibility::Public);
        auto card = publiccard::make(QStringLiteral("s"), p, nullptr, {}, {}, QDate(2026, 11, 24));
        QVERIFY(card);
        const QByteArray v = publiccard::vcard(*card, PublicLanguage::Dutch, QStringLiteral("https://x.nl/p/abc"), true);
        QVERIFY(v.startsWith("BEGIN:VCARD\r\nVERSION:3.0\r\n"));
        QVERIFY(v.contains("\r\nN:van den Berg\\; \"Zorg\"\\, Noord;Fatma;;;\r\n"));
        QVERIFY(v.contains("\r\nTEL;TYPE=WORK,VOICE:+31301234567\r\n"));
        QVERIFY(!v.contains("+31612345678") && !v.contains("fatma@"));
        const auto parsed = contactcard::parseVCards(v);
        QVERIFY(parsed);
        QCOMPARE(parsed.value().first().familyName, p.familyName);
        QCOMPARE(parsed.value().first().url, QStringLiteral("https://x.nl/p/abc"));
        QVERIFY(!publiccard::offlineQrText(*card, PublicLanguage::Dutch).contains("URL:"));
    }

    void acceptLanguage_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<bool>("english");
        QTest::newRow("none") << QByteArray() << false;
        QTest::newRow("nl") << QByteArray("nl-NL,nl;q=0.9") << false;
        QTest::newRow("en") << QByteArray("en-US,en;q=0.9") << true;
        QTest::newRow("en before nl") << QByteArray("en-GB,nl;q=0.5") << true;
        QTest::newRow("nl before en") << QByteArray("nl,en;q=0.8") << false;
        QTest::newRow("q decides") << QByteArray("en;q=0.3,nl;q=0.7") << false;
        QTest::newRow("de, then en") << QByteArray("de-DE,de;q=0.9,en;q=0.5") << true;
        QTest::newRow("only others") << QByteArray("fr,de") << false;
        QTest::newRow("en refused") << QByteArray("en;q=0") << false;
        QTest::newRow("garbage") << QByteArray(";;,,q=") << false;
    }

    void acceptLanguage()
    {
        QFETCH(QByteArray, header);
        QFETCH(bool, english);
        QCOMPARE(publiccard::languageFromAcceptLanguage(header) == PublicLanguage::English, english);
    }
};

QTEST_GUILESS_MAIN(TestPublicCard)
#include "tst_publiccard.moc"
