// Public partner pages from the outside: a real kortelijn-server on 127.0.0.1, a school
// filled through the sync API as a coordinator's phone would, and parents' requests.
// Every non-public value must be absent from the page, the vCard and every QR payload;
// QR codes are read back with zbarimg (an independent decoder) at full size and at 25%;
// the vCard is read by python3-vobject (an independent parser) and by our own import.
#include "contactcard.h"
#include "domain.h"
#include "publiccard.h"
#include "rows.h"
#include "syncprotocol.h"
#include "testsupport.h"

#include <QBuffer>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QElapsedTimer>
#include <QTcpSocket>
#include <QSvgRenderer>
#include <QTest>

using namespace kltest;
using namespace kl;

namespace {

struct Page
{
    int status = 0;
    QByteArray contentType;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers;
};

// Qt would send the test machine's locale; a Dutch parent's phone says nl.
Page get(const QString &url, const QByteArray &acceptLanguage = "nl-NL,nl;q=0.9", const QByteArray &method = "GET")
{
    static QNetworkAccessManager *nam = new QNetworkAccessManager(QCoreApplication::instance());
    QNetworkRequest req { QUrl(url) };
    req.setTransferTimeout(30000);
    req.setRawHeader("Accept-Language", acceptLanguage);
    QNetworkReply *reply = nam->sendCustomRequest(req, method);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    Page p { reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
        reply->header(QNetworkRequest::ContentTypeHeader).toByteArray(), reply->readAll(), {} };
    for (const auto &[name, value] : reply->rawHeaderPairs()) {
        p.headers.insert(name.toLower(), value);
    }
    reply->deleteLater();
    return p;
}

// zbarimg on an image; the decoded text (CRLF kept as the code carries it).
QString zbar(const QImage &image, const QString &dir, const QString &name)
{
    const QString path = dir + QLatin1Char('/') + name + QStringLiteral(".png");
    if (!image.save(path)) {
        return QStringLiteral("(cannot save)");
    }
    QProcess p;
    p.start(QStringLiteral("zbarimg"), { QStringLiteral("--raw"), QStringLiteral("-q"), QStringLiteral("-Sbinary"), path });
    if (!p.waitForFinished(30000)) {
        return QStringLiteral("(zbarimg hung)");
    }
    QString out = QString::fromUtf8(p.readAllStandardOutput());
    return out;
}

QImage quarter(const QImage &image)
{
    return image.scaled(image.size() / 4, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
}

QImage renderSvg(const QByteArray &svg, int pixels)
{
    QSvgRenderer renderer(svg);
    QImage image(pixels, pixels, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    renderer.render(&painter);
    painter.end();
    return image;
}

QByteArray tinyPng()
{
    QImage face(48, 48, QImage::Format_RGB32);
    face.fill(QColor(200, 120, 60));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    face.save(&buffer, "PNG");
    return bytes;
}

} // namespace

class TestPublicPages : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server;
    QString m_school;
    QString m_otherSchool;
    Enrolled m_coord;
    qint64 m_mutation = 0;
    QTemporaryDir m_tmp;

    Person m_ayse; // published: name, photo, WhatsApp, landline, function, presence public
    Person m_hidden; // name not public: no page
    Person m_gone; // published, then deleted
    Person m_plain; // published name only
    Organisation m_org;
    QByteArray m_photo = tinyPng();

    // Values that must never reach a parent.
    const QStringList m_secrets { QStringLiteral("+31612345678"), QStringLiteral("612345678"), QStringLiteral("06 12345678"),
        QStringLiteral("prive.adres@voorbeeld.nl"), QStringLiteral("geheim-onderwerp"), QStringLiteral("Juf Geheim"),
        QStringLiteral("intern.voorbeeld.nl"), QStringLiteral("Verborgenstraat"), QStringLiteral("Verstopt"),
        QStringLiteral("woensdag"), QStringLiteral("Wednesday"), QStringLiteral("kamer 99"),
        // A window the coordinator kept within the school (issue 15): on no public surface.
        QStringLiteral("donderdag"), QStringLiteral("Thursday"), QStringLiteral("teamkamer-intern") };

    QString url(const QString &rest) const { return m_server.url() + rest; }

    QJsonObject fields(const QString &table, const QVariantMap &map)
    {
        QJsonObject f;
        for (const QString &c : sync::syncedColumns(table)) {
            f.insert(c, sync::encodeValue(table, c, map.value(c)));
        }
        return f;
    }

    bool push(const QString &table, const QString &id, const QVariantMap &map, const QString &op = QStringLiteral("upsert"))
    {
        const QJsonObject m { { QStringLiteral("id"), ++m_mutation }, { QStringLiteral("table"), table }, { QStringLiteral("row"), id },
            { QStringLiteral("op"), op }, { QStringLiteral("fields"), fields(table, map) }, { QStringLiteral("base"), 0 } };
        const QJsonObject body { { QStringLiteral("client_id"), m_coord.clientId }, { QStringLiteral("mutations"), QJsonArray { m } } };
        const HttpResult r = http("POST", url(QStringLiteral("/api/v1/schools/%1/sync/push").arg(m_school)), m_coord.token,
            QJsonDocument(body).toJson());
        const QString status = r.json().value(QStringLiteral("results")).toArray().first().toObject().value(QStringLiteral("status")).toString();
        if (r.status != 200 || status != QLatin1String("applied")) {
            qWarning() << "push failed" << r.status << r.body;
            return false;
        }
        return true;
    }

    Person person(const QString &given, const QString &family)
    {
        Person p;
        p.id = newId();
        p.organisationId = m_org.id;
        p.givenName = given;
        p.familyName = family;
        p.visibility = FieldVisibility(Visibility::School);
        return p;
    }

    QString slugOf(const Person &p) const { return publiccard::slug(m_school, p.id); }

    void assertNoSecrets(const QByteArray &text, const char *where)
    {
        const QString s = QString::fromUtf8(text);
        for (const QString &secret : m_secrets) {
            QVERIFY2(!s.contains(secret, Qt::CaseInsensitive), qPrintable(QStringLiteral("%1 leaks %2").arg(QLatin1String(where), secret)));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("zbarimg")).isEmpty(), "zbarimg (zbar-tools) is needed");
        QVERIFY(m_server.start());
        m_school = m_server.createSchool(QStringLiteral("Basisschool De Regenboog"));
        m_otherSchool = m_server.createSchool(QStringLiteral("Obs Het Anker"));
        m_coord = enrollRaw(m_server.url(), m_server.invite(m_school, QStringLiteral("coordinator")));
        QVERIFY(!m_coord.token.isEmpty());

        m_org.id = newId();
        m_org.name = QStringLiteral("CJG Overvecht & Zuilen");
        m_org.category = Category::Jeugdzorg;
        m_org.street = QStringLiteral("Verborgenstraat 1");
        m_org.website = QStringLiteral("https://intern.voorbeeld.nl");
        m_org.topics = { QStringLiteral("geheim-onderwerp") };
        m_org.internalContact = QStringLiteral("Juf Geheim");
        m_org.visibility = FieldVisibility(Visibility::School);
        m_org.visibility.set(QStringLiteral("name"), Visibility::Public);
        QVERIFY(push(QStringLiteral("organisations"), m_org.id, rows::of(m_org)));

        m_ayse = person(QStringLiteral("Ayşe"), QStringLiteral("Öztürk <script>alert(1)</script>"));
        m_ayse.photo = m_photo;
        m_ayse.mobile = QStringLiteral("+31612345678");
        m_ayse.whatsapp = QStringLiteral("+31687654321");
        m_ayse.landline = QStringLiteral("+31301234567");
        m_ayse.email = QStringLiteral("prive.adres@voorbeeld.nl");
        for (const char *f : { "given_name", "family_name", "photo", "whatsapp", "landline", "function", "presence" }) {
            m_ayse.visibility.set(QLatin1String(f), Visibility::Public);
        }
        QVERIFY(push(QStringLiteral("persons"), m_ayse.id, rows::of(m_ayse)));

        Function fn;
        fn.id = newId();
        fn.organisationId = m_org.id;
        fn.title = QStringLiteral("Schoolmaatschappelijk werker");
        fn.topics = { QStringLiteral("geheim-onderwerp") };
        QVERIFY(push(QStringLiteral("functions"), fn.id, rows::of(fn)));
        const Holding h { newId(), fn.id, m_ayse.id, QDate(2024, 8, 1), std::nullopt };
        QVERIFY(push(QStringLiteral("holdings"), h.id, rows::of(h)));
        Presence tuesday;
        tuesday.id = newId();
        tuesday.organisationId = m_org.id;
        tuesday.functionId = fn.id;
        tuesday.weekday = 2;
        tuesday.start = QTime(8, 30);
        tuesday.end = QTime(12, 0);
        tuesday.room = QStringLiteral("12");
        QVERIFY(push(QStringLiteral("presence"), tuesday.id, rows::of(tuesday)));
        Presence expired = tuesday; // a window that ended: never shown
        expired.id = newId();
        expired.weekday = 3;
        expired.room = QStringLiteral("99");
        expired.validUntil = QDate(2020, 1, 1);
        QVERIFY(push(QStringLiteral("presence"), expired.id, rows::of(expired)));
        Presence internal = tuesday; // the person's times are public, this window is not
        internal.id = newId();
        internal.weekday = 4;
        internal.room = QStringLiteral("teamkamer-intern");
        internal.isPublic = false;
        QVERIFY(push(QStringLiteral("presence"), internal.id, rows::of(internal)));

        m_hidden = person(QStringLiteral("Verstopt"), QStringLiteral("Persoon"));
        m_hidden.visibility.set(QStringLiteral("given_name"), Visibility::Public); // family name stays School
        QVERIFY(push(QStringLiteral("persons"), m_hidden.id, rows::of(m_hidden)));

        m_gone = person(QStringLiteral("Weg"), QStringLiteral("Gegaan"));
        m_gone.visibility.set(QStringLiteral("given_name"), Visibility::Public);
        m_gone.visibility.set(QStringLiteral("family_name"), Visibility::Public);
        QVERIFY(push(QStringLiteral("persons"), m_gone.id, rows::of(m_gone)));

        m_plain = person(QStringLiteral("Bas"), QStringLiteral("de Boer"));
        m_plain.mobile = QStringLiteral("+31612345678");
        m_plain.visibility.set(QStringLiteral("given_name"), Visibility::Public);
        m_plain.visibility.set(QStringLiteral("family_name"), Visibility::Public);
        QVERIFY(push(QStringLiteral("persons"), m_plain.id, rows::of(m_plain)));
    }

