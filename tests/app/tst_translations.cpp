// Every message in both catalogues is translated, and the compiled Dutch catalogue
// really translates core messages in the contexts the code looks them up in.
#include "availability.h"
#include "phonenumbers.h"
#include "presencerepository.h"

#include <QCoreApplication>
#include <QFile>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void complete_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("nl") << QStringLiteral(KL_TS_DIR "/kortelijn_nl.ts");
        QTest::newRow("en") << QStringLiteral(KL_TS_DIR "/kortelijn_en.ts");
    }

    void complete()
    {
        QFETCH(QString, file);
        QFile f(file);
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(file));
        QXmlStreamReader xml(&f);
        int messages = 0;
        QStringList problems;
        QString context;
        QString source;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement()) {
                continue;
            }
            if (xml.name() == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (xml.name() == QLatin1String("message")) {
                ++messages;
            } else if (xml.name() == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (xml.name() == QLatin1String("translation")) {
                const auto type = xml.attributes().value(QLatin1String("type"));
                const bool unfinished = type == QLatin1String("unfinished") || type == QLatin1String("obsolete")
                    || type == QLatin1String("vanished");
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                if (unfinished || text.trimmed().isEmpty()) {
                    problems << context + QStringLiteral(": ") + source;
                }
            }
        }
        QVERIFY(!xml.hasError());
        QVERIFY(messages > 100);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void dutchAtRuntime()
    {
        QTranslator nl;
        QVERIFY(nl.load(QStringLiteral(":/i18n/kortelijn_nl.qm")));
        QCoreApplication::installTranslator(&nl);
        QCOMPARE(QCoreApplication::translate("kl::Validation", "Enter a name."), QStringLiteral("Vul een naam in."));
        QCOMPARE(kl::weekdayName(2), QStringLiteral("dinsdag"));
        const auto bad = kl::PhoneNumbers::toE164(QStringLiteral("06-123"));
        QVERIFY(bad.error().message.contains(QStringLiteral("is geen geldig telefoonnummer")));
        QCOMPARE(kl::relativeDayName(QDate(2026, 11, 25), QDate(2026, 11, 24)), QStringLiteral("morgen"));
        QCoreApplication::removeTranslator(&nl);
        QCOMPARE(kl::weekdayName(2), QStringLiteral("Tuesday"));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
