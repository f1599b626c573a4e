<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AppStore</name>
    <message>
        <source>Nobody holds this function at the moment.</source>
        <translation>Nobody holds this function at the moment.</translation>
    </message>
    <message>
        <source>This phone has no app that opens this. Copy the %1 and the message, and use another app or phone.</source>
        <translation>This phone has no app that opens this. Copy the %1 and the message, and use another app or phone.</translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation>e-mail address</translation>
    </message>
    <message>
        <source>number</source>
        <translation>number</translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <source>At least %1 characters. A short sentence is easy to remember and hard to guess.</source>
        <translation>At least %1 characters. A short sentence is easy to remember and hard to guess.</translation>
    </message>
    <message>
        <source>Both passphrases are the same.</source>
        <translation>Both passphrases are the same.</translation>
    </message>
    <message>
        <source>Long enough. Type it once more below.</source>
        <translation>Long enough. Type it once more below.</translation>
    </message>
    <message>
        <source>Take my data along</source>
        <translation>Take my data along</translation>
    </message>
    <message>
        <source>Save your data</source>
        <translation>Save your data</translation>
    </message>
    <message>
        <source>KorteLijn data (*.%1)</source>
        <translation>KorteLijn data (*.%1)</translation>
    </message>
    <message>
        <source>Choose the file with your data</source>
        <translation>Choose the file with your data</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>Your own partners, private notes, stars and own quick lines stay on this phone and never go to the school. Save them in a file locked with a passphrase, and bring them back on a new phone.</source>
        <translation>Your own partners, private notes, stars and own quick lines stay on this phone and never go to the school. Save them in a file locked with a passphrase, and bring them back on a new phone.</translation>
    </message>
    <message>
        <source>Save to a file</source>
        <translation>Save to a file</translation>
    </message>
    <message>
        <source>Choose a passphrase</source>
        <translation>Choose a passphrase</translation>
    </message>
    <message>
        <source>Type the passphrase again</source>
        <translation>Type the passphrase again</translation>
    </message>
    <message>
        <source>Show passphrase</source>
        <translation>Show passphrase</translation>
    </message>
    <message>
        <source>Write the passphrase down somewhere safe. Without it nobody can open the file, not even you or the school.</source>
        <translation>Write the passphrase down somewhere safe. Without it nobody can open the file, not even you or the school.</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <source>Save my data as a file</source>
        <translation>Save my data as a file</translation>
    </message>
    <message>
        <source>Share…</source>
        <translation>Share…</translation>
    </message>
    <message>
        <source>Share my data as a file</source>
        <translation>Share my data as a file</translation>
    </message>
    <message>
        <source>Bring back on this phone</source>
        <translation>Bring back on this phone</translation>
    </message>
    <message>
        <source>Choose the file from your old phone and type its passphrase. What is already on this phone stays; nothing is added twice.</source>
        <translation>Choose the file from your old phone and type its passphrase. What is already on this phone stays; nothing is added twice.</translation>
    </message>
    <message>
        <source>Passphrase of the file</source>
        <translation>Passphrase of the file</translation>
    </message>
    <message>
        <source>Show the file&apos;s passphrase</source>
        <translation>Show the file&apos;s passphrase</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <source>Choose the file and bring my data back</source>
        <translation>Choose the file and bring my data back</translation>
    </message>
</context>
<context>
    <name>BackupSession</name>
    <message numerus="yes">
        <source>%n own partner(s)</source>
        <translation>
            <numerusform>%n own partner</numerusform>
            <numerusform>%n own partners</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n own organisation(s)</source>
        <translation>
            <numerusform>%n own organisation</numerusform>
            <numerusform>%n own organisations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n own quick line(s)</source>
        <translation>
            <numerusform>%n own quick line</numerusform>
            <numerusform>%n own quick lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n star(s)</source>
        <translation>
            <numerusform>%n star</numerusform>
            <numerusform>%n stars</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n choice(s) on school lines</source>
        <translation>
            <numerusform>%n choice on school lines</numerusform>
            <numerusform>%n choices on school lines</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing of your own yet</source>
        <translation>nothing of your own yet</translation>
    </message>
    <message>
        <source>This phone cannot share the file. Save it instead.</source>
        <translation>This phone cannot share the file. Save it instead.</translation>
    </message>
    <message>
        <source>The file could not be saved there%1. Choose another place.</source>
        <translation>The file could not be saved there%1. Choose another place.</translation>
    </message>
    <message>
        <source>The file could not be opened%1. Choose it again.</source>
        <translation>The file could not be opened%1. Choose it again.</translation>
    </message>
    <message>
        <source>Choose where to save the file.</source>
        <translation>Choose where to save the file.</translation>
    </message>
    <message>
        <source>Your data could not be read from this phone (%1).</source>
        <translation>Your data could not be read from this phone (%1).</translation>
    </message>
    <message>
        <source>Locking the file with your passphrase…</source>
        <translation>Locking the file with your passphrase…</translation>
    </message>
    <message>
        <source>Enter the passphrase you chose when you saved the file.</source>
        <translation>Enter the passphrase you chose when you saved the file.</translation>
    </message>
    <message>
        <source>Choose the file with your data.</source>
        <translation>Choose the file with your data.</translation>
    </message>
    <message>
        <source>Unlocking the file…</source>
        <translation>Unlocking the file…</translation>
    </message>
    <message>
        <source>Saving the file…</source>
        <translation>Saving the file…</translation>
    </message>
    <message>
        <source>Saved: %1. Keep the passphrase safe: without it nobody can open the file, not even you.</source>
        <translation>Saved: %1. Keep the passphrase safe: without it nobody can open the file, not even you.</translation>
    </message>
    <message>
        <source>Your data could not be added on this phone.</source>
        <translation>Your data could not be added on this phone.</translation>
    </message>
    <message>
        <source>Adding your data…</source>
        <translation>Adding your data…</translation>
    </message>
    <message>
        <source>The file holds %1.</source>
        <translation>The file holds %1.</translation>
    </message>
    <message>
        <source>Added %1, updated %2, already on this phone %3.</source>
        <translation>Added %1, updated %2, already on this phone %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) changed later on this phone stay as they are.</source>
        <translation>
            <numerusform>%n item changed later on this phone stays as it is.</numerusform>
            <numerusform>%n items changed later on this phone stay as they are.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) now come from the school&apos;s list and stay as the school has them.</source>
        <translation>
            <numerusform>%n item now comes from the school&apos;s list and stays as the school has it.</numerusform>
            <numerusform>%n items now come from the school&apos;s list and stay as the school has them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n choice(s) on school lines wait until this phone is connected to the school: import the file again after that.</source>
        <translation>
            <numerusform>%n choice on school lines waits until this phone is connected to the school: import the file again after that.</numerusform>
            <numerusform>%n choices on school lines wait until this phone is connected to the school: import the file again after that.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CannotOpenDialog</name>
    <message>
        <source>Could not open</source>
        <translation>Could not open</translation>
    </message>
    <message>
        <source>Copied. Paste it in another app.</source>
        <translation>Copied. Paste it in another app.</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Copy %1</translation>
    </message>
    <message>
        <source>Copy the number or address</source>
        <translation>Copy the number or address</translation>
    </message>
    <message>
        <source>Copy the message</source>
        <translation>Copy the message</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ContactsSync</name>
    <message>
        <source>Join your school first: the school list comes from its server.</source>
        <translation>Join your school first: the school list comes from its server.</translation>
    </message>
    <message>
        <source>The school server cannot be reached. Try again when you are online.</source>
        <translation>The school server cannot be reached. Try again when you are online.</translation>
    </message>
    <message>
        <source>This phone is no longer connected to the school.</source>
        <translation>This phone is no longer connected to the school.</translation>
    </message>
    <message>
        <source>The school server could not make the login (error %1).</source>
        <translation>The school server could not make the login (error %1).</translation>
    </message>
