// The import and export of the school list through a real server: the corpus of
// exporters' quirks (tests/import/corpus, written for this project) checked field by
// field, kept fields against what the files carry, a 5,000-row file with one bad row,
// a re-import that changes nothing, all-or-nothing when the server dies mid-import, the
// preview as a job with progress and cancel, a file over 4 MiB end to end, a person made
// by one batch and updated by a later one, and the round trip export -> import into an
// empty school -> export, read by python3-vobject.
#include "adminbrowser.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace kltest;

namespace {

const QString kPassword = QStringLiteral("regenboog-koffie-42");

QByteArray corpus(const QString &name)
{
    QFile f(QStringLiteral(KL_CORPUS_DIR "/") + name);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QJsonObject findBy(const QJsonArray &rows, const QString &field, const QString &value)
{
    for (const QJsonValue &v : rows) {
        if (v.toObject().value(field).toString() == value) {
            return v.toObject();
        }
    }
    return {};
}

QJsonObject rowAt(const QJsonObject &preview, int line)
{
    for (const QJsonValue &v : preview.value(QStringLiteral("rows")).toArray()) {
        if (v.toObject().value(QStringLiteral("line")).toInt() == line) {
            return v.toObject();
        }
    }
    return {};
}

bool anyContains(const QJsonArray &list, const QString &part)
{
    for (const QJsonValue &v : list) {
        if (v.toString().contains(part)) {
            return true;
        }
    }
    return false;
}

} // namespace

class TestImport : public QObject
{
    Q_OBJECT

    ServerProcess m_server { { QStringLiteral("--trusted-proxy"), QStringLiteral("127.0.0.1") } };
    int m_schools = 0;
    qint64 m_fieldsTotal = 0, m_fieldsKept = 0;

    // A new school with its coordinator, signed in.
    Browser school(const QString &name)
    {
        const QString id = m_server.createSchool(name);
        const QString email = QStringLiteral("coordinator%1@school.example").arg(++m_schools);
        m_server.addCoordinator(id, QStringLiteral("Coördinator %1").arg(m_schools), email, kPassword);
        Browser b { m_server.url(), {}, {} };
        b.login(email, kPassword);
        return b;
    }

    // Waits for the background job to end (its state is read, never a time).
    QJsonObject finish(Browser &b, const QString &id)
    {
        for (int i = 0; i < 6000; ++i) {
            const QJsonObject s = b.get(QStringLiteral("/import/") + id).json();
            const QString state = s.value(QStringLiteral("state")).toString();
            if (state != QLatin1String("queued") && state != QLatin1String("running")) {
                return s;
            }
            QTest::qWait(10);
        }
        return {};
    }

    // Upload, preview, confirm (rows the preview skips left out), wait: the preview.
    QJsonObject importFile(Browser &b, const QByteArray &data, QJsonObject *final = nullptr)
    {
        const Reply up = b.upload(QStringLiteral("/import"), data, "application/octet-stream");
        if (up.status != 200) {
            qWarning() << "upload" << up.status << up.body.left(400);
            return {};
        }
        const QJsonObject preview = up.json();
        const QString id = preview.value(QStringLiteral("id")).toString();
        const Reply c = b.post(QStringLiteral("/import/") + id + QStringLiteral("/confirm"),
            { { QStringLiteral("accept_skipped"), true } });
        if (c.status != 202) {
            qWarning() << "confirm" << c.status << c.body.left(400);
            return {};
        }
        const QJsonObject done = finish(b, id);
        if (final) {
            *final = done;
        }
        if (done.value(QStringLiteral("state")).toString() != QLatin1String("done")) {
            qWarning() << "import ended" << done;
        }
        return preview;
    }

    QJsonObject person(Browser &b, const QString &given)
    {
        return findBy(b.table(QStringLiteral("persons")), QStringLiteral("given_name"), given);
    }

    QJsonObject organisationOf(Browser &b, const QJsonObject &person)
    {
        return findBy(b.table(QStringLiteral("organisations")), QStringLiteral("id"),
            person.value(QStringLiteral("organisation_id")).toString());
    }

    QByteArray exported(Browser &b, const QString &what)
    {
        return send("GET", m_server.url() + QStringLiteral("/admin/api/") + what, {}, { { "Cookie", b.cookie } }).body;
    }

    int persons(Browser &b) { return int(b.table(QStringLiteral("persons")).size()); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_server.start()); }

