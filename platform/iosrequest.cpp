#include "iosrequest.h"

#include "channelurl.h"

namespace kl::platform {

IosRequest iosRequestForUrl(const QUrl &url)
{
    IosRequest request;
    const auto link = kl::ChannelUrl::parse(url);
    if (!link) {
        if (url.isValid() && !url.isLocalFile() && !url.scheme().isEmpty()) {
            request.kind = IosRequest::Kind::OpenUrl;
            request.url = url;
        }
        return request;
    }
    switch (link->channel) {
    case kl::Channel::Call:
        request.kind = IosRequest::Kind::OpenUrl;
        request.url = QUrl(QStringLiteral("tel:") + link->address);
        break;
    case kl::Channel::Sms:
        request.kind = IosRequest::Kind::Message;
        request.recipients = { link->address };
        request.body = link->text;
        break;
    case kl::Channel::WhatsApp: {
        QByteArray encoded = "whatsapp://send?phone=" + link->address.mid(1).toLatin1();
        if (!link->text.isEmpty()) {
            encoded += "&text=" + kl::ChannelUrl::encode(link->text);
        }
        request.kind = IosRequest::Kind::OpenUrl;
        request.url = QUrl::fromEncoded(encoded, QUrl::StrictMode);
        break;
    }
    case kl::Channel::Email:
        request.kind = IosRequest::Kind::Mail;
        request.recipients = { link->address };
        request.subject = link->subject;
        request.body = link->text;
        request.url = url;
        break;
    }
    return request;
}

} // namespace kl::platform