</context>
<context>
    <name>ContactsSyncPage</name>
    <message>
        <source>School list in your contacts</source>
        <translation>School list in your contacts</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Copy %1</translation>
    </message>
    <message>
        <source>%1 copied</source>
        <translation>%1 copied</translation>
    </message>
    <message>
        <source>Your phone can show the school&apos;s partners in its own contacts and dialler, so it says who is calling. The list is read-only and kept up to date by the phone. Only what staff of the school may see is in it.</source>
        <translation>Your phone can show the school&apos;s partners in its own contacts and dialler, so it says who is calling. The list is read-only and kept up to date by the phone. Only what staff of the school may see is in it.</translation>
    </message>
    <message>
        <source>Making the login…</source>
        <translation>Making the login…</translation>
    </message>
    <message>
        <source>Make a login for this phone</source>
        <translation>Make a login for this phone</translation>
    </message>
    <message>
        <source>Contacts on this phone</source>
        <translation>Contacts on this phone</translation>
    </message>
    <message>
        <source>Your login</source>
        <translation>Your login</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Server address</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>The password is shown only now. Removing this phone from the school also ends this login.</source>
        <translation>The password is shown only now. Removing this phone from the school also ends this login.</translation>
    </message>
    <message>
        <source>Android</source>
        <translation>Android</translation>
    </message>
    <message>
        <source>Install DAVx⁵ (Play Store or F-Droid), then tap the button: DAVx⁵ opens with everything filled in. Choose “Log in”, select the address book and allow access to your contacts.</source>
        <translation>Install DAVx⁵ (Play Store or F-Droid), then tap the button: DAVx⁵ opens with everything filled in. Choose “Log in”, select the address book and allow access to your contacts.</translation>
    </message>
    <message>
        <source>Open in DAVx⁵</source>
        <translation>Open in DAVx⁵</translation>
    </message>
    <message>
        <source>DAVx⁵ is not installed</source>
        <translation>DAVx⁵ is not installed</translation>
    </message>
    <message>
        <source>iPhone and iPad</source>
        <translation>iPhone and iPad</translation>
    </message>
    <message>
        <source>Copy the password first. Then download the profile, open Settings, tap “Profile downloaded” and “Install”; paste the password when asked.</source>
        <translation>Copy the password first. Then download the profile, open Settings, tap “Profile downloaded” and “Install”; paste the password when asked.</translation>
    </message>
    <message>
        <source>Download the profile</source>
        <translation>Download the profile</translation>
    </message>
    <message>
        <source>Other apps (Thunderbird)</source>
        <translation>Other apps (Thunderbird)</translation>
    </message>
    <message>
        <source>Add a CardDAV address book with the server address, user name and password above.</source>
        <translation>Add a CardDAV address book with the server address, user name and password above.</translation>
    </message>
</context>
<context>
    <name>EditorPage</name>
    <message>
        <source>Discard your changes?</source>
        <translation>Discard your changes?</translation>
    </message>
    <message>
        <source>What you typed here is not saved yet.</source>
        <translation>What you typed here is not saved yet.</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Keep editing</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Discard changes</translation>
    </message>
</context>
<context>
    <name>FlagDialog</name>
    <message>
        <source>Report outdated contact</source>
        <translation>Report outdated contact</translation>
    </message>
    <message>
        <source>What is wrong with %1?</source>
        <translation>What is wrong with %1?</translation>
    </message>
    <message>
        <source>The number is wrong</source>
        <translation>The number is wrong</translation>
    </message>
    <message>
        <source>Works elsewhere now</source>
        <translation>Works elsewhere now</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Something else</translation>
    </message>
    <message>
        <source>What should the coordinator know? (required)</source>
        <translation>What should the coordinator know? (required)</translation>
    </message>
    <message>
        <source>Comment for the coordinator (optional)</source>
        <translation>Comment for the coordinator (optional)</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Please do not mention pupils. Your report goes to the school&apos;s coordinator.</source>
        <translation>Please do not mention pupils. Your report goes to the school&apos;s coordinator.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Send report</source>
        <translation>Send report</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>KorteLijn</source>
        <translation>KorteLijn</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Search partner, function or topic</source>
        <translation>Search partner, function or topic</translation>
    </message>
    <message>
        <source>Search partners</source>
        <translation>Search partners</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Clear search</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Search results</translation>
    </message>
    <message>
        <source>My own partner</source>
        <translation>My own partner</translation>
    </message>
    <message>
        <source>Nobody found for “%1”. Try a function (logopedist), an organisation (CJG) or a topic (verzuim).</source>
        <translation>Nobody found for “%1”. Try a function (logopedist), an organisation (CJG) or a topic (verzuim).</translation>
    </message>
    <message>
        <source>Quick lines</source>
        <translation>Quick lines</translation>
    </message>
    <message>
        <source>Pin a quick line to reach a partner in one tap.</source>
        <translation>Pin a quick line to reach a partner in one tap.</translation>
    </message>
    <message>
        <source>At school today</source>
        <translation>At school today</translation>
    </message>
    <message>
        <source>No partners at school today.</source>
        <translation>No partners at school today.</translation>
    </message>
    <message>
        <source>at school now</source>
        <translation>at school now</translation>
    </message>
    <message>
        <source>now</source>
        <translation>now</translation>
    </message>
    <message>
        <source>Recently used</source>
        <translation>Recently used</translation>
    </message>
    <message>
        <source>Nearby</source>
        <translation>Nearby</translation>
    </message>
</context>
<context>
    <name>InductionEntry</name>
    <message>
        <source>New at school: meet your partners. %1 of %2 met</source>
        <translation>New at school: meet your partners. %1 of %2 met</translation>
    </message>
    <message>
        <source>New at school: meet your partners</source>
        <translation>New at school: meet your partners</translation>
    </message>
    <message>
        <source>%1 partners to get to know: who they are, what to ask them and when they are at school.</source>
        <translation>%1 partners to get to know: who they are, what to ask them and when they are at school.</translation>
    </message>
    <message>
        <source>%1 of %2 met</source>
        <translation>%1 of %2 met</translation>
    </message>
</context>
<context>
    <name>InductionPage</name>
    <message>
        <source>New at school</source>
        <translation>New at school</translation>
    </message>
    <message>
        <source>New at school: meet your partners</source>
        <translation>New at school: meet your partners</translation>
    </message>
    <message>
        <source>Partners to meet</source>
        <translation>Partners to meet</translation>
    </message>
    <message>
        <source>Get to know the partners the school works with most. Tick a partner once you have met them; the ticks stay on this phone.</source>
        <translation>Get to know the partners the school works with most. Tick a partner once you have met them; the ticks stay on this phone.</translation>
    </message>
    <message>
        <source>%1 of %2 met</source>
        <translation>%1 of %2 met</translation>
    </message>
    <message>
        <source>You have met everyone on the path. You know whom to call.</source>
        <translation>You have met everyone on the path. You know whom to call.</translation>
    </message>
    <message>
        <source>Your school has not set out an induction path yet.</source>
        <translation>Your school has not set out an induction path yet.</translation>
    </message>
    <message>
        <source>%1, %2. Open the partner page</source>
        <translation>%1, %2. Open the partner page</translation>
    </message>
    <message>
        <source>Owner at school: %1, %2</source>
        <translation>Owner at school: %1, %2</translation>
    </message>
    <message>
        <source>Owner at school: %1</source>
        <translation>Owner at school: %1</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>Met %1</source>
        <translation>Met %1</translation>
    </message>
