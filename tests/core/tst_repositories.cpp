// Repositories on a real SQLite file: validation refuses bad input with nothing written,
// school rows are recorded as field diffs for sync, personal rows and notes never are.
#include "database.h"
#include "flagrepository.h"
#include "noterepository.h"
#include "organisationrepository.h"
#include "personrepository.h"
#include "presencerepository.h"
#include "quicklinerepository.h"
#include "functionrepository.h"
#include "demodata.h"
#include "rows.h"
#include "testdb.h"

#include <QTest>

using namespace kl;

namespace {

Organisation org(const QString &name, Origin origin = Origin::School)
{
    Organisation o;
    o.name = name;
    o.origin = origin;
    o.category = Category::Jeugdzorg;
    return o;
}

} // namespace

class TestRepositories : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void organisationLifecycle()
    {
        TestDb t;
        OrganisationRepository repo(*t.db);
        Organisation o = org(QStringLiteral("  CJG Overvecht "));
        o.topics = { QStringLiteral("opvoeden"), QStringLiteral("koffieochtend") };
        o.latitude = 52.1;
        o.longitude = 5.1;
        auto id = repo.save(o);
        QVERIFY(id.ok());
        auto got = repo.get(id.value());
        QVERIFY(got.ok() && got.value().has_value());
        QCOMPARE(got.value()->name, QStringLiteral("CJG Overvecht"));
        QCOMPARE(got.value()->topics, o.topics);
        QCOMPARE(got.value()->category, Category::Jeugdzorg);
        QCOMPARE(*got.value()->latitude, 52.1);

        QVERIFY(repo.remove(id.value()).ok());
        QVERIFY(!repo.get(id.value()).value().has_value());
        QCOMPARE(repo.list().value().size(), 0);
        // A tombstone, not a hole: sync needs to tell the server.
        QCOMPARE(t.count(QStringLiteral("SELECT deleted FROM organisations WHERE id = ?"), { id.value() }), 1);
        QCOMPARE(repo.remove(id.value()).error().code, QStringLiteral("organisation.missing"));
    }

    void organisationValidation_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<double>("lat");
        QTest::addColumn<bool>("withLon");
        QTest::addColumn<QString>("code");
        QTest::newRow("empty name") << QString() << 0.0 << true << QStringLiteral("organisation.name");
        QTest::newRow("blank name") << QStringLiteral("   ") << 0.0 << true << QStringLiteral("organisation.name");
        QTest::newRow("half coordinates") << QStringLiteral("X") << 52.0 << false
                                          << QStringLiteral("organisation.coordinates");
        QTest::newRow("latitude out of range") << QStringLiteral("X") << 95.0 << true
                                               << QStringLiteral("organisation.coordinates");
    }
    void organisationValidation()
    {
        QFETCH(QString, name);
        QFETCH(double, lat);
        QFETCH(bool, withLon);
        QFETCH(QString, code);
        TestDb t;
        Organisation o = org(name);
        o.latitude = lat;
        if (withLon) {
            o.longitude = 5.0;
        }
        auto r = OrganisationRepository(*t.db).save(o);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, code);
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM organisations")), 0);
    }

    void personNormalisesPhones()
    {
        TestDb t;
        Person p;
        p.givenName = QStringLiteral("Ayşe");
        p.familyName = QStringLiteral("Öztürk");
        p.mobile = QStringLiteral("06-12345678");
        p.landline = QStringLiteral("030 234 5678");
        p.whatsapp = QStringLiteral("0031 6 87654321");
        p.email = QStringLiteral(" ayse@cjg.nl ");
        auto id = PersonRepository(*t.db).save(p);
        QVERIFY(id.ok());
        const Person got = *PersonRepository(*t.db).get(id.value()).value();
        QCOMPARE(got.mobile, QStringLiteral("+31612345678"));
        QCOMPARE(got.landline, QStringLiteral("+31302345678"));
        QCOMPARE(got.whatsapp, QStringLiteral("+31687654321"));
        QCOMPARE(got.email, QStringLiteral("ayse@cjg.nl"));
        QCOMPARE(got.displayName(), QStringLiteral("Ayşe Öztürk"));
    }

    void personInvalidInputStoresNothing_data()
    {
        QTest::addColumn<QString>("mobile");
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("code");
        QTest::newRow("bad mobile") << QStringLiteral("06-1234") << QString() << QStringLiteral("phone.invalid");
        QTest::newRow("letters") << QStringLiteral("bel me") << QString() << QStringLiteral("phone.invalid");
        QTest::newRow("bad email") << QString() << QStringLiteral("ayse@") << QStringLiteral("person.email");
    }
    void personInvalidInputStoresNothing()
    {
        QFETCH(QString, mobile);
        QFETCH(QString, email);
        QFETCH(QString, code);
        TestDb t;
        QList<Change> changes;
        t.db->setChangeRecorder([&](const Change &c) {
            changes << c;
            return Status {};
        });
        Person p;
        p.givenName = QStringLiteral("Test");
        p.mobile = mobile;
        p.email = email;
        auto r = PersonRepository(*t.db).save(p);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, code);
        QVERIFY(!r.error().message.isEmpty());
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM persons")), 0);
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM search_docs")), 0);
        QVERIFY(changes.isEmpty());
    }

    void updateOfInvalidPhoneKeepsOldRow()
    {
        TestDb t;
        PersonRepository repo(*t.db);
        Person p;
        p.givenName = QStringLiteral("Bas");
        p.mobile = QStringLiteral("0612345678");
        p.id = repo.save(p).value();
        p.mobile = QStringLiteral("06-99");
        QVERIFY(!repo.save(p).ok());
        QCOMPARE(repo.get(p.id).value()->mobile, QStringLiteral("+31612345678"));
    }

    void changeRecorderSeesFieldDiffsOfSchoolRowsOnly()
    {
        TestDb t;
        QList<Change> changes;
        t.db->setChangeRecorder([&](const Change &c) {
            changes << c;
            return Status {};
        });
        OrganisationRepository repo(*t.db);
        Organisation o = org(QStringLiteral("Bibliotheek"));
        o.id = repo.save(o).value();
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.at(0).table, QStringLiteral("organisations"));
        QCOMPARE(changes.at(0).fields.value(QStringLiteral("name")).toString(), QStringLiteral("Bibliotheek"));

        o.website = QStringLiteral("https://bieb.example.nl");
        QVERIFY(repo.save(o).ok());
        QCOMPARE(changes.size(), 2);
        QCOMPARE(changes.at(1).fields.keys(), QStringList { QStringLiteral("website") });

        QVERIFY(repo.save(o).ok()); // nothing changed: nothing to sync
        QCOMPARE(changes.size(), 2);

        QVERIFY(repo.remove(o.id).ok());
        QCOMPARE(changes.size(), 3);
        QVERIFY(changes.at(2).deleted);

        // The teacher's own partners, notes and stars stay on the device.
        Organisation mine = org(QStringLiteral("Mijn RT'er"), Origin::Personal);
        mine.id = repo.save(mine).value();
        Person p;
        p.origin = Origin::Personal;
        p.givenName = QStringLiteral("Ingrid");
        p.organisationId = mine.id;
        QVERIFY(PersonRepository(*t.db).save(p).ok());
        QVERIFY(NoteRepository(*t.db).setNote(TargetKind::Organisation, mine.id, QStringLiteral("geheim")).ok());
        QVERIFY(NoteRepository(*t.db).setStarred(TargetKind::Organisation, mine.id, true).ok());
        QCOMPARE(changes.size(), 3);

        // Flags are append-only reports that do travel to the coordinators.
        Flag f;
        f.targetKind = TargetKind::Organisation;
        f.targetId = o.id;
        f.reason = FlagReason::WrongNumber;
        QVERIFY(FlagRepository(*t.db).report(f).ok());
        QCOMPARE(changes.size(), 4);
        QCOMPARE(changes.at(3).table, QStringLiteral("flags"));
    }

    void recorderFailureRollsBackTheEdit()
    {
        TestDb t;
        t.db->setChangeRecorder([](const Change &) { return Status { Error { QStringLiteral("outbox.full"), {} } }; });
        auto r = OrganisationRepository(*t.db).save(org(QStringLiteral("GGD")));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("outbox.full"));
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM organisations")), 0);
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM search_docs")), 0);
    }

    void nestedWriteFailureRollsBackOuter()
    {
        TestDb t;
        const Status s = t.db->write([&]() -> Status {
            if (auto r = OrganisationRepository(*t.db).save(org(QStringLiteral("A"))); !r) {
                return r.error();
            }
            return t.db->write([]() -> Status { return Error { QStringLiteral("inner"), {} }; });
        });
        QVERIFY(!s.ok());
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM organisations")), 0);
        QVERIFY(!t.db->inTransaction());
    }

    void quickLinesPinAndReorder()
    {
        TestDb t;
        const QString orgId = OrganisationRepository(*t.db).save(org(QStringLiteral("CJG"))).value();
        Function f;
        f.organisationId = orgId;
        f.title = QStringLiteral("Schoolmaatschappelijk werker");
        const QString fnId = FunctionRepository(*t.db).save(f).value();
        QuickLineRepository lines(*t.db);
        QStringList ids;
        for (const char *label : { "Een", "Twee", "Drie" }) {
            QuickLine q;
            q.targetKind = TargetKind::Function;
            q.targetId = fnId;
            q.label = QLatin1String(label);
            q.templateText = QStringLiteral("Hoi {voornaam}");
            ids << lines.save(q).value();
            QVERIFY(lines.setPinned(ids.last(), true).ok());
        }
        auto labels = [&]() {
            QStringList out;
            for (const QuickLine &q : lines.pinned().value()) {
                out << q.label;
            }
            return out;
        };
        QCOMPARE(labels(), (QStringList { QStringLiteral("Een"), QStringLiteral("Twee"), QStringLiteral("Drie") }));
        QVERIFY(lines.reorderPinned({ ids[2], ids[0], ids[1] }).ok());
        QCOMPARE(labels(), (QStringList { QStringLiteral("Drie"), QStringLiteral("Een"), QStringLiteral("Twee") }));
        QVERIFY(lines.setPinned(ids[0], false).ok());
        QCOMPARE(labels(), (QStringList { QStringLiteral("Drie"), QStringLiteral("Twee") }));
        QCOMPARE(lines.reorderPinned({ ids[0], ids[1] }).error().code, QStringLiteral("line.reorder"));
        QCOMPARE(labels(), (QStringList { QStringLiteral("Drie"), QStringLiteral("Twee") }));

        QVERIFY(lines.markUsed(ids[1], QDateTime(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC)).ok());
        QVERIFY(lines.markUsed(ids[0], QDateTime(QDate(2026, 11, 23), QTime(11, 0), Qt::UTC)).ok());
        const auto recent = lines.recentlyUsed(5).value();
        QCOMPARE(recent.size(), 2);
        QCOMPARE(recent.at(0).label, QStringLiteral("Een"));
    }

    void pinningSchoolLinesStaysOnThePhone()
    {
        TestDb t;
        QVERIFY(DemoData::populateSchool(*t.db).ok());
        QList<Change> changes;
        t.db->setChangeRecorder([&](const Change &c) {
            changes << c;
            return Status {};
        });
        QuickLineRepository lines(*t.db);
        const QString cjg = DemoData::idFor(QStringLiteral("line:cjg"));
        const QString logo = DemoData::idFor(QStringLiteral("line:logo"));
        QVERIFY(lines.get(cjg).value()->pinnedOrder.has_value()); // the school suggests it

        QVERIFY(lines.setPinned(cjg, false).ok());
        QVERIFY(lines.reorderPinned([&] {
            QStringList ids;
            for (const QuickLine &q : lines.pinned().value()) {
                ids.prepend(q.id);
            }
            return ids;
        }()).ok());
        QVERIFY(changes.isEmpty()); // pins and order never travel

        // The school changes its suggestion (a pull writes the synced column): the
        // teacher's choice stands.
        QVERIFY(rows::upsert(*t.db, QStringLiteral("quick_lines"), cjg, { { QStringLiteral("pinned_order"), 0 } }).ok());
        QVERIFY(!lines.get(cjg).value()->pinnedOrder.has_value());

        // Editing a line's text records the text, not its place on this phone.
        QuickLine q = *lines.get(logo).value();
        q.label = QStringLiteral("Logopedie: even overleggen");
        QVERIFY(lines.save(q).ok());
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.first().fields.keys(), QStringList { QStringLiteral("label") });
    }

    void quickLineValidation()
    {
        TestDb t;
        QuickLineRepository lines(*t.db);
        QuickLine q;
        q.label = QStringLiteral("Bel");
        q.targetKind = TargetKind::Person;
        q.targetId = QStringLiteral("nobody");
        QCOMPARE(lines.save(q).error().code, QStringLiteral("line.target"));
        q.label.clear();
        QCOMPARE(lines.save(q).error().code, QStringLiteral("line.label"));
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM quick_lines")), 0);
    }

    void presenceToday()
    {
        TestDb t;
        const QString orgId = OrganisationRepository(*t.db).save(org(QStringLiteral("CJG Overvecht"))).value();
        PresenceRepository repo(*t.db);
        Presence p;
        p.organisationId = orgId;
        p.weekday = 2;
        p.start = QTime(8, 30);
        p.end = QTime(12, 0);
        p.room = QStringLiteral("kamer 12");
        QVERIFY(repo.save(p).ok());
        Presence early = p;
        early.start = QTime(7, 45);
        early.end = QTime(8, 15);
        QVERIFY(repo.save(early).ok());
        const QDate tuesday(2026, 11, 24);
        const auto today = repo.on(tuesday).value();
        QCOMPARE(today.size(), 2);
        QCOMPARE(today.at(0).presence.start, QTime(7, 45));
        QCOMPARE(today.at(1).organisationName, QStringLiteral("CJG Overvecht"));
        QCOMPARE(today.at(1).presence.room, QStringLiteral("kamer 12"));
        QVERIFY(repo.on(tuesday.addDays(1)).value().isEmpty());

        // Monday afternoon: next slot is Tuesday 7:45; Tuesday 9:00: now (inside 8:30-12:00).
        const auto next = repo.nextSlot(orgId, QDateTime(tuesday.addDays(-1), QTime(15, 0))).value();
        QVERIFY(next.has_value());
        QCOMPARE(*next, QDateTime(tuesday, QTime(7, 45)));
        const auto now = repo.nextSlot(orgId, QDateTime(tuesday, QTime(9, 0))).value();
        QCOMPARE(*now, QDateTime(tuesday, QTime(9, 0)));
        // Tuesday 13:00: next week.
        QCOMPARE(*repo.nextSlot(orgId, QDateTime(tuesday, QTime(13, 0))).value(), QDateTime(tuesday.addDays(7), QTime(7, 45)));

        Presence bad = p;
        bad.id.clear();
        bad.end = QTime(8, 0);
        QCOMPARE(repo.save(bad).error().code, QStringLiteral("presence.time"));
        bad.end = QTime(9, 0);
        bad.weekday = 8;
        QCOMPARE(repo.save(bad).error().code, QStringLiteral("presence.weekday"));
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM presence")), 2);
    }

    void notesAndStars()
    {
        TestDb t;
        NoteRepository notes(*t.db);
        QCOMPARE(notes.note(TargetKind::Person, QStringLiteral("p")).value(), QString());
        QVERIFY(notes.setNote(TargetKind::Person, QStringLiteral("p"), QStringLiteral("Belt liever na 15:00")).ok());
        QCOMPARE(notes.note(TargetKind::Person, QStringLiteral("p")).value(), QStringLiteral("Belt liever na 15:00"));
        QVERIFY(notes.setNote(TargetKind::Person, QStringLiteral("p"), QStringLiteral("  ")).ok());
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM private_notes")), 0);
        QVERIFY(notes.setStarred(TargetKind::Organisation, QStringLiteral("o"), true).ok());
        QVERIFY(notes.setStarred(TargetKind::Organisation, QStringLiteral("o"), true).ok());
        QCOMPARE(notes.starred().value().size(), 1);
        QVERIFY(notes.isStarred(TargetKind::Organisation, QStringLiteral("o")).value());
        QVERIFY(notes.setStarred(TargetKind::Organisation, QStringLiteral("o"), false).ok());
        QVERIFY(!notes.isStarred(TargetKind::Organisation, QStringLiteral("o")).value());
    }

    void flagsNeedAReasonText()
    {
        TestDb t;
        FlagRepository flags(*t.db);
        Flag f;
        f.targetId = QStringLiteral("p1");
        f.reason = FlagReason::Other;
        QCOMPARE(flags.report(f).error().code, QStringLiteral("flag.comment"));
        f.comment = QStringLiteral("Is met zwangerschapsverlof");
        QVERIFY(flags.report(f).ok());
        QCOMPARE(flags.open().value().size(), 1);
        QCOMPARE(flags.unsent().value().size(), 1);
        QVERIFY(flags.markSent({ flags.open().value().first().id }, 12).ok());
        QCOMPARE(flags.unsent().value().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestRepositories)
#include "tst_repositories.moc"
