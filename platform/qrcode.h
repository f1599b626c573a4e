// QR codes as images (platform capability, needs Qt Gui): read a code from a camera frame,
// a photo or a screenshot, and draw one for full-screen display. zxing-cpp does the work.
#pragma once

#include <QImage>
#include <QString>

#include <optional>

namespace kl::platform {

// The text of the first QR code found in the image, or nothing. Tries rotations and
// harder binarisation; camera frames of 720p take a few milliseconds to tens of ms.
[[nodiscard]] std::optional<QString> decodeQr(const QImage &image);
[[nodiscard]] std::optional<QString> decodeQrFile(const QString &path);

// A black-on-white QR code of about `pixels` square with a quiet zone; error correction
// level M (survives a crease or a coffee ring on a printed poster).
[[nodiscard]] QImage qrImage(const QString &text, int pixels);

} // namespace kl::platform