</context>
<context>
    <name>LineButton</name>
    <message>
        <source>Call</source>
        <translation>Call</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>%1: %2 to %3. %4</source>
        <translation>%1: %2 to %3. %4</translation>
    </message>
    <message>
        <source>No number or address known</source>
        <translation>No number or address known</translation>
    </message>
</context>
<context>
    <name>LineEditPage</name>
    <message>
        <source>Quick line saved.</source>
        <translation>Quick line saved.</translation>
    </message>
    <message>
        <source>New quick line</source>
        <translation>New quick line</translation>
    </message>
    <message>
        <source>Edit quick line</source>
        <translation>Edit quick line</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Save quick line</source>
        <translation>Save quick line</translation>
    </message>
    <message>
        <source>Whom is this line for?</source>
        <translation>Whom is this line for?</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Search a function or person</source>
        <translation>Search a function or person</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Partner: %1. Tap to change.</source>
        <translation>Partner: %1. Tap to change.</translation>
    </message>
    <message>
        <source>Choose a partner</source>
        <translation>Choose a partner</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Not at school now. %1</source>
        <translation>Not at school now. %1</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Call</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Channel: %1</source>
        <translation>Channel: %1</translation>
    </message>
    <message>
        <source>Name on the button</source>
        <translation>Name on the button</translation>
    </message>
    <message>
        <source>e.g. App the CJG</source>
        <translation>e.g. App the CJG</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Hi {voornaam}, do you have time {dag} at {tijd}?</source>
        <translation>Hi {voornaam}, do you have time {dag} at {tijd}?</translation>
    </message>
    <message>
        <source>Message template</source>
        <translation>Message template</translation>
    </message>
    <message>
        <source>Insert %1</source>
        <translation>Insert %1</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Preview: %1</source>
        <translation>Preview: %1</translation>
    </message>
    <message>
        <source>Pin on the home screen</source>
        <translation>Pin on the home screen</translation>
    </message>
    <message>
        <source>Delete line</source>
        <translation>Delete line</translation>
    </message>
    <message>
        <source>This line comes from the school. Your changes are saved as your own line in its place.</source>
        <translation>This line comes from the school. Your changes are saved as your own line in its place.</translation>
    </message>
    <message>
        <source>Remove from my home screen</source>
        <translation>Remove from my home screen</translation>
    </message>
    <message>
        <source>Channel: %1 (no number or address for this partner)</source>
        <translation>Channel: %1 (no number or address for this partner)</translation>
    </message>
    <message>
        <source>A call has no message.</source>
        <translation>A call has no message.</translation>
    </message>
</context>
<context>
    <name>LineEditor</name>
    <message>
        <source>Nobody holds this function at the moment.</source>
        <translation>Nobody holds this function at the moment.</translation>
    </message>
    <message>
        <source>This partner has no regular hours at school: {dag} reads “soon” and {tijd} stays empty.</source>
        <translation>This partner has no regular hours at school: {dag} reads “soon” and {tijd} stays empty.</translation>
    </message>
    <message>
        <source>Unknown placeholder: {%1}. Use one of the buttons below.</source>
        <translation>Unknown placeholder: {%1}. Use one of the buttons below.</translation>
    </message>
    <message>
        <source>This line comes from the school and stays in the list; it is no longer on your home screen.</source>
        <translation>This line comes from the school and stays in the list; it is no longer on your home screen.</translation>
    </message>
</context>
<context>
    <name>LinesPage</name>
    <message>
        <source>Quick lines</source>
        <translation>Quick lines</translation>
    </message>
    <message>
        <source>New quick line</source>
        <translation>New quick line</translation>
    </message>
    <message>
        <source>A quick line opens WhatsApp, SMS, a call or an e-mail to a partner with your message filled in. Pinned lines are on the home screen.</source>
        <translation>A quick line opens WhatsApp, SMS, a call or an e-mail to a partner with your message filled in. Pinned lines are on the home screen.</translation>
    </message>
    <message>
        <source>On the home screen</source>
        <translation>On the home screen</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <source>Move %1 up</source>
        <translation>Move %1 up</translation>
    </message>
    <message>
        <source>Move %1 down</source>
        <translation>Move %1 down</translation>
    </message>
    <message>
        <source>All lines</source>
        <translation>All lines</translation>
    </message>
    <message>
        <source>Unpin %1</source>
        <translation>Unpin %1</translation>
    </message>
    <message>
        <source>Pin %1</source>
        <translation>Pin %1</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>KorteLijn</source>
        <translation>KorteLijn</translation>
    </message>
    <message>
        <source>Main sections</source>
        <translation>Main sections</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>Home screen</source>
        <translation>Home screen</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Lines</translation>
    </message>
    <message>
        <source>Quick lines</source>
        <translation>Quick lines</translation>
    </message>
    <message>
        <source>Network</source>
        <comment>short tab label for My network</comment>
        <translation>Network</translation>
    </message>
    <message>
        <source>My network</source>
        <translation>My network</translation>
    </message>
</context>
<context>
    <name>MyNetworkPage</name>
    <message>
        <source>My network</source>
        <translation>My network</translation>
    </message>
    <message>
        <source>Add my own partner</source>
        <translation>Add my own partner</translation>
    </message>
    <message>
        <source>Partners you add here stay on this phone. The school does not see them.</source>
        <translation>Partners you add here stay on this phone. The school does not see them.</translation>
    </message>
    <message>
        <source>My own partners</source>
        <translation>My own partners</translation>
    </message>
    <message>
        <source>Starred school partners</source>
        <translation>Starred school partners</translation>
    </message>
    <message>
        <source>Tap the star on a partner to keep them here.</source>
        <translation>Tap the star on a partner to keep them here.</translation>
    </message>
    <message>
        <source>Scan a contact card</source>
        <translation>Scan a contact card</translation>
    </message>
</context>
<context>
    <name>NearbyPage</name>
    <message>
        <source>Nearby</source>
        <translation>Nearby</translation>
    </message>
    <message>
        <source>Finding your position…</source>
        <translation>Finding your position…</translation>
    </message>
    <message>
        <source>Where am I?</source>
        <translation>Where am I?</translation>
    </message>
    <message>
        <source>Find my position once</source>
        <translation>Find my position once</translation>
    </message>
    <message>
        <source>Partners by distance</source>
        <translation>Partners by distance</translation>
    </message>
    <message>
        <source>My own partner</source>
        <translation>My own partner</translation>
    </message>
    <message>
        <source>No partners with an address on the map yet.</source>
        <translation>No partners with an address on the map yet.</translation>
    </message>
</context>
<context>
    <name>OrganogramPage</name>
    <message>
        <source>Who does what</source>
        <translation>Who does what</translation>
    </message>
    <message>
        <source>The school&apos;s roles and the partners each role looks after. Red dashes: a role without a deputy, or partners without an owner at school.</source>
        <translation>The school&apos;s roles and the partners each role looks after. Red dashes: a role without a deputy, or partners without an owner at school.</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Whole picture</source>
        <translation>Whole picture</translation>
    </message>
    <message>
        <source>Show the whole picture</source>
        <translation>Show the whole picture</translation>
    </message>
    <message>
        <source>Who does what: the school&apos;s roles and their partners</source>
        <translation>Who does what: the school&apos;s roles and their partners</translation>
    </message>
