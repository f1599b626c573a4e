// Staff invite QR codes: the invite link encoded with zxing-cpp, written as PNG (for
// printing and chat) and SVG (for posters that scale).
#pragma once

#include "result.h"

#include <QString>

namespace kl::server {

// Writes <prefix>.png and <prefix>.svg.
Status writeQrFiles(const QString &text, const QString &prefix);

} // namespace kl::server
