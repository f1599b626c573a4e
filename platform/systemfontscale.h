// The phone's text size setting as a factor (1.0 = the platform's normal size): Android's
// Configuration.fontScale, iOS's Dynamic Type body size against its default. Desktops have
// no such factor (nullopt); app/fontscale.cpp reads the desktop's own font there.
#pragma once

#include <optional>

namespace kl::platform {

[[nodiscard]] std::optional<double> systemFontScale();

} // namespace kl::platform
