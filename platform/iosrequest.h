// The iOS side of every channel link the app opens, as plain data: a URL for
// UIApplication openURL, or the values for the message or mail composer. Built and
// unit-tested on every platform (tests/platform/tst_platformrequests); only
// channellauncher_ios.mm acts on it.
#pragma once

#include <QStringList>
#include <QUrl>

namespace kl::platform {

struct IosRequest
{
    enum class Kind {
        None, // nothing iOS may be handed (a file: URL, an invalid one)
        OpenUrl, // -[UIApplication openURL:], after canOpenURL:
        Message, // MFMessageComposeViewController (Apple documents no body in sms: links)
        Mail, // MFMailComposeViewController; `url` (mailto:) when no Mail account is set up
    };
    Kind kind = Kind::None;
    QUrl url;
    QStringList recipients;
    QString subject;
    QString body;
};

// tel: opens as it is (iOS asks before dialling), sms: goes to the message composer,
// wa.me to the WhatsApp app (whatsapp://send, so canOpenURL can tell it is missing),
// mailto: to the mail composer. Any other web or app link opens as it is.
[[nodiscard]] IosRequest iosRequestForUrl(const QUrl &url);

} // namespace kl::platform
