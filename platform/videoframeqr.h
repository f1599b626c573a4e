// QR codes from a camera frame. The luma is read straight from the mapped frame: the Y
// plane of NV12/NV21/YUV420P/YV12/... (what Android and iOS cameras deliver), the Y
// bytes of packed YUV, or the RGB bytes of an RGB frame, as zxing-cpp's own camera
// example does. Only a frame that cannot be mapped (GPU-backed) or has no byte-wide luma
// goes through QVideoFrame::toImage(), which costs a colour conversion and on some
// Android Qt versions fails for texture frames.
#pragma once

#include <QString>
#include <QVideoFrame>

#include <optional>

namespace kl::platform {

struct FrameDecode
{
    enum class Path {
        Luma, // from the mapped Y plane or the Y bytes of packed YUV
        Pixels, // from the mapped RGB bytes
        Converted, // through toImage()
        Unreadable, // invalid frame, or toImage() gave nothing
    };
    std::optional<QString> text;
    Path path = Path::Unreadable;
};

[[nodiscard]] FrameDecode decodeQrFrame(const QVideoFrame &frame);

} // namespace kl::platform
