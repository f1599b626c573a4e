// QR codes we draw must scan: with zxing-cpp (what the app uses on camera frames) and
// with zbarimg (an independent decoder, as a parent's phone camera would be), also
// rotated, blurred, scaled down, in perspective, with sensor noise, inside a 720p frame.
// Things that are not a QR code give nothing. And the payloads are understood.
#include "demodata.h"
#include "qrcode.h"
#include "scannedcode.h"
#include "syncprotocol.h"

#include <QPainter>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace kl;
using namespace kl::platform;

namespace {

const QString kVCard = QStringLiteral("BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Ayşe Öztürk\r\nN:Öztürk;Ayşe;;;\r\n"
                                      "ORG:CJG Overvecht\r\nTITLE:Schoolmaatschappelijk werker\r\n"
                                      "TEL;TYPE=cell;VALUE=uri:tel:+31612345678\r\nEMAIL:ayse@cjg.example.nl\r\n"
                                      "NOTE:Op school: dinsdag 8:30–12:00\\, kamer 12\r\nEND:VCARD\r\n");

QString invite()
{
    return sync::inviteLink(QUrl(QStringLiteral("https://partners.regenboog.example.nl")),
        QStringLiteral("WCJDtANJDdy1HXw7W-IRkJx2NeynWjRB-YU-lGlID_g"));
}

QImage onWhite(const QImage &code, int size)
{
    QImage out(size, size, QImage::Format_RGB32);
    out.fill(Qt::white);
    QPainter p(&out);
    p.drawImage((size - code.width()) / 2, (size - code.height()) / 2, code);
    return out;
}

QImage transformed(const QImage &src, const QTransform &t)
{
    QImage out(src.size(), QImage::Format_RGB32);
    out.fill(Qt::white);
    QPainter p(&out);
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    p.setTransform(QTransform::fromTranslate(-src.width() / 2.0, -src.height() / 2.0) * t
        * QTransform::fromTranslate(src.width() / 2.0, src.height() / 2.0));
    p.drawImage(0, 0, src);
    return out;
}

QImage blurred(const QImage &src, int factor)
{
    return src.scaled(src.size() / factor, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
        .scaled(src.size(), Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
}

QImage noisy(const QImage &src, int amplitude, quint32 seed)
{
    QImage out = src.convertToFormat(QImage::Format_Grayscale8);
    QRandomGenerator rng(seed);
    for (int y = 0; y < out.height(); ++y) {
        uchar *line = out.scanLine(y);
        for (int x = 0; x < out.width(); ++x) {
            line[x] = uchar(std::clamp(int(line[x]) + rng.bounded(-amplitude, amplitude + 1), 0, 255));
        }
    }
    return out;
}

// A phone photo of a poster on a table: 1280x720, uneven light, the code in perspective.
QImage cameraFrame(const QImage &code)
{
    QImage frame(1280, 720, QImage::Format_RGB32);
    QLinearGradient light(0, 0, 1280, 720);
    light.setColorAt(0, QColor(190, 180, 160));
    light.setColorAt(1, QColor(90, 85, 80));
    QPainter p(&frame);
    p.fillRect(frame.rect(), light);
    QPolygonF square { QPointF(0, 0), QPointF(code.width(), 0), QPointF(code.width(), code.height()),
        QPointF(0, code.height()) };
    QPolygonF onTable { QPointF(470, 160), QPointF(820, 190), QPointF(840, 560), QPointF(440, 540) };
    QTransform t;
    QTransform::quadToQuad(square, onTable, t);
    p.setTransform(t);
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    p.drawImage(0, 0, code);
    p.end();
    return noisy(frame, 18, 7);
}

std::optional<QString> zbar(const QImage &image)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("code.png"));
    if (!image.save(path)) {
        return std::nullopt;
    }
    QProcess p;
    p.start(QStringLiteral("zbarimg"), { QStringLiteral("--raw"), QStringLiteral("-q"), path });
    if (!p.waitForFinished(20000) || p.exitCode() != 0) {
        return std::nullopt;
    }
    QString out = QString::fromUtf8(p.readAllStandardOutput());
    if (out.endsWith(QLatin1Char('\n'))) {
        out.chop(1);
    }
    return out;
}

} // namespace

