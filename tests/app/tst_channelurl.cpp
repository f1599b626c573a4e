// Channel URLs: exact encoded form for every channel, with the characters that break
// naive builders (newlines, &, #, ?, +, %, emoji, diacritics).
#include "channelurl.h"

#include <QTest>

using namespace kl;

class TestChannelUrl : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void build_data()
    {
        QTest::addColumn<int>("channel");
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("expected");

        const int wa = int(Channel::WhatsApp), sms = int(Channel::Sms), call = int(Channel::Call),
                  mail = int(Channel::Email);
        QTest::newRow("whatsapp plain") << wa << "+31612345678" << "Hoi Ayşe" << ""
                                        << "https://wa.me/31612345678?text=Hoi%20Ay%C5%9Fe";
        QTest::newRow("whatsapp no text") << wa << "+31612345678" << "" << "" << "https://wa.me/31612345678";
        QTest::newRow("whatsapp newline") << wa << "+31612345678" << "regel 1\nregel 2" << ""
                                          << "https://wa.me/31612345678?text=regel%201%0Aregel%202";
        QTest::newRow("whatsapp crlf normalised") << wa << "+31612345678" << "a\r\nb" << ""
                                                  << "https://wa.me/31612345678?text=a%0Ab";
        QTest::newRow("whatsapp reserved") << wa << "+31612345678" << "a&b=c#d?e+f%g/h" << ""
                                           << "https://wa.me/31612345678?text=a%26b%3Dc%23d%3Fe%2Bf%25g%2Fh";
        QTest::newRow("whatsapp emoji") << wa << "+31612345678" << QString::fromUtf8("Dank je 👍") << ""
                                        << "https://wa.me/31612345678?text=Dank%20je%20%F0%9F%91%8D";
        QTest::newRow("whatsapp diacritics") << wa << "+31612345678" << QString::fromUtf8("Zoë, Chloë, Daniël")
                                             << ""
                                             << "https://wa.me/31612345678?text=Zo%C3%AB%2C%20Chlo%C3%AB%2C%20Dani%C3%ABl";
        QTest::newRow("whatsapp unreserved kept") << wa << "+31612345678" << "a-b.c_d~e" << ""
                                                  << "https://wa.me/31612345678?text=a-b.c_d~e";
        QTest::newRow("whatsapp foreign number") << wa << "+4915112345678" << "Hi" << ""
                                                 << "https://wa.me/4915112345678?text=Hi";
        QTest::newRow("sms body") << sms << "+31612345678" << "Mag het? Ja & nee #1" << ""
                                  << "sms:+31612345678?body=Mag%20het%3F%20Ja%20%26%20nee%20%231";
        QTest::newRow("sms no body") << sms << "+31612345678" << "" << "" << "sms:+31612345678";
        QTest::newRow("tel") << call << "+31301234567" << "ignored text" << "" << "tel:+31301234567";
        QTest::newRow("mailto body crlf") << mail << "henk.dijkstra@utrecht.nl" << "Beste Henk,\n\nGroet" << ""
                                          << "mailto:henk.dijkstra@utrecht.nl?body=Beste%20Henk%2C%0D%0A%0D%0AGroet";
        QTest::newRow("mailto subject and body")
            << mail << "a.b@example.nl" << "Vraag & antwoord" << "Leerplicht: verlof?"
            << "mailto:a.b@example.nl?subject=Leerplicht%3A%20verlof%3F&body=Vraag%20%26%20antwoord";
        QTest::newRow("mailto plus address") << mail << "info+school@example.nl" << "" << ""
                                             << "mailto:info+school@example.nl";
    }

    void build()
    {
        QFETCH(int, channel);
        QFETCH(QString, address);
        QFETCH(QString, text);
        QFETCH(QString, subject);
        QFETCH(QString, expected);
        const auto url = ChannelUrl::build(static_cast<Channel>(channel), address, text, subject);
        QVERIFY2(url.ok(), qPrintable(url.ok() ? QString() : url.error().message));
        QCOMPARE(QString::fromLatin1(url.value().toEncoded()), expected);
        QVERIFY(url.value().isValid());

        // Taken apart again (what a phone's intent or composer gets): the same values, with
        // plain \n line breaks; a call carries no text.
        const auto link = ChannelUrl::parse(url.value());
        QVERIFY(link);
        QCOMPARE(int(link->channel), channel);
        QCOMPARE(link->address, address);
        QString plain = text;
        plain.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
        QCOMPARE(link->text, channel == int(Channel::Call) ? QString() : plain);
        QCOMPARE(link->subject, subject);
    }

    void parseOthers_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("channelLink");
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("text");
        QTest::newRow("smsto") << "smsto:+31612345678?body=a%2Bb+c" << true << "+31612345678" << "a+b+c";
        QTest::newRow("http wa.me") << "http://wa.me/31612345678?text=hoi" << true << "+31612345678" << "hoi";
        QTest::newRow("mailto field case") << "mailto:a@b.nl?Body=x%0D%0Ay" << true << "a@b.nl" << "x\ny";
        QTest::newRow("wa.me without number") << "https://wa.me/?text=hoi" << false << "" << "";
        QTest::newRow("web page") << "https://example.org/?text=hoi" << false << "" << "";
        QTest::newRow("file") << "file:///tmp/a.vcf" << false << "" << "";
        QTest::newRow("tel without number") << "tel:" << false << "" << "";
    }

    void parseOthers()
    {
        QFETCH(QString, url);
        QFETCH(bool, channelLink);
        QFETCH(QString, address);
        QFETCH(QString, text);
        const auto link = ChannelUrl::parse(QUrl::fromEncoded(url.toLatin1()));
        QCOMPARE(bool(link), channelLink);
        if (link) {
            QCOMPARE(link->address, address);
            QCOMPARE(link->text, text);
        }
    }

    void decodesBack()
    {
        // What the receiving app decodes is exactly what the teacher wrote.
        const QString text = QString::fromUtf8("Hoi Zoë,\nheb je morgen om 8:30 tijd? 50% & #groep 5 👍");
        const auto url = ChannelUrl::build(Channel::WhatsApp, QStringLiteral("+31612345678"), text);
        QVERIFY(url.ok());
        const QByteArray encoded = url.value().toEncoded();
        const QByteArray query = encoded.mid(encoded.indexOf("?text=") + 6);
        QCOMPARE(QString::fromUtf8(QByteArray::fromPercentEncoding(query)), text);
    }

    void refuses_data()
    {
        QTest::addColumn<int>("channel");
        QTest::addColumn<QString>("address");
        QTest::newRow("whatsapp empty") << int(Channel::WhatsApp) << "";
        QTest::newRow("whatsapp not e164") << int(Channel::WhatsApp) << "0612345678";
        QTest::newRow("sms letters") << int(Channel::Sms) << "+31abc";
        QTest::newRow("tel empty") << int(Channel::Call) << "  ";
        QTest::newRow("mail invalid") << int(Channel::Email) << "not-an-address";
    }

    void refuses()
    {
        QFETCH(int, channel);
        QFETCH(QString, address);
        const auto url = ChannelUrl::build(static_cast<Channel>(channel), address, QStringLiteral("x"));
        QVERIFY(!url.ok());
        QCOMPARE(url.error().code, QStringLiteral("channel.address"));
        QVERIFY(!url.error().message.isEmpty());
    }

    void addressFor()
    {
        ChannelAddress a { QStringLiteral("+31611111111"), QString(), QStringLiteral("+31301234567"),
            QStringLiteral("x@y.nl") };
        QCOMPARE(ChannelUrl::addressFor(Channel::WhatsApp, a), QStringLiteral("+31611111111"));
        a.whatsapp = QStringLiteral("+31622222222");
        QCOMPARE(ChannelUrl::addressFor(Channel::WhatsApp, a), QStringLiteral("+31622222222"));
        QCOMPARE(ChannelUrl::addressFor(Channel::Sms, a), QStringLiteral("+31611111111"));
        QCOMPARE(ChannelUrl::addressFor(Channel::Call, a), QStringLiteral("+31611111111"));
        a.mobile.clear();
        QCOMPARE(ChannelUrl::addressFor(Channel::Call, a), QStringLiteral("+31301234567"));
        QCOMPARE(ChannelUrl::addressFor(Channel::Sms, a), QString());
        QCOMPARE(ChannelUrl::addressFor(Channel::Email, a), QStringLiteral("x@y.nl"));
    }
};

QTEST_GUILESS_MAIN(TestChannelUrl)
#include "tst_channelurl.moc"
