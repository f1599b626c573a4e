// Partner photos as the school list keeps them: whatever a coordinator uploads (a phone
// picture of several MB, a PNG with transparency, a portrait photo stored sideways with an
// EXIF rotation) becomes one small upright JPEG without metadata, so it syncs cheaply to
// every phone and carries no location or camera data onto public pages.
#pragma once

#include "result.h"

#include <QByteArray>

namespace kl::server::photos {

constexpr int kMaxSide = 512;                    // pixels, longest side after scaling
constexpr qint64 kMaxSourcePixels = 50'000'000;  // refuse decoding anything larger

// The stored form of `bytes` (JPEG, PNG, GIF, BMP or WebP where Qt reads it), or an error:
// code "photo-unreadable" (not an image), "photo-too-large" (more than kMaxSourcePixels).
[[nodiscard]] Result<QByteArray> normalise(const QByteArray &bytes);

// Whether `bytes` is already in the stored form: a baseline or progressive JPEG of at most
// kMaxSide pixels whose segments are only JFIF, tables, frame and scans (no EXIF, XMP,
// comments or other application data) and nothing after its end marker, that decodes.
[[nodiscard]] bool isStoredForm(const QByteArray &bytes);

// Photos from any path (a push, an import) made safe to store and serve: kept when already
// in the stored form (no second lossy re-encoding), else normalised.
[[nodiscard]] Result<QByteArray> sanitise(const QByteArray &bytes);

} // namespace kl::server::photos
