#include "domain.h"

#include <QTest>

using namespace kl;

class TestDomain : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void categoryKeysRoundTrip()
    {
        const QList<Category> all = categories::all();
        QCOMPARE(all.size(), 14);
        QSet<QString> keys;
        for (Category c : all) {
            const QString key = categories::key(c);
            QVERIFY(!keys.contains(key));
            keys.insert(key);
            QCOMPARE(categories::fromKey(key), std::optional<Category>(c));
            QVERIFY(!categories::label(c).isEmpty());
            QVERIFY(!categories::searchTerms(c).isEmpty());
        }
        QCOMPARE(categories::fromKey(QStringLiteral("nonsense")), std::nullopt);
        QVERIFY(categories::searchTerms(Category::Jeugdzorg).contains(QLatin1String("cjg")));
    }

    void enumKeys()
    {
        for (Channel c : { Channel::Call, Channel::WhatsApp, Channel::Sms, Channel::Email }) {
            QCOMPARE(channelFromKey(channelKey(c)), std::optional<Channel>(c));
        }
        for (TargetKind k : { TargetKind::Organisation, TargetKind::Function, TargetKind::Person }) {
            QCOMPARE(targetKindFromKey(targetKindKey(k)), std::optional<TargetKind>(k));
        }
        for (FlagReason r : { FlagReason::WrongNumber, FlagReason::LeftOrganisation, FlagReason::Other }) {
            QCOMPARE(flagReasonFromKey(flagReasonKey(r)), std::optional<FlagReason>(r));
        }
        QCOMPARE(channelFromKey(QStringLiteral("telegram")), std::nullopt);
    }

    void visibilityJson()
    {
        FieldVisibility v(Visibility::School);
        v.set(QStringLiteral("given_name"), Visibility::Public);
        v.set(QStringLiteral("mobile"), Visibility::Private);
        const FieldVisibility back = FieldVisibility::fromJson(v.toJson());
        QCOMPARE(back, v);
        QVERIFY(back.isPublic(QStringLiteral("given_name")));
        QCOMPARE(back.of(QStringLiteral("mobile")), Visibility::Private);
        QCOMPARE(back.of(QStringLiteral("email")), Visibility::School);
        // Garbage never widens visibility: it falls back to school-only.
        QCOMPARE(FieldVisibility::fromJson(QStringLiteral("not json")).of(QStringLiteral("x")), Visibility::School);
    }

    void initials_data()
    {
        QTest::addColumn<QString>("given");
        QTest::addColumn<QString>("family");
        QTest::addColumn<QString>("initials");
        QTest::newRow("simple") << QStringLiteral("Ayşe") << QStringLiteral("Öztürk") << QStringLiteral("AÖ");
        QTest::newRow("tussenvoegsel") << QStringLiteral("Noëlle") << QStringLiteral("van den Berg") << QStringLiteral("NB");
        QTest::newRow("family only") << QString() << QStringLiteral("de Vries") << QStringLiteral("V");
        QTest::newRow("given only") << QStringLiteral("zoë") << QString() << QStringLiteral("Z");
    }
    void initials()
    {
        QFETCH(QString, given);
        QFETCH(QString, family);
        QFETCH(QString, initials);
        Person p;
        p.givenName = given;
        p.familyName = family;
        QCOMPARE(p.initials(), initials);
    }

    void presenceApplies()
    {
        Presence p;
        p.weekday = 2; // Tuesday
        p.start = QTime(8, 30);
        p.end = QTime(12, 0);
        const QDate tuesday(2026, 11, 24);
        QVERIFY(p.appliesOn(tuesday));
        QVERIFY(!p.appliesOn(tuesday.addDays(1)));
        QVERIFY(p.isAt(QDateTime(tuesday, QTime(8, 30))));
        QVERIFY(p.isAt(QDateTime(tuesday, QTime(11, 59))));
        QVERIFY(!p.isAt(QDateTime(tuesday, QTime(12, 0))));
        p.validFrom = tuesday.addDays(7);
        QVERIFY(!p.appliesOn(tuesday));
        QVERIFY(p.appliesOn(tuesday.addDays(7)));
        p.validUntil = tuesday.addDays(7);
        QVERIFY(!p.appliesOn(tuesday.addDays(14)));
        p.deleted = true;
        QVERIFY(!p.appliesOn(tuesday.addDays(7)));
    }

    void idsAreUuids()
    {
        const QString a = newId();
        const QString b = newId();
        QCOMPARE(a.size(), 36);
        QVERIFY(a != b);
        QVERIFY(!a.contains(QLatin1Char('{')));
    }
};

QTEST_GUILESS_MAIN(TestDomain)
#include "tst_domain.moc"