    void vCardsFromPhonesAndAddressBooks()
    {
        Browser b = school(QStringLiteral("Obs Het Kompas"));
        QJsonObject preview = importFile(b, corpus(QStringLiteral("android-21.vcf")));
        QCOMPARE(preview.value(QStringLiteral("format")).toString(), QStringLiteral("vcard"));
        QJsonObject p = person(b, QStringLiteral("Daniël"));
        QCOMPARE(p.value(QStringLiteral("family_name")).toString(), QStringLiteral("Çelik"));
        QCOMPARE(p.value(QStringLiteral("mobile")).toString(), QStringLiteral("+31687654321"));
        QCOMPARE(p.value(QStringLiteral("landline")).toString(), QStringLiteral("+31302345678")); // QP soft break
        QCOMPARE(p.value(QStringLiteral("email")).toString(), QStringLiteral("daniel@jeugdteam.example"));
        QCOMPARE(organisationOf(b, p).value(QStringLiteral("name")).toString(), QStringLiteral("Jeugdteam Zuid"));
        const QJsonObject nameless = rowAt(preview, 12);
        QCOMPARE(nameless.value(QStringLiteral("action")).toString(), QStringLiteral("skipped"));
        QCOMPARE(nameless.value(QStringLiteral("code")).toString(), QStringLiteral("no-name"));
        QVERIFY(nameless.value(QStringLiteral("reason")).toString().contains(QStringLiteral("alleen.mail@example.nl")));
        QCOMPARE(p.value(QStringLiteral("note")).toString(), QStringLiteral("Dinsdag\nop school")); // kept (schema 9)
        QVERIFY(!anyContains(rowAt(preview, 1).value(QStringLiteral("not_kept")).toArray(), QStringLiteral("notitie")));

        preview = importFile(b, corpus(QStringLiteral("iphone-30.vcf")));
        p = person(b, QStringLiteral("Sanne"));
        QCOMPARE(p.value(QStringLiteral("family_name")).toString(), QStringLiteral("Bakker"));
        QCOMPARE(p.value(QStringLiteral("mobile")).toString(), QStringLiteral("+31613579135"));
        QCOMPARE(p.value(QStringLiteral("landline")).toString(), QStringLiteral("+31302604000")); // item1.TEL
        QVERIFY(p.value(QStringLiteral("has_photo")).toBool()); // PHOTO;ENCODING=b
        QJsonObject org = organisationOf(b, p);
        QCOMPARE(org.value(QStringLiteral("name")).toString(), QStringLiteral("GGD regio Utrecht"));
        QCOMPARE(org.value(QStringLiteral("street")).toString(), QStringLiteral("Zuilenstraat 1"));
        QCOMPARE(org.value(QStringLiteral("postal_code")).toString(), QStringLiteral("3512 AB"));
        QCOMPARE(org.value(QStringLiteral("city")).toString(), QStringLiteral("Utrecht"));
        QCOMPARE(org.value(QStringLiteral("category")).toString(), QStringLiteral("ggd"));
        QCOMPARE(rowAt(preview, 1).value(QStringLiteral("line")).toInt(), 1); // CR CR LF: one line each
        const QJsonArray iphoneLeft = rowAt(preview, 1).value(QStringLiteral("not_kept")).toArray();
        QCOMPARE(p.value(QStringLiteral("extra_phones")).toString(), QStringLiteral("+31624680246")); // the second mobile
        QVERIFY(!anyContains(iphoneLeft, QStringLiteral("nummer")));
        QVERIFY(anyContains(iphoneLeft, QStringLiteral("afdeling ‘Jeugdgezondheidszorg’")));

        preview = importFile(b, corpus(QStringLiteral("mac-30.vcf")));
        p = person(b, QStringLiteral("Pieter")); // N's parts each in their own column
        QCOMPARE(p.value(QStringLiteral("middle_name")).toString(), QStringLiteral("Willem"));
        QCOMPARE(p.value(QStringLiteral("name_prefix")).toString(), QStringLiteral("dr."));
        QCOMPARE(p.value(QStringLiteral("family_name")).toString(), QStringLiteral("Jansen"));
        QVERIFY(p.value(QStringLiteral("has_photo")).toBool()); // PHOTO;BASE64:
        QCOMPARE(organisationOf(b, p).value(QStringLiteral("website")).toString(), QStringLiteral("https://logo.example"));
        QVERIFY(!anyContains(rowAt(preview, 1).value(QStringLiteral("not_kept")).toArray(), QStringLiteral("titel")));

        preview = importFile(b, corpus(QStringLiteral("thunderbird-40.vcf")));
        p = person(b, QStringLiteral("Femke"));
        QCOMPARE(p.value(QStringLiteral("id")).toString(), QStringLiteral("0c8b1a4e-6b43-4b6a-9d6c-0f1a2b3c4d5e")); // UID kept
        QCOMPARE(p.value(QStringLiteral("email")).toString(), QStringLiteral("femke@bieb.example"));
        QCOMPARE(p.value(QStringLiteral("extra_emails")).toString(), QStringLiteral("f.devries@privé.example"));
        QCOMPARE(p.value(QStringLiteral("note")).toString(), QStringLiteral("Leesconsulent, elke woensdag"));
        QVERIFY(!anyContains(rowAt(preview, 1).value(QStringLiteral("not_kept")).toArray(), QStringLiteral("e-mailadres")));

        preview = importFile(b, corpus(QStringLiteral("evolution-30.vcf")));
        p = person(b, QStringLiteral("Tom"));
        QCOMPARE(p.value(QStringLiteral("landline")).toString(), QStringLiteral("+31301112233"));
        QCOMPARE(organisationOf(b, p).value(QStringLiteral("category")).toString(), QStringLiteral("sport"));
        const QJsonArray evolutionLeft = rowAt(preview, 1).value(QStringLiteral("not_kept")).toArray();
        QVERIFY(anyContains(evolutionLeft, QStringLiteral("faxnummer 030-1112234")));
        QVERIFY(anyContains(evolutionLeft, QStringLiteral("verjaardag")));
        QVERIFY(anyContains(evolutionLeft, QStringLiteral("categorie ‘Partners’")));

        preview = importFile(b, corpus(QStringLiteral("nested-21.vcf")));
        QCOMPARE(person(b, QStringLiteral("Lotte")).value(QStringLiteral("mobile")).toString(), QStringLiteral("+31611122233"));
        QCOMPARE(person(b, QStringLiteral("Kees")).value(QStringLiteral("landline")).toString(), QStringLiteral("+31302223344"));
        QVERIFY(!rowAt(preview, 1).value(QStringLiteral("warnings")).toArray().isEmpty());

        preview = importFile(b, corpus(QStringLiteral("rfc6350-examples.vcf")));
        p = person(b, QStringLiteral("Simon"));
        QCOMPARE(p.value(QStringLiteral("landline")).toString(), QStringLiteral("+14186569254")); // tel: with ;ext=
        QCOMPARE(p.value(QStringLiteral("mobile")).toString(), QStringLiteral("+14182626501"));
        QVERIFY(anyContains(rowAt(preview, 1).value(QStringLiteral("not_kept")).toArray(), QStringLiteral("toestelnummer 102")));
        p = person(b, QStringLiteral("J."));
        QCOMPARE(organisationOf(b, p).value(QStringLiteral("name")).toString(), QStringLiteral("ABC, Inc."));
        QVERIFY(anyContains(rowAt(preview, 15).value(QStringLiteral("not_kept")).toArray(), QStringLiteral("foto als link")));

        importFile(b, corpus(QStringLiteral("org-semicolon.vcf")));
        p = person(b, QStringLiteral("Noor"));
        QCOMPARE(organisationOf(b, p).value(QStringLiteral("name")).toString(), QStringLiteral("Muziek; Dans Utrecht"));

        // A value over 4,096 characters: the note is reported as not kept, a name that long
        // skips its card with the reason, and the file is read on.
        preview = importFile(b, corpus(QStringLiteral("long-value.vcf")));
        QCOMPARE(rowAt(preview, 1).value(QStringLiteral("action")).toString(), QStringLiteral("create"));
        QCOMPARE(rowAt(preview, 8).value(QStringLiteral("code")).toString(), QStringLiteral("field-too-long"));
        QVERIFY(rowAt(preview, 8).value(QStringLiteral("reason")).toString().contains(QStringLiteral("achternaam is te lang")));
        QVERIFY(anyContains(rowAt(preview, 1).value(QStringLiteral("not_kept")).toArray(), QStringLiteral("notitie (")));
        QVERIFY(person(b, QStringLiteral("Lange")).value(QStringLiteral("note")).toString().isEmpty()); // never cut
        QVERIFY(!person(b, QStringLiteral("Lange")).isEmpty());
        QVERIFY(person(b, QStringLiteral("Te")).isEmpty());
    }

