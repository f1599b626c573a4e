// Folding is what makes search diacritics- and case-blind; every row here is a name or
// word a Dutch teacher may type without the marks.
#include "textfold.h"

#include <QTest>

class TestTextFold : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fold_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("turkish umlaut") << QStringLiteral("Öztürk") << QStringLiteral("ozturk");
        QTest::newRow("trema") << QStringLiteral("Zoë") << QStringLiteral("zoe");
        QTest::newRow("cedilla") << QStringLiteral("Çelik") << QStringLiteral("celik");
        QTest::newRow("dotless i") << QStringLiteral("Yılmaz") << QStringLiteral("yilmaz");
        QTest::newRow("s cedilla") << QStringLiteral("Şahin") << QStringLiteral("sahin");
        QTest::newRow("scandinavian o") << QStringLiteral("Søren") << QStringLiteral("soren");
        QTest::newRow("polish l") << QStringLiteral("Łukasz") << QStringLiteral("lukasz");
        QTest::newRow("eszett") << QStringLiteral("Straße") << QStringLiteral("strasse");
        QTest::newRow("ij ligature") << QStringLiteral("ĳsselstein") << QStringLiteral("ijsselstein");
        QTest::newRow("upper case") << QStringLiteral("CJG Overvecht") << QStringLiteral("cjg overvecht");
        QTest::newRow("punctuation splits") << QStringLiteral("Öztürk-Çelik, A.") << QStringLiteral("ozturk celik a");
        QTest::newRow("apostrophe") << QStringLiteral("IB'er") << QStringLiteral("ib er");
        QTest::newRow("spaces collapse") << QStringLiteral("  van   den  Berg ") << QStringLiteral("van den berg");
        QTest::newRow("full width") << QStringLiteral("ＣＪＧ") << QStringLiteral("cjg");
        QTest::newRow("digits kept") << QStringLiteral("Kamer 12") << QStringLiteral("kamer 12");
        QTest::newRow("emoji dropped") << QStringLiteral("Hoi 👋 Noëlle") << QStringLiteral("hoi noelle");
        QTest::newRow("empty") << QString() << QString();
    }
    void fold()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(kl::text::fold(input), expected);
    }

    void asciiShortcutMatchesTheFullPath()
    {
        // Plain ASCII takes a shortcut; one non-ASCII letter sends the same text through
        // normalisation. Both must agree for every ASCII character, in any company.
        QString all;
        for (char16_t c = 0; c < 0x80; ++c) {
            all += QChar(c);
        }
        QStringList samples { all, QStringLiteral("Jansen-de Vries, P. (IB'er)"), QStringLiteral("info@cjg.nl"),
            QStringLiteral("  06-12345678\t\n"), QStringLiteral("ABCXYZ abcxyz 0189 @[`{") };
        for (char16_t c = 0; c < 0x80; ++c) {
            samples << QString(3, QChar(c)) + QStringLiteral("Aa") + QChar(c);
        }
        for (const QString &s : samples) {
            const QString viaAscii = kl::text::fold(s);
            const QString viaFull = kl::text::fold(s + QStringLiteral(" é"));
            QCOMPARE(viaFull, viaAscii.isEmpty() ? QStringLiteral("e") : viaAscii + QStringLiteral(" e"));
        }
    }

    void words()
    {
        QCOMPARE(kl::text::words(kl::text::fold(u"De  Vries-Öztürk")),
            (QStringList { QStringLiteral("de"), QStringLiteral("vries"), QStringLiteral("ozturk") }));
        QVERIFY(kl::text::words(QString()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTextFold)
#include "tst_textfold.moc"
