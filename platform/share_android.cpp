// Android: ACTION_SEND of the text through the system's share sheet (the chooser).
#include "share.h"

#include "androidintent.h"

namespace kl::platform {

namespace {

class AndroidShare : public Share
{
public:
    Outcome shareText(const QString &title, const QString &text) override
    {
        return startAndroidIntent(androidShareIntent(title, text)) ? Outcome::Shared : Outcome::Failed;
    }
};

} // namespace

std::unique_ptr<Share> Share::createDefault()
{
    return std::make_unique<AndroidShare>();
}

} // namespace kl::platform
