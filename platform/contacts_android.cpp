// Android: ContactsContract's insert screen, filled in (androidintent.cpp says with what).
#include "contacts.h"

#include "androidintent.h"

namespace kl::platform {

namespace {

class AndroidContacts : public Contacts
{
public:
    bool addContact(const kl::VCardData &card) override { return startAndroidIntent(androidInsertContactIntent(card)); }
};

} // namespace

std::unique_ptr<Contacts> Contacts::createDefault()
{
    return std::make_unique<AndroidContacts>();
}

} // namespace kl::platform
