// Desktop: the save and open dialogs give local paths; written atomically (QSaveFile).
// There is no share sheet for files: the teacher saves, then mails or copies the file.
#include "documents.h"

namespace kl::platform {

namespace {

class DesktopDocuments : public Documents
{
public:
    Status save(const QUrl &target, const QByteArray &bytes) override
    {
        if (!target.isLocalFile()) {
            return Error { QString(kDocumentNotWritten), target.toDisplayString() };
        }
        return saveLocalFile(target.toLocalFile(), bytes);
    }

    Result<QByteArray> read(const QUrl &source, qint64 maxBytes) override
    {
        if (!source.isLocalFile()) {
            return Error { QString(kDocumentNotRead), source.toDisplayString() };
        }
        return readFile(source.toLocalFile(), maxBytes);
    }

    bool canShare() const override { return false; }
    Status share(const QString &, const QByteArray &) override { return Error { QString(kDocumentNoShare), QString() }; }
};

} // namespace

std::unique_ptr<Documents> Documents::createDefault()
{
    return std::make_unique<DesktopDocuments>();
}

} // namespace kl::platform