</context>
<context>
    <name>PageHeader</name>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
</context>
<context>
    <name>PartnerDelegate</name>
    <message>
        <source>at school today</source>
        <translation>at school today</translation>
    </message>
    <message>
        <source>Vacant, ask the school&apos;s contact</source>
        <translation>Vacant, ask the school&apos;s contact</translation>
    </message>
    <message>
        <source>today</source>
        <translation>today</translation>
    </message>
</context>
<context>
    <name>PartnerDetail</name>
    <message>
        <source>%1 (until %2)</source>
        <translation>%1 (until %2)</translation>
    </message>
    <message>
        <source>Note saved on this device.</source>
        <translation>Note saved on this device.</translation>
    </message>
    <message>
        <source>Thank you. The coordinator will check this contact.</source>
        <translation>Thank you. The coordinator will check this contact.</translation>
    </message>
    <message>
        <source>At school: %1</source>
        <translation>At school: %1</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Phone: %1</translation>
    </message>
    <message>
        <source>E-mail: %1</source>
        <translation>E-mail: %1</translation>
    </message>
    <message>
        <source>Contact details copied. Paste them where you want to share them.</source>
        <translation>Contact details copied. Paste them where you want to share them.</translation>
    </message>
    <message>
        <source>Sharing is not available on this device.</source>
        <translation>Sharing is not available on this device.</translation>
    </message>
    <message>
        <source>This phone has no contacts app that takes the card. Copy the details and add them by hand.</source>
        <translation>This phone has no contacts app that takes the card. Copy the details and add them by hand.</translation>
    </message>
</context>
<context>
    <name>PartnerPage</name>
    <message>
        <source>Remove from my network</source>
        <translation>Remove from my network</translation>
    </message>
    <message>
        <source>Add to my network</source>
        <translation>Add to my network</translation>
    </message>
    <message>
        <source>Share contact details</source>
        <translation>Share contact details</translation>
    </message>
    <message>
        <source>This partner is no longer in the list.</source>
        <translation>This partner is no longer in the list.</translation>
    </message>
    <message>
        <source>Vacant: nobody holds this function now</source>
        <translation>Vacant: nobody holds this function now</translation>
    </message>
    <message>
        <source>My own partner · only on this device</source>
        <translation>My own partner · only on this device</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Call</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Ask me about</source>
        <translation>Ask me about</translation>
    </message>
    <message>
        <source>Our contact at school</source>
        <translation>Our contact at school</translation>
    </message>
    <message>
        <source>%1 (%2) keeps in touch with this partner.</source>
        <translation>%1 (%2) keeps in touch with this partner.</translation>
    </message>
    <message>
        <source>%1 keeps in touch with this partner.</source>
        <translation>%1 keeps in touch with this partner.</translation>
    </message>
    <message>
        <source>Previously</source>
        <translation>Previously</translation>
    </message>
    <message>
        <source>My note (only on this device)</source>
        <translation>My note (only on this device)</translation>
    </message>
    <message>
        <source>For example: prefers WhatsApp after 15:00</source>
        <translation>For example: prefers WhatsApp after 15:00</translation>
    </message>
    <message>
        <source>Private note</source>
        <translation>Private note</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>Save note</translation>
    </message>
    <message>
        <source>More</source>
        <translation>More</translation>
    </message>
    <message>
        <source>Add to my phone&apos;s contacts</source>
        <translation>Add to my phone&apos;s contacts</translation>
    </message>
    <message>
        <source>New quick line to %1</source>
        <translation>New quick line to %1</translation>
    </message>
    <message>
        <source>Edit my partner</source>
        <translation>Edit my partner</translation>
    </message>
    <message numerus="yes">
        <source>Report outdated (%n open report(s))</source>
        <translation>
            <numerusform>Report outdated (%n open report)</numerusform>
            <numerusform>Report outdated (%n open reports)</numerusform>
        </translation>
    </message>
    <message>
        <source>Report outdated</source>
        <translation>Report outdated</translation>
    </message>
    <message>
        <source>Show QR code for parents</source>
        <translation>Show QR code for parents</translation>
    </message>
    <message>
        <source>Also: %1</source>
        <translation>Also: %1</translation>
    </message>
    <message>
        <source>Note from the school</source>
        <translation>Note from the school</translation>
    </message>
</context>
<context>
    <name>PartnerQr</name>
    <message>
        <source>Parents scan this code with their phone&apos;s camera and see %1&apos;s public page, with a button to save the contact.</source>
        <translation>Parents scan this code with their phone&apos;s camera and see %1&apos;s public page, with a button to save the contact.</translation>
    </message>
    <message>
        <source>This code holds the public contact card itself: parents scan it with their phone&apos;s camera and save it, no internet needed.</source>
        <translation>This code holds the public contact card itself: parents scan it with their phone&apos;s camera and save it, no internet needed.</translation>
    </message>
    <message>
        <source>%1 has no public details, so there is no code for parents. A coordinator can make the name and other details public.</source>
        <translation>%1 has no public details, so there is no code for parents. A coordinator can make the name and other details public.</translation>
    </message>
</context>
<context>
    <name>PartnersPage</name>
    <message>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>A-Z</source>
        <translation>A-Z</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>By category</translation>
    </message>
    <message>
        <source>Sort A to Z</source>
        <translation>Sort A to Z</translation>
    </message>
    <message>
        <source>Group by category</source>
        <translation>Group by category</translation>
    </message>
    <message>
        <source>Which partners</source>
        <translation>Which partners</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>The school&apos;s partners</source>
        <translation>The school&apos;s partners</translation>
    </message>
    <message>
        <source>My own</source>
        <translation>My own</translation>
    </message>
    <message>
        <source>My own partners</source>
        <translation>My own partners</translation>
    </message>
    <message>
        <source>Partner list</source>
        <translation>Partner list</translation>
    </message>
    <message>
        <source>The school&apos;s partner list is empty.</source>
        <translation>The school&apos;s partner list is empty.</translation>
    </message>
    <message>
        <source>You have not added partners of your own yet. Add them under My network.</source>
        <translation>You have not added partners of your own yet. Add them under My network.</translation>
    </message>
    <message>
        <source>Who does what</source>
        <translation>Who does what</translation>
    </message>
</context>
<context>
    <name>PersonEditPage</name>
    <message>
        <source>Saved on this device.</source>
        <translation>Saved on this device.</translation>
    </message>
    <message>
        <source>New partner</source>
        <translation>New partner</translation>
    </message>
    <message>
        <source>Edit partner</source>
        <translation>Edit partner</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Save partner</source>
        <translation>Save partner</translation>
    </message>
    <message>
        <source>Remove %1?</source>
        <translation>Remove %1?</translation>
    </message>
    <message>
        <source>This removes the partner, your note and your quick lines to them from this phone.</source>
        <translation>This removes the partner, your note and your quick lines to them from this phone.</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Keep</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Partner removed.</source>
        <translation>Partner removed.</translation>
    </message>
    <message>
        <source>Only on this device: the school and other teachers do not see your own partners.</source>
        <translation>Only on this device: the school and other teachers do not see your own partners.</translation>
    </message>
    <message>
        <source>Remove partner</source>
        <translation>Remove partner</translation>
    </message>
