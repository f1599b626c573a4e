// Desktop: no text size factor; the desktop's font size says it (app/fontscale.cpp).
#include "systemfontscale.h"

namespace kl::platform {

std::optional<double> systemFontScale()
{
    return std::nullopt;
}

} // namespace kl::platform
