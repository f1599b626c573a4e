#include "documents.h"

#include <QFile>
#include <QSaveFile>

namespace kl::platform {

Status saveLocalFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        return Error { QString(kDocumentNotWritten), file.errorString() };
    }
    return {};
}

Result<QByteArray> readFile(const QString &path, qint64 maxBytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error { QString(kDocumentNotRead), file.errorString() };
    }
    // Content providers may not know the size up front: read one byte past the cap.
    QByteArray bytes = file.read(maxBytes + 1);
    if (bytes.size() > maxBytes) {
        return Error { QString(kDocumentTooLarge), QString() };
    }
    if (file.error() != QFileDevice::NoError) {
        return Error { QString(kDocumentNotRead), file.errorString() };
    }
    return bytes;
}

Status LocalDocuments::save(const QUrl &target, const QByteArray &bytes)
{
    if (!target.isLocalFile()) {
        return Error { QString(kDocumentNotWritten), target.toDisplayString() };
    }
    return saveLocalFile(target.toLocalFile(), bytes);
}

Result<QByteArray> LocalDocuments::read(const QUrl &source, qint64 maxBytes)
{
    if (!source.isLocalFile()) {
        return Error { QString(kDocumentNotRead), source.toDisplayString() };
    }
    return readFile(source.toLocalFile(), maxBytes);
}

Status LocalDocuments::share(const QString &, const QByteArray &)
{
    return Error { QString(kDocumentNoShare), QString() };
}

} // namespace kl::platform
