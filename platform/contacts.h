// Capability: put a partner in the phone's own contacts. The system's new-contact screen
// opens filled in and the teacher saves it there: nothing is written without them, and
// no file is handed over (Android 7+ refuses file: URIs in intents, iOS refuses to open
// them). Desktops hand a vCard file to the contacts application.
#pragma once

#include "vcard.h"

#include <QList>

#include <memory>

namespace kl::platform {

class Contacts
{
public:
    virtual ~Contacts() = default;
    // True when the contacts screen opened; false when this device has nothing that can
    // take a new contact (the app then says so and offers another way).
    virtual bool addContact(const kl::VCardData &card) = 0;

    // The implementation for the platform this binary was built for.
    [[nodiscard]] static std::unique_ptr<Contacts> createDefault();
};

// Remembers every card instead of opening a contacts screen: tests, self-test, screenshots.
class RecordingContacts : public Contacts
{
public:
    bool addContact(const kl::VCardData &card) override
    {
        m_added << card;
        return m_accept;
    }
    [[nodiscard]] const QList<kl::VCardData> &added() const { return m_added; }
    void setAccept(bool accept) { m_accept = accept; }

private:
    QList<kl::VCardData> m_added;
    bool m_accept = true;
};

} // namespace kl::platform
