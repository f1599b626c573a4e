// "Mijn gegevens meenemen" on real SQLite files: an old phone full of the teacher's own
// rows (every kind, every field) sealed into a file and merged into a new phone. The key
// derivation runs for real, with libsodium's minimum limits injected (the phone's limits
// are checked once, in phoneLimitsRoundTrip).
#include "backupcontents.h"
#include "backupformat.h"
#include "backupmerge.h"
#include "functionrepository.h"
#include "noterepository.h"
#include "organisationrepository.h"
#include "personrepository.h"
#include "presencerepository.h"
#include "quicklinerepository.h"
#include "rows.h"
#include "searchindex.h"
#include "testdb.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlRecord>
#include <QTest>

using namespace kl;

namespace {

const QString kPass = QStringLiteral("fiets door de polder 7");

// Every row of the tables a file touches, as maps, in a stable order: the field-by-field view.
QList<QVariantMap> dump(const Database &db, const QString &table, const QString &where = QStringLiteral("1"))
{
    auto q = db.run(QStringLiteral("SELECT * FROM %1 WHERE %2 ORDER BY 1, 2").arg(table, where));
    if (!q) {
        qFatal("dump %s: %s", qPrintable(table), qPrintable(q.error().message));
    }
    QList<QVariantMap> out;
    while (q.value().next()) {
        const QSqlRecord rec = q.value().record();
        QVariantMap row;
        for (int i = 0; i < rec.count(); ++i) {
            // As text, so that NULL, '' and 0 stay three different values.
            const QVariant v = rec.value(i);
            row.insert(rec.fieldName(i), v.isNull()                                ? QStringLiteral("<NULL>")
                    : v.typeId() == QMetaType::QByteArray ? QStringLiteral("blob:") + QString::fromLatin1(v.toByteArray().toHex())
                                                           : v.toString());
        }
        out << row;
    }
    return out;
}

QString personalWhere(const QString &table)
{
    return table == QLatin1String("holdings")
        ? QStringLiteral("function_id IN (SELECT id FROM functions WHERE origin = 1)")
        : QStringLiteral("origin = 1");
}

// Everything a file carries, and everything it must leave alone, on one phone.
QMap<QString, QList<QVariantMap>> everything(const Database &db)
{
    QMap<QString, QList<QVariantMap>> all;
    for (const QString &table : rows::syncedTables()) {
        all.insert(table, dump(db, table));
    }
    all.insert(QStringLiteral("private_notes"), dump(db, QStringLiteral("private_notes")));
    all.insert(QStringLiteral("stars"), dump(db, QStringLiteral("stars")));
    all.insert(QStringLiteral("search_docs"), dump(db, QStringLiteral("search_docs"), QStringLiteral("1")));
    return all;
}

struct OldPhone
{
    TestDb t;
    QString org, person, person2, function, presence, line;
    QString schoolOrg, schoolPerson, schoolLine;
    QByteArray photo;
    QStringList secrets; // every value typed on this phone, to look for in the file

