<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AppStore</name>
    <message>
        <source>No app on this device can open this channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody holds this function at the moment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FlagDialog</name>
    <message>
        <source>Report outdated contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is wrong with %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Works elsewhere now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What should the coordinator know? (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment for the coordinator (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please do not mention pupils. Your report goes to the school&apos;s coordinator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>KorteLijn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search partner, function or topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My own partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody found for “%1”. Try a function (logopedist), an organisation (CJG) or a topic (verzuim).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin a quick line to reach a partner in one tap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At school today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No partners at school today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at school now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recently used</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LineButton</name>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 to %3. %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No number or address known</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LineEditPage</name>
    <message>
        <source>Quick line saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New quick line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit quick line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save quick line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whom is this line for?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search a function or person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner: %1. Tap to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not at school now. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name on the button</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. App the CJG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hi {voornaam}, do you have time {dag} at {tijd}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin on the home screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete line</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LineEditor</name>
    <message>
        <source>Nobody holds this function at the moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This partner has no regular hours at school: {dag} reads “soon” and {tijd} stays empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown placeholder: {%1}. Use one of the buttons below.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinesPage</name>
    <message>
        <source>Quick lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New quick line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quick line opens WhatsApp, SMS, a call or an e-mail to a partner with your message filled in. Pinned lines are on the home screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the home screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1 up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1 down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpin %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>KorteLijn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My network</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MyNetworkPage</name>
    <message>
        <source>My network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add my own partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners you add here stay on this phone. The school does not see them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My own partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starred school partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tap the star on a partner to keep them here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnerDelegate</name>
    <message>
        <source>at school today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vacant, ask the school&apos;s contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnerDetail</name>
    <message>
        <source>%1 (until %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note saved on this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you. The coordinator will check this contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At school: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact card could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contacts app on this device can import the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact details copied. Paste them where you want to share them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharing is not available on this device.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnerPage</name>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from my network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to my network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share contact details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This partner is no longer in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vacant: nobody holds this function now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My own partner · only on this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask me about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our contact at school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) keeps in touch with this partner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 keeps in touch with this partner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previously</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My note (only on this device)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: prefers WhatsApp after 15:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to my phone&apos;s contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New quick line to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit my partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Report outdated (%n open report(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Report outdated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnersPage</name>
    <message>
        <source>Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A-Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort A to Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group by category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school&apos;s partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My own partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school&apos;s partner list is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have not added partners of your own yet. Add them under My network.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonEditPage</name>
    <message>
        <source>Saved on this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This removes the partner, your note and your quick lines to them from this phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only on this device: the school and other teachers do not see your own partners.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role, e.g. remedial teacher (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp number, if not the mobile number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove partner</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected with %1. Last updated %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting with %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school server could not be reached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to a school server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partner list on this phone is the demo school “Basisschool De Regenboog”. When your school connects its server, its own list replaces it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own partners, notes, stars and which lines you use stay on this phone. The school list only holds the partners&apos; work contact details. Do not put pupils&apos; names in messages or notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KorteLijn %1: short lines between school and partners.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kl</name>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No regular hours at school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At school now, until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At school now, until %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next at school: %1 %2–%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next at school: %1 %2–%3, %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kl::Availability</name>
    <message>
        <source>soon</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kl::Category</name>
    <message>
        <source>Municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CJG / youth care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neighbourhood team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Childcare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care (speech, occupational, physio therapy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Educational support service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public health service (GGD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Culture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community and youth work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kl::Database</name>
    <message>
        <source>The local data could not be saved or read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file %1 could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This data was saved by a newer version of KorteLijn (schema %1, this version knows %2). Update the app; your data has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kl::PhoneNumbers</name>
    <message>
        <source>“%1” is not a valid phone number. Check the digits, for example 06 12345678 or 020 1234567.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kl::PrivacyHint</name>
    <message>
        <source>“%1” looks like a name. Keep pupils&apos; names out of messages: write “a pupil in my class” and discuss details in person.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kl::Validation</name>
    <message>
        <source>The contact of this line no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This line no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kl::Weekday</name>
    <message>
        <source>Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kl::detail</name>
    <message>
        <source>No WhatsApp number is known for this contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mobile number is known for this contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No phone number is known for this contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No e-mail address is known for this contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the contact you want to report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Briefly describe what is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the comment under 500 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the function&apos;s title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the organisation this function belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This function no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the date of the hand-over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hand-over date must be after the current holder started (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is too long (at most 10,000 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the organisation&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The coordinates are not valid (latitude -90 to 90, longitude -180 to 180).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This organisation no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a day of the week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end time must be after the start time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day must not be before the first day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This time slot no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the location&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The radius must be between 10 and 5000 metres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the line a short name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a person or function to contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is too long for a quick line (at most 1000 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact of this line no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This line no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pinned lines changed in the meantime; try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