</context>
<context>
    <name>PersonFields</name>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>Organisation (optional)</source>
        <translation>Organisation (optional)</translation>
    </message>
    <message>
        <source>Role, e.g. remedial teacher (optional)</source>
        <translation>Role, e.g. remedial teacher (optional)</translation>
    </message>
    <message>
        <source>Mobile number</source>
        <translation>Mobile number</translation>
    </message>
    <message>
        <source>WhatsApp number, if not the mobile number</source>
        <translation>WhatsApp number, if not the mobile number</translation>
    </message>
    <message>
        <source>Landline</source>
        <translation>Landline</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
</context>
<context>
    <name>QrPage</name>
    <message>
        <source>QR code for parents</source>
        <translation>QR code for parents</translation>
    </message>
    <message>
        <source>QR code with the link to the public page of %1</source>
        <translation>QR code with the link to the public page of %1</translation>
    </message>
    <message>
        <source>QR code with the contact card of %1</source>
        <translation>QR code with the contact card of %1</translation>
    </message>
    <message>
        <source>Link to the public page</source>
        <translation>Link to the public page</translation>
    </message>
    <message>
        <source>Contact card, works without internet</source>
        <translation>Contact card, works without internet</translation>
    </message>
    <message>
        <source>Address of the public page: %1</source>
        <translation>Address of the public page: %1</translation>
    </message>
</context>
<context>
    <name>ScanPage</name>
    <message>
        <source>Scan a QR code</source>
        <translation>Scan a QR code</translation>
    </message>
    <message>
        <source>%1 is now one of your own partners.</source>
        <translation>%1 is now one of your own partners.</translation>
    </message>
    <message>
        <source>Choose a picture with a QR code</source>
        <translation>Choose a picture with a QR code</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.webp *.bmp *.gif)</source>
        <translation>Pictures (*.png *.jpg *.jpeg *.webp *.bmp *.gif)</translation>
    </message>
    <message>
        <source>Camera view</source>
        <translation>Camera view</translation>
    </message>
    <message>
        <source>Scan again</source>
        <translation>Scan again</translation>
    </message>
    <message>
        <source>Hold the QR code in front of the camera.</source>
        <translation>Hold the QR code in front of the camera.</translation>
    </message>
    <message>
        <source>There is no camera to scan with here. Choose a picture of the QR code instead, for example a screenshot or a photo someone sent you.</source>
        <translation>There is no camera to scan with here. Choose a picture of the QR code instead, for example a screenshot or a photo someone sent you.</translation>
    </message>
    <message>
        <source>Choose a picture</source>
        <translation>Choose a picture</translation>
    </message>
    <message>
        <source>Join the school</source>
        <translation>Join the school</translation>
    </message>
    <message>
        <source>Save partner</source>
        <translation>Save partner</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Saved as your own partner (only on this phone). Correct anything that is wrong:</source>
        <translation>Saved as your own partner (only on this phone). Correct anything that is wrong:</translation>
    </message>
</context>
<context>
    <name>ScanSession</name>
    <message>
        <source>The camera could not be started. Choose a picture of the QR code instead.</source>
        <translation>The camera could not be started. Choose a picture of the QR code instead.</translation>
    </message>
    <message>
        <source>This file is not a picture KorteLijn can open. Choose a photo or a screenshot (PNG or JPEG).</source>
        <translation>This file is not a picture KorteLijn can open. Choose a photo or a screenshot (PNG or JPEG).</translation>
    </message>
    <message>
        <source>No QR code found in this picture. Make sure the whole code is in it and sharp.</source>
        <translation>No QR code found in this picture. Make sure the whole code is in it and sharp.</translation>
    </message>
    <message>
        <source>An invitation to join the school list on %1.</source>
        <translation>An invitation to join the school list on %1.</translation>
    </message>
    <message>
        <source>A contact card. Check what will be saved as your own partner, on this phone only.</source>
        <translation>A contact card. Check what will be saved as your own partner, on this phone only.</translation>
    </message>
    <message>
        <source>This code is a link to %1, not a KorteLijn code. Open it in your browser if you trust it.</source>
        <translation>This code is a link to %1, not a KorteLijn code. Open it in your browser if you trust it.</translation>
    </message>
    <message>
        <source>KorteLijn may not use the camera. Allow it in your phone&apos;s settings, or choose a picture of the QR code.</source>
        <translation>KorteLijn may not use the camera. Allow it in your phone&apos;s settings, or choose a picture of the QR code.</translation>
    </message>
</context>
<context>
    <name>SchoolConnection</name>
    <message>
        <source>Paste the invitation link you received from the school, or scan its QR code.</source>
        <translation>Paste the invitation link you received from the school, or scan its QR code.</translation>
    </message>
    <message>
        <source>KorteLijn on %1</source>
        <translation>KorteLijn on %1</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Put the school list in your phone&apos;s contacts</source>
        <translation>Put the school list in your phone&apos;s contacts</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Appearance</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <source>School connection</source>
        <translation>School connection</translation>
    </message>
    <message>
        <source>Connected with %1. Last updated %2.</source>
        <translation>Connected with %1. Last updated %2.</translation>
    </message>
    <message>
        <source>Connecting with %1…</source>
        <translation>Connecting with %1…</translation>
    </message>
    <message>
        <source>Not connected to a school server.</source>
        <translation>Not connected to a school server.</translation>
    </message>
    <message>
        <source>The partner list on this phone is the demo school “Basisschool De Regenboog”. When your school connects its server, its own list replaces it.</source>
        <translation>The partner list on this phone is the demo school “Basisschool De Regenboog”. When your school connects its server, its own list replaces it.</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privacy</translation>
    </message>
    <message>
        <source>Your own partners, notes, stars and which lines you use stay on this phone. The school list only holds the partners&apos; work contact details. Do not put pupils&apos; names in messages or notes.</source>
        <translation>Your own partners, notes, stars and which lines you use stay on this phone. The school list only holds the partners&apos; work contact details. Do not put pupils&apos; names in messages or notes.</translation>
    </message>
    <message>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <source>KorteLijn %1: short lines between school and partners.</source>
        <translation>KorteLijn %1: short lines between school and partners.</translation>
    </message>
    <message>
        <source>Joining the school…</source>
        <translation>Joining the school…</translation>
    </message>
    <message>
        <source>Could not update just now; the list on this phone is from %1. KorteLijn tries again by itself.</source>
        <translation>Could not update just now; the list on this phone is from %1. KorteLijn tries again by itself.</translation>
    </message>
    <message>
        <source>Could not reach the school yet. KorteLijn tries again by itself.</source>
        <translation>Could not reach the school yet. KorteLijn tries again by itself.</translation>
    </message>
    <message>
        <source>The school has removed this phone from its list. Your own partners and notes are still here. Ask the coordinator for a new invitation to connect again.</source>
        <translation>The school has removed this phone from its list. Your own partners and notes are still here. Ask the coordinator for a new invitation to connect again.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent to the school.</source>
        <translation>
            <numerusform>%n change waiting to be sent to the school.</numerusform>
            <numerusform>%n changes waiting to be sent to the school.</numerusform>
        </translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Updating…</translation>
    </message>
    <message>
        <source>Update now</source>
        <translation>Update now</translation>
    </message>
    <message>
        <source>Invitation link from your school</source>
        <translation>Invitation link from your school</translation>
    </message>
    <message>
        <source>Join school</source>
        <translation>Join school</translation>
    </message>
    <message>
        <source>My school location</source>
        <translation>My school location</translation>
    </message>
    <message>
        <source>Used for “at school today” and for distances when your position is not known.</source>
        <translation>Used for “at school today” and for distances when your position is not known.</translation>
    </message>
    <message>
        <source>Scan the invitation&apos;s QR code</source>
        <translation>Scan the invitation&apos;s QR code</translation>
    </message>
    <message>
        <source>Take my data along…</source>
        <translation>Take my data along…</translation>
    </message>
    <message>
        <source>Take my data along to a new phone</source>
        <translation>Take my data along to a new phone</translation>
    </message>
