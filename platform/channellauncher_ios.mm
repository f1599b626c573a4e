// iOS: each channel link as iosrequest.cpp describes it. URLs open after canOpenURL:
// (the schemes are listed in Info.plist's LSApplicationQueriesSchemes), SMS and e-mail go
// through the system composers, which carry the prepared text reliably. False whenever
// iOS has no app or composer for it, so the app shows its fallback.
#include "channellauncher.h"

#include "iospresenter_ios.h"
#include "iosrequest.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcPlatform, "kl.platform")

namespace kl::platform {

namespace {

NSArray<NSString *> *toNSArray(const QStringList &list)
{
    NSMutableArray<NSString *> *out = [NSMutableArray arrayWithCapacity:NSUInteger(list.size())];
    for (const QString &s : list) {
        [out addObject:s.toNSString()];
    }
    return out;
}

// canOpenURL: answers only for schemes listed in LSApplicationQueriesSchemes (tested in
// tests/app/tst_packaging); web links always have Safari.
bool openUrl(const QUrl &url)
{
    NSURL *native = url.toNSURL();
    UIApplication *app = UIApplication.sharedApplication;
    const bool web = url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http");
    if (!native || (!web && ![app canOpenURL:native])) {
        return false;
    }
    [app openURL:native options:@{} completionHandler:nil];
    return true;
}

class IosChannelLauncher : public ChannelLauncher
{
public:
    bool open(const QUrl &url) override
    {
        const IosRequest request = iosRequestForUrl(url);
        bool ok = false;
        switch (request.kind) {
        case IosRequest::Kind::None:
            break;
        case IosRequest::Kind::OpenUrl:
            ok = openUrl(request.url);
            break;
        case IosRequest::Kind::Message:
            if ([MFMessageComposeViewController canSendText]) {
                MFMessageComposeViewController *composer = [[MFMessageComposeViewController alloc] init];
                composer.messageComposeDelegate = [KLSheetDelegate shared];
                composer.recipients = toNSArray(request.recipients);
                composer.body = request.body.toNSString();
                ok = ios::present(composer);
            }
            break;
        case IosRequest::Kind::Mail:
            if ([MFMailComposeViewController canSendMail]) {
                MFMailComposeViewController *composer = [[MFMailComposeViewController alloc] init];
                composer.mailComposeDelegate = [KLSheetDelegate shared];
                [composer setToRecipients:toNSArray(request.recipients)];
                [composer setSubject:request.subject.toNSString()];
                [composer setMessageBody:request.body.toNSString() isHTML:NO];
                ok = ios::present(composer);
            } else {
                ok = openUrl(request.url); // another mail app set as the default (iOS 14+)
            }
            break;
        }
        if (!ok) {
            qCWarning(lcPlatform) << "no app for" << url.scheme();
        }
        return ok;
    }
};

} // namespace

std::unique_ptr<ChannelLauncher> ChannelLauncher::createDefault()
{
    return std::make_unique<IosChannelLauncher>();
}

} // namespace kl::platform