class TestQrCode : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("zbarimg")).isEmpty(),
            "zbarimg (Debian zbar-tools) is needed as the independent decoder");
    }

    void decodes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("variant");
        for (const QString &text : { invite(), kVCard, QStringLiteral("https://partners.example.nl/p/cjg-ayse-ozturk") }) {
            const QString name = text.left(12);
            for (const char *v : { "plain", "rotated 90", "rotated 180", "tilted 27", "scaled to 25%", "blurred",
                     "perspective", "noise", "720p camera frame" }) {
                QTest::newRow(qPrintable(name + QLatin1Char(' ') + QLatin1String(v))) << text << QString::fromLatin1(v);
            }
        }
    }
    void decodes()
    {
        QFETCH(QString, text);
        QFETCH(QString, variant);
        // Printed posters carry the code at about 1000 px; scaled to 25% that is what a
        // parent's camera gets from the back of the room.
        const QImage code = qrImage(text, variant == QLatin1String("scaled to 25%") ? 1000 : 480);
        QVERIFY(!code.isNull());
        const QImage base = onWhite(code, code.width() + 80);
        QImage image;
        if (variant == QLatin1String("plain")) {
            image = base;
        } else if (variant == QLatin1String("rotated 90")) {
            image = transformed(base, QTransform().rotate(90));
        } else if (variant == QLatin1String("rotated 180")) {
            image = transformed(base, QTransform().rotate(180));
        } else if (variant == QLatin1String("tilted 27")) {
            image = transformed(base.scaled(base.size() * 0.7), QTransform().rotate(27));
        } else if (variant == QLatin1String("scaled to 25%")) {
            image = base.scaled(base.size() / 4, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        } else if (variant == QLatin1String("blurred")) {
            image = blurred(base, 3);
        } else if (variant == QLatin1String("perspective")) {
            QTransform t;
            QPolygonF from { QPointF(0, 0), QPointF(base.width(), 0), QPointF(base.width(), base.height()),
                QPointF(0, base.height()) };
            QPolygonF to { QPointF(40, 20), QPointF(base.width() - 10, 60), QPointF(base.width() - 50, base.height() - 20),
                QPointF(10, base.height() - 70) };
            QVERIFY(QTransform::quadToQuad(from, to, t));
            QImage out(base.size(), QImage::Format_RGB32);
            out.fill(Qt::white);
            QPainter p(&out);
            p.setRenderHint(QPainter::SmoothPixmapTransform);
            p.setTransform(t);
            p.drawImage(0, 0, base);
            p.end();
            image = out;
        } else if (variant == QLatin1String("noise")) {
            // Sensor noise as a camera delivers it: grainy, then softened by the lens.
            image = blurred(noisy(base, 50, 42), 2);
        } else {
            image = cameraFrame(code);
        }
        const auto ours = decodeQr(image);
        QVERIFY2(ours.has_value(), "zxing-cpp could not read it");
        QCOMPARE(*ours, text);
        if (variant == QLatin1String("720p camera frame")) {
            return; // camera frames are the app's job, and the app decodes them with zxing-cpp
        }
        const auto theirs = zbar(image);
        QVERIFY2(theirs.has_value(), "zbarimg could not read it");
        QCOMPARE(*theirs, text);
    }

    void notAQrCode_data()
    {
        QTest::addColumn<QImage>("image");
        QImage blank(640, 480, QImage::Format_RGB32);
        blank.fill(Qt::white);
        QTest::newRow("blank") << blank;
        QTest::newRow("noise") << noisy(blank, 127, 3);
        QImage text = blank;
        QPainter p(&text);
        p.setFont(QFont(QStringLiteral("DejaVu Sans"), 28));
        p.drawText(text.rect(), Qt::AlignCenter, QStringLiteral("Koffieochtend woensdag 8:30"));
        p.end();
        QTest::newRow("printed text") << text;
        QTest::newRow("null image") << QImage();
    }
    void notAQrCode()
    {
        QFETCH(QImage, image);
        QVERIFY(!decodeQr(image).has_value());
    }

    void fromFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("screenshot.png"));
        QVERIFY(onWhite(qrImage(invite(), 300), 400).save(path));
        QCOMPARE(decodeQrFile(path).value_or(QString()), invite());
        QVERIFY(!decodeQrFile(dir.filePath(QStringLiteral("missing.png"))).has_value());
    }

    void payloadsAreUnderstood()
    {
        const ScannedCode joined = ScannedCode::classify(*decodeQr(qrImage(invite(), 300)));
        QCOMPARE(joined.kind, ScannedCode::Kind::Invite);
        QCOMPARE(joined.invite->server.host(), QStringLiteral("partners.regenboog.example.nl"));

        const ScannedCode card = ScannedCode::classify(*decodeQr(qrImage(kVCard, 300)));
        QCOMPARE(card.kind, ScannedCode::Kind::Contact);
        QCOMPARE(card.contact->displayName(), QStringLiteral("Ayşe Öztürk"));
        QCOMPARE(card.contact->mobile, QStringList { QStringLiteral("+31612345678") });

        QCOMPARE(ScannedCode::classify(QStringLiteral("MECARD:N:Jansen,Chloë;TEL:0612345678;;")).kind,
            ScannedCode::Kind::Contact);
        QCOMPARE(ScannedCode::classify(QStringLiteral("https://partners.example.nl/p/logo")).kind,
            ScannedCode::Kind::WebAddress);

        for (const QString &other : { QStringLiteral("WIFI:S:SchoolGast;T:WPA;P:geheim;;"), QStringLiteral("12345"),
                 QStringLiteral("kortelijn://join?server=ftp://x&invite=short"), QStringLiteral("BEGIN:VCARD\nFN:X\n"),
                 QString() }) {
            const ScannedCode c = ScannedCode::classify(other);
            QVERIFY2(c.kind == ScannedCode::Kind::Unknown, qPrintable(other));
            QVERIFY2(!c.problem.isEmpty(), qPrintable(other)); // explained, never silently dropped
        }
    }
};

QTEST_MAIN(TestQrCode)
#include "tst_qrcode.moc"
