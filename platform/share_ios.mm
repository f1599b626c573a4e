// iOS: the share sheet (UIActivityViewController) with the text; the teacher picks the
// app. The title is not passed: the text starts with the name already.
#include "share.h"

#include "iospresenter_ios.h"

namespace kl::platform {

namespace {

class IosShare : public Share
{
public:
    Outcome shareText(const QString &, const QString &text) override
    {
        UIActivityViewController *sheet = [[UIActivityViewController alloc] initWithActivityItems:@[ text.toNSString() ]
                                                                            applicationActivities:nil];
        return ios::present(sheet) ? Outcome::Shared : Outcome::Failed;
    }
};

} // namespace

std::unique_ptr<Share> Share::createDefault()
{
    return std::make_unique<IosShare>();
}

} // namespace kl::platform