</context>
<context>
    <name>Whereabouts</name>
    <message>
        <source>Distances from where you are, at %1.</source>
        <translation>Distances from where you are, at %1.</translation>
    </message>
    <message>
        <source>Distances from where you are.</source>
        <translation>Distances from where you are.</translation>
    </message>
    <message>
        <source>Distances unknown: your school has no locations with an address on the map.</source>
        <translation>Distances unknown: your school has no locations with an address on the map.</translation>
    </message>
    <message>
        <source>Distances from %1, your chosen location.</source>
        <translation>Distances from %1, your chosen location.</translation>
    </message>
    <message>
        <source>Distances from %1.</source>
        <translation>Distances from %1.</translation>
    </message>
    <message>
        <source>Distances are measured from the school.</source>
        <translation>Distances are measured from the school.</translation>
    </message>
    <message>
        <source>Distances are measured from %1 for now.</source>
        <translation>Distances are measured from %1 for now.</translation>
    </message>
    <message>
        <source>This device cannot tell where it is. %1 Choose your school location in Settings.</source>
        <translation>This device cannot tell where it is. %1 Choose your school location in Settings.</translation>
    </message>
    <message>
        <source>KorteLijn may not use your location. Allow it in your phone&apos;s settings and try again. %1</source>
        <translation>KorteLijn may not use your location. Allow it in your phone&apos;s settings and try again. %1</translation>
    </message>
    <message>
        <source>Your position was not found in time. Go near a window or outside and try again. %1</source>
        <translation>Your position was not found in time. Go near a window or outside and try again. %1</translation>
    </message>
</context>
<context>
    <name>kl::Availability</name>
    <message>
        <source>today</source>
        <translation>today</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>tomorrow</translation>
    </message>
    <message>
        <source>No regular hours at school</source>
        <translation>No regular hours at school</translation>
    </message>
    <message>
        <source>At school now, until %1</source>
        <translation>At school now, until %1</translation>
    </message>
    <message>
        <source>At school now, until %1, %2</source>
        <translation>At school now, until %1, %2</translation>
    </message>
    <message>
        <source>Next at school: %1 %2–%3</source>
        <translation>Next at school: %1 %2–%3</translation>
    </message>
    <message>
        <source>Next at school: %1 %2–%3, %4</source>
        <translation>Next at school: %1 %2–%3, %4</translation>
    </message>
    <message>
        <source>soon</source>
        <translation>soon</translation>
    </message>
</context>
<context>
    <name>kl::Backup</name>
    <message>
        <source>This is not a KorteLijn file with your data. Choose the file you saved on your old phone.</source>
        <translation>This is not a KorteLijn file with your data. Choose the file you saved on your old phone.</translation>
    </message>
    <message>
        <source>This file was made by a newer KorteLijn. Update the app and try again.</source>
        <translation>This file was made by a newer KorteLijn. Update the app and try again.</translation>
    </message>
    <message>
        <source>The passphrase does not fit this file. Check it and try again; nothing was changed.</source>
        <translation>The passphrase does not fit this file. Check it and try again; nothing was changed.</translation>
    </message>
    <message>
        <source>This phone has too little free memory to unlock the file. Close other apps and try again.</source>
        <translation>This phone has too little free memory to unlock the file. Close other apps and try again.</translation>
    </message>
    <message>
        <source>The file is damaged or incomplete, so nothing was changed. Save it again on your old phone, or try another copy.</source>
        <translation>The file is damaged or incomplete, so nothing was changed. Save it again on your old phone, or try another copy.</translation>
    </message>
    <message>
        <source>Choose a passphrase to lock the file.</source>
        <translation>Choose a passphrase to lock the file.</translation>
    </message>
    <message>
        <source>Choose a passphrase of at least %1 characters, for example a short sentence.</source>
        <translation>Choose a passphrase of at least %1 characters, for example a short sentence.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Type it again.</source>
        <translation>The two passphrases are not the same. Type it again.</translation>
    </message>
    <message>
        <source>The file could not be made on this phone.</source>
        <translation>The file could not be made on this phone.</translation>
    </message>
    <message>
        <source>The file holds a value KorteLijn cannot take (%1), so nothing was changed.</source>
        <translation>The file holds a value KorteLijn cannot take (%1), so nothing was changed.</translation>
    </message>
</context>
<context>
    <name>kl::Category</name>
    <message>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>CJG / youth care</source>
        <translation>CJG / youth care</translation>
    </message>
    <message>
        <source>Neighbourhood team</source>
        <translation>Neighbourhood team</translation>
    </message>
    <message>
        <source>Childcare</source>
        <translation>Childcare</translation>
    </message>
    <message>
        <source>Care (speech, occupational, physio therapy)</source>
        <translation>Care (speech, occupational, physio therapy)</translation>
    </message>
    <message>
        <source>Educational support service</source>
        <translation>Educational support service</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Library</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Police</translation>
    </message>
    <message>
        <source>Public health service (GGD)</source>
        <translation>Public health service (GGD)</translation>
    </message>
    <message>
        <source>Culture</source>
        <translation>Culture</translation>
    </message>
    <message>
        <source>Sport</source>
        <translation>Sport</translation>
    </message>
    <message>
        <source>Guest lessons</source>
        <translation>Guest lessons</translation>
    </message>
    <message>
        <source>Community and youth work</source>
        <translation>Community and youth work</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>kl::ContactCard</name>
    <message>
        <source>This contact card cannot be read (%1).</source>
        <translation>This contact card cannot be read (%1).</translation>
    </message>
    <message>
        <source>a card without a name</source>
        <translation>a card without a name</translation>
    </message>
    <message>
        <source>the card does not end</source>
        <translation>the card does not end</translation>
    </message>
    <message>
        <source>There is no contact card in this text.</source>
        <translation>There is no contact card in this text.</translation>
    </message>
    <message>
        <source>the photo is not in base64 and was left out</source>
        <translation>the photo is not in base64 and was left out</translation>
    </message>
    <message>
        <source>line %1 is not a property and was left out</source>
        <translation>line %1 is not a property and was left out</translation>
    </message>
    <message>
        <source>a card inside this card (line %1) is read as a card of its own</source>
        <translation>a card inside this card (line %1) is read as a card of its own</translation>
    </message>
    <message>
        <source>more cells than the header names</source>
        <translation>more cells than the header names</translation>
    </message>
