// The phone packaging files are not built here (no Android/iOS kit in CI), so this checks
// what can be checked without one: they are well-formed and ask for exactly the
// permissions the app uses, with the iOS usage texts in Dutch and English, and iOS may
// ask canOpenURL: about every scheme the app's links open there.
#include "channelurl.h"
#include "iosrequest.h"

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
                 QStringLiteral("NSLocationWhenInUseUsageDescription"), QStringLiteral("NSContactsUsageDescription") }) {
            QVERIFY2(!values.value(k).isEmpty(), qPrintable(k));
            QVERIFY2(!nl.value(k).isEmpty(), qPrintable(k));
            QVERIFY2(!en.value(k).isEmpty(), qPrintable(k));
            QVERIFY(nl.value(k) != en.value(k));
        }
        QVERIFY(values.value(QStringLiteral("NSCameraUsageDescription")).contains(QStringLiteral("camera")));
        QVERIFY(en.value(QStringLiteral("NSLocationWhenInUseUsageDescription")).contains(QStringLiteral("Where am I?")));
        QVERIFY(nl.value(QStringLiteral("NSLocationWhenInUseUsageDescription")).contains(QStringLiteral("Waar ben ik?")));
        QVERIFY(!values.contains(QStringLiteral("NSLocationAlwaysAndWhenInUseUsageDescription"))); // never in the background
        // The contacts text names the button the teacher taps, in each language.
        QVERIFY(nl.value(QStringLiteral("NSContactsUsageDescription")).contains(QStringLiteral("Toevoegen aan contacten")));
        QVERIFY(en.value(QStringLiteral("NSContactsUsageDescription")).contains(QStringLiteral("Add to my phone's contacts")));
    }

    // canOpenURL: answers NO for a scheme missing from LSApplicationQueriesSchemes, and the
    // launcher then reports "no app": every scheme a channel link opens on iOS is listed.
    void iosQueriedSchemes()
    {
        QXmlStreamReader xml(read(QStringLiteral("ios/Info.plist")));
        QStringList schemes;
        bool inQueries = false;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("key")) {
                inQueries = xml.readElementText() == QLatin1String("LSApplicationQueriesSchemes");
            } else if (inQueries && xml.isStartElement() && xml.name() == QLatin1String("string")) {
                schemes << xml.readElementText();
            } else if (xml.isEndElement() && xml.name() == QLatin1String("array")) {
                inQueries = false;
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        const QString text = QString::fromUtf8("Hoi Zoë,\nkun je morgen? & #1 👍");
        for (const kl::Channel channel : { kl::Channel::Call, kl::Channel::Sms, kl::Channel::WhatsApp, kl::Channel::Email }) {
            const auto url = kl::ChannelUrl::build(channel,
                channel == kl::Channel::Email ? QStringLiteral("a.b@example.nl") : QStringLiteral("+31612345678"), text,
                QStringLiteral("Vraag"));
            QVERIFY(url.ok());
            const auto request = kl::platform::iosRequestForUrl(url.value());
            if (!request.url.isEmpty()) {
                QVERIFY2(schemes.contains(request.url.scheme()), qPrintable(request.url.scheme()));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestPackaging)
#include "tst_packaging.moc"
