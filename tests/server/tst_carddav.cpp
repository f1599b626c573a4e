// The read-only CardDAV address book (server/carddav) from the outside, in raw XML: a real
// kortelijn-server on 127.0.0.1 (SQLite, or PostgreSQL in the _pg variant), the request
// sequences iOS, DAVx5 and Thunderbird send when an account is added (as their logs and
// manuals show them), every report, the ETag and sync-token rules, refused writes and
// hostile XML, the credentials (CLI, the app's API, revocation with the device) and the
// privacy rule: no private-only value and no personal partner in any answer.
#include "adminbrowser.h"
#include "davclient.h"
#include "testsupport.h"

#include "domain.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using namespace kltest;

namespace {

const QString kPassword = QStringLiteral("regenboog-koffie-42");

QByteArray propfind(const QByteArray &props, const QByteArray &extraNs = {})
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<d:propfind xmlns:d=\"DAV:\" xmlns:card=\"urn:ietf:params:xml:ns:carddav\""
           " xmlns:cs=\"http://calendarserver.org/ns/\""
        + extraNs + "><d:prop>" + props + "</d:prop></d:propfind>";
}

QByteArray syncCollection(const QString &token, const QByteArray &props = "<d:getetag/>")
{
    return "<?xml version=\"1.0\" encoding=\"utf-8\"?><d:sync-collection xmlns:d=\"DAV:\" xmlns:card=\"urn:ietf:params:xml:ns:carddav\">"
           "<d:sync-token>"
        + token.toUtf8() + "</d:sync-token><d:sync-level>1</d:sync-level><d:prop>" + props + "</d:prop></d:sync-collection>";
}

QByteArray multiget(const QStringList &hrefs, const QByteArray &addressData = "<card:address-data/>")
{
    QByteArray out = "<?xml version=\"1.0\"?><card:addressbook-multiget xmlns:d=\"DAV:\" xmlns:card=\"urn:ietf:params:xml:ns:carddav\">"
                     "<d:prop><d:getetag/>"
        + addressData + "</d:prop>";
    for (const QString &h : hrefs) {
        out += "<d:href>" + h.toUtf8() + "</d:href>";
    }
    return out + "</card:addressbook-multiget>";
}

const DavResponse *byHref(const QList<DavResponse> &list, const QString &href)
{
    for (const DavResponse &r : list) {
        if (r.href == href) {
            return &r;
        }
    }
    return nullptr;
}

} // namespace