    void csvFromSpreadsheetsAndAddressBooks()
    {
        Browser b = school(QStringLiteral("Obs De Linde"));
        QJsonObject preview = importFile(b, corpus(QStringLiteral("google.csv")));
        QCOMPARE(preview.value(QStringLiteral("delimiter")).toString(), QStringLiteral(","));
        QJsonObject p = person(b, QStringLiteral("Eva"));
        QCOMPARE(p.value(QStringLiteral("mobile")).toString(), QStringLiteral("+31655443322"));
        QCOMPARE(p.value(QStringLiteral("landline")).toString(), QStringLiteral("+31305554433"));
        QCOMPARE(p.value(QStringLiteral("email")).toString(), QStringLiteral("eva@bso.example"));
        QJsonObject org = organisationOf(b, p);
        QCOMPARE(org.value(QStringLiteral("name")).toString(), QStringLiteral("BSO De Boomhut"));
        QCOMPARE(org.value(QStringLiteral("category")).toString(), QStringLiteral("kinderopvang"));
        QCOMPARE(org.value(QStringLiteral("postal_code")).toString(), QStringLiteral("3500 AA"));

        preview = importFile(b, corpus(QStringLiteral("outlook-en.csv")));
        p = person(b, QStringLiteral("Johan"));
        QCOMPARE(p.value(QStringLiteral("mobile")).toString(), QStringLiteral("+31619283746"));
        QCOMPARE(p.value(QStringLiteral("landline")).toString(), QStringLiteral("+31302221100"));
        org = organisationOf(b, p);
        QCOMPARE(org.value(QStringLiteral("category")).toString(), QStringLiteral("politie"));
        QCOMPARE(org.value(QStringLiteral("street")).toString(), QStringLiteral("Kanaalweg 2"));
        const QJsonArray outlookLeft = rowAt(preview, 2).value(QStringLiteral("not_kept")).toArray();
        QCOMPARE(p.value(QStringLiteral("name_prefix")).toString(), QStringLiteral("Mr."));
        QCOMPARE(p.value(QStringLiteral("note")).toString(), QStringLiteral("Spreekuur maandag"));
        QVERIFY(!anyContains(outlookLeft, QStringLiteral("titel")));
        QVERIFY(anyContains(outlookLeft, QStringLiteral("faxnummer")));

        importFile(b, corpus(QStringLiteral("outlook-nl.csv")));
        p = person(b, QStringLiteral("Ingrid"));
        QCOMPARE(p.value(QStringLiteral("family_name")).toString(), QStringLiteral("van Dijk"));
        QCOMPARE(p.value(QStringLiteral("mobile")).toString(), QStringLiteral("+31610293847"));
        org = organisationOf(b, p);
        QCOMPARE(org.value(QStringLiteral("name")).toString(), QStringLiteral("Gemeente Utrecht"));
        QCOMPARE(org.value(QStringLiteral("category")).toString(), QStringLiteral("gemeente"));
        QCOMPARE(org.value(QStringLiteral("city")).toString(), QStringLiteral("Utrecht"));

        preview = importFile(b, corpus(QStringLiteral("excel-nl-1252.csv")));
        QCOMPARE(preview.value(QStringLiteral("encoding")).toString(), QStringLiteral("windows-1252"));
        QCOMPARE(preview.value(QStringLiteral("delimiter")).toString(), QStringLiteral(";"));
        QVERIFY(preview.value(QStringLiteral("sep_line")).toBool());
        p = person(b, QStringLiteral("José"));
        QCOMPARE(p.value(QStringLiteral("family_name")).toString(), QStringLiteral("Müller"));
        QCOMPARE(organisationOf(b, p).value(QStringLiteral("name")).toString(), QStringLiteral("Café De Hoek"));
        QCOMPARE(person(b, QStringLiteral("Anaïs")).value(QStringLiteral("family_name")).toString(), QStringLiteral("van der Berg"));

        preview = importFile(b, corpus(QStringLiteral("utf16.csv")));
        QCOMPARE(preview.value(QStringLiteral("encoding")).toString(), QStringLiteral("utf-16le"));
        QCOMPARE(person(b, QStringLiteral("Şükrü")).value(QStringLiteral("family_name")).toString(), QStringLiteral("Yılmaz"));

        preview = importFile(b, corpus(QStringLiteral("utf8-bom.csv")));
        QCOMPARE(preview.value(QStringLiteral("encoding")).toString(), QStringLiteral("utf-8-bom"));
        QVERIFY(!person(b, QStringLiteral("Mo")).isEmpty());
    }

    void theMappingCanBeChangedByHand()
    {
        Browser b = school(QStringLiteral("Obs De Wilg"));
        const QByteArray csv = "instantie;wie;nummer\r\nVoedselbank Oost;Kim;0612121212\r\n";
        const Reply up = b.upload(QStringLiteral("/import"), csv, "text/csv");
        QCOMPARE(up.status, 200);
        const QString id = up.json().value(QStringLiteral("id")).toString();
        QCOMPARE(rowAt(up.json(), 2).value(QStringLiteral("code")).toString(), QStringLiteral("no-name")); // no column known
        const Reply bad = b.post(QStringLiteral("/import/") + id + QStringLiteral("/mapping"),
            { { QStringLiteral("mapping"), QJsonArray { QStringLiteral("organisation"), QStringLiteral("nonsense"), QString() } } });
        QCOMPARE(bad.status, 422);
        QVERIFY(bad.contentType.startsWith("application/problem+json"));
        const Reply mapped = b.post(QStringLiteral("/import/") + id + QStringLiteral("/mapping"),
            { { QStringLiteral("mapping"), QJsonArray { QStringLiteral("organisation"), QStringLiteral("given"), QStringLiteral("mobile") } } });
        QCOMPARE(mapped.status, 200);
        QCOMPARE(rowAt(mapped.json(), 2).value(QStringLiteral("action")).toString(), QStringLiteral("create"));
        QCOMPARE(b.post(QStringLiteral("/import/") + id + QStringLiteral("/confirm"), {}).status, 202);
        QCOMPARE(finish(b, id).value(QStringLiteral("state")).toString(), QStringLiteral("done"));
        QCOMPARE(person(b, QStringLiteral("Kim")).value(QStringLiteral("mobile")).toString(), QStringLiteral("+31612121212"));
    }