</context>
<context>
    <name>kl::Database</name>
    <message>
        <source>The local data could not be saved or read (%1).</source>
        <translation>The local data could not be saved or read (%1).</translation>
    </message>
    <message>
        <source>The data file %1 could not be opened.</source>
        <translation>The data file %1 could not be opened.</translation>
    </message>
    <message>
        <source>The data file %1 is damaged or is not a KorteLijn file.</source>
        <translation>The data file %1 is damaged or is not a KorteLijn file.</translation>
    </message>
    <message>
        <source>This data was saved by a newer version of KorteLijn (schema %1, this version knows %2). Update the app; your data has not been changed.</source>
        <translation>This data was saved by a newer version of KorteLijn (schema %1, this version knows %2). Update the app; your data has not been changed.</translation>
    </message>
    <message>
        <source>The change was not saved.</source>
        <translation>The change was not saved.</translation>
    </message>
</context>
<context>
    <name>kl::Geo</name>
    <message>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
</context>
<context>
    <name>kl::PhoneNumbers</name>
    <message>
        <source>“%1” is not a valid phone number. Check the digits, for example 06 12345678 or 020 1234567.</source>
        <translation>“%1” is not a valid phone number. Check the digits, for example 06 12345678 or 020 1234567.</translation>
    </message>
    <message>
        <source>Enter a phone number.</source>
        <translation>Enter a phone number.</translation>
    </message>
</context>
<context>
    <name>kl::PrivacyHint</name>
    <message>
        <source>“%1” looks like a name. Keep pupils&apos; names out of messages: write “a pupil in my class” and discuss details in person.</source>
        <translation>“%1” looks like a name. Keep pupils&apos; names out of messages: write “a pupil in my class” and discuss details in person.</translation>
    </message>
</context>
<context>
    <name>kl::ScannedCode</name>
    <message>
        <source>The code is empty.</source>
        <translation>The code is empty.</translation>
    </message>
    <message>
        <source>This KorteLijn code is incomplete or damaged. Ask the coordinator for a new invitation.</source>
        <translation>This KorteLijn code is incomplete or damaged. Ask the coordinator for a new invitation.</translation>
    </message>
    <message>
        <source>This code is not a KorteLijn invitation or a contact card, so there is nothing to add.</source>
        <translation>This code is not a KorteLijn invitation or a contact card, so there is nothing to add.</translation>
    </message>
</context>
<context>
    <name>kl::SchoolOwner</name>
    <message>
        <source>%1, deputy %2</source>
        <translation>%1, deputy %2</translation>
    </message>
</context>
<context>
    <name>kl::SyncEngine</name>
    <message>
        <source>No connection to the school server. Your changes are kept and will be sent later.</source>
        <translation>No connection to the school server. Your changes are kept and will be sent later.</translation>
    </message>
    <message>
        <source>This phone is no longer connected to the school&apos;s partner list. Ask your coordinator for a new invite. Your own partners and notes stay on this phone.</source>
        <translation>This phone is no longer connected to the school&apos;s partner list. Ask your coordinator for a new invite. Your own partners and notes stay on this phone.</translation>
    </message>
    <message>
        <source>The school server refused this phone&apos;s request. Ask your coordinator to check your access.</source>
        <translation>The school server refused this phone&apos;s request. Ask your coordinator to check your access.</translation>
    </message>
    <message>
        <source>The school server is busy. We will try again shortly.</source>
        <translation>The school server is busy. We will try again shortly.</translation>
    </message>
    <message>
        <source>The school server has a problem right now. Your changes are kept and will be sent later.</source>
        <translation>The school server has a problem right now. Your changes are kept and will be sent later.</translation>
    </message>
    <message>
        <source>The school server did not accept the request (%1).</source>
        <translation>The school server did not accept the request (%1).</translation>
    </message>
    <message>
        <source>The network answered instead of the school server (perhaps a Wi-Fi login page). Nothing was changed; log in to the network and try again.</source>
        <translation>The network answered instead of the school server (perhaps a Wi-Fi login page). Nothing was changed; log in to the network and try again.</translation>
    </message>
    <message>
        <source>This phone is not connected to a school yet. Scan the invite QR code from your coordinator.</source>
        <translation>This phone is not connected to a school yet. Scan the invite QR code from your coordinator.</translation>
    </message>
    <message>
        <source>The school server sent an answer this app does not understand. Nothing was changed; we will try again.</source>
        <translation>The school server sent an answer this app does not understand. Nothing was changed; we will try again.</translation>
    </message>
    <message>
        <source>The school server lost track of this phone&apos;s changes. Your changes are kept; ask your coordinator to check the server.</source>
        <translation>The school server lost track of this phone&apos;s changes. Your changes are kept; ask your coordinator to check the server.</translation>
    </message>
    <message>
        <source>This is not a KorteLijn invite. Scan the QR code your coordinator gave you.</source>
        <translation>This is not a KorteLijn invite. Scan the QR code your coordinator gave you.</translation>
    </message>
    <message>
        <source>This invite is no longer valid. Ask your coordinator for a new one.</source>
        <translation>This invite is no longer valid. Ask your coordinator for a new one.</translation>
    </message>
    <message>
        <source>The school server sent an answer this app does not understand.</source>
        <translation>The school server sent an answer this app does not understand.</translation>
    </message>
