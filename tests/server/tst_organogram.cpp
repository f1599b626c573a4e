// The "wie doet wat" SVG checked for its structure, read back with QXmlStreamReader and
// drawn by QtSvg: every role, person and partner exactly once, the gaps marked (a role
// without a deputy, partners without an owner), text escaped, no script anywhere.
#include "organogram.h"
#include "testsupport.h"

#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QSvgRenderer>
#include <QTest>
#include <QXmlStreamReader>

using namespace kl;
using namespace kltest;

class TestOrganogram : public QObject
{
    Q_OBJECT

    struct Read
    {
        QStringList roles, partners, persons, classes, texts;
        QStringList partnersUnderNoOwner;
        bool script = false;
        bool wellFormed = false;
    };

    static Read read(const QByteArray &svg)
    {
        Read out;
        QXmlStreamReader xml(svg);
        int noOwnerDepth = 0;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement()) {
                const auto a = xml.attributes();
                if (xml.name() == QLatin1String("script") || a.hasAttribute(QStringLiteral("onload"))) {
                    out.script = true;
                }
                const QString cls = a.value(QStringLiteral("class")).toString();
                out.classes << cls;
                if (noOwnerDepth > 0) {
                    ++noOwnerDepth;
                } else if (cls.split(QLatin1Char(' ')).contains(QStringLiteral("no-owner"))) {
                    noOwnerDepth = 1;
                }
                if (a.hasAttribute(QStringLiteral("data-role"))) {
                    out.roles << a.value(QStringLiteral("data-role")).toString();
                }
                if (a.hasAttribute(QStringLiteral("data-partner"))) {
                    out.partners << a.value(QStringLiteral("data-partner")).toString();
                    if (noOwnerDepth > 0) {
                        out.partnersUnderNoOwner << a.value(QStringLiteral("data-partner")).toString();
                    }
                }
                if (a.hasAttribute(QStringLiteral("data-person"))) {
                    out.persons << a.value(QStringLiteral("data-person")).toString();
                }
                if (xml.name() == QLatin1String("text")) {
                    out.texts << xml.readElementText();
                    if (noOwnerDepth > 0) {
                        --noOwnerDepth;
                    }
                }
            } else if (xml.isEndElement() && noOwnerDepth > 0) {
                --noOwnerDepth;
            }
        }
        out.wellFormed = !xml.hasError();
        return out;
    }

    // A tool's standard output; nullopt when it failed.
    static std::optional<QByteArray> run(const QString &program, const QStringList &args)
    {
        QProcess p;
        p.start(program, args);
        if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
            return std::nullopt;
        }
        return p.readAllStandardOutput();
    }

