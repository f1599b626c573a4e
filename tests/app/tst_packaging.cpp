// The phone packaging files are not built here (no Android/iOS kit in CI), so this checks
// what can be checked without one: they are well-formed and ask for exactly the
// permissions the app uses, with the iOS usage texts in Dutch and English.
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

class TestPackaging : public QObject
{
    Q_OBJECT

    static QByteArray read(const QString &relative)
    {
        QFile f(QStringLiteral(KL_SOURCE_DIR "/") + relative);
        if (!f.open(QIODevice::ReadOnly)) {
            qWarning("cannot read %s", qPrintable(relative));
            return {};
        }
        return f.readAll();
    }

    static QMap<QString, QString> strings(const QString &relative)
    {
        QMap<QString, QString> out;
        static const QRegularExpression line(QStringLiteral("^\"(\\w+)\"\\s*=\\s*\"((?:[^\"\\\\]|\\\\.)*)\";$"),
            QRegularExpression::MultilineOption);
        auto it = line.globalMatch(QString::fromUtf8(read(relative)));
        while (it.hasNext()) {
            const auto m = it.next();
            out.insert(m.captured(1), m.captured(2));
        }
        return out;
    }

private Q_SLOTS:
    void androidPermissions()
    {
        QXmlStreamReader xml(read(QStringLiteral("android/AndroidManifest.xml")));
        QSet<QString> permissions;
        bool cameraOptional = false;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("uses-permission")) {
                permissions << xml.attributes().value(QStringLiteral("android:name")).toString();
            }
            if (xml.isStartElement() && xml.name() == QLatin1String("uses-feature")
                && xml.attributes().value(QStringLiteral("android:name")) == QLatin1String("android.hardware.camera")) {
                cameraOptional = xml.attributes().value(QStringLiteral("android:required")) == QLatin1String("false");
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        const QSet<QString> expected { QStringLiteral("android.permission.INTERNET"),
            QStringLiteral("android.permission.ACCESS_NETWORK_STATE"), QStringLiteral("android.permission.CAMERA"),
            QStringLiteral("android.permission.ACCESS_FINE_LOCATION"),
            QStringLiteral("android.permission.ACCESS_COARSE_LOCATION") };
        QCOMPARE(permissions, expected);
        QVERIFY2(cameraOptional, "phones without a camera must still install the app");
        QVERIFY(!permissions.contains(QStringLiteral("android.permission.ACCESS_BACKGROUND_LOCATION")));
    }

    void iosUsageStrings()
    {
        const QByteArray plist = read(QStringLiteral("ios/Info.plist"));
        QXmlStreamReader xml(plist);
        QMap<QString, QString> values;
        QString key;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("key")) {
                key = xml.readElementText();
            } else if (xml.isStartElement() && xml.name() == QLatin1String("string") && !key.isEmpty()) {
                values.insert(key, xml.readElementText());
                key.clear();
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(values.value(QStringLiteral("CFBundleDevelopmentRegion")), QStringLiteral("nl"));
        const auto nl = strings(QStringLiteral("ios/nl.lproj/InfoPlist.strings"));
        const auto en = strings(QStringLiteral("ios/en.lproj/InfoPlist.strings"));
        for (const QString &k : { QStringLiteral("NSCameraUsageDescription"),
                 QStringLiteral("NSLocationWhenInUseUsageDescription") }) {
            QVERIFY2(!values.value(k).isEmpty(), qPrintable(k));
            QVERIFY2(!nl.value(k).isEmpty(), qPrintable(k));
            QVERIFY2(!en.value(k).isEmpty(), qPrintable(k));
            QVERIFY(nl.value(k) != en.value(k));
        }
        QVERIFY(values.value(QStringLiteral("NSCameraUsageDescription")).contains(QStringLiteral("camera")));
        QVERIFY(en.value(QStringLiteral("NSLocationWhenInUseUsageDescription")).contains(QStringLiteral("Where am I?")));
        QVERIFY(nl.value(QStringLiteral("NSLocationWhenInUseUsageDescription")).contains(QStringLiteral("Waar ben ik?")));
        QVERIFY(!values.contains(QStringLiteral("NSLocationAlwaysAndWhenInUseUsageDescription"))); // never in the background
    }
};

QTEST_GUILESS_MAIN(TestPackaging)
#include "tst_packaging.moc"
