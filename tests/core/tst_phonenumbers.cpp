// Phone numbers in every notation teachers copy from e-mail signatures, normalised to
// E.164 by libphonenumber; anything else is a clear error.
#include "phonenumbers.h"

#include <QTest>

using kl::PhoneNumbers;

class TestPhoneNumbers : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void valid_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("e164");
        QTest::addColumn<int>("kind");
        const int mobile = int(PhoneNumbers::Kind::Mobile);
        const int fixed = int(PhoneNumbers::Kind::FixedLine);
        QTest::newRow("06 plain") << QStringLiteral("0612345678") << QStringLiteral("+31612345678") << mobile;
        QTest::newRow("06 dash") << QStringLiteral("06-12345678") << QStringLiteral("+31612345678") << mobile;
        QTest::newRow("06 spaces") << QStringLiteral("06 12 34 56 78") << QStringLiteral("+31612345678") << mobile;
        QTest::newRow("+31 mobile") << QStringLiteral("+31 6 1234 5678") << QStringLiteral("+31612345678") << mobile;
        QTest::newRow("+31 (0)") << QStringLiteral("+31 (0)6 12345678") << QStringLiteral("+31612345678") << mobile;
        QTest::newRow("0031 mobile") << QStringLiteral("0031612345678") << QStringLiteral("+31612345678") << mobile;
        QTest::newRow("0031 spaced") << QStringLiteral("0031 6 12 34 56 78") << QStringLiteral("+31612345678") << mobile;
        QTest::newRow("utrecht landline") << QStringLiteral("030-2345678") << QStringLiteral("+31302345678") << fixed;
        QTest::newRow("amsterdam landline") << QStringLiteral("020 123 4567") << QStringLiteral("+31201234567") << fixed;
        QTest::newRow("4-digit area code") << QStringLiteral("0341-412345") << QStringLiteral("+31341412345") << fixed;
        QTest::newRow("+31 landline") << QStringLiteral("+31 30 234 5678") << QStringLiteral("+31302345678") << fixed;
        QTest::newRow("dots") << QStringLiteral("06.12.34.56.78") << QStringLiteral("+31612345678") << mobile;
        QTest::newRow("belgian mobile") << QStringLiteral("+32 470 12 34 56") << QStringLiteral("+32470123456") << mobile;
        QTest::newRow("surrounding spaces") << QStringLiteral("  0612345678 ") << QStringLiteral("+31612345678") << mobile;
    }
    void valid()
    {
        QFETCH(QString, input);
        QFETCH(QString, e164);
        QFETCH(int, kind);
        const auto r = PhoneNumbers::toE164(input);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        QCOMPARE(r.value(), e164);
        QCOMPARE(int(PhoneNumbers::kind(r.value())), kind);
    }

    void invalid_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("code");
        QTest::newRow("empty") << QString() << QStringLiteral("phone.empty");
        QTest::newRow("blank") << QStringLiteral("   ") << QStringLiteral("phone.empty");
        QTest::newRow("too short") << QStringLiteral("06-1234") << QStringLiteral("phone.invalid");
        QTest::newRow("too long") << QStringLiteral("06-123456789012") << QStringLiteral("phone.invalid");
        QTest::newRow("letters") << QStringLiteral("06-CJGBELLEN") << QStringLiteral("phone.invalid");
        QTest::newRow("email by mistake") << QStringLiteral("ayse@cjg.nl") << QStringLiteral("phone.invalid");
        QTest::newRow("no such area") << QStringLiteral("0012345678") << QStringLiteral("phone.invalid");
        QTest::newRow("plus only") << QStringLiteral("+") << QStringLiteral("phone.invalid");
        QTest::newRow("06 with 7 digits") << QStringLiteral("061234567") << QStringLiteral("phone.invalid");
    }
    void invalid()
    {
        QFETCH(QString, input);
        QFETCH(QString, code);
        const auto r = PhoneNumbers::toE164(input);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, code);
        QVERIFY(!r.error().message.isEmpty());
    }

    void display()
    {
        QCOMPARE(PhoneNumbers::formatForDisplay(QStringLiteral("+31612345678")), QStringLiteral("06 12345678"));
        QCOMPARE(PhoneNumbers::formatForDisplay(QStringLiteral("+31302345678")), QStringLiteral("030 234 5678"));
        QCOMPARE(PhoneNumbers::formatForDisplay(QStringLiteral("+32470123456")), QStringLiteral("+32 470 12 34 56"));
    }
};

QTEST_GUILESS_MAIN(TestPhoneNumbers)
#include "tst_phonenumbers.moc"
