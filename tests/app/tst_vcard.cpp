// vCard 4.0 (RFC 6350): structure, escaping, folding at 75 octets without splitting UTF-8.
#include "vcard.h"

#include <QTest>

using namespace kl;

namespace {

// Undo RFC 6350 folding: CRLF followed by one space joins the lines.
QList<QByteArray> unfold(const QByteArray &card)
{
    QByteArray joined = card;
    joined.replace("\r\n ", "");
    QList<QByteArray> lines = joined.split('\n');
    for (QByteArray &l : lines) {
        if (l.endsWith('\r')) {
            l.chop(1);
        }
    }
    while (!lines.isEmpty() && lines.last().isEmpty()) {
        lines.removeLast();
    }
    return lines;
}

} // namespace

class TestVCard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void structure()
    {
        VCardData c;
        c.uid = QStringLiteral("6f1d0c3e-9a51-4c5e-8b8e-4b1f5f0a7d21");
        c.givenName = QString::fromUtf8("Ayşe");
        c.familyName = QString::fromUtf8("Öztürk");
        c.organisation = QStringLiteral("CJG Overvecht");
        c.title = QStringLiteral("Schoolmaatschappelijk werker");
        c.mobile = QStringLiteral("+31612345678");
        c.landline = QStringLiteral("+31301234567");
        c.email = QStringLiteral("ayse.ozturk@cjgutrecht.nl");
        c.note = QStringLiteral("Op school: dinsdag 8:30–12:00, kamer 12");
        c.categories = { QStringLiteral("CJG / jeugdzorg") };
        const QByteArray card = VCard::write(c);
        QVERIFY(card.startsWith("BEGIN:VCARD\r\nVERSION:4.0\r\n"));
        QVERIFY(card.endsWith("END:VCARD\r\n"));
        QVERIFY(!card.contains("\n\n"));
        // Every line break is CRLF.
        QCOMPARE(card.count('\n'), card.count("\r\n"));
        const QList<QByteArray> lines = unfold(card);
        QVERIFY(lines.contains(QString::fromUtf8("FN:Ayşe Öztürk").toUtf8()));
        QVERIFY(lines.contains(QString::fromUtf8("N:Öztürk;Ayşe;;;").toUtf8()));
        QVERIFY(lines.contains("ORG:CJG Overvecht"));
        QVERIFY(lines.contains("TITLE:Schoolmaatschappelijk werker"));
        QVERIFY(lines.contains("TEL;VALUE=uri;TYPE=\"cell,voice,text\";PREF=1:tel:+31612345678"));
        QVERIFY(lines.contains("TEL;VALUE=uri;TYPE=\"work,voice\":tel:+31301234567"));
        QVERIFY(lines.contains("EMAIL;TYPE=work:ayse.ozturk@cjgutrecht.nl"));
        QVERIFY(lines.contains(QString::fromUtf8("NOTE:Op school: dinsdag 8:30–12:00\\, kamer 12").toUtf8()));
        QVERIFY(lines.contains("CATEGORIES:CJG / jeugdzorg"));
        QVERIFY(lines.contains("UID:urn:uuid:6f1d0c3e-9a51-4c5e-8b8e-4b1f5f0a7d21"));
        // FN is required and VERSION must come right after BEGIN.
        QCOMPARE(lines.at(1), QByteArray("VERSION:4.0"));
    }

    void escape_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("out");
        QTest::newRow("comma") << "a,b" << "a\\,b";
        QTest::newRow("semicolon") << "a;b" << "a\\;b";
        QTest::newRow("backslash") << "a\\b" << "a\\\\b";
        QTest::newRow("newline") << "a\nb" << "a\\nb";
        QTest::newRow("crlf") << "a\r\nb" << "a\\nb";
        QTest::newRow("colon kept") << "a:b" << "a:b";
    }

    void escape()
    {
        QFETCH(QString, in);
        QFETCH(QString, out);
        QCOMPARE(VCard::escape(in), out);
    }

    void folding()
    {
        // 200 two-octet characters: folds must never cut inside one.
        const QByteArray line = "NOTE:" + QString(200, QChar(0x00EB)).toUtf8();
        const QByteArray folded = VCard::fold(line);
        for (const QByteArray &physical : folded.split('\n')) {
            QByteArray l = physical;
            if (l.endsWith('\r')) {
                l.chop(1);
            }
            QVERIFY2(l.size() <= 75, l.constData());
            QVERIFY(QString::fromUtf8(l).toUtf8() == l); // valid UTF-8 on its own
        }
        QByteArray unfolded = folded;
        unfolded.replace("\r\n ", "");
        QCOMPARE(unfolded, line);
        QCOMPARE(VCard::fold("SHORT:x"), QByteArray("SHORT:x"));
    }

    void photoAndFileName()
    {
        VCardData c;
        c.givenName = QString::fromUtf8("Zoë");
        c.familyName = QStringLiteral("de Vries");
        // A minimal PNG signature is enough for the MIME sniffing.
        c.photo = QByteArray::fromHex("89504e470d0a1a0a0000000d49484452");
        const QList<QByteArray> lines = unfold(VCard::write(c));
        bool photo = false;
        for (const QByteArray &l : lines) {
            photo |= l.startsWith("PHOTO:data:image/png;base64,iVBORw0KGgo");
        }
        QVERIFY(photo);
        QCOMPARE(VCard::fileName(c), QStringLiteral("zoe-de-vries.vcf"));
    }
};

QTEST_GUILESS_MAIN(TestVCard)
#include "tst_vcard.moc"
