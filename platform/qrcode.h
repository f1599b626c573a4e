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

// Pixels as they lie in memory, decoded without a copy: one byte of luma (a camera
// frame's Y plane, or the Y bytes of a packed YUV frame with pixelStride 2 or 4), or
// 8-bit RGB with a padding/alpha byte in the named position.
struct PixelView
{
    enum class Layout { Luma, RGBX, BGRX, XRGB, XBGR };
    const uchar *data = nullptr;
    int width = 0;
    int height = 0;
    int rowStride = 0; // bytes from one row to the next
    int pixelStride = 1; // bytes from one pixel to the next (Luma only; RGB layouts: 4)
    Layout layout = Layout::Luma;
};
[[nodiscard]] std::optional<QString> decodeQr(const PixelView &pixels);
[[nodiscard]] std::optional<QString> decodeQrFile(const QString &path);

// A black-on-white QR code of about `pixels` square with a quiet zone; error correction
// level M (survives a crease or a coffee ring on a printed poster).
[[nodiscard]] QImage qrImage(const QString &text, int pixels);

} // namespace kl::platform