    void slugIsStableAndOpaque()
    {
        const QString s = slugOf(m_ayse);
        QVERIFY(publiccard::isSlug(s));
        QCOMPARE(s, publiccard::slug(m_school, m_ayse.id));
        QVERIFY(s != publiccard::slug(m_otherSchool, m_ayse.id)); // same person id elsewhere: another page
        QVERIFY(!s.contains(m_ayse.id.left(8)));
        // The admin CLI lists the same slug and URL.
        const CliResult r = m_server.cli({ QStringLiteral("public-pages"), QStringLiteral("--school"), m_school,
            QStringLiteral("--public-url"), m_server.url() });
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("slug=") + s), qPrintable(r.out));
        QCOMPARE(r.value(QStringLiteral("count")), QStringLiteral("3")); // Ayşe, Weg Gegaan, Bas (not Verstopt)
    }

    void pageShowsExactlyThePublicFields()
    {
        const Page p = get(url(QStringLiteral("/p/") + slugOf(m_ayse)));
        QCOMPARE(p.status, 200);
        QVERIFY(p.contentType.startsWith("text/html"));
        const QString html = QString::fromUtf8(p.body);
        QVERIFY(html.contains(QStringLiteral("<html lang=\"nl\">")));
        QVERIFY(html.contains(QStringLiteral("Ayşe Öztürk &lt;script&gt;alert(1)&lt;/script&gt;")));
        QVERIFY(!html.contains(QStringLiteral("<script"), Qt::CaseInsensitive)); // no script at all, and the name is text
        QVERIFY(html.contains(QStringLiteral("Schoolmaatschappelijk werker")));
        QVERIFY(html.contains(QStringLiteral("CJG Overvecht &amp; Zuilen")));
        QVERIFY(html.contains(QStringLiteral("Op school")));
        QVERIFY(html.contains(QStringLiteral("dinsdag 8:30-12:00, kamer 12")));
        QVERIFY(html.contains(QStringLiteral("href=\"https://wa.me/31687654321\"")));
        QVERIFY(html.contains(QStringLiteral("href=\"tel:+31301234567\"")));
        QVERIFY(!html.contains(QStringLiteral("mailto:")));
        QVERIFY(html.contains(QStringLiteral("Zet in mijn contacten")));
        QVERIFY(html.contains(slugOf(m_ayse) + QStringLiteral(".vcf")));
        QVERIFY(html.contains(QStringLiteral("<img class=\"face\"")));
        assertNoSecrets(p.body, "page");
        QVERIFY(p.headers.value("content-security-policy").contains("default-src 'none'"));
        QVERIFY(!p.headers.value("content-security-policy").contains("script-src"));

        const Page photo = get(url(QStringLiteral("/p/%1/photo").arg(slugOf(m_ayse))));
        QCOMPARE(photo.status, 200);
        // The PNG that was pushed is stored and served re-encoded as a JPEG, never as what
        // its bytes look like (issue 12: only image/jpeg is ever served).
        QCOMPARE(photo.contentType, QByteArray("image/jpeg"));
        QVERIFY(photo.body.startsWith("\xFF\xD8\xFF"));
        QCOMPARE(QImage::fromData(photo.body).size(), QImage::fromData(m_photo).size());

        // A person with only the name public: the name and nothing else, no photo link.
        const Page plain = get(url(QStringLiteral("/p/") + slugOf(m_plain)));
        QCOMPARE(plain.status, 200);
        QVERIFY(plain.body.contains("Bas de Boer"));
        QVERIFY(!plain.body.contains("tel:") && !plain.body.contains("wa.me") && !plain.body.contains("<img"));
        QVERIFY(plain.body.contains("CJG Overvecht &amp; Zuilen")); // the organisation's name is public
        QVERIFY(!plain.body.contains("Schoolmaatschappelijk") && !plain.body.contains("Op school"));
        assertNoSecrets(plain.body, "plain page");
        QCOMPARE(get(url(QStringLiteral("/p/%1/photo").arg(slugOf(m_plain)))).status, 404);
    }

    void englishByAcceptLanguage()
    {
        const Page p = get(url(QStringLiteral("/p/") + slugOf(m_ayse)), "en-GB,en;q=0.9,nl;q=0.5");
        QCOMPARE(p.status, 200);
        const QString html = QString::fromUtf8(p.body);
        QVERIFY(html.contains(QStringLiteral("<html lang=\"en\">")));
        QVERIFY(html.contains(QStringLiteral("At school")));
        QVERIFY(html.contains(QStringLiteral("Tuesday 8:30-12:00, room 12")));
        QVERIFY(html.contains(QStringLiteral("Add to my contacts")));
        QVERIFY(!html.contains(QStringLiteral("dinsdag")));
        // Dutch preferred over English, and unknown languages fall back to Dutch.
        QVERIFY(get(url(QStringLiteral("/p/") + slugOf(m_ayse)), "nl-NL,en;q=0.8").body.contains("Zet in mijn contacten"));
        QVERIFY(get(url(QStringLiteral("/p/") + slugOf(m_ayse)), "de-DE,fr;q=0.8").body.contains("Zet in mijn contacten"));
        QVERIFY(get(url(QStringLiteral("/p/") + slugOf(m_ayse)), "de-DE,en;q=0.3").body.contains("Add to my contacts"));
    }

    void notFoundRevealsNothing()
    {
        QVERIFY(push(QStringLiteral("persons"), m_gone.id, rows::of(m_gone), QStringLiteral("delete")));
        const Page reference = get(url(QStringLiteral("/p/aaaaaaaaaaaaaaaa")));
        QCOMPARE(reference.status, 404);
        QVERIFY(reference.contentType.startsWith("text/html"));
        QVERIFY(reference.body.contains("Deze pagina bestaat niet"));
        const QStringList paths { QStringLiteral("/p/") + slugOf(m_hidden), QStringLiteral("/p/") + slugOf(m_gone),
            QStringLiteral("/p/") + publiccard::slug(m_otherSchool, m_ayse.id), QStringLiteral("/p/") + slugOf(m_hidden) + QStringLiteral(".vcf"),
            QStringLiteral("/p/") + slugOf(m_gone) + QStringLiteral("/qr.png"), QStringLiteral("/p/") + slugOf(m_hidden) + QStringLiteral("/poster"),
            QStringLiteral("/p/") + m_ayse.id, QStringLiteral("/p/") + slugOf(m_ayse).toUpper(), QStringLiteral("/p/"),
            QStringLiteral("/p/") + slugOf(m_ayse) + QStringLiteral("/secret"), QStringLiteral("/p/%3Cscript%3E") };
        for (const QString &path : paths) {
            const Page p = get(url(path));
            QCOMPARE(p.status, 404);
            QCOMPARE(p.body, reference.body); // the same page for every reason
        }
        QVERIFY(!reference.body.contains("Verstopt") && !reference.body.contains("Gegaan"));
        QCOMPARE(get(url(QStringLiteral("/p/") + slugOf(m_hidden)), "en").body, get(url(QStringLiteral("/p/zzzzzzzzzzzzzzzz")), "en").body);
        QVERIFY(get(url(QStringLiteral("/p/zzzzzzzzzzzzzzzz")), "en").body.contains("This page does not exist"));
        QCOMPARE(get(url(QStringLiteral("/p/") + slugOf(m_ayse)), "nl", "POST").status, 405);
        // No language the page speaks, or none at all: Dutch.
        QVERIFY(get(url(QStringLiteral("/p/zzzzzzzzzzzzzzzz")), "*").body.contains("Deze pagina bestaat niet"));
    }

    void headIsGetWithoutTheBody()
    {
        // Link checkers and some previewers ask HEAD first. Same status and headers as GET,
        // no body: on a kept-alive connection the next answer must still come out whole.
        const Page full = get(url(QStringLiteral("/p/") + slugOf(m_ayse)));
        QCOMPARE(full.status, 200);
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, QUrl(m_server.url()).port());
        QVERIFY(socket.waitForConnected(5000));
        const QByteArray path = QStringLiteral("/p/%1").arg(slugOf(m_ayse)).toLatin1();
        socket.write("HEAD " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
            + "HEAD /p/zzzzzzzzzzzzzzzz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
            + "GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        QByteArray wire;
        QElapsedTimer t;
        t.start();
        while (!wire.contains("\"status\":\"ok\"}") && t.elapsed() < 10000) {
            socket.waitForReadyRead(500);
            wire += socket.readAll();
        }
        const QList<QByteArray> answers = wire.split('\n');
        int statusLines = 0;
        for (const QByteArray &line : answers) {
            statusLines += line.startsWith("HTTP/1.1 ");
        }
        QCOMPARE(statusLines, 3);
        QVERIFY(wire.startsWith("HTTP/1.1 200 "));
        QVERIFY2(wire.contains("Content-Length: " + QByteArray::number(full.body.size()) + "\r\n"), wire.left(600).constData());
        QVERIFY(wire.contains("HTTP/1.1 404 "));
        QVERIFY(!wire.contains("<html")); // no page bytes at all
        QVERIFY(wire.endsWith("{\"protocol\":1,\"status\":\"ok\"}"));
    }

    void vcardHasOnlyPublicFieldsAndParses()
    {
        const Page p = get(url(QStringLiteral("/p/%1.vcf").arg(slugOf(m_ayse))));
        QCOMPARE(p.status, 200);
        QVERIFY(p.contentType.startsWith("text/vcard"));
        QVERIFY(p.headers.value("content-disposition").startsWith("attachment; filename="));
        assertNoSecrets(p.body, "vCard");
        QVERIFY(p.body.startsWith("BEGIN:VCARD\r\nVERSION:3.0\r\n"));
        QVERIFY(p.body.endsWith("END:VCARD\r\n"));
        for (const QByteArray &line : p.body.split('\n')) {
            QVERIFY2(line.size() <= 76, line.constData()); // 75 octets + the CR
            QVERIFY(line.isEmpty() || line.endsWith('\r'));
        }
        // Our own import reads back what parents get.
        const auto cards = contactcard::parseVCards(p.body);
        QVERIFY2(cards, cards ? "" : qPrintable(cards.error().message));
        QCOMPARE(cards.value().size(), 1);
        const ContactCard &c = cards.value().first();
        QCOMPARE(c.version, QStringLiteral("3.0"));
        QCOMPARE(c.givenName, QStringLiteral("Ayşe"));
        QCOMPARE(c.familyName, QStringLiteral("Öztürk <script>alert(1)</script>"));
        QCOMPARE(c.organisation, QStringLiteral("CJG Overvecht & Zuilen"));
        QCOMPARE(c.title, QStringLiteral("Schoolmaatschappelijk werker"));
        QVERIFY(c.mobile.contains(QStringLiteral("+31687654321")));
        QVERIFY(c.landline.contains(QStringLiteral("+31301234567")));
        QVERIFY(c.emails.isEmpty());
        QCOMPARE(c.url, url(QStringLiteral("/p/") + slugOf(m_ayse)));
        QCOMPARE(c.note, QStringLiteral("Op school: dinsdag 8:30-12:00, kamer 12"));
        QVERIFY(c.photo.startsWith("\xFF\xD8\xFF"));
        QCOMPARE(QImage::fromData(c.photo).size(), QImage::fromData(m_photo).size());

        // An independent parser: python3-vobject (Debian).
        const QString file = m_tmp.filePath(QStringLiteral("ayse.vcf"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(p.body);
        f.close();
        const QString python = QStringLiteral(R"(
import json, sys, vobject
card = vobject.readOne(open(sys.argv[1], encoding='utf-8').read())
out = {'version': card.version.value, 'fn': card.fn.value, 'family': card.n.value.family, 'given': card.n.value.given,
       'org': card.org.value, 'title': card.title.value, 'tel': sorted(t.value for t in card.tel_list),
       'url': card.url.value, 'note': card.note.value, 'photo': len(card.photo.value),
       'keys': sorted(card.contents.keys())}
print(json.dumps(out))
)");
        QProcess py;
        py.start(QStringLiteral("/usr/bin/python3"), { QStringLiteral("-c"), python, file });
        QVERIFY(py.waitForFinished(30000));
        QVERIFY2(py.exitCode() == 0, py.readAllStandardError().constData());
        const QJsonObject o = QJsonDocument::fromJson(py.readAllStandardOutput()).object();
        QCOMPARE(o.value(QStringLiteral("version")).toString(), QStringLiteral("3.0"));
        QCOMPARE(o.value(QStringLiteral("fn")).toString(), QStringLiteral("Ayşe Öztürk <script>alert(1)</script>"));
        QCOMPARE(o.value(QStringLiteral("family")).toString(), QStringLiteral("Öztürk <script>alert(1)</script>"));
        QCOMPARE(o.value(QStringLiteral("given")).toString(), QStringLiteral("Ayşe"));
        QCOMPARE(o.value(QStringLiteral("org")).toArray().first().toString(), QStringLiteral("CJG Overvecht & Zuilen"));
        QCOMPARE(o.value(QStringLiteral("title")).toString(), QStringLiteral("Schoolmaatschappelijk werker"));
        QCOMPARE(o.value(QStringLiteral("tel")).toArray(), (QJsonArray { QStringLiteral("+31301234567"), QStringLiteral("+31687654321") }));
        QCOMPARE(o.value(QStringLiteral("note")).toString(), QStringLiteral("Op school: dinsdag 8:30-12:00, kamer 12"));
        QCOMPARE(o.value(QStringLiteral("photo")).toInt(), get(url(QStringLiteral("/p/%1/photo").arg(slugOf(m_ayse)))).body.size());
        QCOMPARE(o.value(QStringLiteral("keys")).toArray(),
            (QJsonArray { QStringLiteral("fn"), QStringLiteral("n"), QStringLiteral("note"), QStringLiteral("org"), QStringLiteral("photo"),
                QStringLiteral("tel"), QStringLiteral("title"), QStringLiteral("url"), QStringLiteral("version") }));

        // English: the note too.
        QVERIFY(get(url(QStringLiteral("/p/%1.vcf").arg(slugOf(m_ayse))), "en").body.contains("NOTE:At school: Tuesday 8:30-12:00\\, room 12"));
    }

    void pageQrDecodes_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("offline");
        QTest::newRow("page qr.png") << QStringLiteral("/qr.png") << false;
        QTest::newRow("page qr.svg") << QStringLiteral("/qr.svg") << false;
        QTest::newRow("offline card-qr.png") << QStringLiteral("/card-qr.png") << true;
        QTest::newRow("offline card-qr.svg") << QStringLiteral("/card-qr.svg") << true;
        QTest::newRow("poster") << QStringLiteral("/poster") << false;
    }

    void pageQrDecodes()
    {
        QFETCH(QString, path);
        QFETCH(bool, offline);
        const Page p = get(url(QStringLiteral("/p/") + slugOf(m_ayse) + path));
        QCOMPARE(p.status, 200);
        QImage image;
        if (path.endsWith(QLatin1String(".png"))) {
            QCOMPARE(p.contentType, QByteArray("image/png"));
            QVERIFY(image.loadFromData(p.body, "PNG"));
        } else if (path.endsWith(QLatin1String(".svg"))) {
            QCOMPARE(p.contentType, QByteArray("image/svg+xml"));
            image = renderSvg(p.body, 900);
        } else {
            // The poster carries the QR inline; render that SVG as the printer would.
            QVERIFY(p.body.contains("@page"));
            QVERIFY(p.body.contains("A4"));
            QVERIFY(p.body.contains("dinsdag 8:30-12:00, kamer 12"));
            assertNoSecrets(p.body, "poster");
            const qsizetype start = p.body.indexOf("<svg");
            const qsizetype end = p.body.indexOf("</svg>", start);
            QVERIFY(start > 0 && end > start);
            image = renderSvg(p.body.mid(start, end + 6 - start), 900);
        }
        const QString pageUrl = url(QStringLiteral("/p/") + slugOf(m_ayse));
        const QString full = zbar(image, m_tmp.path(), QStringLiteral("full"));
        const QString small = zbar(quarter(image), m_tmp.path(), QStringLiteral("quarter"));
        if (offline) {
            // The offline card: the vCard itself, no photo, no link, every private value absent.
            QVERIFY2(full.startsWith(QStringLiteral("BEGIN:VCARD\r\nVERSION:3.0\r\n")), qPrintable(full));
            QVERIFY(full.contains(QStringLiteral("FN:Ayşe Öztürk <script>alert(1)</script>")));
            QVERIFY(full.contains(QStringLiteral("TEL;TYPE=CELL:+31687654321")));
            QVERIFY(full.contains(QStringLiteral("NOTE:Op school: dinsdag 8:30-12:00\\, kamer 12")));
            QVERIFY(!full.contains(QStringLiteral("PHOTO")) && !full.contains(QStringLiteral("URL")));
            assertNoSecrets(full.toUtf8(), "offline QR");
            const auto cards = contactcard::parseVCards(full.toUtf8());
            QVERIFY(cards);
            QCOMPARE(cards.value().first().givenName, QStringLiteral("Ayşe"));
        } else {
            QCOMPARE(full.trimmed(), pageUrl);
        }
        QCOMPARE(small.trimmed(), full.trimmed()); // still readable at 25%
    }

    void posterPdfFromTheCli()
    {
        const QString pdf = m_tmp.filePath(QStringLiteral("poster.pdf"));
        const CliResult r = m_server.cli({ QStringLiteral("poster"), QStringLiteral("--school"), m_school, QStringLiteral("--person"),
            m_ayse.id, QStringLiteral("--public-url"), m_server.url(), QStringLiteral("--out"), pdf });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.value(QStringLiteral("url")), url(QStringLiteral("/p/") + slugOf(m_ayse)));
        QFile f(pdf);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.read(5) == "%PDF-");
        // Rasterise it as a print shop would (poppler) and read the QR back.
        QProcess raster;
        raster.start(QStringLiteral("pdftoppm"), { QStringLiteral("-r"), QStringLiteral("150"), QStringLiteral("-png"),
            QStringLiteral("-singlefile"), pdf, m_tmp.filePath(QStringLiteral("poster-page")) });
        QVERIFY(raster.waitForFinished(60000));
        QCOMPARE(raster.exitCode(), 0);
        QImage page(m_tmp.filePath(QStringLiteral("poster-page.png")));
        QVERIFY(!page.isNull());
        QCOMPARE(page.width(), 1240); // A4 at 150 dpi
        QCOMPARE(zbar(page, m_tmp.path(), QStringLiteral("pdf")).trimmed(), url(QStringLiteral("/p/") + slugOf(m_ayse)));
        QCOMPARE(zbar(quarter(page), m_tmp.path(), QStringLiteral("pdf-quarter")).trimmed(), url(QStringLiteral("/p/") + slugOf(m_ayse)));
        QProcess text;
        text.start(QStringLiteral("pdftotext"), { pdf, QStringLiteral("-") });
        QVERIFY(text.waitForFinished(60000));
        const QByteArray words = text.readAllStandardOutput();
        QVERIFY2(words.contains("Schoolmaatschappelijk werker"), words.constData());
        QVERIFY(words.contains("dinsdag 8:30-12:00, kamer 12"));
        assertNoSecrets(words, "PDF poster");

        // HTML to a file is self-contained (the photo inline) and the unpublished get none.
        const QString html = m_tmp.filePath(QStringLiteral("poster.html"));
        QCOMPARE(m_server.cli({ QStringLiteral("poster"), QStringLiteral("--school"), m_school, QStringLiteral("--person"), m_ayse.id,
                     QStringLiteral("--public-url"), m_server.url(), QStringLiteral("--out"), html, QStringLiteral("--lang"), QStringLiteral("en") })
                     .exitCode,
            0);
        QFile h(html);
        QVERIFY(h.open(QIODevice::ReadOnly));
        const QByteArray posterHtml = h.readAll();
        QVERIFY(posterHtml.contains("src=\"data:image/jpeg;base64,"));
        QVERIFY(posterHtml.contains("Tuesday 8:30-12:00, room 12"));
        const CliResult refused = m_server.cli({ QStringLiteral("poster"), QStringLiteral("--school"), m_school, QStringLiteral("--person"),
            m_hidden.id, QStringLiteral("--public-url"), m_server.url(), QStringLiteral("--out"), pdf });
        QVERIFY(refused.exitCode != 0);
        QVERIFY(refused.err.contains(QStringLiteral("public")));
    }
};

QTEST_GUILESS_MAIN(TestPublicPages)
#include "tst_publicpages.moc"