    void theSameFileTwiceChangesNothingTheSecondTime()
    {
        Browser b = school(QStringLiteral("Obs De Es"));
        const QByteArray file = corpus(QStringLiteral("iphone-30.vcf")) + corpus(QStringLiteral("google.csv")).left(0);
        importFile(b, file);
        const Reply again = b.upload(QStringLiteral("/import"), file, "text/vcard");
        QCOMPARE(again.json().value(QStringLiteral("counts")).toObject().value(QStringLiteral("changes")).toInt(), 0);
        QVERIFY(again.json().value(QStringLiteral("summary")).toString().startsWith(QStringLiteral("geen wijzigingen")));
        QCOMPARE(rowAt(again.json(), 1).value(QStringLiteral("action")).toString(), QStringLiteral("unchanged"));
        // Matched by e-mail even when the name was changed in the school list meanwhile.
        const QByteArray renamed = QByteArray(file).replace("N:Bakker;Sanne;;;", "N:Bakker-Smit;Sanne;;;");
        const Reply third = b.upload(QStringLiteral("/import"), renamed, "text/vcard");
        QCOMPARE(rowAt(third.json(), 1).value(QStringLiteral("action")).toString(), QStringLiteral("update"));
        QCOMPARE(third.json().value(QStringLiteral("counts")).toObject().value(QStringLiteral("persons_created")).toInt(), 0);
    }

    void aBigFileWithOneBadRowWritesNothingAndNamesTheRow()
    {
        Browser b = school(QStringLiteral("Obs Het Baken"));
        QByteArray csv = "organisatie;functie;voornaam;achternaam;mobiel;e-mail\r\n";
        for (int i = 1; i <= 5000; ++i) {
            const QByteArray n = QByteArray::number(i);
            const QByteArray phone = i == 2500 ? "12" : "06" + QByteArray::number(20000000 + i);
            csv += "Organisatie " + QByteArray::number(i % 250) + ";Functie " + n + ";Voor" + n + ";Achter" + n + ";" + phone
                + ";p" + n + "@school.example\r\n";
        }
        const Reply up = b.upload(QStringLiteral("/import"), csv, "text/csv");
        QCOMPARE(up.status, 200);
        const QJsonObject counts = up.json().value(QStringLiteral("counts")).toObject();
        QCOMPARE(counts.value(QStringLiteral("skipped")).toInt(), 1);
        QCOMPARE(counts.value(QStringLiteral("persons_created")).toInt(), 4999);
        QCOMPARE(rowAt(up.json(), 2501).value(QStringLiteral("code")).toString(), QStringLiteral("phone-invalid"));
        const QString id = up.json().value(QStringLiteral("id")).toString();
        const Reply refused = b.post(QStringLiteral("/import/") + id + QStringLiteral("/confirm"), {});
        QCOMPARE(refused.status, 422);
        QCOMPARE(refused.code(), QStringLiteral("import-has-skipped"));
        QVERIFY(refused.json().value(QStringLiteral("detail")).toString().contains(QStringLiteral("regel 2501")));
        QCOMPARE(persons(b), 0);
        QCOMPARE(b.table(QStringLiteral("organisations")).size(), 0);
        // Confirmed without that row: all 4,999 in one go, one audit line with the counts.
        QCOMPARE(b.post(QStringLiteral("/import/") + id + QStringLiteral("/confirm"), { { QStringLiteral("accept_skipped"), true } }).status, 202);
        const QJsonObject done = finish(b, id);
        QCOMPARE(done.value(QStringLiteral("state")).toString(), QStringLiteral("done"));
        QCOMPARE(persons(b), 4999);
        int imports = 0;
        for (const QJsonValue &e : b.get(QStringLiteral("/audit")).json().value(QStringLiteral("entries")).toArray()) {
            if (e.toObject().value(QStringLiteral("action")).toString() == QLatin1String("import")) {
                ++imports;
                QVERIFY(e.toObject().value(QStringLiteral("detail")).toString().contains(QStringLiteral("4999 nieuwe")));
            }
        }
        QCOMPARE(imports, 1);
    }

    // Cancel while the import is writing: the job is held after its first mutation (the
    // KL_PAUSE_AT seam of crashpoint.h), cancelled, then let go; nothing stays behind.
    void cancellingMidImportWritesNothing()
    {
        qputenv("KL_PAUSE_AT", "server-import-applying");
        ServerProcess held({ QStringLiteral("--trusted-proxy"), QStringLiteral("127.0.0.1") });
        const bool started = held.start();
        qunsetenv("KL_PAUSE_AT");
        QVERIFY(started);
        const QString school = held.createSchool(QStringLiteral("Obs De Wilg"));
        held.addCoordinator(school, QStringLiteral("Vera"), QStringLiteral("vera@wilg.example"), kPassword);
        Browser b { held.url(), {}, {} };
        QCOMPARE(b.login(QStringLiteral("vera@wilg.example"), kPassword).status, 200);
        QByteArray csv = "organisatie;voornaam;achternaam\r\n";
        for (int i = 1; i <= 200; ++i) {
            csv += "Org " + QByteArray::number(i % 10) + ";Voor" + QByteArray::number(i) + ";Achter\r\n";
        }
        const Reply up = b.upload(QStringLiteral("/import"), csv, "text/csv");
        QCOMPARE(up.status, 200);
        const QString id = up.json().value(QStringLiteral("id")).toString();
        QCOMPARE(b.post(QStringLiteral("/import/") + id + QStringLiteral("/confirm"), {}).status, 202);
        QByteArray seen;
        held.process().setReadChannel(QProcess::StandardError); // the seam says so on stderr
        while (!seen.contains("KL_PAUSED server-import-applying") && held.process().waitForReadyRead(30000)) {
            seen += held.process().readAllStandardError();
        }
        QVERIFY2(seen.contains("KL_PAUSED"), seen.constData());
        QCOMPARE(b.get(QStringLiteral("/import/") + id).json().value(QStringLiteral("state")).toString(), QStringLiteral("running"));
        QCOMPARE(b.post(QStringLiteral("/import/") + id + QStringLiteral("/cancel"), {}).status, 200);
        held.process().write("go\n"); // let the job go on: it sees the cancel before its next mutation
        const QJsonObject done = finish(b, id);
        QCOMPARE(done.value(QStringLiteral("state")).toString(), QStringLiteral("cancelled"));
        QCOMPARE(b.table(QStringLiteral("persons")).size(), 0);
        QCOMPARE(b.table(QStringLiteral("organisations")).size(), 0);
        QCOMPARE(b.table(QStringLiteral("functions")).size(), 0);
        for (const QJsonValue &e : b.get(QStringLiteral("/audit")).json().value(QStringLiteral("entries")).toArray()) {
            QVERIFY(e.toObject().value(QStringLiteral("action")).toString() != QLatin1String("import"));
        }
        // The same file imports whole afterwards: the cancel left nothing half-done to trip over.
        const Reply again = b.upload(QStringLiteral("/import"), csv, "text/csv");
        QCOMPARE(again.json().value(QStringLiteral("counts")).toObject().value(QStringLiteral("persons_created")).toInt(), 200);
    }

