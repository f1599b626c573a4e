// The pupil-name hint: speaks up for names, stays quiet for ordinary school messages.
#include "privacyhint.h"

#include <QTest>

using namespace kl;

class TestPrivacyHint : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void hint_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("after leerling") << "Kun je kijken naar leerling Sem?" << "Sem";
        QTest::newRow("after mijn leerling") << "Het gaat over mijn leerling Noëlle uit groep 5" << QString::fromUtf8("Noëlle");
        QTest::newRow("after over") << "Ik wil het hebben over Daan, hij is vaak afwezig" << "Daan";
        QTest::newRow("mid sentence name") << "Hoi {voornaam}, vandaag was Mila weer erg stil." << "Mila";
        QTest::newRow("hyphenated name") << "Het gaat om kind Anne-Fleur" << "Anne-Fleur";
        QTest::newRow("demo cjg") << "Hoi {voornaam}, heb je {dag} om {tijd} even tijd om te overleggen over een vraag uit mijn groep?" << "";
        QTest::newRow("demo logo") << "Hoi {voornaam}, ik wil graag een leerling aanmelden voor de logopediescreening. Kun je {dag} even bij me langs?" << "";
        QTest::newRow("demo lpa") << "Beste {voornaam},\n\nIk heb een vraag over een verlofaanvraag. Wanneer kan ik je bellen?\n\nMet vriendelijke groet" << "";
        QTest::newRow("demo bieb") << "Hoi {voornaam}, mag mijn groep een nieuwe boekenkist? Thema: ... Dank je!" << "";
        QTest::newRow("abbreviations") << "Zullen we na het overleg met het CJG en de GGD bellen?" << "";
        QTest::newRow("days and months") << "Kan het op Dinsdag of in Maart?" << "";
        QTest::newRow("sentence start names not flagged") << "Sem is ziek. Groet" << "";
        QTest::newRow("over a common word") << "Een vraag over Sinterklaas" << "";
        QTest::newRow("known partner name") << "Ik sprak Rachid gisteren, hij komt langs" << "";
        QTest::newRow("empty") << "" << "";
    }

    void hint()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(PrivacyHint::suspectedPupilName(text, { QStringLiteral("Rachid Bennani") }), expected);
    }

    void message()
    {
        QVERIFY(PrivacyHint::message(QStringLiteral("Sem")).contains(QStringLiteral("Sem")));
    }
};

QTEST_GUILESS_MAIN(TestPrivacyHint)
#include "tst_privacyhint.moc"
