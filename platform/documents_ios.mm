// iOS: the file goes to the share sheet (Save to Files, AirDrop, Mail) from the app's
// temporary directory; a local path from the open dialog (a document the picker copied
// into the app) is read like any file.
#include "documents.h"

#include "iospresenter_ios.h"

#include <QDir>

namespace kl::platform {

namespace {

class IosDocuments : public LocalDocuments
{
public:
    bool canShare() const override { return true; }

    Status share(const QString &fileName, const QByteArray &bytes) override
    {
        const QString path = QDir(QString::fromNSString(NSTemporaryDirectory())).filePath(fileName);
        if (auto r = saveLocalFile(path, bytes); !r) {
            return r;
        }
        NSURL *url = [NSURL fileURLWithPath:path.toNSString()];
        UIActivityViewController *sheet = [[UIActivityViewController alloc] initWithActivityItems:@[ url ]
                                                                            applicationActivities:nil];
        if (!ios::present(sheet)) {
            return Error { QString(kDocumentNoShare), QString() };
        }
        return {};
    }
};

} // namespace

std::unique_ptr<Documents> Documents::createDefault()
{
    return std::make_unique<IosDocuments>();
}

} // namespace kl::platform
