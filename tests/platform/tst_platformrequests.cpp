// What a phone is asked to do for every link the app makes: the Android intent (action,
// data, extras, package) and the iOS request (URL or composer) for calls, SMS and
// WhatsApp with text, e-mail with subject and text, sharing and adding a contact. The
// links come from the real ChannelUrl; the text must arrive exactly as the teacher wrote
// it (newlines, &, #, +, %, emoji, diacritics), and no file: URL may ever be handed over.
#include "androidintent.h"
#include "channelurl.h"
#include "iosrequest.h"

#include <QTest>
#include <QUrlQuery>

using namespace kl;
using kl::platform::AndroidIntent;
using kl::platform::IosRequest;

namespace {

const QString kMobile = QStringLiteral("+31612345678");
const QString kMail = QStringLiteral("henk.dijkstra@utrecht.nl");

// The decoded value of a query field, read the way a receiving app does (RFC 3986: a
// '+' is a plus, not a space).
QString field(const QUrl &url, const QString &name)
{
    return QUrlQuery(url).queryItemValue(name, QUrl::FullyDecoded);
}

QString lf(QString text)
{
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    return text;
}

} // namespace

class TestPlatformRequests : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void channelLinks_data()
    {
        QTest::addColumn<int>("channel");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("subject");
        const QList<std::pair<const char *, QString>> texts {
            { "plain", QStringLiteral("Hoi Henk") },
            { "empty", QString() },
            { "newlines", QStringLiteral("Beste Henk,\n\nKun je morgen?\nGroet") },
            { "crlf", QStringLiteral("regel 1\r\nregel 2") },
            { "reserved", QStringLiteral("Ja & nee #1 a=b?c+d 50% /x") },
            { "emoji", QString::fromUtf8("Dank je 👍🏽 tot straks 🎉") },
            { "diacritics", QString::fromUtf8("Zoë, Chloë, Daniël en Ayşe Öztürk – één café") },
        };
        const QList<std::pair<const char *, Channel>> channels { { "call", Channel::Call },
            { "sms", Channel::Sms }, { "whatsapp", Channel::WhatsApp }, { "email", Channel::Email } };
        for (const auto &[channelName, channel] : channels) {
            for (const auto &[textName, text] : texts) {
                const QString subject = channel == Channel::Email ? QString::fromUtf8("Leerplicht: verlof & ziek? #3 ë")
                                                                  : QString();
                QTest::addRow("%s %s", channelName, textName) << int(channel) << text << subject;
            }
        }
    }

    void channelLinks()
    {
        QFETCH(int, channel);
        QFETCH(QString, text);
        QFETCH(QString, subject);
        const auto ch = static_cast<Channel>(channel);
        const auto url = ChannelUrl::build(ch, ch == Channel::Email ? kMail : kMobile, text, subject);
        QVERIFY(url.ok());
        const AndroidIntent a = platform::androidIntentForUrl(url.value());
        const IosRequest i = platform::iosRequestForUrl(url.value());
        const QString body = lf(text);
        QVERIFY(a.chooserTitle.isEmpty());
        QVERIFY(a.mimeType.isEmpty());

        switch (ch) {
        case Channel::Call:
            QCOMPARE(a.action, QStringLiteral("android.intent.action.DIAL")); // no CALL_PHONE permission
            QCOMPARE(a.data, QStringLiteral("tel:+31612345678"));
            QVERIFY(a.extras.isEmpty());
            QVERIFY(a.packages.isEmpty());
            QCOMPARE(i.kind, IosRequest::Kind::OpenUrl);
            QCOMPARE(i.url.toString(QUrl::FullyEncoded), QStringLiteral("tel:+31612345678"));
            break;
        case Channel::Sms:
            QCOMPARE(a.action, QStringLiteral("android.intent.action.SENDTO"));
            QCOMPARE(a.data, QStringLiteral("smsto:+31612345678")); // the text is not in the URI
            QCOMPARE(a.extras.size(), body.isEmpty() ? 0 : 1);
            QCOMPARE(a.extra(QStringLiteral("sms_body")).toString(), body);
            QVERIFY(a.packages.isEmpty()); // the teacher's own SMS app
            QCOMPARE(i.kind, IosRequest::Kind::Message);
            QCOMPARE(i.recipients, QStringList { kMobile });
            QCOMPARE(i.body, body);
            break;
        case Channel::WhatsApp: {
            QCOMPARE(a.action, QStringLiteral("android.intent.action.VIEW"));
            const QUrl data(a.data, QUrl::StrictMode);
            QCOMPARE(data.host(), QStringLiteral("wa.me"));
            QCOMPARE(data.path(), QStringLiteral("/31612345678"));
            QCOMPARE(field(data, QStringLiteral("text")), body);
            QCOMPARE(a.packages, (QStringList { QStringLiteral("com.whatsapp"), QStringLiteral("com.whatsapp.w4b") }));
            QVERIFY(a.extras.isEmpty());
            QCOMPARE(i.kind, IosRequest::Kind::OpenUrl);
            QCOMPARE(i.url.scheme(), QStringLiteral("whatsapp"));
            QCOMPARE(i.url.host(), QStringLiteral("send"));
            QCOMPARE(field(i.url, QStringLiteral("phone")), QStringLiteral("31612345678"));
            QCOMPARE(field(i.url, QStringLiteral("text")), body);
            QCOMPARE(QUrlQuery(i.url).hasQueryItem(QStringLiteral("text")), !body.isEmpty());
            // Nothing of the text leaks unencoded into the URL.
            QVERIFY(!i.url.toEncoded().contains('\n'));
            QVERIFY(i.url.toEncoded().count('&') <= 1);
            QVERIFY(!i.url.toEncoded().contains('#'));
            break;
        }
        case Channel::Email:
            QCOMPARE(a.action, QStringLiteral("android.intent.action.SENDTO"));
            QCOMPARE(a.data, QStringLiteral("mailto:henk.dijkstra@utrecht.nl"));
            QCOMPARE(a.extra(QStringLiteral("android.intent.extra.EMAIL")).toStringList(), QStringList { kMail });
            QCOMPARE(a.extra(QStringLiteral("android.intent.extra.SUBJECT")).toString(), subject);
            QCOMPARE(a.extra(QStringLiteral("android.intent.extra.TEXT")).toString(), body); // \n, not CRLF
            QCOMPARE(a.extra(QStringLiteral("android.intent.extra.TEXT")).isValid(), !body.isEmpty());
            QCOMPARE(i.kind, IosRequest::Kind::Mail);
            QCOMPARE(i.recipients, QStringList { kMail });
            QCOMPARE(i.subject, subject);
            QCOMPARE(i.body, body);
            QCOMPARE(i.url, url.value()); // for a mail app other than Mail
            break;
        }
    }

    void otherLinks()
    {
        const QUrl page(QStringLiteral("https://school.example/p/ayse-ozturk"));
        QCOMPARE(platform::androidIntentForUrl(page).action, QStringLiteral("android.intent.action.VIEW"));
        QCOMPARE(platform::androidIntentForUrl(page).data, QStringLiteral("https://school.example/p/ayse-ozturk"));
        QVERIFY(platform::androidIntentForUrl(page).packages.isEmpty());
        QCOMPARE(platform::iosRequestForUrl(page).kind, IosRequest::Kind::OpenUrl);
        QCOMPARE(platform::iosRequestForUrl(page).url, page);

        // file: URLs are refused by Android 7+ (FileUriExposedException) and by iOS: never
        // handed over, so the launcher reports "no app" and the app shows its fallback.
        const QUrl file = QUrl::fromLocalFile(QStringLiteral("/tmp/contacts/ayse-ozturk.vcf"));
        QVERIFY(!platform::androidIntentForUrl(file).isValid());
        QCOMPARE(platform::iosRequestForUrl(file).kind, IosRequest::Kind::None);
        QVERIFY(!platform::androidIntentForUrl(QUrl()).isValid());
        QCOMPARE(platform::iosRequestForUrl(QUrl()).kind, IosRequest::Kind::None);
    }

    void share()
    {
        const QString text = QString::fromUtf8("Ayşe Öztürk\nCJG Overvecht\nTelefoon: 06 12 34 56 78 & #2");
        const AndroidIntent a = platform::androidShareIntent(QString::fromUtf8("Ayşe Öztürk"), text);
        QCOMPARE(a.action, QStringLiteral("android.intent.action.SEND"));
        QCOMPARE(a.mimeType, QStringLiteral("text/plain"));
        QVERIFY(a.data.isEmpty());
        QCOMPARE(a.extra(QStringLiteral("android.intent.extra.TEXT")).toString(), text);
        QCOMPARE(a.extra(QStringLiteral("android.intent.extra.SUBJECT")).toString(), QString::fromUtf8("Ayşe Öztürk"));
        QCOMPARE(a.chooserTitle, QString::fromUtf8("Ayşe Öztürk")); // the share sheet, not one app
        QCOMPARE(platform::androidShareIntent(QString(), text).chooserTitle, QStringLiteral("KorteLijn"));
    }

    void insertContact()
    {
        VCardData card;
        card.givenName = QString::fromUtf8("Ayşe");
        card.familyName = QString::fromUtf8("Öztürk");
        card.organisation = QStringLiteral("CJG Overvecht");
        card.title = QStringLiteral("Schoolmaatschappelijk werker");
        card.mobile = kMobile;
        card.landline = QStringLiteral("+31301234567");
        card.email = QStringLiteral("a.ozturk@cjg.example");
        card.note = QStringLiteral("Op school: dinsdag 8:30-12:00");
        card.photo = QByteArray("\xff\xd8\xff", 3);
        const AndroidIntent a = platform::androidInsertContactIntent(card);
        QCOMPARE(a.action, QStringLiteral("android.intent.action.INSERT"));
        QCOMPARE(a.mimeType, QStringLiteral("vnd.android.cursor.dir/raw_contact"));
        QVERIFY(a.data.isEmpty()); // no file, no content URI: the values themselves
        QCOMPARE(a.extra(QStringLiteral("name")).toString(), QString::fromUtf8("Ayşe Öztürk"));
        QCOMPARE(a.extra(QStringLiteral("company")).toString(), QStringLiteral("CJG Overvecht"));
        QCOMPARE(a.extra(QStringLiteral("job_title")).toString(), QStringLiteral("Schoolmaatschappelijk werker"));
        QCOMPARE(a.extra(QStringLiteral("phone")).toString(), kMobile);
        QCOMPARE(a.extra(QStringLiteral("phone_type")).toInt(), 2); // Phone.TYPE_MOBILE
        QCOMPARE(a.extra(QStringLiteral("phone_type")).typeId(), int(QMetaType::Int)); // an int extra, not a string
        QCOMPARE(a.extra(QStringLiteral("secondary_phone")).toString(), QStringLiteral("+31301234567"));
        QCOMPARE(a.extra(QStringLiteral("secondary_phone_type")).toInt(), 3); // Phone.TYPE_WORK
        QCOMPARE(a.extra(QStringLiteral("email")).toString(), QStringLiteral("a.ozturk@cjg.example"));
        QCOMPARE(a.extra(QStringLiteral("email_type")).toInt(), 2); // Email.TYPE_WORK
        QCOMPARE(a.extra(QStringLiteral("notes")).toString(), QStringLiteral("Op school: dinsdag 8:30-12:00"));
        QCOMPARE(a.extra(QStringLiteral("finishActivityOnSaveCompleted")).typeId(), int(QMetaType::Bool));
        QVERIFY(a.packages.isEmpty());

        // Only a landline: it is the first phone, as a work number; nothing empty is sent.
        VCardData office;
        office.familyName = QStringLiteral("Gemeente Utrecht, leerplicht");
        office.landline = QStringLiteral("+31302860000");
        const AndroidIntent b = platform::androidInsertContactIntent(office);
        QCOMPARE(b.extra(QStringLiteral("name")).toString(), QStringLiteral("Gemeente Utrecht, leerplicht"));
        QCOMPARE(b.extra(QStringLiteral("phone")).toString(), QStringLiteral("+31302860000"));
        QCOMPARE(b.extra(QStringLiteral("phone_type")).toInt(), 3);
        for (const char *absent : { "secondary_phone", "secondary_phone_type", "email", "email_type", "company",
                 "job_title", "notes" }) {
            QVERIFY2(!b.extra(QString::fromLatin1(absent)).isValid(), absent);
        }
    }
};

QTEST_GUILESS_MAIN(TestPlatformRequests)
#include "tst_platformrequests.moc"
