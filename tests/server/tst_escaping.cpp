// Every value a writer puts into a vCard, an HTML page or a PDF is escaped for that format:
// hostile values (markup, quotes, CR/LF, ';', ',', '\', formula prefixes, control bytes)
// go through each writer, and an independent reader gets the same value back: python3's
// html.parser for the public page and the poster, python3-vobject for the vCard export
// (VCard::write), the public vCard and the offline QR payload, poppler's pdftotext and
// pdfinfo for the PDF poster. Nothing may add a line, a property, an element or an
// attribute of its own.
#include "posterpdf.h"
#include "publiccard.h"
#include "publicpages.h"
#include "sqlitestorage.h"
#include "vcard.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace kl;
using namespace kl::server;

namespace {

// Runs python3 with `script` on `file`; its standard output as JSON.
QJsonValue python(const QString &script, const QString &file)
{
    QProcess py;
    py.start(QStringLiteral("/usr/bin/python3"), { QStringLiteral("-c"), script, file });
    if (!py.waitForFinished(60000) || py.exitCode() != 0) {
        qWarning() << py.readAllStandardError();
        return {};
    }
    const QJsonDocument doc = QJsonDocument::fromJson(py.readAllStandardOutput());
    return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
}

QString run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

// Every property of every card, as python3-vobject reads it.
const char *kVobject = R"(
import json, sys, vobject
out = []
for card in vobject.readComponents(open(sys.argv[1], encoding='utf-8', newline='').read()):
    props = {}
    for child in card.getChildren():
        v = child.value
        if child.name == 'N':
            v = {'family': v.family, 'given': v.given}
        elif isinstance(v, bytes):
            v = len(v)
        elif isinstance(v, list):
            v = list(v)
        props.setdefault(child.name, []).append(v)
    out.append(props)
print(json.dumps(out))
)";

// The elements, attributes and texts of an HTML page, as python3's html.parser reads them.
const char *kHtml = R"(
import json, sys
from html.parser import HTMLParser
class P(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags, self.attrs, self.texts, self.stack = [], [], {}, []
    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        for k, v in attrs:
            self.attrs.append([tag, k, v])
        if tag not in ('meta', 'link', 'img', 'br'):
            self.stack.append((tag, dict(attrs).get('class', '')))
    def handle_endtag(self, tag):
        if self.stack and self.stack[-1][0] == tag:
            self.stack.pop()
    def handle_data(self, data):
        if self.stack:
            tag, cls = self.stack[-1]
            key = tag + ('.' + cls if cls else '')
            self.texts[key] = self.texts.get(key, '') + data
p = P()
p.feed(open(sys.argv[1], encoding='utf-8').read())
print(json.dumps({'tags': sorted(set(p.tags)), 'attrs': p.attrs, 'texts': p.texts}))
)";

QString hostile(const QString &base)
{
    return base + QStringLiteral(" <script>alert(\"x\")</script> & 'q' ; , \\ =1+2 @SUM(A1)");
}

PublicCard hostileCard()
{
    PublicCard c;
    c.schoolId = QStringLiteral("school-1");
    c.personId = QStringLiteral("person-1");
    c.slug = publiccard::slug(c.schoolId, c.personId);
    c.givenName = QStringLiteral("=HYPERLINK(\"http://x.example\")");
    c.familyName = hostile(QStringLiteral("Öztürk"));
    c.organisation = QStringLiteral("CJG; Team \"Noord\", <b>west</b> \\ 100%");
    c.functions = { QStringLiteral("-2+3 <img src=x onerror=alert(1)>"), QStringLiteral("@admin, zorg") };
    c.email = QStringLiteral("a\"onmouseover=\"alert(1)@cjg.example");
    c.website = QStringLiteral("https://cjg.example/zoek?q=%22%3E%3Cscript%3E&x=1;y=2");
    c.mobile = QStringLiteral("+31612345678");
    c.landline = QStringLiteral("+31301234567");
    return c;
}

} // namespace

class TestEscaping : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;

    QString save(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_tmp.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly)) {
            return {};
        }
        f.write(bytes);
        return path;
    }