    OldPhone()
    {
        Database &db = *t.db;
        // The school's rows (as a sync delivers them): targets of notes, stars and choices.
        Organisation so;
        so.name = QStringLiteral("Wijkteam Zuilen");
        so.category = Category::Wijkteam;
        schoolOrg = OrganisationRepository(db).save(so).value();
        Person sp;
        sp.organisationId = schoolOrg;
        sp.givenName = QStringLiteral("Yusuf");
        sp.familyName = QStringLiteral("Demir");
        sp.mobile = QStringLiteral("06 11122233");
        schoolPerson = PersonRepository(db).save(sp).value();
        QuickLine sl;
        sl.origin = Origin::School;
        sl.targetKind = TargetKind::Person;
        sl.targetId = schoolPerson;
        sl.label = QStringLiteral("Wijkteam bellen");
        sl.channel = Channel::Call;
        schoolLine = QuickLineRepository(db).save(sl).value();

        // The teacher's own network, every field filled in.
        Organisation o;
        o.origin = Origin::Personal;
        o.name = QStringLiteral("Logopediepraktijk Vermeulen");
        o.category = Category::Zorg;
        o.street = QStringLiteral("Kanaalstraat 88");
        o.postalCode = QStringLiteral("3531 CK");
        o.city = QStringLiteral("Utrecht");
        o.latitude = 52.0893;
        o.longitude = 5.0947;
        o.website = QStringLiteral("https://logopedie-vermeulen.example");
        o.topics = { QStringLiteral("stotteren"), QStringLiteral("taalachterstand") };
        o.ownerRole = QStringLiteral("IB'er");
        o.internalContact = QStringLiteral("Marloes Peeters");
        o.visibility = FieldVisibility(Visibility::Private);
        org = OrganisationRepository(db).save(o).value();

        photo = QByteArray::fromHex("ffd8ffe000104a46494600010100000100010000ffdb004300080606070605080707070909");
        photo += QByteArrayLiteral("VERMEULEN-PHOTO-BYTES-0123456789");
        Person p;
        p.origin = Origin::Personal;
        p.organisationId = org;
        p.givenName = QStringLiteral("Annelies");
        p.familyName = QStringLiteral("Vermeulen");
        p.photo = photo;
        p.mobile = QStringLiteral("06 48151623");
        p.whatsapp = QStringLiteral("06 42424242");
        p.landline = QStringLiteral("030 2718281");
        p.email = QStringLiteral("annelies@logopedie-vermeulen.example");
        p.visibility = FieldVisibility(Visibility::Private);
        person = PersonRepository(db).save(p).value();
        Person p2;
        p2.origin = Origin::Personal;
        p2.givenName = QStringLiteral("Gerrit");
        p2.familyName = QStringLiteral("Hoekstra");
        p2.mobile = QStringLiteral("06 31415926");
        person2 = PersonRepository(db).save(p2).value();

        Function f;
        f.origin = Origin::Personal;
        f.organisationId = org;
        f.title = QStringLiteral("Kinderlogopedist");
        f.topics = { QStringLiteral("mondmotoriek") };
        function = FunctionRepository(db).save(f).value();
        QVERIFY(FunctionRepository(db).handOver(function, person, QDate(2024, 9, 1)).ok());

        Presence pr;
        pr.origin = Origin::Personal;
        pr.organisationId = org;
        pr.functionId = function;
        pr.personId = person;
        pr.weekday = 4;
        pr.start = QTime(13, 15);
        pr.end = QTime(15, 45);
        pr.room = QStringLiteral("Speellokaal Boven");
        pr.validFrom = QDate(2026, 8, 31);
        pr.validUntil = QDate(2027, 7, 9);
        presence = PresenceRepository(db).save(pr).value();

        QuickLine l;
        l.origin = Origin::Personal;
        l.targetKind = TargetKind::Function;
        l.targetId = function;
        l.channel = Channel::Email;
        l.label = QStringLiteral("Logopedie: observatie");
        l.templateText = QStringLiteral("Beste {voornaam}, kun je {dag} komen observeren in groep drie?");
        line = QuickLineRepository(db).save(l).value();
        QuickLine unpinned; // never pinned, never used: its own pin order and last use stay NULL
        unpinned.origin = Origin::Personal;
        unpinned.targetKind = TargetKind::Person;
        unpinned.targetId = person2;
        unpinned.channel = Channel::Sms;
        unpinned.label = QStringLiteral("Gerrit: sms");
        QVERIFY(QuickLineRepository(db).save(unpinned).ok());
        QuickLineRepository lines(db);
        QVERIFY(lines.setPinned(line, true).ok());
        QVERIFY(lines.markUsed(line, QDateTime(QDate(2026, 11, 20), QTime(9, 5), Qt::UTC)).ok());
        QVERIFY(lines.setPinned(schoolLine, true).ok());
        QVERIFY(lines.markUsed(schoolLine, QDateTime(QDate(2026, 11, 23), QTime(8, 0), Qt::UTC)).ok());

        NoteRepository notes(db);
        QVERIFY(notes.setNote(TargetKind::Person, person, QStringLiteral("Belt liever na kwart over drie")).ok());
        QVERIFY(notes.setNote(TargetKind::Person, schoolPerson, QStringLiteral("Kent de familie Janssen goed")).ok());
        QVERIFY(notes.setStarred(TargetKind::Person, person, true).ok());
        QVERIFY(notes.setStarred(TargetKind::Organisation, schoolOrg, true).ok());

        secrets = { QStringLiteral("Logopediepraktijk"), QStringLiteral("Vermeulen"), QStringLiteral("Kanaalstraat"),
            QStringLiteral("3531 CK"), QStringLiteral("52.0893"), QStringLiteral("5.0947"),
            QStringLiteral("logopedie-vermeulen.example"), QStringLiteral("stotteren"), QStringLiteral("taalachterstand"),
            QStringLiteral("Marloes Peeters"), QStringLiteral("Annelies"), QStringLiteral("+31648151623"),
            QStringLiteral("648151623"), QStringLiteral("+31642424242"), QStringLiteral("+31302718281"),
            QStringLiteral("Gerrit"), QStringLiteral("Hoekstra"), QStringLiteral("+31631415926"),
            QStringLiteral("Kinderlogopedist"), QStringLiteral("mondmotoriek"), QStringLiteral("Speellokaal"),
            QStringLiteral("2026-08-31"), QStringLiteral("2027-07-09"), QStringLiteral("Logopedie: observatie"),
            QStringLiteral("observeren in groep drie"), QStringLiteral("kwart over drie"), QStringLiteral("Janssen"),
            QStringLiteral("2026-11-20"), person, person2, org, function, line, schoolPerson, schoolLine };
        // The file is made some days before the new phone is used.
        for (const QString &table : backup::personalTables()) {
            QVERIFY(db.run(QStringLiteral("UPDATE %1 SET updated_at = ? WHERE %2").arg(table, personalWhere(table)),
                          { QStringLiteral("2026-11-21T16:30:00.000Z") })
                        .ok());
        }
        QVERIFY(db.run(QStringLiteral("UPDATE private_notes SET updated_at = ?"), { QStringLiteral("2026-11-21T16:31:00.000Z") })
                    .ok());
    }

