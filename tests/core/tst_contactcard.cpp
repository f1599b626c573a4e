// Contact cards as phones and address books really export them, and as QR generators
// write them: vCard 2.1, 3.0, 4.0 and MeCard.
#include "contactcard.h"

#include <QTest>

using namespace kl;

class TestContactCard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void vcard40()
    {
        const QByteArray data = "BEGIN:VCARD\r\n"
                                "VERSION:4.0\r\n"
                                "FN:Ayşe Öztürk\r\n"
                                "N:Öztürk;Ayşe;;;\r\n"
                                "ORG:CJG Overvecht;Team Noord\r\n"
                                "TITLE:Schoolmaatschappelijk werker\r\n"
                                "TEL;TYPE=cell;VALUE=uri:tel:+31-6-12345678\r\n"
                                "TEL;TYPE=\"work,voice\";VALUE=uri:tel:+31302345678\r\n"
                                "EMAIL:ayse@cjg.example.nl\r\n"
                                "NOTE:Op school: dinsdag 8:30–12:00\\, kamer 12\\nKoffieochtend woensdag\r\n"
                                "PHOTO:data:image/png;base64,iVBORw0KGgo=\r\n"
                                "END:VCARD\r\n";
        const auto r = contactcard::parseVCards(data);
        QVERIFY(r.ok());
        QCOMPARE(r.value().size(), 1);
        const ContactCard c = r.value().first();
        QCOMPARE(c.version, QStringLiteral("4.0"));
        QCOMPARE(c.displayName(), QStringLiteral("Ayşe Öztürk"));
        QCOMPARE(c.familyName, QStringLiteral("Öztürk"));
        QCOMPARE(c.givenName, QStringLiteral("Ayşe"));
        QCOMPARE(c.organisation, QStringLiteral("CJG Overvecht"));
        QCOMPARE(c.mobile, QStringList { QStringLiteral("+31-6-12345678") });
        QCOMPARE(c.landline, QStringList { QStringLiteral("+31302345678") });
        QCOMPARE(c.note, QStringLiteral("Op school: dinsdag 8:30–12:00, kamer 12\nKoffieochtend woensdag"));
        QCOMPARE(c.photo, QByteArray::fromBase64("iVBORw0KGgo="));
    }

    void vcard30AndroidExport()
    {
        // Folded lines, grouped properties, bare 2.1-style types, LF line ends.
        const QByteArray data = "BEGIN:VCARD\n"
                                "VERSION:3.0\n"
                                "N:van den Berg;Noëlle;;;\n"
                                "FN:Noëlle van den Berg\n"
                                "TEL;TYPE=CELL:06 12 34 56 78\n"
                                "TEL;TYPE=FAX:030 111 1111\n"
                                "item1.EMAIL;TYPE=INTERNET:noelle@bieb.exam\n"
                                " ple.nl\n"
                                "ADR;TYPE=WORK:;;Zamenhofdreef 3;Utrecht;;3562 JT;Nederland\n"
                                "END:VCARD\n"
                                "BEGIN:VCARD\n"
                                "VERSION:3.0\n"
                                "FN:Wijkagent Rachid\n"
                                "TEL;CELL:0612345670\n"
                                "END:VCARD\n";
        const auto r = contactcard::parseVCards(data);
        QVERIFY(r.ok());
        QCOMPARE(r.value().size(), 2);
        const ContactCard &c = r.value().at(0);
        QCOMPARE(c.familyName, QStringLiteral("van den Berg"));
        QCOMPARE(c.mobile, QStringList { QStringLiteral("06 12 34 56 78") });
        QVERIFY(c.landline.isEmpty()); // a fax is not a line to call
        QCOMPARE(c.emails, QStringList { QStringLiteral("noelle@bieb.example.nl") });
        QCOMPARE(c.street, QStringLiteral("Zamenhofdreef 3"));
        QCOMPARE(c.city, QStringLiteral("Utrecht"));
        QCOMPARE(c.postalCode, QStringLiteral("3562 JT"));
        QCOMPARE(r.value().at(1).mobile, QStringList { QStringLiteral("0612345670") });
    }

    void vcard21QuotedPrintable()
    {
        const QByteArray data = "BEGIN:VCARD\r\n"
                                "VERSION:2.1\r\n"
                                "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=C3=87elik;Dani=C3=ABl;;;\r\n"
                                "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Dani=C3=ABl =C3=87elik=\r\n"
                                "\r\n"
                                "TEL;CELL;PREF:+31687654321\r\n"
                                "END:VCARD\r\n";
        const auto r = contactcard::parseVCards(data);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        QCOMPARE(r.value().first().familyName, QStringLiteral("Çelik"));
        QCOMPARE(r.value().first().givenName, QStringLiteral("Daniël"));
        QCOMPARE(r.value().first().mobile, QStringList { QStringLiteral("+31687654321") });
    }

    void refusals_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("code");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("card.none");
        QTest::newRow("plain text") << QByteArray("Bel Ayşe even") << QStringLiteral("card.none");
        QTest::newRow("no end") << QByteArray("BEGIN:VCARD\nVERSION:4.0\nFN:X\n") << QStringLiteral("card.malformed");
        QTest::newRow("nested") << QByteArray("BEGIN:VCARD\nFN:X\nBEGIN:VCARD\nEND:VCARD\nEND:VCARD\n")
                                << QStringLiteral("card.malformed");
        QTest::newRow("no name") << QByteArray("BEGIN:VCARD\nVERSION:4.0\nTEL:0612345678\nEND:VCARD\n")
                                 << QStringLiteral("card.malformed");
        QTest::newRow("garbage line") << QByteArray("BEGIN:VCARD\nFN:X\nthis is not a property\nEND:VCARD\n")
                                      << QStringLiteral("card.malformed");
    }
    void refusals()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, code);
        const auto r = contactcard::parseVCards(data);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, code);
        QVERIFY(!r.error().message.isEmpty());
    }

    void mecard()
    {
        const auto r = contactcard::parseMeCard(
            QStringLiteral("MECARD:N:Öztürk,Ayşe;TEL:+31612345678;EMAIL:ayse@cjg.example.nl;"
                           "ORG:CJG Overvecht;NOTE:Dinsdag kamer 12\\; woensdag koffie;;"));
        QVERIFY(r.ok());
        QCOMPARE(r.value().displayName(), QStringLiteral("Ayşe Öztürk"));
        QCOMPARE(r.value().mobile, QStringList { QStringLiteral("+31612345678") });
        QCOMPARE(r.value().organisation, QStringLiteral("CJG Overvecht"));
        QCOMPARE(r.value().note, QStringLiteral("Dinsdag kamer 12; woensdag koffie"));
        QCOMPARE(contactcard::parseMeCard(QStringLiteral("https://example.nl")).error().code, QStringLiteral("card.none"));
        QCOMPARE(contactcard::parseMeCard(QStringLiteral("MECARD:TEL:123;;")).error().code,
            QStringLiteral("card.malformed"));
    }
};

QTEST_GUILESS_MAIN(TestContactCard)
#include "tst_contactcard.moc"
