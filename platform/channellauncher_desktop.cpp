// Desktop (Linux, Windows, macOS): the desktop's URL handlers. wa.me opens WhatsApp Web
// or the WhatsApp desktop app, tel:/sms: open whatever telephony app is registered
// (KDE Connect, Phone Link, FaceTime), mailto: the mail client, .vcf the contacts app.
#include "channellauncher.h"

#include <QDesktopServices>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcPlatform, "kl.platform")

namespace kl::platform {

namespace {

class DesktopChannelLauncher : public ChannelLauncher
{
public:
    bool open(const QUrl &url) override
    {
        const bool ok = QDesktopServices::openUrl(url);
        if (!ok) {
            qCWarning(lcPlatform) << "no handler for" << url.scheme();
        }
        return ok;
    }
};

} // namespace

std::unique_ptr<ChannelLauncher> ChannelLauncher::createDefault()
{
    return std::make_unique<DesktopChannelLauncher>();
}

} // namespace kl::platform