    // The rows' reasons, warnings and summary follow the web admin's language (it sends
    // ?lang=); Dutch, the school's language, otherwise. The reader's own warnings too.
    void reasonsFollowTheCoordinatorsLanguage()
    {
        Browser b = school(QStringLiteral("Obs Taal"));
        const QByteArray file = corpus(QStringLiteral("android-21.vcf")) + corpus(QStringLiteral("nested-21.vcf"));
        const QJsonObject dutch = b.upload(QStringLiteral("/import"), file, "text/vcard").json();
        const QJsonObject english = b.upload(QStringLiteral("/import?lang=en"), file, "text/vcard").json();
        QCOMPARE(b.upload(QStringLiteral("/import?lang=nl"), file, "text/vcard").json().value(QStringLiteral("summary")),
            dutch.value(QStringLiteral("summary")));
        QVERIFY(rowAt(dutch, 12).value(QStringLiteral("reason")).toString().startsWith(QStringLiteral("kaart met alleen een e-mailadres")));
        QVERIFY(rowAt(english, 12).value(QStringLiteral("reason")).toString().startsWith(QStringLiteral("card with only an e-mail address")));
        QVERIFY(rowAt(english, 1).value(QStringLiteral("reason")).toString().contains(QStringLiteral("new person")));
        QVERIFY(english.value(QStringLiteral("summary")).toString().contains(QStringLiteral("new and")));
        QVERIFY(dutch.value(QStringLiteral("summary")).toString().contains(QStringLiteral("nieuwe en")));
        // The reader's warnings (a card inside a card): English source, Dutch from the app's translation.
        QStringList dutchWarnings, englishWarnings;
        for (const QJsonValue &row : dutch.value(QStringLiteral("rows")).toArray()) {
            for (const QJsonValue &w : row.toObject().value(QStringLiteral("warnings")).toArray()) {
                dutchWarnings << w.toString();
            }
        }
        for (const QJsonValue &row : english.value(QStringLiteral("rows")).toArray()) {
            for (const QJsonValue &w : row.toObject().value(QStringLiteral("warnings")).toArray()) {
                englishWarnings << w.toString();
            }
        }
        QVERIFY(!englishWarnings.isEmpty());
        QCOMPARE(dutchWarnings.size(), englishWarnings.size());
        QVERIFY2(englishWarnings.join(QLatin1Char('|')).contains(QStringLiteral("a card inside this card")), qPrintable(englishWarnings.join(QLatin1Char('|'))));
        QVERIFY2(dutchWarnings.join(QLatin1Char('|')).contains(QStringLiteral("een kaartje in dit kaartje")), qPrintable(dutchWarnings.join(QLatin1Char('|'))));
        // The import itself (planned again when confirmed) sums up in the same language.
        const QString id = english.value(QStringLiteral("id")).toString();
        QCOMPARE(b.post(QStringLiteral("/import/") + id + QStringLiteral("/confirm"), { { QStringLiteral("accept_skipped"), true } }).status, 202);
        const QJsonObject done = finish(b, id);
        QCOMPARE(done.value(QStringLiteral("state")).toString(), QStringLiteral("done"));
        const QString summary = done.value(QStringLiteral("result")).toObject().value(QStringLiteral("summary")).toString();
        QVERIFY2(summary.contains(QStringLiteral("new and")), qPrintable(summary));
    }

    // Two instances on one PostgreSQL database: an upload lives in the memory of the instance
    // that read it. A confirm (or status, or cancel) that reaches the other instance is
    // answered 404 with what to do ("upload the file again"), and writes nothing; the instance holding the preview
    // imports it whole. (Uploads kept in the database, so any instance can confirm, come
    // with the streaming upload of issue 13; until then a proxy in front of several instances
    // keeps /admin/api/import/ of one session on one instance, docs/deploy.md.)
    void aConfirmOnAnotherInstanceWritesNothing()
    {
        if (!usePostgres()) {
            QSKIP("several instances share a PostgreSQL database (tst_import_pg)");
        }
        ServerProcess other({ QStringLiteral("--trusted-proxy"), QStringLiteral("127.0.0.1") }, {}, m_server.dbUrl());
        QVERIFY(other.start());
        Browser a = school(QStringLiteral("Obs Twee Deuren"));
        Browser b { other.url(), a.cookie, a.csrf, a.address, a.trust }; // the same session, through the other instance
        const Reply up = a.upload(QStringLiteral("/import"), corpus(QStringLiteral("iphone-30.vcf")), "text/vcard");
        QCOMPARE(up.status, 200);
        const QString id = up.json().value(QStringLiteral("id")).toString();
        const Reply elsewhere = b.post(QStringLiteral("/import/") + id + QStringLiteral("/confirm"), { { QStringLiteral("accept_skipped"), true } });
        QCOMPARE(elsewhere.status, 404);
        QCOMPARE(elsewhere.code(), QStringLiteral("not-found"));
        QVERIFY(elsewhere.json().value(QStringLiteral("title")).toString().contains(QStringLiteral("upload the file again")));
        QCOMPARE(b.get(QStringLiteral("/import/") + id).status, 404);
        QCOMPARE(b.table(QStringLiteral("persons")).size(), 0); // the session itself works there
        QCOMPARE(persons(a), 0);
        QCOMPARE(a.post(QStringLiteral("/import/") + id + QStringLiteral("/confirm"), { { QStringLiteral("accept_skipped"), true } }).status, 202);
        QCOMPARE(finish(a, id).value(QStringLiteral("state")).toString(), QStringLiteral("done"));
        QCOMPARE(persons(b), 1); // written once, seen from both instances
    }