class TestCardDav : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server { { QStringLiteral("--trusted-proxy"), QStringLiteral("127.0.0.1") } };
    QString m_school;
    DavClient m_dav;
    QString m_book;

    DavClient login() const
    {
        const CliResult c = m_server.cli({ QStringLiteral("carddav-credential"), QStringLiteral("--school"), m_school,
            QStringLiteral("--label"), QStringLiteral("test"), QStringLiteral("--server-url"), m_server.url() });
        return DavClient { m_server.url(), c.value(QStringLiteral("username")).toLatin1(), c.value(QStringLiteral("password")).toLatin1() };
    }

    Browser signedIn()
    {
        Browser b { m_server.url(), {}, {} };
        const Reply r = b.login(QStringLiteral("anna@regenboog.nl"), kPassword);
        if (r.status != 200) {
            qWarning() << "sign-in failed" << r.status << r.body;
        }
        return b;
    }

    // Every card of the book: href -> etag (PROPFIND depth 1).
    QMap<QString, QString> etags(const DavClient &c) const
    {
        QMap<QString, QString> out;
        const Reply r = c.request("PROPFIND", m_book, propfind("<d:getetag/>"), "1");
        for (const DavResponse &d : parseMultistatus(r.body)) {
            if (d.href != m_book) {
                out.insert(d.href, d.props.value(QStringLiteral("getetag")));
            }
        }
        return out;
    }

    QString currentToken(const DavClient &c) const
    {
        const Reply r = c.request("PROPFIND", m_book, propfind("<d:sync-token/>"), "0");
        return parseMultistatus(r.body).value(0).props.value(QStringLiteral("sync-token"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.start());
        m_school = m_server.createSchool(QStringLiteral("De Regenboog"), true);
        QVERIFY(!m_school.isEmpty());
        QVERIFY(!m_server.addCoordinator(m_school, QStringLiteral("Anna"), QStringLiteral("anna@regenboog.nl"), kPassword).isEmpty());
        m_dav = login();
        QVERIFY(m_dav.user.startsWith("kl-"));
        QCOMPARE(m_dav.password.size(), 43);
        m_book = QStringLiteral("/carddav/schools/%1/contacts/").arg(m_school);
    }

    void credentialCliPrintsUrlUserPassword()
    {
        const CliResult c = m_server.cli({ QStringLiteral("carddav-credential"), QStringLiteral("--school"), m_school,
            QStringLiteral("--label"), QStringLiteral("Telefoon Anna"), QStringLiteral("--server-url"), m_server.url() });
        QCOMPARE(c.exitCode, 0);
        QCOMPARE(c.value(QStringLiteral("url")), m_server.url() + QStringLiteral("/carddav/"));
        QVERIFY(c.value(QStringLiteral("username")).contains(QRegularExpression(QStringLiteral("^kl-[0-9a-f]{16}$"))));
        // Only the hash is stored.
        QSqlDatabase db = m_server.openDatabase(QStringLiteral("cred-check"));
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT secret_hash FROM carddav_credentials")));
        while (q.next()) {
            QVERIFY(q.value(0).toString() != c.value(QStringLiteral("password")));
        }
        QCOMPARE(m_server.cli({ QStringLiteral("carddav-credential"), QStringLiteral("--school"), m_school }).exitCode == 0, false);
        QCOMPARE(m_server.cli({ QStringLiteral("carddav-credential"), QStringLiteral("--school"), QStringLiteral("nope"),
                                  QStringLiteral("--label"), QStringLiteral("x") })
                     .exitCode
                == 0,
            false);
    }

    void wellKnownAndOptions()
    {
        const DavClient anonymous { m_server.url(), {}, {} };
        for (const QByteArray method : { QByteArray("PROPFIND"), QByteArray("GET") }) {
            const Reply r = anonymous.request(method, QStringLiteral("/.well-known/carddav"), {}, "0");
            QCOMPARE(r.status, 301);
            QCOMPARE(r.header("Location"), QByteArray("/carddav/"));
        }
        const Reply o = m_dav.request("OPTIONS", m_book);
        QCOMPARE(o.status, 200);
        QCOMPARE(o.header("DAV"), QByteArray("1, 3, addressbook"));
        QVERIFY(o.header("Allow").contains("REPORT"));
    }

    void basicAuthAndItsLimits()
    {
        const DavClient anonymous { m_server.url(), {}, {} };
        const Reply none = anonymous.request("PROPFIND", QStringLiteral("/carddav/"), propfind("<d:current-user-principal/>"), "0");
        QCOMPARE(none.status, 401);
        QVERIFY(none.header("WWW-Authenticate").startsWith("Basic realm="));
        // A wrong password counts against the address and the login: five, then refused.
        DavClient guesser { m_server.url(), m_dav.user, "wrong" };
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(guesser.request("PROPFIND", QStringLiteral("/carddav/"), {}, "0").status, 401);
        }
        QCOMPARE(guesser.request("PROPFIND", QStringLiteral("/carddav/"), {}, "0").status, 429);
        // Even the right password waits at that address; the phone elsewhere is not slowed.
        DavClient sameAddress = m_dav;
        sameAddress.address = guesser.address;
        QCOMPARE(sameAddress.request("PROPFIND", QStringLiteral("/carddav/"), {}, "0").status, 429);
        QCOMPARE(m_dav.request("PROPFIND", QStringLiteral("/carddav/"), {}, "0").status, 207);
        // A user name of the wrong shape, an unknown one: 401, never a database error.
        const DavClient odd { m_server.url(), "'; DROP TABLE x;--", "x" };
        QCOMPARE(odd.request("PROPFIND", QStringLiteral("/carddav/"), {}, "0").status, 401);
        const DavClient unknown { m_server.url(), "kl-0000000000000000", "x" };
        QCOMPARE(unknown.request("PROPFIND", QStringLiteral("/carddav/"), {}, "0").status, 401);
        // Correct requests never count: hundreds in a row stay allowed.
        for (int i = 0; i < 60; ++i) {
            QCOMPARE(m_dav.request("PROPFIND", QStringLiteral("/carddav/"), {}, "0").status, 207);
        }
    }

    // iOS Contacts (accountsd/dataaccessd): PROPFIND on the well-known URL, follows the
    // redirect, asks the context root for its principal, OPTIONS on it, PROPFIND the
    // principal for the home set, PROPFIND the home at depth 1, then syncs the book.
    void iosDiscoverySequence()
    {
        DavClient ios = m_dav;
        ios.address = nextTestAddress();
        const QList<QPair<QByteArray, QByteArray>> ua { { "User-Agent", "iOS/17.5 (21F79) dataaccessd/1.0" }, { "Brief", "t" }, { "Prefer", "return=minimal" } };
        const QByteArray principalProps = propfind("<d:current-user-principal/><d:principal-URL/><d:resourcetype/>");
        DavClient anonymous { m_server.url(), {}, {} };
        anonymous.address = ios.address;
        Reply r = anonymous.request("PROPFIND", QStringLiteral("/.well-known/carddav"), principalProps, "0", ua);
        QCOMPARE(r.status, 301);
        const QString context = QString::fromLatin1(r.header("Location"));
        QCOMPARE(anonymous.request("PROPFIND", context, principalProps, "0", ua).status, 401);
        r = ios.request("PROPFIND", context, principalProps, "0", ua);
        QCOMPARE(r.status, 207);
        const QString principal = parseMultistatus(r.body).value(0).props.value(QStringLiteral("current-user-principal"));
        QCOMPARE(principal, QStringLiteral("/carddav/principals/%1/").arg(QString::fromLatin1(m_dav.user)));
        r = ios.request("OPTIONS", principal, {}, {}, ua);
        QCOMPARE(r.status, 200);
        QVERIFY(r.header("DAV").contains("addressbook"));
        r = ios.request("PROPFIND", principal,
            propfind("<card:addressbook-home-set/><d:displayname/><d:principal-URL/><d:supported-report-set/>"
                     "<d:current-user-privilege-set/><d:resource-id/><cs:email-address-set/>"),
            "0", ua);
        QCOMPARE(r.status, 207);
        const DavResponse p = parseMultistatus(r.body).value(0);
        const QString home = p.props.value(QStringLiteral("addressbook-home-set"));
        QCOMPARE(home, QStringLiteral("/carddav/schools/%1/").arg(m_school));
        QVERIFY(p.missing.contains(QStringLiteral("resource-id")));
        QVERIFY(p.missing.contains(QStringLiteral("email-address-set")));
        r = ios.request("PROPFIND", home,
            propfind("<d:resourcetype/><d:displayname/><cs:getctag/><d:sync-token/><d:current-user-privilege-set/>"
                     "<d:supported-report-set/><d:quota-available-bytes/><card:max-image-size/>"),
            "1", ua);
        QCOMPARE(r.status, 207);
        const QList<DavResponse> listing = parseMultistatus(r.body);
        QCOMPARE(listing.size(), 2);
        const DavResponse *book = byHref(listing, m_book);
        QVERIFY(book);
        QVERIFY(book->props.value(QStringLiteral("resourcetype")).contains(QLatin1String("<addressbook/>")));
        QCOMPARE(book->props.value(QStringLiteral("current-user-privilege-set")),
            QStringLiteral("<privilege/><read/><privilege/><read-current-user-privilege-set/>"));
        QVERIFY(book->props.value(QStringLiteral("supported-report-set")).contains(QLatin1String("<sync-collection/>")));
        QVERIFY(!book->props.value(QStringLiteral("getctag")).isEmpty());
        QVERIFY(book->missing.contains(QStringLiteral("quota-available-bytes")));
        // The sync: sync-collection from nothing, then every card by multiget.
        QString token;
        r = ios.request("REPORT", m_book, syncCollection({}, "<d:getetag/><d:getcontenttype/>"), "1", ua);
        QCOMPARE(r.status, 207);
        const QList<DavResponse> all = parseMultistatus(r.body, &token);
        QVERIFY(all.size() > 20);
        QCOMPARE(token, book->props.value(QStringLiteral("sync-token")));
        QStringList hrefs;
        for (const DavResponse &d : all) {
            hrefs << d.href;
            QCOMPARE(d.props.value(QStringLiteral("getcontenttype")), QStringLiteral("text/vcard; charset=utf-8"));
        }
        r = ios.request("REPORT", m_book, multiget(hrefs), "1", ua);
        QCOMPARE(r.status, 207);
        const QList<DavResponse> cards = parseMultistatus(r.body);
        QCOMPARE(cards.size(), hrefs.size());
        for (const DavResponse &c : cards) {
            const QString vcard = c.props.value(QStringLiteral("address-data"));
            QVERIFY2(vcard.startsWith(QLatin1String("BEGIN:VCARD\r\nVERSION:3.0\r\n")), qPrintable(vcard.left(40)));
            QVERIFY(vcard.contains(QLatin1String("\r\nFN:")));
            QCOMPARE(c.props.value(QStringLiteral("getetag")), byHref(all, c.href)->props.value(QStringLiteral("getetag")));
        }
    }

    // DAVx5 (manual: service discovery, then per collection sync): the base URL as typed,
    // the well-known URL, the principal, the home set at depth 1, then the book's state,
    // sync-collection and multigets of 10 cards asking for vCard 4.0.
    void davx5DiscoverySequence()
    {
        DavClient davx5 = m_dav;
        davx5.address = nextTestAddress();
        const QList<QPair<QByteArray, QByteArray>> ua { { "User-Agent", "DAVx5/4.4.2-ose (dav4jvm; okhttp/4.12.0) Android/14" },
            { "Accept", "text/xml" } };
        const QByteArray discovery = propfind("<d:resourcetype/><d:displayname/><d:current-user-principal/>"
                                              "<card:addressbook-home-set/><d:current-user-privilege-set/>");
        Reply r = davx5.request("PROPFIND", QStringLiteral("/"), discovery, "0", ua);
        QCOMPARE(r.status, 207);
        QString principal = parseMultistatus(r.body).value(0).props.value(QStringLiteral("current-user-principal"));
        QVERIFY(principal.startsWith(QLatin1String("/carddav/principals/")));
        r = davx5.request("PROPFIND", QStringLiteral("/.well-known/carddav"), discovery, "0", ua);
        QCOMPARE(r.status, 301);
        r = davx5.request("PROPFIND", principal, propfind("<card:addressbook-home-set/><d:group-membership/>"), "0", ua);
        QCOMPARE(r.status, 207);
        const DavResponse p = parseMultistatus(r.body).value(0);
        const QString home = p.props.value(QStringLiteral("addressbook-home-set"));
        QVERIFY(p.missing.contains(QStringLiteral("group-membership")));
        r = davx5.request("PROPFIND", home,
            propfind("<d:resourcetype/><d:displayname/><d:owner/><d:current-user-privilege-set/>"
                     "<card:addressbook-description/><card:supported-address-data/>"),
            "1", ua);
        const QList<DavResponse> listing = parseMultistatus(r.body);
        const DavResponse *book = byHref(listing, m_book);
        QVERIFY(book);
        QVERIFY(book->props.value(QStringLiteral("supported-address-data")).contains(QLatin1String("<address-data-type/>")));
        QVERIFY(r.body.contains("version=\"4.0\""));
        QCOMPARE(book->props.value(QStringLiteral("owner")), principal);
        // The sync of the book.
        r = davx5.request("PROPFIND", m_book,
            propfind("<card:max-resource-size/><d:supported-report-set/><cs:getctag/><d:sync-token/>"), "0", ua);
        QCOMPARE(r.status, 207);
        QString token;
        r = davx5.request("REPORT", m_book, syncCollection({}, "<d:getetag/>"), "0", ua);
        const QList<DavResponse> all = parseMultistatus(r.body, &token);
        QVERIFY(!token.isEmpty());
        int fetched = 0;
        for (qsizetype i = 0; i < all.size(); i += 10) {
            QStringList batch;
            for (qsizetype j = i; j < std::min(all.size(), i + 10); ++j) {
                batch << all.at(j).href;
            }
            r = davx5.request("REPORT", m_book, multiget(batch, "<card:address-data content-type=\"text/vcard\" version=\"4.0\"/>"), "0", ua);
            QCOMPARE(r.status, 207);
            for (const DavResponse &c : parseMultistatus(r.body)) {
                QVERIFY(c.props.value(QStringLiteral("address-data")).startsWith(QLatin1String("BEGIN:VCARD\r\nVERSION:4.0\r\n")));
                ++fetched;
            }
        }
        QCOMPARE(fetched, all.size());
        // Nothing changed: the same token, an empty report.
        QString again;
        r = davx5.request("REPORT", m_book, syncCollection(token), "0", ua);
        QCOMPARE(parseMultistatus(r.body, &again).size(), 0);
        QCOMPARE(again, token);
    }

    // Thunderbird (CardDAV address books since 102): PROPFIND on the typed URL for the
    // principal and home, the home at depth 1, then sync-collection and multiget.
    void thunderbirdDiscoverySequence()
    {
        DavClient tb = m_dav;
        tb.address = nextTestAddress();
        const QList<QPair<QByteArray, QByteArray>> ua { { "User-Agent", "Mozilla/5.0 Thunderbird/115.10" } };
        Reply r = tb.request("PROPFIND", QStringLiteral("/carddav"),
            propfind("<d:resourcetype/><d:displayname/><d:current-user-privilege-set/><card:addressbook-home-set/><d:current-user-principal/>"),
            "1", ua);
        QCOMPARE(r.status, 207);
        const DavResponse root = parseMultistatus(r.body).value(0);
        QCOMPARE(root.href, QStringLiteral("/carddav/"));
        QCOMPARE(root.props.value(QStringLiteral("addressbook-home-set")), QStringLiteral("/carddav/schools/%1/").arg(m_school));
        r = tb.request("PROPFIND", QStringLiteral("/carddav/schools/%1").arg(m_school), // no slash: as typed
            propfind("<d:resourcetype/><d:displayname/><d:current-user-privilege-set/><cs:getctag/><d:sync-token/>"), "1", ua);
        QCOMPARE(r.status, 207);
        QVERIFY(byHref(parseMultistatus(r.body), m_book));
        QString token;
        r = tb.request("REPORT", m_book, syncCollection({}, "<d:getetag/>"), "1", ua);
        const QList<DavResponse> all = parseMultistatus(r.body, &token);
        r = tb.request("REPORT", m_book, multiget({ m_server.url() + all.first().href }), "1", ua); // an absolute URL href
        QCOMPARE(parseMultistatus(r.body).value(0).href, all.first().href);
        QVERIFY(!parseMultistatus(r.body).value(0).props.value(QStringLiteral("address-data")).isEmpty());
    }

    void propfindDepthsAndCards()
    {
        const QMap<QString, QString> tags = etags(m_dav);
        QVERIFY(tags.size() > 20);
        Reply r = m_dav.request("PROPFIND", m_book, propfind("<d:getetag/><d:resourcetype/>"), "0");
        QCOMPARE(parseMultistatus(r.body).size(), 1);
        const QString card = tags.firstKey();
        r = m_dav.request("PROPFIND", card, propfind("<d:getetag/><d:getcontenttype/><d:getcontentlength/><d:displayname/>"), "0");
        const DavResponse d = parseMultistatus(r.body).value(0);
        QCOMPARE(d.props.value(QStringLiteral("getetag")), tags.first());
        QVERIFY(d.missing.contains(QStringLiteral("displayname")));
        // allprop and an empty body.
        r = m_dav.request("PROPFIND", m_book, {}, "0");
        QVERIFY(parseMultistatus(r.body).value(0).props.contains(QStringLiteral("sync-token")));
        r = m_dav.request("PROPFIND", m_book, "<d:propfind xmlns:d=\"DAV:\"><d:allprop/></d:propfind>", "0");
        QVERIFY(parseMultistatus(r.body).value(0).props.contains(QStringLiteral("getctag")));
        r = m_dav.request("PROPFIND", m_book, "<d:propfind xmlns:d=\"DAV:\"><d:propname/></d:propfind>", "0");
        QVERIFY(parseMultistatus(r.body).value(0).props.value(QStringLiteral("sync-token")).isEmpty());
        QCOMPARE(m_dav.request("PROPFIND", m_book, {}, "2").status, 400);
        QCOMPARE(m_dav.request("PROPFIND", m_book + QStringLiteral("nobody.vcf"), {}, "0").status, 404);
        // Another school's book does not exist for this login.
        const QString other = m_server.createSchool(QStringLiteral("De Horizon"), true);
        QCOMPARE(m_dav.request("PROPFIND", QStringLiteral("/carddav/schools/%1/contacts/").arg(other), {}, "1").status, 404);
        QCOMPARE(m_dav.request("PROPFIND", QStringLiteral("/carddav/principals/kl-0123456789abcdef/"), {}, "0").status, 404);
    }

    void getCardWithEtag()
    {
        const QMap<QString, QString> tags = etags(m_dav);
        const QString card = tags.firstKey();
        Reply r = m_dav.request("GET", card);
        QCOMPARE(r.status, 200);
        QCOMPARE(QString::fromLatin1(r.header("ETag")), tags.first());
        QVERIFY(r.contentType.startsWith("text/vcard"));
        QVERIFY(r.body.startsWith("BEGIN:VCARD\r\nVERSION:3.0\r\n"));
        r = m_dav.request("GET", card, {}, {}, { { "If-None-Match", tags.first().toLatin1() } });
        QCOMPARE(r.status, 304);
        r = m_dav.request("GET", card, {}, {}, { { "Accept", "text/vcard; version=4.0" } });
        QVERIFY(r.body.startsWith("BEGIN:VCARD\r\nVERSION:4.0\r\n"));
        QCOMPARE(m_dav.request("HEAD", card).status, 200);
    }

    void writesAreRefused()
    {
        const QString card = etags(m_dav).firstKey();
        const QByteArray vcard = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Nieuw\r\nUID:x\r\nEND:VCARD\r\n";
        const struct
        {
            QByteArray method;
            QString path;
            QByteArray privilege;
        } cases[] = { { "PUT", card, "<d:write-content/>" }, { "PUT", m_book + QStringLiteral("new.vcf"), "<d:write-content/>" },
            { "DELETE", card, "<d:unbind/>" }, { "PROPPATCH", m_book, "<d:write-properties/>" },
            { "MKCOL", m_book + QStringLiteral("sub/"), "<d:bind/>" }, { "POST", m_book, "<d:write/>" } };
        for (const auto &c : cases) {
            const Reply r = m_dav.request(c.method, c.path, vcard, {}, { { "Content-Type", "text/vcard" } });
            QCOMPARE(r.status, 403);
            QVERIFY2(r.body.contains("<d:need-privileges>") && r.body.contains(c.privilege), r.body.constData());
        }
        // Nothing changed.
        QCOMPARE(etags(m_dav).value(card), etags(m_dav).value(card));
    }

    void hostileXml()
    {
        const QByteArray laughs = "<?xml version=\"1.0\"?><!DOCTYPE d:propfind [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">]>"
                                  "<d:propfind xmlns:d=\"DAV:\"><d:prop><d:displayname>&b;</d:displayname></d:prop></d:propfind>";
        QCOMPARE(m_dav.request("PROPFIND", m_book, laughs, "0").status, 400);
        const QByteArray external = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                                    "<d:propfind xmlns:d=\"DAV:\"><d:prop><d:displayname>&e;</d:displayname></d:prop></d:propfind>";
        Reply r = m_dav.request("REPORT", m_book, external, "0");
        QCOMPARE(r.status, 400);
        QVERIFY(!r.body.contains("root:"));
        QCOMPARE(m_dav.request("PROPFIND", m_book, "<d:propfind xmlns:d=\"DAV:\"><d:prop>", "0").status, 400);
        QCOMPARE(m_dav.request("PROPFIND", m_book, QByteArray("<d:propfind xmlns:d=\"DAV:\">") + QByteArray(40, 'x'), "0").status, 400);
        QByteArray deep = "<d:propfind xmlns:d=\"DAV:\"><d:prop>";
        for (int i = 0; i < 40; ++i) {
            deep += "<d:x>";
        }
        QCOMPARE(m_dav.request("PROPFIND", m_book, deep, "0").status, 400);
        QByteArray huge = multiget({});
        huge.insert(huge.indexOf("</card:addressbook-multiget>"), QByteArray(1100 * 1024, ' '));
        QCOMPARE(m_dav.request("REPORT", m_book, huge, "0").status, 400);
        r = m_dav.request("REPORT", m_book, "<x:free-busy-query xmlns:x=\"urn:ietf:params:xml:ns:caldav\"/>", "0");
        QCOMPARE(r.status, 403);
        QVERIFY(r.body.contains("supported-report"));
        // The server still answers.
        QCOMPARE(m_dav.request("PROPFIND", m_book, {}, "0").status, 207);
    }

    // Edits through the web admin reach CardDAV clients as exactly one changed card; a
    // delete as one 404; an old token from another epoch or a made-up one: 403.
    void syncCollectionFollowsAdminEdits()
    {
        Browser admin = signedIn();
        const QString token = currentToken(m_dav);
        const QJsonArray persons = admin.table(QStringLiteral("persons"));
        QVERIFY(!persons.isEmpty());
        const QString personId = persons.first().toObject().value(QStringLiteral("id")).toString();
        const QString href = m_book + personId + QStringLiteral(".vcf");
        const QMap<QString, QString> before = etags(m_dav);
        QVERIFY(before.contains(href));
        QCOMPARE(admin.post(QStringLiteral("/rows/persons/") + personId,
                         { { QStringLiteral("fields"), QJsonObject { { QStringLiteral("family_name"), QStringLiteral("Veranderd") } } } })
                     .status,
            200);
        QString next;
        Reply r = m_dav.request("REPORT", m_book, syncCollection(token, "<d:getetag/><card:address-data/>"), "1");
        QCOMPARE(r.status, 207);
        QList<DavResponse> changes = parseMultistatus(r.body, &next);
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.first().href, href);
        QVERIFY(changes.first().props.value(QStringLiteral("address-data")).contains(QLatin1String("Veranderd")));
        QVERIFY(changes.first().props.value(QStringLiteral("getetag")) != before.value(href));
        QVERIFY(next != token);
        const QMap<QString, QString> after = etags(m_dav);
        for (auto it = before.cbegin(); it != before.cend(); ++it) {
            QCOMPARE(after.value(it.key()) == it.value(), it.key() != href);
        }
        // The old token still answers (the edit again), the new one nothing.
        QCOMPARE(parseMultistatus(m_dav.request("REPORT", m_book, syncCollection(token), "1").body).size(), 1);
        QCOMPARE(parseMultistatus(m_dav.request("REPORT", m_book, syncCollection(next), "1").body).size(), 0);
        // A delete.
        QCOMPARE(admin.post(QStringLiteral("/rows/persons/") + personId + QStringLiteral("/delete"), QJsonObject {}).status, 200);
        QString afterDelete;
        changes = parseMultistatus(m_dav.request("REPORT", m_book, syncCollection(next), "1").body, &afterDelete);
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.first().href, href);
        QVERIFY(changes.first().status.contains(QLatin1String("404")));
        QVERIFY(!etags(m_dav).contains(href));
        QCOMPARE(m_dav.request("GET", href).status, 404);
        // Tokens the server did not make, or from before a restore (another epoch): 403
        // DAV:valid-sync-token, after which clients sync from the start.
        for (const QString &bad : { QStringLiteral("http://example.com/token/1"), afterDelete.left(afterDelete.lastIndexOf(QLatin1Char('/'))) + QStringLiteral("/999999"),
                 QStringLiteral("garbage") }) {
            r = m_dav.request("REPORT", m_book, syncCollection(bad), "1");
            QCOMPARE(r.status, 403);
            QVERIFY(r.body.contains("<d:valid-sync-token/>"));
        }
        QCOMPARE(m_server.cli({ QStringLiteral("rotate-epoch"), QStringLiteral("--school"), m_school }).exitCode, 0);
        r = m_dav.request("REPORT", m_book, syncCollection(afterDelete), "1");
        QCOMPARE(r.status, 403);
        QVERIFY(r.body.contains("<d:valid-sync-token/>"));
        r = m_dav.request("REPORT", m_book, syncCollection({}), "1");
        QCOMPARE(r.status, 207);
        QCOMPARE(parseMultistatus(r.body).size(), after.size() - 1);
    }

    // The school list as staff may see it: private-only values and anything of a
    // teacher's personal partners never appear in any answer; school-visible values do.
    void privacyNoPrivateValueInAnyAnswer()
    {
        Browser admin = signedIn();
        const Reply org = admin.post(QStringLiteral("/rows/organisations"),
            { { QStringLiteral("fields"),
                QJsonObject { { QStringLiteral("name"), QStringLiteral("Geheimorganisatie Zeven") }, { QStringLiteral("category"), QStringLiteral("zorg") },
                    { QStringLiteral("internal_contact"), QStringLiteral("Interne Ineke") }, { QStringLiteral("owner_role"), QStringLiteral("IB-rol-geheim") },
                    { QStringLiteral("visibility"), QStringLiteral(R"({"default":"school","fields":{"name":"private"}})") } } } });
        QCOMPARE(org.status, 200);
        const Reply person = admin.post(QStringLiteral("/rows/persons"),
            { { QStringLiteral("fields"),
                QJsonObject { { QStringLiteral("organisation_id"), org.json().value(QStringLiteral("id")).toString() },
                    { QStringLiteral("given_name"), QStringLiteral("Zichtbare") }, { QStringLiteral("family_name"), QStringLiteral("Schoolnaam") },
                    { QStringLiteral("mobile"), QStringLiteral("06-11112222") }, { QStringLiteral("landline"), QStringLiteral("030-9998877") },
                    { QStringLiteral("email"), QStringLiteral("prive.adres@voorbeeld.nl") },
                    { QStringLiteral("visibility"),
                        QStringLiteral(R"({"default":"school","fields":{"mobile":"private","email":"private","presence":"private"}})") } } } });
        QCOMPARE(person.status, 200);
        const QString personId = person.json().value(QStringLiteral("id")).toString();
        QCOMPARE(admin.post(QStringLiteral("/rows/presence"),
                         { { QStringLiteral("fields"),
                             QJsonObject { { QStringLiteral("organisation_id"), org.json().value(QStringLiteral("id")).toString() },
                                 { QStringLiteral("person_id"), personId }, { QStringLiteral("weekday"), 3 }, { QStringLiteral("start_min"), 600 },
                                 { QStringLiteral("end_min"), 660 }, { QStringLiteral("room"), QStringLiteral("Geheime kamer") } } } })
                     .status,
            200);
        // A personal partner pushed by a phone is refused by the server, so never served.
        const Enrolled phone = enrollRaw(m_server.url(), m_server.invite(m_school));
        QJsonObject personal = orgFields(QStringLiteral("Mijn Eigen Tandarts"));
        personal.insert(QStringLiteral("origin"), 1);
        const QJsonObject mutation { { QStringLiteral("id"), 1 }, { QStringLiteral("table"), QStringLiteral("organisations") },
            { QStringLiteral("row"), kl::newId() }, { QStringLiteral("op"), QStringLiteral("upsert") },
            { QStringLiteral("fields"), personal }, { QStringLiteral("base"), 0 } };
        const QJsonObject push { { QStringLiteral("client_id"), phone.clientId }, { QStringLiteral("mutations"), QJsonArray { mutation } } };
        (void)http("POST", m_server.url() + QStringLiteral("/api/v1/schools/%1/sync/push").arg(m_school), phone.token,
            QJsonDocument(push).toJson());

        // Every answer a client can get.
        QByteArray everything;
        auto collect = [&](const Reply &r) { everything += r.body; };
        collect(m_dav.request("PROPFIND", m_book, {}, "1"));
        QString token;
        const Reply all = m_dav.request("REPORT", m_book, syncCollection({}, "<d:getetag/><card:address-data/>"), "1");
        collect(all);
        QStringList hrefs;
        for (const DavResponse &d : parseMultistatus(all.body, &token)) {
            hrefs << d.href;
        }
        collect(m_dav.request("REPORT", m_book, multiget(hrefs, "<card:address-data version=\"4.0\"/>"), "1"));
        collect(m_dav.request("REPORT", m_book,
            "<card:addressbook-query xmlns:d=\"DAV:\" xmlns:card=\"urn:ietf:params:xml:ns:carddav\"><d:prop><card:address-data/></d:prop></card:addressbook-query>", "1"));
        for (const QString &h : hrefs) {
            collect(m_dav.request("GET", h));
            collect(m_dav.request("GET", h, {}, {}, { { "Accept", "text/vcard; version=4.0" } }));
        }
        const QString mine = m_book + personId + QStringLiteral(".vcf");
        QVERIFY(hrefs.contains(mine));
        QVERIFY(everything.contains("Schoolnaam"));
        QVERIFY(everything.contains("+31309998877")); // the landline is school-visible
        for (const QByteArray secret : { QByteArray("Geheimorganisatie"), QByteArray("+31611112222"), QByteArray("prive.adres"),
                 QByteArray("Geheime kamer"), QByteArray("Mijn Eigen Tandarts"), QByteArray("Interne Ineke"), QByteArray("IB-rol-geheim") }) {
            QVERIFY2(!everything.contains(secret), secret.constData());
        }
    }

    // The app's way: a sync-authenticated call makes a login for this device; revoking
    // the device ends it. The iOS profile carries the user name, never the password.
    void appCredentialRevokedWithTheDevice()
    {
        const Enrolled phone = enrollRaw(m_server.url(), m_server.invite(m_school));
        QVERIFY(!phone.token.isEmpty());
        const QString url = m_server.url() + QStringLiteral("/api/v1/schools/%1/carddav/credentials").arg(m_school);
        QCOMPARE(http("POST", url, {}, "{}").status, 401);
        const HttpResult made = http("POST", url, phone.token, R"({"label":"iPhone van Anna"})");
        QCOMPARE(made.status, 201);
        const QJsonObject o = made.json();
        QCOMPARE(o.value(QStringLiteral("url")).toString(), m_server.url() + QStringLiteral("/carddav/"));
        const QString user = o.value(QStringLiteral("username")).toString();
        const QString password = o.value(QStringLiteral("password")).toString();
        QVERIFY(password != QString::fromLatin1(phone.token));
        QVERIFY(o.value(QStringLiteral("davx5_url")).toString().startsWith(QStringLiteral("carddav://%1:%2@127.0.0.1:").arg(user, password)));
        const DavClient c { m_server.url(), user.toLatin1(), password.toLatin1() };
        QCOMPARE(c.request("PROPFIND", m_book, {}, "0").status, 207);
        // Another school's device cannot make a login for this school.
        const QString other = m_server.createSchool(QStringLiteral("Het Anker"));
        QCOMPARE(http("POST", m_server.url() + QStringLiteral("/api/v1/schools/%1/carddav/credentials").arg(other), phone.token, "{}").status, 403);

        const Reply profile = DavClient { m_server.url(), {}, {} }.request("GET", o.value(QStringLiteral("profile_url")).toString(), {});
        QCOMPARE(profile.status, 200);
        QCOMPARE(profile.contentType, QByteArray("application/x-apple-aspen-config"));
        QVERIFY(profile.body.contains("<string>com.apple.carddav.account</string>"));
        QVERIFY(profile.body.contains("<string>" + user.toLatin1() + "</string>"));
        QVERIFY(profile.body.contains("<key>CardDAVPrincipalURL</key>"));
        QVERIFY(!profile.body.contains(password.toLatin1()));
        QXmlStreamReader plist(profile.body);
        while (!plist.atEnd()) {
            plist.readNext();
        }
        QVERIFY2(!plist.hasError(), qPrintable(plist.errorString()));

        QCOMPARE(m_server.cli({ QStringLiteral("revoke"), QStringLiteral("--device"), phone.deviceId }).exitCode, 0);
        QCOMPARE(c.request("PROPFIND", m_book, {}, "0").status, 401);
        const DavClient anonymous { m_server.url(), {}, {} };
        QCOMPARE(anonymous.request("GET", o.value(QStringLiteral("profile_url")).toString()).status, 404);
        // The CLI's logins end with carddav-revoke.
        const DavClient cli = login();
        QCOMPARE(cli.request("PROPFIND", m_book, {}, "0").status, 207);
        QCOMPARE(m_server.cli({ QStringLiteral("carddav-revoke"), QStringLiteral("--username"), QString::fromLatin1(cli.user) }).exitCode, 0);
        QCOMPARE(cli.request("PROPFIND", m_book, {}, "0").status, 401);
    }
};

QTEST_MAIN(TestCardDav)
#include "tst_carddav.moc"