    QByteArray seal(const QString &pass = kPass) const
    {
        auto content = backup::collect(*t.db);
        if (!content) {
            qFatal("collect: %s", qPrintable(content.error().message));
        }
        auto file = backup::seal(content.value(), pass, backup::KdfLimits::minimum());
        if (!file) {
            qFatal("seal: %s", qPrintable(file.error().message));
        }
        return file.value();
    }
};

Result<backup::MergeReport> importFile(Database &db, const QByteArray &file, const QString &pass = kPass)
{
    auto content = backup::open(file, pass);
    if (!content) {
        return content.error();
    }
    return backup::merge(db, content.value());
}

// The school's rows as the new phone's first sync writes them (same ids).
void copySchoolRows(const Database &from, Database &to)
{
    for (const QString &table : rows::syncedTables()) {
        const QString school = table == QLatin1String("holdings")
            ? QStringLiteral("function_id IN (SELECT id FROM functions WHERE origin = 0)")
            // Tables that only the school writes (locations, roles) have no origin.
            : rows::columns(table).contains(QStringLiteral("origin")) ? QStringLiteral("origin = 0")
                                                                      : QStringLiteral("1");
        for (const QVariantMap &row : dump(from, table, school)) {
            QVariantMap fields;
            for (const QString &c : rows::columns(table)) {
                fields.insert(c, row.value(c));
            }
            fields.insert(QStringLiteral("my_pin_set"), 0);
            fields.insert(QStringLiteral("my_pinned_order"), QVariant(QMetaType(QMetaType::Int)));
            fields.insert(QStringLiteral("last_used_at"), QVariant(QMetaType(QMetaType::QString)));
            if (table != QLatin1String("quick_lines")) {
                fields.remove(QStringLiteral("my_pin_set"));
                fields.remove(QStringLiteral("my_pinned_order"));
                fields.remove(QStringLiteral("last_used_at"));
            }
            QVERIFY(rows::insertNew(to, table, row.value(QStringLiteral("id")).toString(), fields).ok());
        }
    }
    QVERIFY(SearchIndex(to).rebuild().ok());
}

} // namespace