    void aServerDyingMidImportLeavesNothingBehind()
    {
        ServerProcess dying({ QStringLiteral("--trusted-proxy"), QStringLiteral("127.0.0.1") }, "server-before-import-commit");
        QVERIFY(dying.start());
        const QString id = dying.createSchool(QStringLiteral("Obs De Vlinder"));
        dying.addCoordinator(id, QStringLiteral("Vera"), QStringLiteral("vera@vlinder.example"), kPassword);
        Browser b { dying.url(), {}, {} };
        QCOMPARE(b.login(QStringLiteral("vera@vlinder.example"), kPassword).status, 200);
        QByteArray csv = "organisatie;voornaam;achternaam\r\n";
        for (int i = 1; i <= 3200; ++i) {
            csv += "Org " + QByteArray::number(i % 40) + ";Voor" + QByteArray::number(i) + ";Achter\r\n";
        }
        const Reply up = b.upload(QStringLiteral("/import"), csv, "text/csv");
        QCOMPARE(up.status, 200);
        b.post(QStringLiteral("/import/") + up.json().value(QStringLiteral("id")).toString() + QStringLiteral("/confirm"), {});
        QVERIFY(dying.process().waitForFinished(60000)); // killed itself before the commit
        QVERIFY(dying.restart());
        Browser again { dying.url(), {}, {} };
        QCOMPARE(again.login(QStringLiteral("vera@vlinder.example"), kPassword).status, 200);
        QCOMPARE(again.table(QStringLiteral("persons")).size(), 0);
        QCOMPARE(again.table(QStringLiteral("organisations")).size(), 0);
    }

    // The preview is a background job: it reports how far it is and stops when cancelled.
    // The job waits after each batch of 1,000 rows (the KL_PAUSE_AT seam) until the test
    // lets it go on, so no timing decides what is seen.
    void thePreviewIsAJobWithProgressThatCanBeCancelled()
    {
        qputenv("KL_PAUSE_AT", "server-import-batch-planned");
        ServerProcess paused({ QStringLiteral("--trusted-proxy"), QStringLiteral("127.0.0.1") });
        const bool started = paused.start();
        qunsetenv("KL_PAUSE_AT");
        QVERIFY(started);
        const QString school = paused.createSchool(QStringLiteral("Obs De Wilg"));
        paused.addCoordinator(school, QStringLiteral("Wim"), QStringLiteral("wim@wilg.example"), kPassword);
        Browser b { paused.url(), {}, {} };
        QCOMPARE(b.login(QStringLiteral("wim@wilg.example"), kPassword).status, 200);
        QByteArray csv = "organisatie;voornaam;achternaam\r\n";
        for (int i = 1; i <= 2500; ++i) { // three batches
            csv += "Org " + QByteArray::number(i % 30) + ";Voor" + QByteArray::number(i) + ";Achter\r\n";
        }
        auto waitForPause = [&paused] {
            QByteArray seen;
            for (int i = 0; i < 3000 && !seen.contains("KL_PAUSED"); ++i) {
                QTest::qWait(10);
                seen += paused.process().readAllStandardError();
            }
            return seen.contains("KL_PAUSED");
        };
        auto stateOf = [&b](const QString &id) { return b.get(QStringLiteral("/import/") + id).json(); };
        auto waitWhilePlanning = [&](const QString &id) {
            QJsonObject s;
            for (int i = 0; i < 3000; ++i) {
                s = stateOf(id);
                if (s.value(QStringLiteral("state")).toString() != QLatin1String("planning")) {
                    break;
                }
                QTest::qWait(10);
            }
            return s;
        };

        // Followed to the end: the progress grows batch by batch, then the preview is there.
        const Reply up = b.upload(QStringLiteral("/import?async=1"), csv, "text/csv");
        QCOMPARE(up.status, 202);
        QCOMPARE(up.json().value(QStringLiteral("state")).toString(), QStringLiteral("planning"));
        const QString id = up.json().value(QStringLiteral("id")).toString();
        double last = 0;
        for (int batch = 1; batch <= 3; ++batch) {
            QVERIFY(waitForPause());
            const QJsonObject s = stateOf(id);
            QCOMPARE(s.value(QStringLiteral("state")).toString(), QStringLiteral("planning"));
            const double done = s.value(QStringLiteral("done")).toDouble(), total = s.value(QStringLiteral("total")).toDouble();
            QVERIFY2(done > last && done <= total, qPrintable(QStringLiteral("batch %1: %2 of %3").arg(batch).arg(done).arg(total)));
            QCOMPARE(done == total, batch == 3);
            last = done;
            paused.process().write("\n"); // go on
        }
        const QJsonObject ready = waitWhilePlanning(id);
        QCOMPARE(ready.value(QStringLiteral("state")).toString(), QStringLiteral("preview"));
        const QJsonObject preview = ready.value(QStringLiteral("preview")).toObject();
        QCOMPARE(preview.value(QStringLiteral("counts")).toObject().value(QStringLiteral("persons_created")).toInt(), 2500);
        QCOMPARE(preview.value(QStringLiteral("rows_total")).toInt(), 2500);
        QCOMPARE(preview.value(QStringLiteral("rows")).toArray().size(), 200); // the first rows; the rest counted

        // Cancelled after its first batch: it stops there, and nothing can be confirmed.
        const Reply second = b.upload(QStringLiteral("/import?async=1"), csv, "text/csv");
        QCOMPARE(second.status, 202);
        const QString other = second.json().value(QStringLiteral("id")).toString();
        QVERIFY(waitForPause());
        QCOMPARE(b.post(QStringLiteral("/import/") + other + QStringLiteral("/cancel"), {}).status, 200);
        paused.process().write("\n");
        const QJsonObject stopped = waitWhilePlanning(other);
        QCOMPARE(stopped.value(QStringLiteral("state")).toString(), QStringLiteral("cancelled"));
        QVERIFY(stopped.value(QStringLiteral("done")).toDouble() < stopped.value(QStringLiteral("total")).toDouble());
        QCOMPARE(b.post(QStringLiteral("/import/") + other + QStringLiteral("/confirm"), { { QStringLiteral("accept_skipped"), true } }).status, 409);
        QCOMPARE(b.table(QStringLiteral("persons")).size(), 0);
    }

    // A row in a later batch that matches a person an earlier batch of the same file made
    // updates that person: one person, both values, no conflict with itself.
    void aLaterBatchUpdatesAPersonAnEarlierBatchMade()
    {
        Browser b = school(QStringLiteral("Obs De Eik"));
        QByteArray csv = "organisatie;voornaam;achternaam;mobiel;e-mail\r\nOrg A;Jan;Smit;;jan@eik.example\r\n";
        for (int i = 1; i <= 1200; ++i) {
            csv += "Org B;Voor" + QByteArray::number(i) + ";Achter;;\r\n";
        }
        csv += "Org A;Jan;Smit;0612345678;jan@eik.example\r\n";
        QJsonObject final;
        const QJsonObject preview = importFile(b, csv, &final);
        QCOMPARE(preview.value(QStringLiteral("counts")).toObject().value(QStringLiteral("persons_created")).toInt(), 1201);
        QCOMPARE(preview.value(QStringLiteral("counts")).toObject().value(QStringLiteral("persons_updated")).toInt(), 0);
        QCOMPARE(final.value(QStringLiteral("state")).toString(), QStringLiteral("done"));
        QCOMPARE(persons(b), 1201);
        const QJsonObject jan = person(b, QStringLiteral("Jan"));
        QCOMPARE(jan.value(QStringLiteral("email")).toString(), QStringLiteral("jan@eik.example"));
        QCOMPARE(jan.value(QStringLiteral("mobile")).toString(), QStringLiteral("+31612345678"));
        QCOMPARE(b.get(QStringLiteral("/conflicts")).json().value(QStringLiteral("conflicts")).toArray().size(), 0);
    }

