// Template rendering and availability: {voornaam} {naam} {functie} {organisatie} {dag} {tijd}.
#include "availability.h"
#include "messagetemplate.h"

#include <QTest>

using namespace kl;

namespace {

Presence slot(int weekday, QTime start, QTime end, const QString &room = QString())
{
    Presence p;
    p.weekday = weekday;
    p.start = start;
    p.end = end;
    p.room = room;
    return p;
}

// Tuesday 24 November 2026.
const QDateTime kTuesdayMorning(QDate(2026, 11, 24), QTime(7, 30));

} // namespace

class TestMessageTemplate : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void render_data()
    {
        QTest::addColumn<QString>("tmpl");
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<QString>("expected");
        QTest::newRow("names") << "Hoi {voornaam} ({naam}), {functie} bij {organisatie}" << kTuesdayMorning
                               << QString::fromUtf8("Hoi Ayşe (Ayşe Öztürk), Schoolmaatschappelijk werker bij CJG Overvecht");
        QTest::newRow("later today") << "{dag} om {tijd}" << kTuesdayMorning << "today om 8:30";
        QTest::newRow("during slot keeps slot start")
            << "{dag} om {tijd}" << QDateTime(QDate(2026, 11, 24), QTime(10, 0)) << "today om 8:30";
        QTest::newRow("after slot, next is Thursday")
            << "{dag} om {tijd}" << QDateTime(QDate(2026, 11, 24), QTime(12, 30)) << "Thursday om 13:00";
        QTest::newRow("tomorrow") << "{dag} om {tijd}" << QDateTime(QDate(2026, 11, 23), QTime(16, 0))
                                  << "tomorrow om 8:30";
        QTest::newRow("unknown placeholder kept") << "Hoi {voornam}" << kTuesdayMorning << "Hoi {voornam}";
        QTest::newRow("case insensitive") << "Hoi {Voornaam}" << kTuesdayMorning << QString::fromUtf8("Hoi Ayşe");
        QTest::newRow("no placeholders") << "Gewoon tekst & meer" << kTuesdayMorning << "Gewoon tekst & meer";
    }

    void render()
    {
        QFETCH(QString, tmpl);
        QFETCH(QDateTime, now);
        QFETCH(QString, expected);
        TemplateContext c;
        c.givenName = QString::fromUtf8("Ayşe");
        c.fullName = QString::fromUtf8("Ayşe Öztürk");
        c.functionTitle = QStringLiteral("Schoolmaatschappelijk werker");
        c.organisationName = QStringLiteral("CJG Overvecht");
        c.now = now;
        c.availability = nextAvailability({ slot(2, QTime(8, 30), QTime(12, 0), QStringLiteral("kamer 12")),
                                              slot(4, QTime(13, 0), QTime(15, 0)) },
            now);
        QCOMPARE(MessageTemplate::render(tmpl, c), expected);
    }

    void unknownPresence()
    {
        TemplateContext c;
        c.givenName = QStringLiteral("Ingrid");
        c.now = kTuesdayMorning;
        QCOMPARE(MessageTemplate::render(QStringLiteral("Hoi {voornaam}, heb je {dag} om {tijd} tijd?"), c),
            QStringLiteral("Hoi Ingrid, heb je soon om tijd?"));
        QVERIFY(MessageTemplate::usesTime(QStringLiteral("x {tijd}")));
        QVERIFY(!MessageTemplate::usesTime(QStringLiteral("x {voornaam}")));
    }

    void unknownPlaceholders()
    {
        QCOMPARE(MessageTemplate::unknownPlaceholders(QStringLiteral("{voornaam} {voornam} {dag} {x} {x}")),
            QStringList({ QStringLiteral("voornam"), QStringLiteral("x") }));
        QVERIFY(MessageTemplate::unknownPlaceholders(QStringLiteral("{ niet } {}")).isEmpty());
    }

    void availability()
    {
        const QList<Presence> windows { slot(2, QTime(8, 30), QTime(12, 0), QStringLiteral("kamer 12")) };
        Availability a = nextAvailability(windows, QDateTime(QDate(2026, 11, 24), QTime(9, 0)));
        QVERIFY(a.atSchoolNow);
        QCOMPARE(*a.day, QDate(2026, 11, 24));
        QCOMPARE(describeAvailability(a, QDateTime(QDate(2026, 11, 24), QTime(9, 0))),
            QStringLiteral("At school now, until 12:00, kamer 12"));
        a = nextAvailability(windows, QDateTime(QDate(2026, 11, 24), QTime(12, 0)));
        QVERIFY(!a.atSchoolNow);
        QCOMPARE(*a.day, QDate(2026, 12, 1)); // a week later
        QCOMPARE(describeAvailability(a, QDateTime(QDate(2026, 11, 24), QTime(12, 0))),
            QString::fromUtf8("Next at school: Tuesday 8:30–12:00, kamer 12"));
        QVERIFY(!nextAvailability({}, kTuesdayMorning).known());
        Presence expired = windows.first();
        expired.validUntil = QDate(2026, 11, 1);
        QVERIFY(!nextAvailability({ expired }, kTuesdayMorning).known());
    }
};

QTEST_GUILESS_MAIN(TestMessageTemplate)
#include "tst_messagetemplate.moc"
