// The URL that opens a channel with the message filled in: https://wa.me/<digits>?text=,
// sms:<e164>?body= (RFC 5724), tel:<e164> (RFC 3966), mailto:<addr>?subject=&body=
// (RFC 6068). Text is UTF-8 and percent-encoded except RFC 3986 unreserved characters,
// so newlines, &, #, ?, +, emoji and diacritics survive every handler.
#pragma once

#include "domain.h"
#include "result.h"

#include <QUrl>

#include <optional>

namespace kl {

struct ChannelAddress
{
    QString mobile; // E.164
    QString whatsapp; // E.164; empty: same as mobile
    QString landline; // E.164
    QString email;
};

// A channel link taken apart again: what a phone's intent or message composer needs.
// Text and subject are decoded, with plain \n line breaks.
struct ChannelLink
{
    Channel channel = Channel::Call;
    QString address; // E.164 for call/sms/whatsapp, the e-mail address for e-mail
    QString text;
    QString subject;
};

class ChannelUrl
{
public:
    // address: E.164 for call/sms/whatsapp, an e-mail address for e-mail. subject is used
    // by e-mail only. Errors when the address is missing or unusable for the channel.
    [[nodiscard]] static Result<QUrl> build(Channel channel, const QString &address, const QString &text,
        const QString &subject = {});

    // Picks the address a channel uses: WhatsApp number (or mobile), mobile for SMS,
    // mobile then landline for a call, e-mail for e-mail. Empty when there is none.
    [[nodiscard]] static QString addressFor(Channel channel, const ChannelAddress &address);

    // UTF-8 percent-encoding of everything but A-Z a-z 0-9 - . _ ~; line breaks become
    // CRLF first when crlf is set (RFC 6068 wants CRLF in mailto bodies).
    [[nodiscard]] static QByteArray encode(const QString &text, bool crlf = false);

    // The inverse of build() for every URL it makes (also smsto: and http://wa.me);
    // nothing for any other URL. '+' in a query stays '+' (RFC 3986, not a form).
    [[nodiscard]] static std::optional<ChannelLink> parse(const QUrl &url);
};

} // namespace kl