    // vCards are cut into batches at whole cards, and a card keeps the line it has in the file.
    void vCardsInSeveralBatchesKeepTheirLines()
    {
        Browser b = school(QStringLiteral("Obs De Beuk"));
        QByteArray vcf;
        for (int i = 1; i <= 1500; ++i) { // seven lines a card
            const QByteArray n = QByteArray::number(i);
            vcf += "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Achter" + n + ";Voor" + n + ";;;\r\nFN:Voor" + n + " Achter" + n + "\r\nORG:Org "
                + QByteArray::number(i % 10) + "\r\nTEL;TYPE=CELL:" + (i == 1200 ? QByteArray("12") : "06" + QByteArray::number(20000000 + i))
                + "\r\nEND:VCARD\r\n";
        }
        const Reply up = b.upload(QStringLiteral("/import"), vcf, "text/vcard");
        QCOMPARE(up.status, 200);
        QCOMPARE(up.json().value(QStringLiteral("rows_total")).toInt(), 1500);
        QCOMPARE(up.json().value(QStringLiteral("counts")).toObject().value(QStringLiteral("persons_created")).toInt(), 1499);
        const QJsonObject bad = rowAt(up.json(), 7 * 1199 + 1);
        QCOMPARE(bad.value(QStringLiteral("name")).toString(), QStringLiteral("Voor1200 Achter1200"));
        QCOMPARE(bad.value(QStringLiteral("code")).toString(), QStringLiteral("phone-invalid"));
    }

    // Larger than the old in-memory path took (the whole body decoded, every row, card and
    // mutation held at once, bounded by the 4 MiB default body limit): read, planned and
    // applied a batch at a time into one transaction.
    void aFileOverFourMebibytesImportsEndToEnd()
    {
        ServerProcess big({ QStringLiteral("--trusted-proxy"), QStringLiteral("127.0.0.1"), QStringLiteral("--max-body"),
            QString::number(16 * 1024 * 1024) });
        QVERIFY(big.start());
        const QString school = big.createSchool(QStringLiteral("Obs De Linde"));
        big.addCoordinator(school, QStringLiteral("Lies"), QStringLiteral("lies@linde.example"), kPassword);
        Browser b { big.url(), {}, {} };
        QCOMPARE(b.login(QStringLiteral("lies@linde.example"), kPassword).status, 200);
        const QByteArray note = QByteArray(200, 'n');
        QByteArray csv = "organisatie;voornaam;achternaam;mobiel;e-mail;notitie\r\n";
        const int rows = 20000;
        for (int i = 1; i <= rows; ++i) {
            const QByteArray n = QByteArray::number(i);
            csv += "Organisatie " + QByteArray::number(i % 100) + ";Voor" + n + ";Achter" + n + ";06" + QByteArray::number(20000000 + i)
                + ";p" + n + "@linde.example;" + note + "\r\n";
        }
        QVERIFY(csv.size() > 4 * 1024 * 1024);
        const Reply up = b.upload(QStringLiteral("/import"), csv, "text/csv");
        QCOMPARE(up.status, 200);
        QCOMPARE(up.json().value(QStringLiteral("rows_total")).toInt(), rows);
        QCOMPARE(up.json().value(QStringLiteral("counts")).toObject().value(QStringLiteral("persons_created")).toInt(), rows);
        const QString id = up.json().value(QStringLiteral("id")).toString();
        QCOMPARE(b.post(QStringLiteral("/import/") + id + QStringLiteral("/confirm"), { { QStringLiteral("accept_skipped"), true } }).status, 202);
        QCOMPARE(finish(b, id).value(QStringLiteral("state")).toString(), QStringLiteral("done"));
        const QJsonArray all = b.table(QStringLiteral("persons"));
        QCOMPARE(all.size(), rows);
        const QJsonObject last = findBy(all, QStringLiteral("given_name"), QStringLiteral("Voor%1").arg(rows));
        QCOMPARE(last.value(QStringLiteral("family_name")).toString(), QStringLiteral("Achter%1").arg(rows));
        QCOMPARE(last.value(QStringLiteral("mobile")).toString(), QStringLiteral("+316%1").arg(20000000 + rows));
        QCOMPARE(last.value(QStringLiteral("email")).toString(), QStringLiteral("p%1@linde.example").arg(rows));
        QCOMPARE(b.table(QStringLiteral("organisations")).size(), 100);
    }

    void exportImportExportGivesTheSameCards()
    {
        Browser a = school(QStringLiteral("Obs De Bron"));
        for (const char *f : { "iphone-30.vcf", "mac-30.vcf", "org-semicolon.vcf", "google.csv", "excel-nl-1252.csv",
                 "thunderbird-40.vcf" }) {
            importFile(a, corpus(QString::fromLatin1(f)));
        }
        const QByteArray first = exported(a, QStringLiteral("export.vcf"));
        QVERIFY(!first.contains("urn:uuid:urn:uuid:"));
        QVERIFY(first.contains("ORG:Muziek\\; Dans Utrecht"));
        QVERIFY(first.contains("CATEGORIES:Kinderopvang")); // the school's language
        QVERIFY(first.contains("ADR;TYPE=work:;;Zuilenstraat 1;Utrecht;;3512 AB;"));
        // Schema 9's fields: N's parts, the further numbers and addresses, the note.
        QVERIFY(first.contains("N:Jansen;Pieter;Willem;dr.;"));
        QVERIFY(first.contains("FN:dr. Pieter Willem Jansen"));
        QVERIFY(first.contains("TEL;VALUE=uri;TYPE=\"voice,x-other\":tel:+31624680246"));
        QVERIFY(first.contains("EMAIL:f.devries@privé.example"));
        QVERIFY(first.contains("NOTE:Leesconsulent\\, elke woensdag"));
        Browser b = school(QStringLiteral("Obs De Bron 2"));
        QJsonObject final;
        const QJsonObject preview = importFile(b, first, &final);
        QCOMPARE(preview.value(QStringLiteral("counts")).toObject().value(QStringLiteral("skipped")).toInt(), 0);
        const QByteArray second = exported(b, QStringLiteral("export.vcf"));
        QCOMPARE(QString::fromUtf8(second), QString::fromUtf8(first));
        // And the CSV for Dutch Excel comes back the same way.
        const QByteArray csv = exported(a, QStringLiteral("export.csv"));
        QVERIFY(csv.startsWith("\xEF\xBB\xBF\"organisatie\";\"categorie\";"));
        Browser c = school(QStringLiteral("Obs De Bron 3"));
        importFile(c, csv);
        const QByteArray third = exported(c, QStringLiteral("export.vcf"));
        auto withoutPhotos = [](const QByteArray &v) {
            QStringList out;
            for (const QString &l : QString::fromUtf8(v).split(QStringLiteral("\r\n"))) {
                if (!l.startsWith(QLatin1String("PHOTO")) && !l.startsWith(QLatin1Char(' '))) {
                    out << l;
                }
            }
            return out;
        };
        QCOMPARE(withoutPhotos(third), withoutPhotos(first)); // CSV carries no photos
    }

