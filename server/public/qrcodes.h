// QR codes as files and bytes for the server: staff invite links (admin CLI) and the
// public pages' codes. The modules come from kl::QrMatrix (zxing-cpp, shared with the app);
// here they become a PNG (for printing and chat) or an SVG (for posters that scale).
#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>

namespace kl::server {

// Writes <prefix>.png and <prefix>.svg.
Status writeQrFiles(const QString &text, const QString &prefix);

// PNG bytes: 8 px per module plus a quiet zone of 4 modules.
[[nodiscard]] Result<QByteArray> qrPng(const QString &text, int pixelsPerModule = 8);
// The code as SVG text with its quiet zone, for pages that show it inline.
[[nodiscard]] Result<QByteArray> qrSvg(const QString &text);

} // namespace kl::server
