// Staff invite QR codes: the invite link encoded with zxing-cpp, written as PNG (for
// printing and chat) and SVG (for posters that scale).
#pragma once

#include "result.h"

#include <QString>

namespace kl::server {

// Writes <prefix>.png and <prefix>.svg.
Status writeQrFiles(const QString &text, const QString &prefix);

// The same code as SVG text with its quiet zone, for pages that show it inline.
[[nodiscard]] Result<QByteArray> qrSvg(const QString &text);

} // namespace kl::server
