// iOS: Dynamic Type (Settings -> Display & Brightness -> Text Size, and the larger
// accessibility sizes). The body text style is 17 pt at the default size, so its current
// size against 17 is the factor.
#include "systemfontscale.h"

#import <UIKit/UIKit.h>

namespace kl::platform {

std::optional<double> systemFontScale()
{
    UIFont *body = [UIFont preferredFontForTextStyle:UIFontTextStyleBody];
    if (!body || body.pointSize <= 0) {
        return std::nullopt;
    }
    constexpr double defaultBodyPointSize = 17.0;
    return body.pointSize / defaultBodyPointSize;
}

} // namespace kl::platform