</context>
<context>
    <name>kl::Validation</name>
    <message>
        <source>The contact of this line no longer exists.</source>
        <translation>The contact of this line no longer exists.</translation>
    </message>
    <message>
        <source>This person no longer exists.</source>
        <translation>This person no longer exists.</translation>
    </message>
    <message>
        <source>This line no longer exists.</source>
        <translation>This line no longer exists.</translation>
    </message>
    <message>
        <source>No WhatsApp number is known for this contact.</source>
        <translation>No WhatsApp number is known for this contact.</translation>
    </message>
    <message>
        <source>No mobile number is known for this contact.</source>
        <translation>No mobile number is known for this contact.</translation>
    </message>
    <message>
        <source>No phone number is known for this contact.</source>
        <translation>No phone number is known for this contact.</translation>
    </message>
    <message>
        <source>No e-mail address is known for this contact.</source>
        <translation>No e-mail address is known for this contact.</translation>
    </message>
    <message>
        <source>Choose the contact you want to report.</source>
        <translation>Choose the contact you want to report.</translation>
    </message>
    <message>
        <source>Briefly describe what is wrong.</source>
        <translation>Briefly describe what is wrong.</translation>
    </message>
    <message>
        <source>Keep the comment under 500 characters.</source>
        <translation>Keep the comment under 500 characters.</translation>
    </message>
    <message>
        <source>Enter the function&apos;s title.</source>
        <translation>Enter the function&apos;s title.</translation>
    </message>
    <message>
        <source>Choose the organisation this function belongs to.</source>
        <translation>Choose the organisation this function belongs to.</translation>
    </message>
    <message>
        <source>This function no longer exists.</source>
        <translation>This function no longer exists.</translation>
    </message>
    <message>
        <source>Choose the date of the hand-over.</source>
        <translation>Choose the date of the hand-over.</translation>
    </message>
    <message>
        <source>The hand-over date must be after the current holder started (%1).</source>
        <translation>The hand-over date must be after the current holder started (%1).</translation>
    </message>
    <message>
        <source>The note is too long (at most 10,000 characters).</source>
        <translation>The note is too long (at most 10,000 characters).</translation>
    </message>
    <message>
        <source>Enter the organisation&apos;s name.</source>
        <translation>Enter the organisation&apos;s name.</translation>
    </message>
    <message>
        <source>The coordinates are not valid (latitude -90 to 90, longitude -180 to 180).</source>
        <translation>The coordinates are not valid (latitude -90 to 90, longitude -180 to 180).</translation>
    </message>
    <message>
        <source>This organisation no longer exists.</source>
        <translation>This organisation no longer exists.</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>Enter a name.</translation>
    </message>
    <message>
        <source>“%1” is not a valid e-mail address.</source>
        <translation>“%1” is not a valid e-mail address.</translation>
    </message>
    <message>
        <source>Choose the organisation.</source>
        <translation>Choose the organisation.</translation>
    </message>
    <message>
        <source>Choose a day of the week.</source>
        <translation>Choose a day of the week.</translation>
    </message>
    <message>
        <source>The end time must be after the start time.</source>
        <translation>The end time must be after the start time.</translation>
    </message>
    <message>
        <source>The last day must not be before the first day.</source>
        <translation>The last day must not be before the first day.</translation>
    </message>
    <message>
        <source>This time slot no longer exists.</source>
        <translation>This time slot no longer exists.</translation>
    </message>
    <message>
        <source>Enter the location&apos;s name.</source>
        <translation>Enter the location&apos;s name.</translation>
    </message>
    <message>
        <source>The radius must be between 10 and 5000 metres.</source>
        <translation>The radius must be between 10 and 5000 metres.</translation>
    </message>
    <message>
        <source>Give the line a short name.</source>
        <translation>Give the line a short name.</translation>
    </message>
    <message>
        <source>Choose a person or function to contact.</source>
        <translation>Choose a person or function to contact.</translation>
    </message>
    <message>
        <source>The message is too long for a quick line (at most 1000 characters).</source>
        <translation>The message is too long for a quick line (at most 1000 characters).</translation>
    </message>
    <message>
        <source>The pinned lines changed in the meantime; try again.</source>
        <translation>The pinned lines changed in the meantime; try again.</translation>
    </message>
    <message>
        <source>The value of “%1” has the wrong type.</source>
        <translation>The value of “%1” has the wrong type.</translation>
    </message>
    <message>
        <source>Fill in “%1”.</source>
        <translation>Fill in “%1”.</translation>
    </message>
    <message>
        <source>“%1” is too long (at most %2 characters).</source>
        <translation>“%1” is too long (at most %2 characters).</translation>
    </message>
    <message>
        <source>“%1” contains characters that cannot be stored, such as a line break or a control character.</source>
        <translation>“%1” contains characters that cannot be stored, such as a line break or a control character.</translation>
    </message>
    <message>
        <source>“%1” must be between %2 and %3.</source>
        <translation>“%1” must be between %2 and %3.</translation>
    </message>
    <message>
        <source>“%1” is not a valid phone number.</source>
        <translation>“%1” is not a valid phone number.</translation>
    </message>
    <message>
        <source>“%1” is not a valid e-mail address (for example name@school.nl).</source>
        <translation>“%1” is not a valid e-mail address (for example name@school.nl).</translation>
    </message>
    <message>
        <source>“%1” must be a web address that starts with https:// or http://.</source>
        <translation>“%1” must be a web address that starts with https:// or http://.</translation>
    </message>
    <message>
        <source>“%1” is not a valid date.</source>
        <translation>“%1” is not a valid date.</translation>
    </message>
    <message>
        <source>Give both latitude and longitude, or neither.</source>
        <translation>Give both latitude and longitude, or neither.</translation>
    </message>
    <message>
        <source>“%1” is not valid.</source>
        <translation>“%1” is not valid.</translation>
    </message>
    <message>
        <source>origin</source>
        <translation>origin</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>address</source>
        <translation>address</translation>
    </message>
    <message>
        <source>latitude</source>
        <translation>latitude</translation>
    </message>
    <message>
        <source>longitude</source>
        <translation>longitude</translation>
    </message>
    <message>
        <source>radius</source>
        <translation>radius</translation>
    </message>
    <message>
        <source>category</source>
        <translation>category</translation>
    </message>
    <message>
        <source>street</source>
        <translation>street</translation>
    </message>
    <message>
        <source>postal code</source>
        <translation>postal code</translation>
    </message>
    <message>
        <source>city</source>
        <translation>city</translation>
    </message>
    <message>
        <source>website</source>
        <translation>website</translation>
    </message>
    <message>
        <source>topics</source>
        <translation>topics</translation>
    </message>
    <message>
        <source>owner role</source>
        <translation>owner role</translation>
    </message>
    <message>
        <source>point of contact</source>
        <translation>point of contact</translation>
    </message>
    <message>
        <source>visibility</source>
        <translation>visibility</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>first name</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>last name</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>photo</translation>
    </message>
    <message>
        <source>mobile number</source>
        <translation>mobile number</translation>
    </message>
    <message>
        <source>WhatsApp number</source>
        <translation>WhatsApp number</translation>
    </message>
    <message>
        <source>landline number</source>
        <translation>landline number</translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation>e-mail address</translation>
    </message>
    <message>
        <source>title</source>
        <translation>title</translation>
    </message>
    <message>
        <source>function</source>
        <translation>function</translation>
    </message>
    <message>
        <source>person</source>
        <translation>person</translation>
    </message>
    <message>
        <source>since</source>
        <translation>since</translation>
    </message>
    <message>
        <source>until</source>
        <translation>until</translation>
    </message>
    <message>
        <source>day of the week</source>
        <translation>day of the week</translation>
    </message>
    <message>
        <source>start time</source>
        <translation>start time</translation>
    </message>
    <message>
        <source>end time</source>
        <translation>end time</translation>
    </message>
    <message>
        <source>room</source>
        <translation>room</translation>
    </message>
    <message>
        <source>location</source>
        <translation>location</translation>
    </message>
    <message>
        <source>first day</source>
        <translation>first day</translation>
    </message>
    <message>
        <source>last day</source>
        <translation>last day</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>contact</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>channel</translation>
    </message>
    <message>
        <source>name of the line</source>
        <translation>name of the line</translation>
    </message>
    <message>
        <source>message</source>
        <translation>message</translation>
    </message>
    <message>
        <source>position</source>
        <translation>position</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>reason</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>comment</translation>
    </message>
    <message>
        <source>reported at</source>
        <translation>reported at</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>resolved</translation>
    </message>
    <message>
        <source>role</source>
        <translation>role</translation>
    </message>
    <message>
        <source>holder</source>
        <translation>holder</translation>
    </message>
    <message>
        <source>deputy</source>
        <translation>deputy</translation>
    </message>
    <message>
        <source>title before the name</source>
        <translation>title before the name</translation>
    </message>
    <message>
        <source>middle name</source>
        <translation>middle name</translation>
    </message>
    <message>
        <source>suffix after the name</source>
        <translation>suffix after the name</translation>
    </message>
    <message>
        <source>other phone numbers</source>
        <translation>other phone numbers</translation>
    </message>
    <message>
        <source>other e-mail addresses</source>
        <translation>other e-mail addresses</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>partner</translation>
    </message>
    <message>
        <source>why</source>
        <translation>why</translation>
    </message>
    <message>
        <source>public</source>
        <translation>public</translation>
    </message>
    <message>
        <source>This step is not on the induction path.</source>
        <translation>This step is not on the induction path.</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
</context>
<context>
    <name>kl::Weekday</name>
    <message>
        <source>Monday</source>
        <translation>Monday</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Friday</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Sunday</translation>
    </message>
</context>
<context>
    <name>kl::platform::SecureStorage</name>
    <message>
        <source>The school connection could not be read or saved on this device (%1).</source>
        <translation>The school connection could not be read or saved on this device (%1).</translation>
    </message>
</context>
</TS>