private Q_SLOTS:
    void printsOnOneLandscapePageOfA4OrA3()
    {
        // The coordinator's printout: the demo school's picture on one page, landscape, as a
        // print shop's tools (poppler) read it, text and all.
        ServerProcess server;
        const QString school = server.createSchool(QStringLiteral("Basisschool De Regenboog"), true);
        QVERIFY(!school.isEmpty());
        const struct { const char *paper; double width, height; } papers[] = { { "a4", 841.89, 595.28 }, { "a3", 1190.55, 841.89 } };
        for (const auto &paper : papers) {
            const QString pdf = server.dataDir() + QStringLiteral("/wie-doet-wat-%1.pdf").arg(QLatin1String(paper.paper));
            const CliResult r = server.cli({ QStringLiteral("organogram"), QStringLiteral("--school"), school, QStringLiteral("--out"), pdf,
                QStringLiteral("--paper"), QLatin1String(paper.paper) });
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            QCOMPARE(r.value(QStringLiteral("roles")), QStringLiteral("8"));
            const QString info = QString::fromUtf8(run(QStringLiteral("pdfinfo"), { pdf }).value_or(QByteArray()));
            QVERIFY2(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+1\\n"))), qPrintable(info));
            const auto size = QRegularExpression(QStringLiteral("Page size:\\s+([\\d.]+) x ([\\d.]+) pts")).match(info);
            QVERIFY2(size.hasMatch(), qPrintable(info));
            QVERIFY2(qAbs(size.captured(1).toDouble() - paper.width) < 1 && qAbs(size.captured(2).toDouble() - paper.height) < 1, qPrintable(info));
            QVERIFY(info.contains(QStringLiteral("Wie doet wat")));
            // Rasterised as a print shop would: the page is landscape, drawn on, and the two
            // gaps (the role without a deputy, the partner without an owner) show in red.
            const QString png = pdf.chopped(4);
            QVERIFY(run(QStringLiteral("pdftoppm"), { QStringLiteral("-r"), QStringLiteral("50"), QStringLiteral("-png"),
                QStringLiteral("-singlefile"), pdf, png }));
            const QImage page(png + QStringLiteral(".png"));
            QVERIFY(!page.isNull() && page.width() > page.height());
            int red = 0;
            int ink = 0;
            for (int y = 0; y < page.height(); ++y) {
                for (int x = 0; x < page.width(); ++x) {
                    const QColor c = page.pixelColor(x, y);
                    red += c.red() > 140 && c.green() < 90 && c.blue() < 90;
                    ink += c.lightness() < 128;
                }
            }
            QVERIFY2(red > 20, qPrintable(QString::number(red)));
            QVERIFY2(ink > 500, qPrintable(QString::number(ink)));
        }
        // Wrong options are refused with a line that says what is allowed; nothing written.
        const QString a5 = server.dataDir() + QStringLiteral("/a5.pdf");
        const CliResult wrong = server.cli({ QStringLiteral("organogram"), QStringLiteral("--school"), school, QStringLiteral("--out"), a5,
            QStringLiteral("--paper"), QStringLiteral("a5") });
        QVERIFY(wrong.exitCode != 0);
        QVERIFY2(wrong.err.contains(QStringLiteral("--paper is a4 or a3")), qPrintable(wrong.err));
        QVERIFY(!QFile::exists(a5));
        QVERIFY(server.cli({ QStringLiteral("organogram"), QStringLiteral("--school"), QStringLiteral("nope"), QStringLiteral("--out"), a5 }).exitCode != 0);
    }

    void everyoneOnceAndGapsMarked()
    {
        const QList<organogram::Role> roles {
            { QStringLiteral("r-ib"), QStringLiteral("IB'er"), QStringLiteral("Fatima El Amrani"), QStringLiteral("Ruud Visser"), 1 },
            { QStringLiteral("r-cult"), QStringLiteral("Cultuurcoördinator"), QStringLiteral("Jasper de Graaf"), QString(), 2 },
            { QStringLiteral("r-taal"), QStringLiteral("Taal <coördinator> & lezen"), QStringLiteral("Sophie van Dam"),
                QStringLiteral("Karin de Jong"), 3 },
        };
        const QList<organogram::Partner> partners {
            { QStringLiteral("o-cjg"), QStringLiteral("CJG Overvecht"), QStringLiteral("jeugdzorg"), QStringLiteral("r-ib") },
            { QStringLiteral("o-logo"), QStringLiteral("Logopediepraktijk Spraakwater met een heel lange naam die afbreekt"),
                QStringLiteral("zorg"), QStringLiteral("r-ib") },
            { QStringLiteral("o-bieb"), QStringLiteral("Bibliotheek Overvecht"), QStringLiteral("bibliotheek"), QStringLiteral("r-taal") },
            { QStringLiteral("o-muz"), QStringLiteral("Muziekschool"), QStringLiteral("cultuur"), QStringLiteral("r-cult") },
            { QStringLiteral("o-mitros"), QStringLiteral("Mitros"), QStringLiteral("gemeente"), QString() },
            { QStringLiteral("o-old"), QStringLiteral("Oude tekst-eigenaar"), QStringLiteral("overig"), QStringLiteral("directeur") },
        };
        const QByteArray svg = organogram::svg(QStringLiteral("De Regenboog"), roles, partners, PublicLanguage::Dutch);
        const Read r = read(svg);
        QVERIFY(r.wellFormed);
        QVERIFY(!r.script);
        QStringList roleIds = r.roles;
        roleIds.sort();
        QCOMPARE(roleIds, (QStringList { QStringLiteral("r-cult"), QStringLiteral("r-ib"), QStringLiteral("r-taal") }));
        QStringList partnerIds = r.partners;
        partnerIds.sort();
        QCOMPARE(partnerIds, (QStringList { QStringLiteral("o-bieb"), QStringLiteral("o-cjg"), QStringLiteral("o-logo"),
                                  QStringLiteral("o-mitros"), QStringLiteral("o-muz"), QStringLiteral("o-old") }));
        for (const QString &person : { QStringLiteral("Fatima El Amrani"), QStringLiteral("Ruud Visser"), QStringLiteral("Jasper de Graaf"),
                 QStringLiteral("Sophie van Dam"), QStringLiteral("Karin de Jong") }) {
            QCOMPARE(r.persons.count(person), 1);
        }
        QCOMPARE(r.persons.size(), 5);
        // The gaps: exactly one role without a deputy, and the two partners without an owner.
        QCOMPARE(r.classes.count(QStringLiteral("role gap no-deputy")), 1);
        QStringList ownerless = r.partnersUnderNoOwner;
        ownerless.sort();
        QCOMPARE(ownerless, (QStringList { QStringLiteral("o-mitros"), QStringLiteral("o-old") }));
        QVERIFY(r.texts.contains(QStringLiteral("geen vervanger")));
        QVERIFY(r.texts.contains(QStringLiteral("Zonder eigenaar")));
        QVERIFY(r.texts.contains(QStringLiteral("Jeugdzorg")) && r.texts.contains(QStringLiteral("Bibliotheek")));
        QVERIFY(svg.contains("&lt;coördinator&gt; &amp;") || svg.contains("&lt;coördinator&gt;"));
        QVERIFY(!svg.contains("<coördinator>"));
        // A long name wraps onto lines no wider than the box.
        for (const QString &t : r.texts) {
            QVERIFY2(t.size() <= 30 || !t.contains(QLatin1Char(' ')), qPrintable(t));
        }

        // QtSvg draws it (the app shows the same picture).
        QSvgRenderer renderer(svg);
        QVERIFY(renderer.isValid());
        QImage image(renderer.defaultSize(), QImage::Format_ARGB32);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        renderer.render(&painter);
        painter.end();
        QVERIFY(image.width() >= 4 * 250);
        QCOMPARE(image.pixelColor(5, 5), QColor(Qt::white));
        if (const QByteArray out = qgetenv("KL_ORGANOGRAM_PNG"); !out.isEmpty()) {
            QVERIFY(image.save(QString::fromLocal8Bit(out)));
        }
    }

    void englishAndEmpty()
    {
        const QByteArray svg = organogram::svg(QStringLiteral("School"), {}, {}, PublicLanguage::English);
        const Read r = read(svg);
        QVERIFY(r.wellFormed);
        QVERIFY(r.roles.isEmpty() && r.partners.isEmpty());
        QVERIFY(r.texts.first().startsWith(QStringLiteral("Who does what")));
    }
};

QTEST_MAIN(TestOrganogram) // text needs fonts: a QGuiApplication
#include "tst_organogram.moc"
