// iOS: the system's new-contact screen (CNContactViewController) filled in; the teacher
// saves or cancels there. The note is left out: writing a contact's note needs an entitlement
// Apple grants on request (com.apple.developer.contacts.notes).
#include "contacts.h"

#include "iospresenter_ios.h"

namespace kl::platform {

namespace {

CNLabeledValue<CNPhoneNumber *> *phone(NSString *label, const QString &number)
{
    return [CNLabeledValue labeledValueWithLabel:label value:[CNPhoneNumber phoneNumberWithStringValue:number.toNSString()]];
}

class IosContacts : public Contacts
{
public:
    bool addContact(const kl::VCardData &card) override
    {
        CNMutableContact *contact = [[CNMutableContact alloc] init];
        contact.givenName = card.givenName.toNSString();
        contact.familyName = card.familyName.toNSString();
        contact.organizationName = card.organisation.toNSString();
        contact.jobTitle = card.title.toNSString();
        NSMutableArray<CNLabeledValue<CNPhoneNumber *> *> *phones = [NSMutableArray array];
        if (!card.mobile.isEmpty()) {
            [phones addObject:phone(CNLabelPhoneNumberMobile, card.mobile)];
        }
        if (!card.landline.isEmpty()) {
            [phones addObject:phone(CNLabelWork, card.landline)];
        }
        contact.phoneNumbers = phones;
        if (!card.email.isEmpty()) {
            contact.emailAddresses = @[ [CNLabeledValue labeledValueWithLabel:CNLabelWork value:card.email.toNSString()] ];
        }
        if (!card.url.isEmpty()) {
            contact.urlAddresses = @[ [CNLabeledValue labeledValueWithLabel:CNLabelWork value:card.url.toNSString()] ];
        }
        if (!card.photo.isEmpty()) {
            contact.imageData = card.photo.toNSData();
        }
        CNContactViewController *screen = [CNContactViewController viewControllerForNewContact:contact];
        screen.contactStore = [[CNContactStore alloc] init];
        screen.delegate = [KLSheetDelegate shared];
        UINavigationController *navigation = [[UINavigationController alloc] initWithRootViewController:screen];
        return ios::present(navigation);
    }
};

} // namespace

std::unique_ptr<Contacts> Contacts::createDefault()
{
    return std::make_unique<IosContacts>();
}

} // namespace kl::platform