class TestBackup : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTripIntoEmptyPhone()
    {
        OldPhone old;
        const QByteArray file = old.seal();
        TestDb fresh;
        auto report = importFile(*fresh.db, file);
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message));
        // Every personal row, field by field (ids, timestamps, photo, pins, last use).
        for (const QString &table : backup::personalTables()) {
            const auto want = dump(*old.t.db, table, personalWhere(table));
            QVERIFY2(!want.isEmpty(), qPrintable(table));
            QCOMPARE(dump(*fresh.db, table, personalWhere(table)), want);
        }
        QCOMPARE(dump(*fresh.db, QStringLiteral("private_notes")), dump(*old.t.db, QStringLiteral("private_notes")));
        QCOMPARE(dump(*fresh.db, QStringLiteral("stars")), dump(*old.t.db, QStringLiteral("stars")));
        // No school row came along: those come from the school.
        QCOMPARE(fresh.count(QStringLiteral("SELECT count(*) FROM organisations WHERE origin = 0")), 0);
        QCOMPARE(fresh.count(QStringLiteral("SELECT count(*) FROM quick_lines WHERE origin = 0")), 0);
        // Nothing waits to be sent to the school.
        QCOMPARE(fresh.count(QStringLiteral("SELECT count(*) FROM sync_outbox")), 0);
        const backup::MergeReport &r = report.value();
        QCOMPARE(r.inFile.organisations, 1);
        QCOMPARE(r.inFile.persons, 2);
        QCOMPARE(r.inFile.functions, 1);
        QCOMPARE(r.inFile.holdings, 1);
        QCOMPARE(r.inFile.presence, 1);
        QCOMPARE(r.inFile.lines, 2);
        QCOMPARE(r.inFile.notes, 2);
        QCOMPARE(r.inFile.stars, 2);
        QCOMPARE(r.inFile.lineChoices, 1);
        QCOMPARE(r.added, 8 + 2 + 2);
        QCOMPARE(r.waitingLines, 1); // the school line is not on the new phone yet
        QCOMPARE(r.updated + r.unchanged + r.keptNewer + r.skippedSchool, 0);
        // Found by search, with the function's holder in the function's document.
        auto hits = SearchIndex(*fresh.db).search(QStringLiteral("vermeulen"));
        QVERIFY(hits.ok());
        QStringList ids;
        for (const SearchHit &h : hits.value()) {
            ids << h.id;
        }
        QVERIFY(ids.contains(old.person) && ids.contains(old.org) && ids.contains(old.function));
        // And readable through the repositories as the screens read it.
        auto line = QuickLineRepository(*fresh.db).get(old.line);
        QVERIFY(line.ok() && line.value());
        QCOMPARE(line.value()->pinnedOrder, std::optional<int>(0));
        QCOMPARE(PersonRepository(*fresh.db).get(old.person).value()->photo, old.photo);
    }

    // A file written before schema 9 has no name parts, further numbers or note for its
    // persons: it still imports, with those empty.
    void aFileFromBeforeSchema9Imports()
    {
        OldPhone old;
        auto content = backup::collect(*old.t.db);
        QVERIFY(content.ok());
        QJsonObject root = QJsonDocument::fromJson(qUncompress(content.value())).object(); // the file's content is zlib
        QJsonArray persons;
        for (const QJsonValue &v : root.value(QStringLiteral("persons")).toArray()) {
            QJsonObject p = v.toObject();
            for (const char *c : { "name_prefix", "middle_name", "name_suffix", "extra_phones", "extra_emails", "note" }) {
                QVERIFY(p.contains(QLatin1String(c)));
                p.remove(QLatin1String(c));
            }
            persons.append(p);
        }
        QVERIFY(!persons.isEmpty());
        root.insert(QStringLiteral("persons"), persons);
        TestDb fresh;
        auto report = backup::merge(*fresh.db, qCompress(QJsonDocument(root).toJson(QJsonDocument::Compact)));
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message));
        QCOMPARE(report.value().inFile.persons, 2);
        const auto p = PersonRepository(*fresh.db).get(old.person).value();
        QVERIFY(p);
        QVERIFY(p->note.isEmpty() && p->extraPhones.isEmpty());
    }

    void secondImportChangesNothing()
    {
        OldPhone old;
        const QByteArray file = old.seal();
        TestDb fresh;
        QVERIFY(importFile(*fresh.db, file).ok());
        const auto after = everything(*fresh.db);
        auto again = importFile(*fresh.db, file);
        QVERIFY(again.ok());
        QCOMPARE(again.value().added, 0);
        QCOMPARE(again.value().updated, 0);
        QCOMPARE(again.value().unchanged, 8 + 2 + 2);
        QCOMPARE(everything(*fresh.db), after);
        // A file sealed again from the same phone (new salt and nonce) changes nothing either.
        QVERIFY(importFile(*fresh.db, old.seal()).ok());
        QCOMPARE(everything(*fresh.db), after);
    }

    void schoolLineChoicesApplyOnceTheLineIsThere()
    {
        OldPhone old;
        const QByteArray file = old.seal();
        TestDb fresh;
        QVERIFY(importFile(*fresh.db, file).value().waitingLines == 1);
        copySchoolRows(*old.t.db, *fresh.db); // the first sync
        auto report = importFile(*fresh.db, file);
        QVERIFY(report.ok());
        QCOMPARE(report.value().waitingLines, 0);
        QCOMPARE(report.value().updated, 1);
        auto choices = [](const Database &db) {
            QList<QVariantMap> out;
            for (QVariantMap row : dump(db, QStringLiteral("quick_lines"), QStringLiteral("origin = 0"))) {
                out << QVariantMap { { QStringLiteral("id"), row.value(QStringLiteral("id")) },
                    { QStringLiteral("my_pin_set"), row.value(QStringLiteral("my_pin_set")) },
                    { QStringLiteral("my_pinned_order"), row.value(QStringLiteral("my_pinned_order")) },
                    { QStringLiteral("last_used_at"), row.value(QStringLiteral("last_used_at")) } };
            }
            return out;
        };
        QCOMPARE(choices(*fresh.db), choices(*old.t.db));
        QCOMPARE(choices(*fresh.db).value(0).value(QStringLiteral("my_pin_set")).toInt(), 1);
        QCOMPARE(fresh.count(QStringLiteral("SELECT count(*) FROM sync_outbox")), 0);
        QCOMPARE(importFile(*fresh.db, file).value().updated, 0);
    }

    void importKeepsThePhonesOwnPartners()
    {
        OldPhone old;
        const QByteArray file = old.seal();
        TestDb phone;
        Person mine;
        mine.origin = Origin::Personal;
        mine.givenName = QStringLiteral("Fatima");
        mine.familyName = QStringLiteral("El Idrissi");
        mine.mobile = QStringLiteral("06 55566677");
        const QString mineId = PersonRepository(*phone.db).save(mine).value();
        QVERIFY(NoteRepository(*phone.db).setNote(TargetKind::Person, mineId, QStringLiteral("Spreekt ook Arabisch")).ok());
        QVERIFY(NoteRepository(*phone.db).setStarred(TargetKind::Person, mineId, true).ok());
        const auto before = dump(*phone.db, QStringLiteral("persons"), QStringLiteral("id = '%1'").arg(mineId));

        auto report = importFile(*phone.db, file);
        QVERIFY(report.ok());
        QCOMPARE(dump(*phone.db, QStringLiteral("persons"), QStringLiteral("id = '%1'").arg(mineId)), before);
        QCOMPARE(NoteRepository(*phone.db).note(TargetKind::Person, mineId).value(), QStringLiteral("Spreekt ook Arabisch"));
        QVERIFY(NoteRepository(*phone.db).isStarred(TargetKind::Person, mineId).value());
        QCOMPARE(PersonRepository(*phone.db).list(Origin::Personal).value().size(), 3);
        QCOMPARE(phone.count(QStringLiteral("SELECT count(*) FROM stars")), 3);
    }

    void aLaterChangeOnThePhoneWins()
    {
        OldPhone old;
        const QByteArray file = old.seal();
        TestDb phone;
        QVERIFY(importFile(*phone.db, file).ok());
        Person p = PersonRepository(*phone.db).get(old.person).value().value();
        p.landline = QStringLiteral("030 1234567");
        QVERIFY(PersonRepository(*phone.db).save(p).ok());
        QVERIFY(NoteRepository(*phone.db).setNote(TargetKind::Person, old.person, QStringLiteral("Nieuw nummer")).ok());
        auto report = importFile(*phone.db, file);
        QVERIFY(report.ok());
        QCOMPARE(report.value().keptNewer, 2);
        QCOMPARE(PersonRepository(*phone.db).get(old.person).value()->landline, QStringLiteral("+31301234567"));
        QCOMPARE(NoteRepository(*phone.db).note(TargetKind::Person, old.person).value(), QStringLiteral("Nieuw nummer"));
    }

    void aSchoolRowIsNeverOverwritten()
    {
        OldPhone old;
        const QByteArray file = old.seal();
        TestDb phone;
        // The same id as a school row here (an id the school's server handed out).
        QVERIFY(rows::insertNew(*phone.db, QStringLiteral("persons"), old.person2,
            { { QStringLiteral("origin"), 0 }, { QStringLiteral("given_name"), QStringLiteral("School") } })
                    .ok());
        auto report = importFile(*phone.db, file);
        QVERIFY(report.ok());
        QCOMPARE(report.value().skippedSchool, 1);
        QCOMPARE(PersonRepository(*phone.db).get(old.person2).value()->givenName, QStringLiteral("School"));
        QCOMPARE(PersonRepository(*phone.db).get(old.person2).value()->origin, Origin::School);
    }

    void wrongPassphraseChangesNothing()
    {
        OldPhone old;
        const QByteArray file = old.seal();
        TestDb phone;
        const auto before = everything(*phone.db);
        for (const QString &wrong : { QStringLiteral("fiets door de polder 8"), QStringLiteral("Fiets door de polder 7"),
                 QString() }) {
            auto r = importFile(*phone.db, file, wrong);
            QVERIFY(!r.ok());
            QCOMPARE(r.error().code, QString(backup::kErrPassphrase));
            QVERIFY(!r.error().message.isEmpty());
        }
        QCOMPARE(everything(*phone.db), before);
        // Spaces at either end and another Unicode form of the same text are the same passphrase.
        QVERIFY(importFile(*phone.db, file, QStringLiteral("  fiets door de polder 7 ")).ok());
        const QString composed = QStringLiteral("caf\u00e9 op het plein");
        const QByteArray accented = old.seal(composed);
        QVERIFY(importFile(*phone.db, accented, QStringLiteral("cafe\u0301 op het plein")).ok());
    }

    void truncatedFile_data()
    {
        // Bytes kept from the start; negative: bytes cut from the end (the size varies a
        // little with the compressed content); 0: half the file.
        QTest::addColumn<int>("keep");
        for (int keep : { 1, 7, 8, 20, backup::headerSize() - 1, backup::headerSize(), backup::headerSize() + 1, 0,
                 -17, -16, -1 }) {
            QTest::addRow("keep %d", keep) << keep;
        }
    }

    void truncatedFile()
    {
        QFETCH(int, keep);
        OldPhone old;
        const QByteArray file = old.seal();
        keep = keep > 0 ? keep : keep < 0 ? int(file.size()) + keep : int(file.size()) / 2;
        TestDb phone;
        const auto before = everything(*phone.db);
        auto r = importFile(*phone.db, file.left(keep));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QString(backup::kErrDamaged));
        QCOMPARE(everything(*phone.db), before);
        // A file with bytes added at the end is not whole either.
        QCOMPARE(importFile(*phone.db, file + QByteArray(1, '\0')).error().code, QString(backup::kErrDamaged));
    }

    void flippedByteAnywhere()
    {
        OldPhone old;
        const QByteArray file = old.seal();
        TestDb phone;
        const auto before = everything(*phone.db);
        QMap<QString, int> seen;
        for (int i = 0; i < file.size(); ++i) {
            QByteArray bad = file;
            bad[i] = char(bad[i] ^ 0x20);
            auto r = importFile(*phone.db, bad);
            QVERIFY2(!r.ok(), qPrintable(QStringLiteral("byte %1 accepted").arg(i)));
            // The magic says "not ours", the version "newer"; anything else is damage, never
            // mistaken for a wrong passphrase.
            const QString want = i < 8 ? QString(backup::kErrNotBackup)
                : i < 10               ? QString(backup::kErrNewer)
                                       : QString(backup::kErrDamaged);
            QCOMPARE(r.error().code, want);
            ++seen[want];
        }
        QCOMPARE(everything(*phone.db), before);
        QCOMPARE(seen.value(QString(backup::kErrDamaged)), int(file.size()) - 10);
    }

    void noValueReadableWithoutThePassphrase()
    {
        OldPhone old;
        const QByteArray file = old.seal();
        auto content = backup::open(file, kPass);
        QVERIFY(content.ok());
        const QByteArray plain = qUncompress(content.value());
        for (const QString &secret : old.secrets) {
            // The file carries each value (so the check below means something) ...
            QVERIFY2(plain.contains(secret.toUtf8()), qPrintable(QStringLiteral("not in the content: ") + secret));
            // ... and none is readable in its bytes: not as UTF-8, not as UTF-16, not in base64.
            QVERIFY2(!file.contains(secret.toUtf8()), qPrintable(secret));
            const QByteArray utf16(reinterpret_cast<const char *>(secret.utf16()), secret.size() * 2);
            QVERIFY2(!file.contains(utf16), qPrintable(secret));
            QVERIFY2(!file.contains(secret.toUtf8().toBase64().left(8)), qPrintable(secret));
        }
        QVERIFY(plain.contains(old.photo.toBase64()));
        QVERIFY(!file.contains(old.photo.mid(0, 12)));
        QVERIFY(!file.contains(QByteArrayLiteral("VERMEULEN-PHOTO")));
        QVERIFY(!file.contains(old.photo.toBase64().left(16)));
        // Not even the kind of content: no JSON, no zlib stream of it in the clear.
        QVERIFY(!file.contains("kortelijn-backup"));
        QVERIFY(!file.contains(content.value().left(16)));
    }

    void foreignFiles_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("code");
        QTest::newRow("empty") << QByteArray() << QString(backup::kErrNotBackup);
        QTest::newRow("text") << QByteArray("Hallo, dit is een notitie.\n") << QString(backup::kErrNotBackup);
        QTest::newRow("sqlite") << QByteArray("SQLite format 3\0", 16) << QString(backup::kErrNotBackup);
        QByteArray newer("\x89KLBAK\r\n\x00\x02", 10);
        newer += QByteArray(200, 'x');
        QTest::newRow("format 2") << newer << QString(backup::kErrNewer);
    }

    void foreignFiles()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, code);
        auto r = backup::open(bytes, kPass);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, code);
        QVERIFY(!r.error().message.isEmpty());
    }

    void limitsAreInTheHeader()
    {
        OldPhone old;
        const QByteArray file = old.seal();
        const auto limits = backup::limitsOf(file);
        QVERIFY(limits);
        QCOMPARE(limits->opsLimit, backup::KdfLimits::minimum().opsLimit);
        QCOMPARE(limits->memLimit, backup::KdfLimits::minimum().memLimit);
        QVERIFY(file.startsWith(QByteArray("\x89KLBAK\r\n\x00\x01", 10)));
    }

    void phoneLimitsRoundTrip()
    {
        const backup::KdfLimits phone = backup::KdfLimits::phone();
        QCOMPARE(phone.memLimit, quint64(64) << 20);
        QCOMPARE(phone.opsLimit, quint64(3));
        auto file = backup::seal(QByteArray("inhoud"), kPass, phone);
        QVERIFY(file.ok());
        QCOMPARE(backup::limitsOf(file.value())->memLimit, phone.memLimit);
        QCOMPARE(backup::open(file.value(), kPass).value(), QByteArray("inhoud"));
    }

    void passphraseRules_data()
    {
        QTest::addColumn<QString>("pass");
        QTest::addColumn<QString>("confirm");
        QTest::addColumn<QString>("code");
        QTest::newRow("empty") << QString() << QString() << QString(backup::kErrEmpty);
        QTest::newRow("spaces") << QStringLiteral("      ") << QStringLiteral("      ") << QString(backup::kErrEmpty);
        QTest::newRow("9 characters") << QStringLiteral("fietsbel9") << QStringLiteral("fietsbel9")
                                      << QString(backup::kErrTooShort);
        QTest::newRow("short with spaces around") << QStringLiteral("  fietsbel9  ") << QStringLiteral("  fietsbel9  ")
                                                  << QString(backup::kErrTooShort);
        QTest::newRow("10 characters") << QStringLiteral("fietsbel10") << QStringLiteral("fietsbel10") << QString();
        QTest::newRow("emoji count once") << QStringLiteral("🚲🚲🚲🚲🚲🚲🚲🚲🚲") << QStringLiteral("🚲🚲🚲🚲🚲🚲🚲🚲🚲")
                                          << QString(backup::kErrTooShort);
        QTest::newRow("not the same") << QStringLiteral("fiets door de polder") << QStringLiteral("fiets door de polde")
                                      << QString(backup::kErrMismatch);
        QTest::newRow("confirm empty") << QStringLiteral("fiets door de polder") << QString() << QString(backup::kErrMismatch);
        QTest::newRow("same") << QStringLiteral("fiets door de polder") << QStringLiteral("fiets door de polder ")
                              << QString();
    }

    void passphraseRules()
    {
        QFETCH(QString, pass);
        QFETCH(QString, confirm);
        QFETCH(QString, code);
        const auto problem = backup::checkNewPassphrase(pass, confirm);
        QCOMPARE(problem ? problem->code : QString(), code);
        QVERIFY(!problem || !problem->message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
