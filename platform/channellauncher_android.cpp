// Android: each channel link as the intent androidintent.cpp describes (dialler, SMS app
// with the text in sms_body, WhatsApp, a mail app with subject and text). False when no
// app on the phone takes it, so the app shows its fallback.
#include "channellauncher.h"

#include "androidintent.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcPlatform, "kl.platform")

namespace kl::platform {

namespace {

class AndroidChannelLauncher : public ChannelLauncher
{
public:
    bool open(const QUrl &url) override
    {
        const bool ok = startAndroidIntent(androidIntentForUrl(url));
        if (!ok) {
            qCWarning(lcPlatform) << "no app for" << url.scheme();
        }
        return ok;
    }
};

} // namespace

std::unique_ptr<ChannelLauncher> ChannelLauncher::createDefault()
{
    return std::make_unique<AndroidChannelLauncher>();
}

} // namespace kl::platform
