// Android: the dialogs (the Storage Access Framework) give content:// documents, which
// Qt's content file engine opens by their URL text; a content provider offers no rename,
// so the bytes go straight in (the provider keeps its own copy until the stream closes).
// Sharing a file would need a FileProvider in the manifest: the teacher saves instead.
#include "documents.h"

#include <QFile>

namespace kl::platform {

namespace {

QString nameFor(const QUrl &url)
{
    return url.isLocalFile() ? url.toLocalFile() : url.toString(QUrl::FullyEncoded);
}

class AndroidDocuments : public LocalDocuments
{
public:
    Status save(const QUrl &target, const QByteArray &bytes) override
    {
        if (target.isLocalFile()) {
            return saveLocalFile(target.toLocalFile(), bytes);
        }
        QFile file(nameFor(target));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size()) {
            return Error { QString(kDocumentNotWritten), file.errorString() };
        }
        file.close();
        if (file.error() != QFileDevice::NoError) {
            return Error { QString(kDocumentNotWritten), file.errorString() };
        }
        return {};
    }

    Result<QByteArray> read(const QUrl &source, qint64 maxBytes) override { return readFile(nameFor(source), maxBytes); }
};

} // namespace

std::unique_ptr<Documents> Documents::createDefault()
{
    return std::make_unique<AndroidDocuments>();
}

} // namespace kl::platform
