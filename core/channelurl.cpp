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

} // namespace kl
