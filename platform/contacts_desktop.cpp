// Desktop: the card as a vCard 4.0 file in the cache, opened with the desktop's handler
// for .vcf (KAddressBook, GNOME Contacts, Outlook, Contacts.app), which imports it.
#include "contacts.h"

#include <QDesktopServices>
#include <QDir>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUrl>

Q_DECLARE_LOGGING_CATEGORY(lcPlatform)

namespace kl::platform {

namespace {

class DesktopContacts : public Contacts
{
public:
    bool addContact(const kl::VCardData &card) override
    {
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/contacts");
        QSaveFile file(dir + QLatin1Char('/') + kl::VCard::fileName(card));
        if (!QDir().mkpath(dir) || !file.open(QIODevice::WriteOnly) || file.write(kl::VCard::write(card)) < 0
            || !file.commit()) {
            qCWarning(lcPlatform) << "contact card not written:" << file.errorString();
            return false;
        }
        if (!QDesktopServices::openUrl(QUrl::fromLocalFile(file.fileName()))) {
            qCWarning(lcPlatform) << "no application opens .vcf files";
            return false;
        }
        return true;
    }
};

} // namespace

std::unique_ptr<Contacts> Contacts::createDefault()
{
    return std::make_unique<DesktopContacts>();
}

} // namespace kl::platform
