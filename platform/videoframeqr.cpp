#include "videoframeqr.h"

#include "qrcode.h"

namespace kl::platform {

namespace {

// Where a frame's 8-bit luma or RGB bytes lie in plane 0; nothing for formats without.
struct Sampling
{
    int offset; // of the first sample in a row
    int pixelStride;
    PixelView::Layout layout;
};

std::optional<Sampling> samplingOf(QVideoFrameFormat::PixelFormat format)
{
    using F = QVideoFrameFormat;
    using L = PixelView::Layout;
    switch (format) {
    case F::Format_NV12:
    case F::Format_NV21:
    case F::Format_YUV420P:
    case F::Format_YUV422P:
    case F::Format_YV12:
    case F::Format_IMC1:
    case F::Format_IMC2:
    case F::Format_IMC3:
    case F::Format_IMC4:
    case F::Format_Y8:
        return Sampling { 0, 1, L::Luma };
    case F::Format_YUYV:
        return Sampling { 0, 2, L::Luma };
    case F::Format_UYVY: // U Y V Y: luma from the second byte
    case F::Format_Y16: // little-endian 16 bit: the high byte
    case F::Format_P010: // 10 bits in the high bits of 16
    case F::Format_P016:
        return Sampling { 1, 2, L::Luma };
    case F::Format_AYUV: // A Y U V
    case F::Format_AYUV_Premultiplied:
        return Sampling { 1, 4, L::Luma };
    case F::Format_ARGB8888:
    case F::Format_ARGB8888_Premultiplied:
    case F::Format_XRGB8888:
        return Sampling { 0, 4, L::XRGB };
    case F::Format_BGRA8888:
    case F::Format_BGRA8888_Premultiplied:
    case F::Format_BGRX8888:
        return Sampling { 0, 4, L::BGRX };
    case F::Format_ABGR8888:
    case F::Format_XBGR8888:
        return Sampling { 0, 4, L::XBGR };
    case F::Format_RGBA8888:
    case F::Format_RGBX8888:
        return Sampling { 0, 4, L::RGBX };
    default: // Jpeg, YUV420P10 (low bits), textures
        return std::nullopt;
    }
}

} // namespace

FrameDecode decodeQrFrame(const QVideoFrame &frame)
{
    FrameDecode out;
    if (!frame.isValid()) {
        return out;
    }
    if (const auto sampling = samplingOf(frame.pixelFormat())) {
        QVideoFrame mapped = frame; // shared: mapping a copy leaves the caller's frame alone
        if (mapped.map(QVideoFrame::ReadOnly)) {
            const PixelView view { mapped.bits(0) + sampling->offset, mapped.width(), mapped.height(),
                mapped.bytesPerLine(0), sampling->pixelStride, sampling->layout };
            out.text = decodeQr(view);
            out.path = sampling->layout == PixelView::Layout::Luma ? FrameDecode::Path::Luma : FrameDecode::Path::Pixels;
            mapped.unmap();
            return out;
        }
    }
    const QImage image = frame.toImage();
    if (!image.isNull()) {
        out.text = decodeQr(image);
        out.path = FrameDecode::Path::Converted;
    }
    return out;
}

} // namespace kl::platform