private Q_SLOTS:
    void textEscapingOfOneValue_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("escaped");
        QTest::newRow("plain") << QStringLiteral("Ayşe") << QStringLiteral("Ayşe");
        QTest::newRow("separators") << QStringLiteral("a;b,c\\d") << QStringLiteral("a\\;b\\,c\\\\d");
        QTest::newRow("line breaks") << QStringLiteral("a\r\nb\nc\rd") << QStringLiteral("a\\nb\\nc\\nd");
        QTest::newRow("control bytes left out") << QStringLiteral("a\u0000b\u0001c\u007Fd\te") << QStringLiteral("abcd\te");
    }

    void textEscapingOfOneValue()
    {
        QFETCH(QString, value);
        QFETCH(QString, escaped);
        QCOMPARE(VCard::escape(value), escaped);
    }

    void uriAndPhoneValues_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("url");
        QTest::newRow("https") << QStringLiteral("https://cjg.example/") << QStringLiteral("https://cjg.example/");
        QTest::newRow("javascript") << QStringLiteral("javascript:alert(1)") << QString();
        QTest::newRow("data") << QStringLiteral("data:text/html,<script>") << QString();
        QTest::newRow("no host") << QStringLiteral("https:///x") << QString();
        QTest::newRow("CR LF") << QStringLiteral("https://a.example/\r\nTEL:+31600000000") << QString();
        QTest::newRow("encoded CR LF stays encoded")
            << QStringLiteral("https://a.example/%0D%0ATEL:1") << QStringLiteral("https://a.example/%0D%0ATEL:1");
        QTest::newRow("quote and space") << QStringLiteral("https://a.example/a%20b%22c") << QStringLiteral("https://a.example/a%20b%22c");
    }

    void uriAndPhoneValues()
    {
        QFETCH(QString, value);
        QFETCH(QString, url);
        QCOMPARE(VCard::webAddress(value), url);
        QCOMPARE(VCard::phoneNumber(QStringLiteral("+31 6 1234\r\nEMAIL:x@y;5678")), QStringLiteral("+31612345678"));
        QCOMPARE(VCard::phoneNumber(QStringLiteral("0344-123456")), QStringLiteral("0344123456"));
        QCOMPARE(VCard::phoneNumber(QStringLiteral("+")), QString());
    }

    // The school list's export and the app's "add to contacts" (vCard 4.0).
    void exportVCardReadsBackTheSameValues()
    {
        VCardData d;
        d.uid = QStringLiteral("p-1");
        d.givenName = QStringLiteral("=cmd|' /C calc'!A0");
        d.familyName = hostile(QStringLiteral("de Vries"));
        d.organisation = QStringLiteral("Bieb; \"De Boekenwurm\", Tiel \\ <i>");
        d.title = QStringLiteral("@SUM(1+1)*cmd|' /C calc'!A0");
        d.mobile = QStringLiteral("+31612345678\r\nTEL:+31699999999");
        d.landline = QStringLiteral("+31301234567");
        d.email = QStringLiteral("x,y;z@bieb.example");
        d.url = QStringLiteral("javascript:alert(document.cookie)");
        d.note = QStringLiteral("regel 1\r\nEND:VCARD\r\nBEGIN:VCARD\r\nFN:Injected\u0000");
        d.categories = { QStringLiteral("Zorg, welzijn"), QStringLiteral("a;b") };
        const QByteArray written = VCard::write(d);
        QVERIFY(!written.contains("javascript"));

        const QJsonArray cards = python(QString::fromUtf8(kVobject), save(QStringLiteral("export.vcf"), written)).toArray();
        QCOMPARE(cards.size(), 1);
        const QJsonObject c = cards.first().toObject();
        QCOMPARE(c.value(QStringLiteral("FN")).toArray().first().toString(), d.givenName + QLatin1Char(' ') + d.familyName.trimmed());
        const QJsonObject n = c.value(QStringLiteral("N")).toArray().first().toObject();
        QCOMPARE(n.value(QStringLiteral("family")).toString(), d.familyName.trimmed());
        QCOMPARE(n.value(QStringLiteral("given")).toString(), d.givenName);
        QCOMPARE(c.value(QStringLiteral("ORG")).toArray().first().toArray(), QJsonArray { d.organisation });
        QCOMPARE(c.value(QStringLiteral("TITLE")).toArray().first().toString(), d.title);
        QCOMPARE(c.value(QStringLiteral("EMAIL")).toArray().first().toString(), d.email);
        QCOMPARE(c.value(QStringLiteral("NOTE")).toArray().first().toString(),
            QStringLiteral("regel 1\nEND:VCARD\nBEGIN:VCARD\nFN:Injected"));
        QCOMPARE(c.value(QStringLiteral("CATEGORIES")).toArray().first().toArray(), (QJsonArray { d.categories[0], d.categories[1] }));
        QCOMPARE(c.value(QStringLiteral("TEL")).toArray(),
            (QJsonArray { QStringLiteral("tel:+3161234567831699999999"), QStringLiteral("tel:+31301234567") }));
        QVERIFY(!c.contains(QStringLiteral("URL")));
        const QStringList keys = c.keys();
        QCOMPARE(keys, (QStringList { QStringLiteral("CATEGORIES"), QStringLiteral("EMAIL"), QStringLiteral("FN"), QStringLiteral("KIND"),
                           QStringLiteral("N"), QStringLiteral("NOTE"), QStringLiteral("ORG"), QStringLiteral("PRODID"),
                           QStringLiteral("TEL"), QStringLiteral("TITLE"), QStringLiteral("UID"), QStringLiteral("VERSION") }));
    }

    // The public vCard download (3.0) and the offline QR, which carries the same card.
    void publicVCardAndOfflineQrReadBackTheSameValues_data()
    {
        QTest::addColumn<bool>("offline");
        QTest::newRow("download") << false;
        QTest::newRow("offline QR") << true;
    }

    void publicVCardAndOfflineQrReadBackTheSameValues()
    {
        QFETCH(bool, offline);
        PublicCard card = hostileCard();
        card.website = QStringLiteral("javascript:alert(1)"); // never a web address to a contacts app
        card.whatsapp = QStringLiteral("+31687654321\r\nEMAIL:evil@x.example");
        const QByteArray written = offline ? publiccard::offlineQrText(card, PublicLanguage::Dutch)
                                           : publiccard::vcard(card, PublicLanguage::Dutch,
                                               QStringLiteral("https://school.example/p/") + card.slug, false);
        const QJsonArray cards = python(QString::fromUtf8(kVobject), save(QStringLiteral("public.vcf"), written)).toArray();
        QCOMPARE(cards.size(), 1);
        const QJsonObject c = cards.first().toObject();
        QCOMPARE(c.value(QStringLiteral("FN")).toArray().first().toString(), card.displayName());
        const QJsonObject n = c.value(QStringLiteral("N")).toArray().first().toObject();
        QCOMPARE(n.value(QStringLiteral("family")).toString(), card.familyName);
        QCOMPARE(n.value(QStringLiteral("given")).toString(), card.givenName);
        QCOMPARE(c.value(QStringLiteral("ORG")).toArray().first().toArray(), QJsonArray { card.organisation });
        QCOMPARE(c.value(QStringLiteral("TITLE")).toArray().first().toString(), card.functions.join(QStringLiteral(", ")));
        QCOMPARE(c.value(QStringLiteral("EMAIL")).toArray().first().toString(), card.email);
        QCOMPARE(c.value(QStringLiteral("TEL")).toArray(),
            (QJsonArray { QStringLiteral("+31612345678"), QStringLiteral("+31687654321"), QStringLiteral("+31301234567") }));
        if (offline) {
            QVERIFY(!c.contains(QStringLiteral("URL")));
        } else {
            QCOMPARE(c.value(QStringLiteral("URL")).toArray(), QJsonArray { QStringLiteral("https://school.example/p/") + card.slug });
        }
        QVERIFY(!written.contains("javascript"));
        QVERIFY(!written.contains("EMAIL:evil"));
    }

    // The public page and the poster (HTML): no element or attribute the values bring, and
    // every text and attribute value reads back as it was.
    void pageAndPosterHtmlReadBackTheSameValues_data()
    {
        QTest::addColumn<bool>("poster");
        QTest::newRow("page") << false;
        QTest::newRow("poster") << true;
    }

    void pageAndPosterHtmlReadBackTheSameValues()
    {
        QFETCH(bool, poster);
        auto storage = SqliteStorage::open(m_tmp.filePath(QStringLiteral("data")));
        QVERIFY2(storage, storage ? "" : qPrintable(storage.error().message));
        PublicCardCache cache;
        const PublicPages pages(*storage.value(), cache, QUrl(QStringLiteral("https://school.example/")));
        const PublicCard card = hostileCard();
        const QByteArray html = poster ? pages.posterHtml(card, PublicLanguage::Dutch) : pages.pageHtml(card, PublicLanguage::Dutch);
        const QJsonObject o = python(QString::fromUtf8(kHtml), save(QStringLiteral("page.html"), html)).toObject();
        QVERIFY(!o.isEmpty());

        const QJsonArray tags = o.value(QStringLiteral("tags")).toArray();
        for (const QJsonValue &t : tags) {
            QVERIFY2(t.toString() != QLatin1String("script") && t.toString() != QLatin1String("b"), qPrintable(t.toString()));
        }
        const QJsonObject texts = o.value(QStringLiteral("texts")).toObject();
        QCOMPARE(texts.value(QStringLiteral("title")).toString(), card.displayName());
        QCOMPARE(texts.value(QStringLiteral("h1")).toString(), card.displayName());
        QCOMPARE(texts.value(QStringLiteral("p.org")).toString(), card.organisation);
        QCOMPARE(texts.value(QStringLiteral("p.role")).toString(), card.functions.join(QStringLiteral(", ")));

        QStringList hrefs;
        for (const QJsonValue &a : o.value(QStringLiteral("attrs")).toArray()) {
            const QString tag = a[0].toString(), name = a[1].toString(), value = a[2].toString();
            QVERIFY2(!name.startsWith(QLatin1String("on")), qPrintable(name)); // no event handler got in
            if (tag == QLatin1String("a") && name == QLatin1String("href")) {
                hrefs << value;
            }
        }
        if (!poster) {
            QVERIFY2(hrefs.contains(card.website), qPrintable(hrefs.join(QLatin1Char(' '))));
            QVERIFY(hrefs.contains(QStringLiteral("mailto:") + QString::fromLatin1(QUrl::toPercentEncoding(card.email, "@+"))));
        }
    }

    // The PDF poster: QPainter text, no markup; the values come back from the PDF's text and
    // its title metadata as they were.
    void posterPdfReadsBackTheSameValues()
    {
        PublicCard card = hostileCard();
        card.givenName = QStringLiteral("=1+2 (\\");
        card.familyName = QStringLiteral("<b>Öz</b> &amp; ) 'q'"); // short enough for the name's box
        const QString file = m_tmp.filePath(QStringLiteral("poster.pdf"));
        QVERIFY(writePosterPdf(card, QStringLiteral("https://school.example/p/") + card.slug, PublicLanguage::Dutch, file).ok());
        // Word wrapping may break a line anywhere white space or a '/' is: compared without it.
        auto bare = [](QString t) { return t.remove(QRegularExpression(QStringLiteral("\\s"))); };
        const QString text = bare(run(QStringLiteral("pdftotext"), { QStringLiteral("-raw"), file, QStringLiteral("-") }));
        QVERIFY2(text.contains(bare(card.organisation)), qPrintable(text));
        QVERIFY2(text.contains(bare(card.functions.join(QStringLiteral(", ")))), qPrintable(text));
        QVERIFY2(text.contains(bare(card.displayName())), qPrintable(text));
        const QString info = run(QStringLiteral("pdfinfo"), { file });
        QString title;
        for (const QString &line : info.split(QLatin1Char('\n'))) {
            if (line.startsWith(QLatin1String("Title:"))) {
                title = line.mid(6).trimmed();
            }
        }
        QCOMPARE(title, card.displayName());
    }
};

QTEST_MAIN(TestEscaping)
#include "tst_escaping.moc"
