// Capability: put a file where the teacher wants it and read one back (the "Mijn gegevens
// meenemen" file). The teacher picks the place in the system's own file dialog (QML
// FileDialog): a path on desktops, a content:// document on Android. Phones whose system
// has a share sheet for files (iOS: AirDrop, Files, mail) can also hand the file to it.
#pragma once

#include "result.h"

#include <QByteArray>
#include <QUrl>

#include <memory>

namespace kl::platform {

// Error codes of the results below; the app words them for the teacher.
inline constexpr QLatin1String kDocumentNotWritten("document.not-written");
inline constexpr QLatin1String kDocumentNotRead("document.not-read");
inline constexpr QLatin1String kDocumentTooLarge("document.too-large");
inline constexpr QLatin1String kDocumentNoShare("document.no-share");

class Documents
{
public:
    virtual ~Documents() = default;

    // Writes `bytes` to the place chosen in the save dialog: complete, or not at all
    // (an existing file there stays as it was when writing fails).
    virtual Status save(const QUrl &target, const QByteArray &bytes) = 0;
    // The whole file chosen in the open dialog; refused above maxBytes.
    [[nodiscard]] virtual Result<QByteArray> read(const QUrl &source, qint64 maxBytes) = 0;

    // Whether share() can hand a file to other apps on this platform.
    [[nodiscard]] virtual bool canShare() const = 0;
    virtual Status share(const QString &fileName, const QByteArray &bytes) = 0;

    // The implementation for the platform this binary was built for.
    [[nodiscard]] static std::unique_ptr<Documents> createDefault();
};

// The parts every platform shares: a local path written through QSaveFile (a temporary
// file renamed over the target), and reading with a size cap.
Status saveLocalFile(const QString &path, const QByteArray &bytes);
[[nodiscard]] Result<QByteArray> readFile(const QString &path, qint64 maxBytes);

// Documents that are local files only (desktops; iOS, whose picker copies a document into
// the app): refuses other URLs; no share sheet unless a subclass has one.
class LocalDocuments : public Documents
{
public:
    Status save(const QUrl &target, const QByteArray &bytes) override;
    [[nodiscard]] Result<QByteArray> read(const QUrl &source, qint64 maxBytes) override;
    [[nodiscard]] bool canShare() const override { return false; }
    Status share(const QString &fileName, const QByteArray &bytes) override;
};

} // namespace kl::platform