    // CSV injection: a cell Excel would run as a formula (= + - @, or a tab before one)
    // starts with an apostrophe in the export; a phone number in E.164 stays a number.
    void exportedCsvCellsNeverRunAsFormulas()
    {
        Browser a = school(QStringLiteral("Obs Formule"));
        const QByteArray file = "organisatie;voornaam;achternaam;mobiel;e-mail\r\n"
                                "+HYPERLINK(https://evil.example);Anna;=1+1;+31612345678;anna@formule.example\r\n"
                                "@SUM(1);Bert;-2+3;;bert@formule.example\r\n";
        importFile(a, file);
        const QString csv = QString::fromUtf8(exported(a, QStringLiteral("export.csv")));
        QVERIFY2(csv.contains(QStringLiteral("\"'+HYPERLINK(https://evil.example)\"")), qPrintable(csv));
        QVERIFY(csv.contains(QStringLiteral("\"'=1+1\"")));
        QVERIFY(csv.contains(QStringLiteral("\"'@SUM(1)\"")));
        QVERIFY(csv.contains(QStringLiteral("\"'-2+3\"")));
        QVERIFY(csv.contains(QStringLiteral("\"+31612345678\"")));
        QVERIFY(!csv.contains(QStringLiteral(";\"+HYPERLINK")) && !csv.contains(QStringLiteral(";\"=1+1")));
    }

    void exportedCardsReadByVobject()
    {
        Browser a = school(QStringLiteral("Obs Vobject"));
        importFile(a, corpus(QStringLiteral("iphone-30.vcf")));
        importFile(a, corpus(QStringLiteral("org-semicolon.vcf")));
        for (const QString &version : { QStringLiteral("4.0"), QStringLiteral("3.0") }) {
            const QByteArray vcf = exported(a, QStringLiteral("export.vcf?version=") + version);
            QTemporaryDir dir;
            QFile f(dir.filePath(QStringLiteral("export.vcf")));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(vcf);
            f.close();
            QProcess py;
            py.start(QStringLiteral("/usr/bin/python3"),
                { QStringLiteral("-c"),
                    QStringLiteral("import sys, vobject\n"
                                   "for c in vobject.readComponents(open(sys.argv[1], encoding='utf-8').read()):\n"
                                   "    print(c.version.value, '|', c.fn.value, '|', ';'.join(c.org.value), '|', c.uid.value)\n"),
                    f.fileName() });
            QVERIFY(py.waitForFinished(30000));
            const QString out = QString::fromUtf8(py.readAllStandardOutput());
            QVERIFY2(py.exitCode() == 0, qPrintable(QString::fromUtf8(py.readAllStandardError())));
            QVERIFY2(out.contains(version + QStringLiteral(" | Noor El Amrani | Muziek; Dans Utrecht | urn:uuid:")), qPrintable(out));
            QVERIFY(out.contains(QStringLiteral("Sanne Bakker | GGD regio Utrecht")));
            QVERIFY(!out.contains(QStringLiteral("urn:uuid:urn:uuid")));
        }
    }

    // The figure: of the fields the corpus carries, how many the school list keeps
    // (each file previewed once into an empty school; a skipped card keeps none).
    void keptFieldsOfTheCorpus()
    {
        Browser b = school(QStringLiteral("Obs Telling"));
        const QStringList files = QDir(QStringLiteral(KL_CORPUS_DIR)).entryList(QDir::Files, QDir::Name);
        QVERIFY(files.size() >= 15);
        int cards = 0;
        for (const QString &f : files) {
            const Reply up = b.upload(QStringLiteral("/import"), corpus(f), "application/octet-stream");
            QCOMPARE(up.status, 200);
            const QJsonObject counts = up.json().value(QStringLiteral("counts")).toObject();
            const int kept = counts.value(QStringLiteral("fields_kept")).toInt();
            const int total = counts.value(QStringLiteral("fields_total")).toInt();
            QVERIFY(kept <= total);
            cards += int(up.json().value(QStringLiteral("rows")).toArray().size());
            m_fieldsKept += kept;
            m_fieldsTotal += total;
            qInfo("%s: %d of %d fields kept", qPrintable(f), kept, total);
            for (const QJsonValue &row : up.json().value(QStringLiteral("rows")).toArray()) {
                const QJsonObject r = row.toObject();
                if (r.value(QStringLiteral("action")).toString() == QLatin1String("skipped")) {
                    qInfo("  line %d skipped: %s", r.value(QStringLiteral("line")).toInt(), qPrintable(r.value(QStringLiteral("reason")).toString()));
                }
                for (const QJsonValue &item : r.value(QStringLiteral("not_kept")).toArray()) {
                    qInfo("  line %d not kept: %s", r.value(QStringLiteral("line")).toInt(), qPrintable(item.toString().left(100)));
                }
            }
        }
        qInfo("corpus: %d files, %d cards or rows, %lld of %lld fields kept", int(files.size()), cards, m_fieldsKept, m_fieldsTotal);
        // 115 of 150 before schema 9 kept name parts, further numbers and e-mails and the note; 126 after.
        QVERIFY(m_fieldsKept * 100 >= m_fieldsTotal * 84);
    }
};

QTEST_GUILESS_MAIN(TestImport)
#include "tst_import.moc"
