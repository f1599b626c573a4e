#include "channelurl.h"

#include "repositorysupport.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace kl {

namespace {

Error missing(Channel channel)
{
    switch (channel) {
    case Channel::WhatsApp:
        return Error { QStringLiteral("channel.address"), QCoreApplication::translate("kl::Validation", "No WhatsApp number is known for this contact.") };
    case Channel::Sms:
        return Error { QStringLiteral("channel.address"), QCoreApplication::translate("kl::Validation", "No mobile number is known for this contact.") };
    case Channel::Call:
        return Error { QStringLiteral("channel.address"), QCoreApplication::translate("kl::Validation", "No phone number is known for this contact.") };
    case Channel::Email:
        return Error { QStringLiteral("channel.address"), QCoreApplication::translate("kl::Validation", "No e-mail address is known for this contact.") };
    }
    return Error { QStringLiteral("channel.address"), QCoreApplication::translate("kl::Validation", "No phone number is known for this contact.") };
}

bool isE164(const QString &number)
{
    static const QRegularExpression re(QStringLiteral("^\\+[1-9][0-9]{6,14}$"));
    return re.match(number).hasMatch();
}

// One decoded query field of an encoded URL ("body", "text", "subject"); empty if absent.
QString queryField(const QUrl &url, const QByteArray &name)
{
    const QByteArray query = url.query(QUrl::FullyEncoded).toLatin1();
    for (const QByteArray &pair : query.split('&')) {
        const qsizetype eq = pair.indexOf('=');
        if (QByteArray::fromPercentEncoding(pair.left(eq < 0 ? pair.size() : eq)).toLower() == name) {
            QString value = eq < 0 ? QString() : QString::fromUtf8(QByteArray::fromPercentEncoding(pair.mid(eq + 1)));
            value.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
            return value;
        }
    }
    return {};
}

QString decodedPath(const QUrl &url)
{
    return QString::fromUtf8(QByteArray::fromPercentEncoding(url.path(QUrl::FullyEncoded).toLatin1()));
}

} // namespace

QByteArray ChannelUrl::encode(const QString &text, bool crlf)
{
    QString normalised = text;
    normalised.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    normalised.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    if (crlf) {
        normalised.replace(QLatin1Char('\n'), QStringLiteral("\r\n"));
    }
    // QByteArray::toPercentEncoding leaves exactly the RFC 3986 unreserved set alone.
    return normalised.toUtf8().toPercentEncoding();
}

QString ChannelUrl::addressFor(Channel channel, const ChannelAddress &a)
{
    switch (channel) {
    case Channel::WhatsApp:
        return a.whatsapp.isEmpty() ? a.mobile : a.whatsapp;
    case Channel::Sms:
        return a.mobile;
    case Channel::Call:
        return a.mobile.isEmpty() ? a.landline : a.mobile;
    case Channel::Email:
        return a.email;
    }
    return {};
}

Result<QUrl> ChannelUrl::build(Channel channel, const QString &address, const QString &text, const QString &subject)
{
    const QString addr = address.trimmed();
    if (addr.isEmpty()) {
        return missing(channel);
    }
    QByteArray url;
    switch (channel) {
    case Channel::WhatsApp:
        if (!isE164(addr)) {
            return missing(channel);
        }
        url = "https://wa.me/" + addr.mid(1).toLatin1();
        if (!text.isEmpty()) {
            url += "?text=" + encode(text);
        }
        break;
    case Channel::Sms:
        if (!isE164(addr)) {
            return missing(channel);
        }
        url = "sms:" + addr.toLatin1();
        if (!text.isEmpty()) {
            url += "?body=" + encode(text);
        }
        break;
    case Channel::Call:
        if (!isE164(addr)) {
            return missing(channel);
        }
        url = "tel:" + addr.toLatin1();
        break;
    case Channel::Email: {
        if (addr.isEmpty() || !detail::looksLikeEmail(addr)) {
            return missing(channel);
        }
        // The address goes in as written, '@' kept; anything unusual in it is encoded.
        url = "mailto:" + addr.toUtf8().toPercentEncoding("@!$'*+=");
        QList<QByteArray> query;
        if (!subject.isEmpty()) {
            query << "subject=" + encode(subject);
        }
        if (!text.isEmpty()) {
            query << "body=" + encode(text, true);
        }
        if (!query.isEmpty()) {
            url += '?' + query.join('&');
        }
        break;
    }
    }
    const QUrl out = QUrl::fromEncoded(url, QUrl::StrictMode);
    if (!out.isValid()) {
        return missing(channel);
    }
    return out;
}

std::optional<ChannelLink> ChannelUrl::parse(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    ChannelLink link;
    if (scheme == QLatin1String("tel")) {
        link.channel = Channel::Call;
        link.address = decodedPath(url);
    } else if (scheme == QLatin1String("sms") || scheme == QLatin1String("smsto")) {
        link.channel = Channel::Sms;
        link.address = decodedPath(url);
        link.text = queryField(url, "body");
    } else if ((scheme == QLatin1String("https") || scheme == QLatin1String("http"))
        && url.host().toLower() == QLatin1String("wa.me")) {
        link.channel = Channel::WhatsApp;
        const QString digits = decodedPath(url).mid(1);
        static const QRegularExpression re(QStringLiteral("^[1-9][0-9]{6,14}$"));
        if (!re.match(digits).hasMatch()) {
            return std::nullopt;
        }
        link.address = QLatin1Char('+') + digits;
        link.text = queryField(url, "text");
    } else if (scheme == QLatin1String("mailto")) {
        link.channel = Channel::Email;
        link.address = decodedPath(url);
        link.subject = queryField(url, "subject");
        link.text = queryField(url, "body");
    } else {
        return std::nullopt;
    }
    if (link.address.isEmpty()) {
        return std::nullopt;
    }
    return link;
}

} // namespace kl
