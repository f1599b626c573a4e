// Desktop has no share sheet: put the text on the clipboard.
#include "share.h"

#include <QClipboard>
#include <QGuiApplication>

namespace kl::platform {

namespace {

class DesktopShare : public Share
{
public:
    Outcome shareText(const QString &, const QString &text) override
    {
        QClipboard *clipboard = QGuiApplication::clipboard();
        if (!clipboard) {
            return Outcome::Failed;
        }
        clipboard->setText(text);
        return Outcome::CopiedToClipboard;
    }
};

} // namespace

std::unique_ptr<Share> Share::createDefault()
{
    return std::make_unique<DesktopShare>();
}

} // namespace kl::platform
