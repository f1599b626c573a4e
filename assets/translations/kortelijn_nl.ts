<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AppStore</name>
    <message>
        <source>Nobody holds this function at the moment.</source>
        <translation>Niemand vervult deze functie op dit moment.</translation>
    </message>
    <message>
        <source>This phone has no app that opens this. Copy the %1 and the message, and use another app or phone.</source>
        <translation>Deze telefoon heeft geen app die dit opent. Kopieer het %1 en het bericht, en gebruik een andere app of telefoon.</translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation>e-mailadres</translation>
    </message>
    <message>
        <source>number</source>
        <translation>nummer</translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <source>At least %1 characters. A short sentence is easy to remember and hard to guess.</source>
        <translation>Minstens %1 tekens. Een korte zin is makkelijk te onthouden en moeilijk te raden.</translation>
    </message>
    <message>
        <source>Both passphrases are the same.</source>
        <translation>De wachtzinnen zijn gelijk.</translation>
    </message>
    <message>
        <source>Long enough. Type it once more below.</source>
        <translation>Lang genoeg. Typ hem hieronder nog een keer.</translation>
    </message>
    <message>
        <source>Take my data along</source>
        <translation>Mijn gegevens meenemen</translation>
    </message>
    <message>
        <source>Save your data</source>
        <translation>Je gegevens opslaan</translation>
    </message>
    <message>
        <source>KorteLijn data (*.%1)</source>
        <translation>KorteLijn-gegevens (*.%1)</translation>
    </message>
    <message>
        <source>Choose the file with your data</source>
        <translation>Kies het bestand met je gegevens</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Your own partners, private notes, stars and own quick lines stay on this phone and never go to the school. Save them in a file locked with a passphrase, and bring them back on a new phone.</source>
        <translation>Je eigen partners, privénotities, sterren en eigen snelle lijnen staan alleen op deze telefoon en gaan nooit naar de school. Sla ze op in een bestand met een wachtzin als slot, en zet ze terug op een nieuwe telefoon.</translation>
    </message>
    <message>
        <source>Save to a file</source>
        <translation>Opslaan in een bestand</translation>
    </message>
    <message>
        <source>Choose a passphrase</source>
        <translation>Kies een wachtzin</translation>
    </message>
    <message>
        <source>Type the passphrase again</source>
        <translation>Typ de wachtzin nog een keer</translation>
    </message>
    <message>
        <source>Show passphrase</source>
        <translation>Wachtzin tonen</translation>
    </message>
    <message>
        <source>Write the passphrase down somewhere safe. Without it nobody can open the file, not even you or the school.</source>
        <translation>Schrijf de wachtzin op een veilige plek op. Zonder wachtzin kan niemand het bestand openen, jij niet en de school ook niet.</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Opslaan als…</translation>
    </message>
    <message>
        <source>Save my data as a file</source>
        <translation>Mijn gegevens opslaan als bestand</translation>
    </message>
    <message>
        <source>Share…</source>
        <translation>Delen…</translation>
    </message>
    <message>
        <source>Share my data as a file</source>
        <translation>Mijn gegevens delen als bestand</translation>
    </message>
    <message>
        <source>Bring back on this phone</source>
        <translation>Terugzetten op deze telefoon</translation>
    </message>
    <message>
        <source>Choose the file from your old phone and type its passphrase. What is already on this phone stays; nothing is added twice.</source>
        <translation>Kies het bestand van je oude telefoon en typ de wachtzin. Wat al op deze telefoon staat, blijft staan; niets komt er twee keer op.</translation>
    </message>
    <message>
        <source>Passphrase of the file</source>
        <translation>Wachtzin van het bestand</translation>
    </message>
    <message>
        <source>Show the file&apos;s passphrase</source>
        <translation>Wachtzin van het bestand tonen</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Bestand kiezen…</translation>
    </message>
    <message>
        <source>Choose the file and bring my data back</source>
        <translation>Bestand kiezen en mijn gegevens terugzetten</translation>
    </message>
</context>
<context>
    <name>BackupSession</name>
    <message numerus="yes">
        <source>%n own partner(s)</source>
        <translation>
            <numerusform>%n eigen partner</numerusform>
            <numerusform>%n eigen partners</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n own organisation(s)</source>
        <translation>
            <numerusform>%n eigen organisatie</numerusform>
            <numerusform>%n eigen organisaties</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n own quick line(s)</source>
        <translation>
            <numerusform>%n eigen snelle lijn</numerusform>
            <numerusform>%n eigen snelle lijnen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n notitie</numerusform>
            <numerusform>%n notities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n star(s)</source>
        <translation>
            <numerusform>%n ster</numerusform>
            <numerusform>%n sterren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n choice(s) on school lines</source>
        <translation>
            <numerusform>%n keuze bij schoollijnen</numerusform>
            <numerusform>%n keuzes bij schoollijnen</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing of your own yet</source>
        <translation>nog niets van jezelf</translation>
    </message>
    <message>
        <source>This phone cannot share the file. Save it instead.</source>
        <translation>Deze telefoon kan het bestand niet delen. Sla het op in plaats daarvan.</translation>
    </message>
    <message>
        <source>The file could not be saved there%1. Choose another place.</source>
        <translation>Het bestand kon daar niet worden opgeslagen%1. Kies een andere plek.</translation>
    </message>
    <message>
        <source>The file could not be opened%1. Choose it again.</source>
        <translation>Het bestand kon niet worden geopend%1. Kies het opnieuw.</translation>
    </message>
    <message>
        <source>Choose where to save the file.</source>
        <translation>Kies waar het bestand moet komen.</translation>
    </message>
    <message>
        <source>Your data could not be read from this phone (%1).</source>
        <translation>Je gegevens konden niet van deze telefoon worden gelezen (%1).</translation>
    </message>
    <message>
        <source>Locking the file with your passphrase…</source>
        <translation>Het bestand wordt op slot gedaan met je wachtzin…</translation>
    </message>
    <message>
        <source>Enter the passphrase you chose when you saved the file.</source>
        <translation>Vul de wachtzin in die je koos toen je het bestand opsloeg.</translation>
    </message>
    <message>
        <source>Choose the file with your data.</source>
        <translation>Kies het bestand met je gegevens.</translation>
    </message>
    <message>
        <source>Unlocking the file…</source>
        <translation>Het bestand wordt van het slot gehaald…</translation>
    </message>
    <message>
        <source>Saving the file…</source>
        <translation>Het bestand wordt opgeslagen…</translation>
    </message>
    <message>
        <source>Saved: %1. Keep the passphrase safe: without it nobody can open the file, not even you.</source>
        <translation>Opgeslagen: %1. Bewaar de wachtzin goed: zonder wachtzin kan niemand het bestand openen, jij ook niet.</translation>
    </message>
    <message>
        <source>Your data could not be added on this phone.</source>
        <translation>Je gegevens konden niet op deze telefoon worden gezet.</translation>
    </message>
    <message>
        <source>Adding your data…</source>
        <translation>Je gegevens worden toegevoegd…</translation>
    </message>
    <message>
        <source>The file holds %1.</source>
        <translation>In het bestand: %1.</translation>
    </message>
    <message>
        <source>Added %1, updated %2, already on this phone %3.</source>
        <translation>Toegevoegd %1, bijgewerkt %2, al op deze telefoon %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) changed later on this phone stay as they are.</source>
        <translation>
            <numerusform>%n onderdeel dat later op deze telefoon is gewijzigd, blijft zoals het is.</numerusform>
            <numerusform>%n onderdelen die later op deze telefoon zijn gewijzigd, blijven zoals ze zijn.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) now come from the school&apos;s list and stay as the school has them.</source>
        <translation>
            <numerusform>%n onderdeel komt nu uit de lijst van de school en blijft zoals de school het heeft.</numerusform>
            <numerusform>%n onderdelen komen nu uit de lijst van de school en blijven zoals de school ze heeft.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n choice(s) on school lines wait until this phone is connected to the school: import the file again after that.</source>
        <translation>
            <numerusform>%n keuze bij schoollijnen wacht tot deze telefoon met de school verbonden is: zet het bestand daarna nog een keer terug.</numerusform>
            <numerusform>%n keuzes bij schoollijnen wachten tot deze telefoon met de school verbonden is: zet het bestand daarna nog een keer terug.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CannotOpenDialog</name>
    <message>
        <source>Could not open</source>
        <translation>Kan niet openen</translation>
    </message>
    <message>
        <source>Copied. Paste it in another app.</source>
        <translation>Gekopieerd. Plak het in een andere app.</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>%1 kopiëren</translation>
    </message>
    <message>
        <source>Copy the number or address</source>
        <translation>Nummer of adres kopiëren</translation>
    </message>
    <message>
        <source>Copy the message</source>
        <translation>Bericht kopiëren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>ContactsSync</name>
    <message>
        <source>Join your school first: the school list comes from its server.</source>
        <translation>Maak eerst verbinding met je school: de schoollijst komt van de schoolserver.</translation>
    </message>
    <message>
        <source>The school server cannot be reached. Try again when you are online.</source>
        <translation>De schoolserver is niet bereikbaar. Probeer het opnieuw als je online bent.</translation>
    </message>
    <message>
        <source>This phone is no longer connected to the school.</source>
        <translation>Deze telefoon is niet meer verbonden met de school.</translation>
    </message>
    <message>
        <source>The school server could not make the login (error %1).</source>
        <translation>De schoolserver kon de inloggegevens niet maken (fout %1).</translation>
    </message>
</context>
<context>
    <name>ContactsSyncPage</name>
    <message>
        <source>School list in your contacts</source>
        <translation>Schoollijst in je contacten</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieer</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Kopieer %1</translation>
    </message>
    <message>
        <source>%1 copied</source>
        <translation>%1 gekopieerd</translation>
    </message>
    <message>
        <source>Your phone can show the school&apos;s partners in its own contacts and dialler, so it says who is calling. The list is read-only and kept up to date by the phone. Only what staff of the school may see is in it.</source>
        <translation>Je telefoon kan de partners van de school in zijn eigen contacten en telefoon-app tonen, zodat je ziet wie er belt. De lijst is alleen-lezen en de telefoon houdt hem zelf bij. Er staat alleen in wat medewerkers van de school mogen zien.</translation>
    </message>
    <message>
        <source>Making the login…</source>
        <translation>Inloggegevens maken…</translation>
    </message>
    <message>
        <source>Make a login for this phone</source>
        <translation>Maak inloggegevens voor deze telefoon</translation>
    </message>
    <message>
        <source>Contacts on this phone</source>
        <translation>Contacten op deze telefoon</translation>
    </message>
    <message>
        <source>Your login</source>
        <translation>Je inloggegevens</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradres</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>The password is shown only now. Removing this phone from the school also ends this login.</source>
        <translation>Het wachtwoord zie je alleen nu. Haalt de school deze telefoon weg, dan stoppen ook deze inloggegevens.</translation>
    </message>
    <message>
        <source>Android</source>
        <translation>Android</translation>
    </message>
    <message>
        <source>Install DAVx⁵ (Play Store or F-Droid), then tap the button: DAVx⁵ opens with everything filled in. Choose “Log in”, select the address book and allow access to your contacts.</source>
        <translation>Installeer DAVx⁵ (Play Store of F-Droid) en tik dan op de knop: DAVx⁵ opent met alles al ingevuld. Kies „Inloggen”, vink het adresboek aan en geef toegang tot je contacten.</translation>
    </message>
    <message>
        <source>Open in DAVx⁵</source>
        <translation>Open in DAVx⁵</translation>
    </message>
    <message>
        <source>DAVx⁵ is not installed</source>
        <translation>DAVx⁵ is niet geïnstalleerd</translation>
    </message>
    <message>
        <source>iPhone and iPad</source>
        <translation>iPhone en iPad</translation>
    </message>
    <message>
        <source>Copy the password first. Then download the profile, open Settings, tap “Profile downloaded” and “Install”; paste the password when asked.</source>
        <translation>Kopieer eerst het wachtwoord. Download dan het profiel, open Instellingen, tik op „Profiel gedownload” en „Installeer”; plak het wachtwoord als erom gevraagd wordt.</translation>
    </message>
    <message>
        <source>Download the profile</source>
        <translation>Download het profiel</translation>
    </message>
    <message>
        <source>Other apps (Thunderbird)</source>
        <translation>Andere apps (Thunderbird)</translation>
    </message>
    <message>
        <source>Add a CardDAV address book with the server address, user name and password above.</source>
        <translation>Voeg een CardDAV-adresboek toe met het serveradres, de gebruikersnaam en het wachtwoord hierboven.</translation>
    </message>
</context>
<context>
    <name>EditorPage</name>
    <message>
        <source>Discard your changes?</source>
        <translation>Wijzigingen weggooien?</translation>
    </message>
    <message>
        <source>What you typed here is not saved yet.</source>
        <translation>Wat je hier typte, is nog niet bewaard.</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Verder bewerken</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Weggooien</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Wijzigingen weggooien</translation>
    </message>
</context>
<context>
    <name>FlagDialog</name>
    <message>
        <source>Report outdated contact</source>
        <translation>Meld verouderd contact</translation>
    </message>
    <message>
        <source>What is wrong with %1?</source>
        <translation>Wat klopt er niet bij %1?</translation>
    </message>
    <message>
        <source>The number is wrong</source>
        <translation>Het nummer klopt niet</translation>
    </message>
    <message>
        <source>Works elsewhere now</source>
        <translation>Werkt hier niet meer</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Iets anders</translation>
    </message>
    <message>
        <source>What should the coordinator know? (required)</source>
        <translation>Wat moet de coördinator weten? (verplicht)</translation>
    </message>
    <message>
        <source>Comment for the coordinator (optional)</source>
        <translation>Toelichting voor de coördinator (optioneel)</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Toelichting</translation>
    </message>
    <message>
        <source>Please do not mention pupils. Your report goes to the school&apos;s coordinator.</source>
        <translation>Noem geen leerlingen. Je melding gaat naar de coördinator van school.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Send report</source>
        <translation>Melding versturen</translation>
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
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>Search partner, function or topic</source>
        <translation>Zoek partner, functie of onderwerp</translation>
    </message>
    <message>
        <source>Search partners</source>
        <translation>Partners zoeken</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Zoekveld leegmaken</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Zoekresultaten</translation>
    </message>
    <message>
        <source>My own partner</source>
        <translation>Mijn eigen partner</translation>
    </message>
    <message>
        <source>Nobody found for “%1”. Try a function (logopedist), an organisation (CJG) or a topic (verzuim).</source>
        <translation>Niemand gevonden voor “%1”. Probeer een functie (logopedist), een organisatie (CJG) of een onderwerp (verzuim).</translation>
    </message>
    <message>
        <source>Quick lines</source>
        <translation>Snelle lijnen</translation>
    </message>
    <message>
        <source>Pin a quick line to reach a partner in one tap.</source>
        <translation>Zet een snelle lijn vast om een partner met één tik te bereiken.</translation>
    </message>
    <message>
        <source>At school today</source>
        <translation>Vandaag op school</translation>
    </message>
    <message>
        <source>No partners at school today.</source>
        <translation>Vandaag zijn er geen partners op school.</translation>
    </message>
    <message>
        <source>at school now</source>
        <translation>nu op school</translation>
    </message>
    <message>
        <source>now</source>
        <translation>nu</translation>
    </message>
    <message>
        <source>Recently used</source>
        <translation>Recent gebruikt</translation>
    </message>
    <message>
        <source>Nearby</source>
        <translation>Dichtbij</translation>
    </message>
</context>
<context>
    <name>InductionEntry</name>
    <message>
        <source>New at school: meet your partners. %1 of %2 met</source>
        <translation>Nieuw op school: maak kennis met je partners. %1 van %2 kennisgemaakt</translation>
    </message>
    <message>
        <source>New at school: meet your partners</source>
        <translation>Nieuw op school: maak kennis met je partners</translation>
    </message>
    <message>
        <source>%1 partners to get to know: who they are, what to ask them and when they are at school.</source>
        <translation>%1 partners om te leren kennen: wie ze zijn, wat je ze vraagt en wanneer ze op school zijn.</translation>
    </message>
    <message>
        <source>%1 of %2 met</source>
        <translation>%1 van %2 kennisgemaakt</translation>
    </message>
</context>
<context>
    <name>InductionPage</name>
    <message>
        <source>New at school</source>
        <translation>Nieuw op school</translation>
    </message>
    <message>
        <source>New at school: meet your partners</source>
        <translation>Nieuw op school: maak kennis met je partners</translation>
    </message>
    <message>
        <source>Partners to meet</source>
        <translation>Partners om kennis mee te maken</translation>
    </message>
    <message>
        <source>Get to know the partners the school works with most. Tick a partner once you have met them; the ticks stay on this phone.</source>
        <translation>Leer de partners kennen met wie de school het meest samenwerkt. Vink een partner aan zodra je kennis hebt gemaakt; de vinkjes blijven op deze telefoon.</translation>
    </message>
    <message>
        <source>%1 of %2 met</source>
        <translation>%1 van %2 kennisgemaakt</translation>
    </message>
    <message>
        <source>You have met everyone on the path. You know whom to call.</source>
        <translation>Je hebt met iedereen op het inwerkpad kennisgemaakt. Je weet wie je moet bellen.</translation>
    </message>
    <message>
        <source>Your school has not set out an induction path yet.</source>
        <translation>Je school heeft nog geen inwerkpad klaargezet.</translation>
    </message>
    <message>
        <source>%1, %2. Open the partner page</source>
        <translation>%1, %2. Open de partnerpagina</translation>
    </message>
    <message>
        <source>Owner at school: %1, %2</source>
        <translation>Eigenaar op school: %1, %2</translation>
    </message>
    <message>
        <source>Owner at school: %1</source>
        <translation>Eigenaar op school: %1</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Kennisgemaakt</translation>
    </message>
    <message>
        <source>Met %1</source>
        <translation>Kennisgemaakt met %1</translation>
    </message>
</context>
<context>
    <name>LineButton</name>
    <message>
        <source>Call</source>
        <translation>Bellen</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>Sms</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>%1: %2 to %3. %4</source>
        <translation>%1: %2 naar %3. %4</translation>
    </message>
    <message>
        <source>No number or address known</source>
        <translation>Geen nummer of adres bekend</translation>
    </message>
</context>
<context>
    <name>LineEditPage</name>
    <message>
        <source>Quick line saved.</source>
        <translation>Snelle lijn opgeslagen.</translation>
    </message>
    <message>
        <source>New quick line</source>
        <translation>Nieuwe snelle lijn</translation>
    </message>
    <message>
        <source>Edit quick line</source>
        <translation>Snelle lijn bewerken</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Save quick line</source>
        <translation>Snelle lijn opslaan</translation>
    </message>
    <message>
        <source>Whom is this line for?</source>
        <translation>Voor wie is deze lijn?</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Search a function or person</source>
        <translation>Zoek een functie of persoon</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Aan</translation>
    </message>
    <message>
        <source>Partner: %1. Tap to change.</source>
        <translation>Partner: %1. Tik om te wijzigen.</translation>
    </message>
    <message>
        <source>Choose a partner</source>
        <translation>Kies een partner</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Wijzigen</translation>
    </message>
    <message>
        <source>Not at school now. %1</source>
        <translation>Nu niet op school. %1</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>Sms</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Bellen</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Channel: %1</source>
        <translation>Kanaal: %1</translation>
    </message>
    <message>
        <source>Name on the button</source>
        <translation>Naam op de knop</translation>
    </message>
    <message>
        <source>e.g. App the CJG</source>
        <translation>bijv. App het CJG</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Hi {voornaam}, do you have time {dag} at {tijd}?</source>
        <translation>Hoi {voornaam}, heb je {dag} om {tijd} even tijd?</translation>
    </message>
    <message>
        <source>Message template</source>
        <translation>Berichtsjabloon</translation>
    </message>
    <message>
        <source>Insert %1</source>
        <translation>%1 invoegen</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Voorbeeld</translation>
    </message>
    <message>
        <source>Preview: %1</source>
        <translation>Voorbeeld: %1</translation>
    </message>
    <message>
        <source>Pin on the home screen</source>
        <translation>Vastzetten op het startscherm</translation>
    </message>
    <message>
        <source>Delete line</source>
        <translation>Lijn verwijderen</translation>
    </message>
    <message>
        <source>This line comes from the school. Your changes are saved as your own line in its place.</source>
        <translation>Deze lijn komt van school. Je wijzigingen worden bewaard als je eigen lijn op die plek.</translation>
    </message>
    <message>
        <source>Remove from my home screen</source>
        <translation>Van mijn startscherm halen</translation>
    </message>
    <message>
        <source>Channel: %1 (no number or address for this partner)</source>
        <translation>Kanaal: %1 (geen nummer of adres van deze partner)</translation>
    </message>
    <message>
        <source>A call has no message.</source>
        <translation>Bij bellen hoort geen bericht.</translation>
    </message>
</context>
<context>
    <name>LineEditor</name>
    <message>
        <source>Nobody holds this function at the moment.</source>
        <translation>Niemand vervult deze functie op dit moment.</translation>
    </message>
    <message>
        <source>This partner has no regular hours at school: {dag} reads “soon” and {tijd} stays empty.</source>
        <translation>Deze partner heeft geen vaste tijden op school: {dag} wordt “binnenkort” en {tijd} blijft leeg.</translation>
    </message>
    <message>
        <source>Unknown placeholder: {%1}. Use one of the buttons below.</source>
        <translation>Onbekend invulveld: {%1}. Gebruik een van de knoppen hieronder.</translation>
    </message>
    <message>
        <source>This line comes from the school and stays in the list; it is no longer on your home screen.</source>
        <translation>Deze lijn komt van school en blijft in de lijst; hij staat niet meer op je startscherm.</translation>
    </message>
</context>
<context>
    <name>LinesPage</name>
    <message>
        <source>Quick lines</source>
        <translation>Snelle lijnen</translation>
    </message>
    <message>
        <source>New quick line</source>
        <translation>Nieuwe snelle lijn</translation>
    </message>
    <message>
        <source>A quick line opens WhatsApp, SMS, a call or an e-mail to a partner with your message filled in. Pinned lines are on the home screen.</source>
        <translation>Een snelle lijn opent WhatsApp, sms, bellen of e-mail naar een partner, met je bericht al ingevuld. Vastgezette lijnen staan op het startscherm.</translation>
    </message>
    <message>
        <source>On the home screen</source>
        <translation>Op het startscherm</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bewerken</translation>
    </message>
    <message>
        <source>Move %1 up</source>
        <translation>%1 omhoog</translation>
    </message>
    <message>
        <source>Move %1 down</source>
        <translation>%1 omlaag</translation>
    </message>
    <message>
        <source>All lines</source>
        <translation>Alle lijnen</translation>
    </message>
    <message>
        <source>Unpin %1</source>
        <translation>%1 losmaken</translation>
    </message>
    <message>
        <source>Pin %1</source>
        <translation>%1 vastzetten</translation>
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
        <translation>Hoofdonderdelen</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Home screen</source>
        <translation>Startscherm</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Lijnen</translation>
    </message>
    <message>
        <source>Quick lines</source>
        <translation>Snelle lijnen</translation>
    </message>
    <message>
        <source>Network</source>
        <comment>short tab label for My network</comment>
        <translation>Netwerk</translation>
    </message>
    <message>
        <source>My network</source>
        <translation>Mijn netwerk</translation>
    </message>
</context>
<context>
    <name>MyNetworkPage</name>
    <message>
        <source>My network</source>
        <translation>Mijn netwerk</translation>
    </message>
    <message>
        <source>Add my own partner</source>
        <translation>Eigen partner toevoegen</translation>
    </message>
    <message>
        <source>Partners you add here stay on this phone. The school does not see them.</source>
        <translation>Partners die je hier toevoegt blijven op deze telefoon. De school ziet ze niet.</translation>
    </message>
    <message>
        <source>My own partners</source>
        <translation>Mijn eigen partners</translation>
    </message>
    <message>
        <source>Starred school partners</source>
        <translation>Schoolpartners met een ster</translation>
    </message>
    <message>
        <source>Tap the star on a partner to keep them here.</source>
        <translation>Tik op de ster bij een partner om die hier te bewaren.</translation>
    </message>
    <message>
        <source>Scan a contact card</source>
        <translation>Contactkaartje scannen</translation>
    </message>
</context>
<context>
    <name>NearbyPage</name>
    <message>
        <source>Nearby</source>
        <translation>Dichtbij</translation>
    </message>
    <message>
        <source>Finding your position…</source>
        <translation>Positie bepalen…</translation>
    </message>
    <message>
        <source>Where am I?</source>
        <translation>Waar ben ik?</translation>
    </message>
    <message>
        <source>Find my position once</source>
        <translation>Bepaal eenmalig mijn positie</translation>
    </message>
    <message>
        <source>Partners by distance</source>
        <translation>Partners op afstand</translation>
    </message>
    <message>
        <source>My own partner</source>
        <translation>Mijn eigen partner</translation>
    </message>
    <message>
        <source>No partners with an address on the map yet.</source>
        <translation>Nog geen partners met een adres op de kaart.</translation>
    </message>
</context>
<context>
    <name>OrganogramPage</name>
    <message>
        <source>Who does what</source>
        <translation>Wie doet wat</translation>
    </message>
    <message>
        <source>The school&apos;s roles and the partners each role looks after. Red dashes: a role without a deputy, or partners without an owner at school.</source>
        <translation>De rollen op school en de partners die bij elke rol horen. Rood gestippeld: een rol zonder vervanger, of partners zonder eigenaar op school.</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Uitzoomen</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Inzoomen</translation>
    </message>
    <message>
        <source>Whole picture</source>
        <translation>Hele plaat</translation>
    </message>
    <message>
        <source>Show the whole picture</source>
        <translation>Toon de hele plaat</translation>
    </message>
    <message>
        <source>Who does what: the school&apos;s roles and their partners</source>
        <translation>Wie doet wat: de rollen op school en hun partners</translation>
    </message>
</context>
<context>
    <name>PageHeader</name>
    <message>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
</context>
<context>
    <name>PartnerDelegate</name>
    <message>
        <source>at school today</source>
        <translation>vandaag op school</translation>
    </message>
    <message>
        <source>Vacant, ask the school&apos;s contact</source>
        <translation>Vacature, vraag het aanspreekpunt op school</translation>
    </message>
    <message>
        <source>today</source>
        <translation>vandaag</translation>
    </message>
</context>
<context>
    <name>PartnerDetail</name>
    <message>
        <source>%1 (until %2)</source>
        <translation>%1 (tot %2)</translation>
    </message>
    <message>
        <source>Note saved on this device.</source>
        <translation>Notitie opgeslagen op dit apparaat.</translation>
    </message>
    <message>
        <source>Thank you. The coordinator will check this contact.</source>
        <translation>Dank je. De coördinator controleert dit contact.</translation>
    </message>
    <message>
        <source>At school: %1</source>
        <translation>Op school: %1</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Telefoon: %1</translation>
    </message>
    <message>
        <source>E-mail: %1</source>
        <translation>E-mail: %1</translation>
    </message>
    <message>
        <source>Contact details copied. Paste them where you want to share them.</source>
        <translation>Contactgegevens gekopieerd. Plak ze waar je ze wilt delen.</translation>
    </message>
    <message>
        <source>Sharing is not available on this device.</source>
        <translation>Delen is niet beschikbaar op dit apparaat.</translation>
    </message>
    <message>
        <source>This phone has no contacts app that takes the card. Copy the details and add them by hand.</source>
        <translation>Deze telefoon heeft geen contacten-app die de kaart aanneemt. Kopieer de gegevens en voeg ze zelf toe.</translation>
    </message>
</context>
<context>
    <name>PartnerPage</name>
    <message>
        <source>Remove from my network</source>
        <translation>Verwijderen uit mijn netwerk</translation>
    </message>
    <message>
        <source>Add to my network</source>
        <translation>Toevoegen aan mijn netwerk</translation>
    </message>
    <message>
        <source>Share contact details</source>
        <translation>Contactgegevens delen</translation>
    </message>
    <message>
        <source>This partner is no longer in the list.</source>
        <translation>Deze partner staat niet meer in de lijst.</translation>
    </message>
    <message>
        <source>Vacant: nobody holds this function now</source>
        <translation>Vacature: niemand vervult deze functie nu</translation>
    </message>
    <message>
        <source>My own partner · only on this device</source>
        <translation>Mijn eigen partner · alleen op dit apparaat</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Bellen</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>Sms</translation>
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
        <translation>Contactpersonen</translation>
    </message>
    <message>
        <source>Ask me about</source>
        <translation>Vraag mij over</translation>
    </message>
    <message>
        <source>Our contact at school</source>
        <translation>Vast aanspreekpunt op school</translation>
    </message>
    <message>
        <source>%1 (%2) keeps in touch with this partner.</source>
        <translation>%1 (%2) onderhoudt het contact met deze partner.</translation>
    </message>
    <message>
        <source>%1 keeps in touch with this partner.</source>
        <translation>%1 onderhoudt het contact met deze partner.</translation>
    </message>
    <message>
        <source>Previously</source>
        <translation>Voorheen</translation>
    </message>
    <message>
        <source>My note (only on this device)</source>
        <translation>Mijn notitie (alleen op dit apparaat)</translation>
    </message>
    <message>
        <source>For example: prefers WhatsApp after 15:00</source>
        <translation>Bijvoorbeeld: liever WhatsApp na 15:00</translation>
    </message>
    <message>
        <source>Private note</source>
        <translation>Privénotitie</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>Notitie opslaan</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Meer</translation>
    </message>
    <message>
        <source>Add to my phone&apos;s contacts</source>
        <translation>Toevoegen aan contacten op mijn telefoon</translation>
    </message>
    <message>
        <source>New quick line to %1</source>
        <translation>Nieuwe snelle lijn naar %1</translation>
    </message>
    <message>
        <source>Edit my partner</source>
        <translation>Mijn partner bewerken</translation>
    </message>
    <message numerus="yes">
        <source>Report outdated (%n open report(s))</source>
        <translation>
            <numerusform>Meld verouderd (%n open melding)</numerusform>
            <numerusform>Meld verouderd (%n open meldingen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Report outdated</source>
        <translation>Meld verouderd</translation>
    </message>
    <message>
        <source>Show QR code for parents</source>
        <translation>QR-code voor ouders tonen</translation>
    </message>
    <message>
        <source>Also: %1</source>
        <translation>Ook: %1</translation>
    </message>
    <message>
        <source>Note from the school</source>
        <translation>Notitie van de school</translation>
    </message>
</context>
<context>
    <name>PartnerQr</name>
    <message>
        <source>Parents scan this code with their phone&apos;s camera and see %1&apos;s public page, with a button to save the contact.</source>
        <translation>Ouders scannen deze code met de camera van hun telefoon en zien de openbare pagina van %1, met een knop om het contact op te slaan.</translation>
    </message>
    <message>
        <source>This code holds the public contact card itself: parents scan it with their phone&apos;s camera and save it, no internet needed.</source>
        <translation>Deze code bevat het openbare visitekaartje zelf: ouders scannen hem met de camera van hun telefoon en slaan het op, zonder internet.</translation>
    </message>
    <message>
        <source>%1 has no public details, so there is no code for parents. A coordinator can make the name and other details public.</source>
        <translation>%1 heeft geen openbare gegevens, dus er is geen code voor ouders. Een coördinator kan de naam en andere gegevens openbaar maken.</translation>
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
        <translation>Per categorie</translation>
    </message>
    <message>
        <source>Sort A to Z</source>
        <translation>Sorteer van A tot Z</translation>
    </message>
    <message>
        <source>Group by category</source>
        <translation>Groepeer per categorie</translation>
    </message>
    <message>
        <source>Which partners</source>
        <translation>Welke partners</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>The school&apos;s partners</source>
        <translation>De partners van school</translation>
    </message>
    <message>
        <source>My own</source>
        <translation>Mijn eigen</translation>
    </message>
    <message>
        <source>My own partners</source>
        <translation>Mijn eigen partners</translation>
    </message>
    <message>
        <source>Partner list</source>
        <translation>Partnerlijst</translation>
    </message>
    <message>
        <source>The school&apos;s partner list is empty.</source>
        <translation>De partnerlijst van school is leeg.</translation>
    </message>
    <message>
        <source>You have not added partners of your own yet. Add them under My network.</source>
        <translation>Je hebt nog geen eigen partners. Voeg ze toe onder Mijn netwerk.</translation>
    </message>
    <message>
        <source>Who does what</source>
        <translation>Wie doet wat</translation>
    </message>
</context>
<context>
    <name>PersonEditPage</name>
    <message>
        <source>Saved on this device.</source>
        <translation>Opgeslagen op dit apparaat.</translation>
    </message>
    <message>
        <source>New partner</source>
        <translation>Nieuwe partner</translation>
    </message>
    <message>
        <source>Edit partner</source>
        <translation>Partner bewerken</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Save partner</source>
        <translation>Partner opslaan</translation>
    </message>
    <message>
        <source>Remove %1?</source>
        <translation>%1 verwijderen?</translation>
    </message>
    <message>
        <source>This removes the partner, your note and your quick lines to them from this phone.</source>
        <translation>Hiermee verwijder je de partner, je notitie en je snelle lijnen naar deze partner van deze telefoon.</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Bewaren</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Partner removed.</source>
        <translation>Partner verwijderd.</translation>
    </message>
    <message>
        <source>Only on this device: the school and other teachers do not see your own partners.</source>
        <translation>Alleen op dit apparaat: de school en andere leerkrachten zien je eigen partners niet.</translation>
    </message>
    <message>
        <source>Remove partner</source>
        <translation>Partner verwijderen</translation>
    </message>
</context>
<context>
    <name>PersonFields</name>
    <message>
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <source>Organisation (optional)</source>
        <translation>Organisatie (optioneel)</translation>
    </message>
    <message>
        <source>Role, e.g. remedial teacher (optional)</source>
        <translation>Functie, bijv. remedial teacher (optioneel)</translation>
    </message>
    <message>
        <source>Mobile number</source>
        <translation>Mobiel nummer</translation>
    </message>
    <message>
        <source>WhatsApp number, if not the mobile number</source>
        <translation>WhatsApp-nummer, als dat een ander nummer is</translation>
    </message>
    <message>
        <source>Landline</source>
        <translation>Vast nummer</translation>
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
        <translation>QR-code voor ouders</translation>
    </message>
    <message>
        <source>QR code with the link to the public page of %1</source>
        <translation>QR-code met de link naar de openbare pagina van %1</translation>
    </message>
    <message>
        <source>QR code with the contact card of %1</source>
        <translation>QR-code met het visitekaartje van %1</translation>
    </message>
    <message>
        <source>Link to the public page</source>
        <translation>Link naar de openbare pagina</translation>
    </message>
    <message>
        <source>Contact card, works without internet</source>
        <translation>Visitekaartje, werkt zonder internet</translation>
    </message>
    <message>
        <source>Address of the public page: %1</source>
        <translation>Adres van de openbare pagina: %1</translation>
    </message>
</context>
<context>
    <name>ScanPage</name>
    <message>
        <source>Scan a QR code</source>
        <translation>QR-code scannen</translation>
    </message>
    <message>
        <source>%1 is now one of your own partners.</source>
        <translation>%1 staat nu bij je eigen partners.</translation>
    </message>
    <message>
        <source>Choose a picture with a QR code</source>
        <translation>Kies een afbeelding met een QR-code</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.webp *.bmp *.gif)</source>
        <translation>Afbeeldingen (*.png *.jpg *.jpeg *.webp *.bmp *.gif)</translation>
    </message>
    <message>
        <source>Camera view</source>
        <translation>Camerabeeld</translation>
    </message>
    <message>
        <source>Scan again</source>
        <translation>Opnieuw scannen</translation>
    </message>
    <message>
        <source>Hold the QR code in front of the camera.</source>
        <translation>Houd de QR-code voor de camera.</translation>
    </message>
    <message>
        <source>There is no camera to scan with here. Choose a picture of the QR code instead, for example a screenshot or a photo someone sent you.</source>
        <translation>Hier is geen camera om mee te scannen. Kies in plaats daarvan een afbeelding van de QR-code, bijvoorbeeld een schermafbeelding of een foto die iemand je stuurde.</translation>
    </message>
    <message>
        <source>Choose a picture</source>
        <translation>Kies een afbeelding</translation>
    </message>
    <message>
        <source>Join the school</source>
        <translation>Koppel met school</translation>
    </message>
    <message>
        <source>Save partner</source>
        <translation>Partner opslaan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Saved as your own partner (only on this phone). Correct anything that is wrong:</source>
        <translation>Wordt bewaard als je eigen partner (alleen op deze telefoon). Verbeter wat niet klopt:</translation>
    </message>
</context>
<context>
    <name>ScanSession</name>
    <message>
        <source>The camera could not be started. Choose a picture of the QR code instead.</source>
        <translation>De camera kon niet starten. Kies in plaats daarvan een afbeelding van de QR-code.</translation>
    </message>
    <message>
        <source>This file is not a picture KorteLijn can open. Choose a photo or a screenshot (PNG or JPEG).</source>
        <translation>Dit bestand is geen afbeelding die KorteLijn kan openen. Kies een foto of schermafbeelding (PNG of JPEG).</translation>
    </message>
    <message>
        <source>No QR code found in this picture. Make sure the whole code is in it and sharp.</source>
        <translation>Geen QR-code gevonden in deze afbeelding. Zorg dat de hele code erop staat en scherp is.</translation>
    </message>
    <message>
        <source>An invitation to join the school list on %1.</source>
        <translation>Een uitnodiging om te koppelen met de schoollijst op %1.</translation>
    </message>
    <message>
        <source>A contact card. Check what will be saved as your own partner, on this phone only.</source>
        <translation>Een contactkaartje. Kijk wat er als je eigen partner wordt bewaard, alleen op deze telefoon.</translation>
    </message>
    <message>
        <source>This code is a link to %1, not a KorteLijn code. Open it in your browser if you trust it.</source>
        <translation>Deze code is een link naar %1 — geen KorteLijn-code. Open hem in je browser als je hem vertrouwt.</translation>
    </message>
    <message>
        <source>KorteLijn may not use the camera. Allow it in your phone&apos;s settings, or choose a picture of the QR code.</source>
        <translation>KorteLijn mag de camera niet gebruiken. Sta het toe in de instellingen van je telefoon, of kies een foto van de QR-code.</translation>
    </message>
</context>
<context>
    <name>SchoolConnection</name>
    <message>
        <source>Paste the invitation link you received from the school, or scan its QR code.</source>
        <translation>Plak de uitnodigingslink die je van school hebt gekregen, of scan de QR-code.</translation>
    </message>
    <message>
        <source>KorteLijn on %1</source>
        <translation>KorteLijn op %1</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Put the school list in your phone&apos;s contacts</source>
        <translation>Zet de schoollijst in de contacten van je telefoon</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Weergave</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Zoals het systeem</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Licht</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Donker</translation>
    </message>
    <message>
        <source>School connection</source>
        <translation>Schoolverbinding</translation>
    </message>
    <message>
        <source>Connected with %1. Last updated %2.</source>
        <translation>Verbonden met %1. Laatst bijgewerkt %2.</translation>
    </message>
    <message>
        <source>Connecting with %1…</source>
        <translation>Verbinden met %1…</translation>
    </message>
    <message>
        <source>Not connected to a school server.</source>
        <translation>Niet verbonden met een schoolserver.</translation>
    </message>
    <message>
        <source>The partner list on this phone is the demo school “Basisschool De Regenboog”. When your school connects its server, its own list replaces it.</source>
        <translation>De partnerlijst op deze telefoon is die van de voorbeeldschool “Basisschool De Regenboog”. Zodra je school haar server koppelt, komt de eigen lijst ervoor in de plaats.</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privacy</translation>
    </message>
    <message>
        <source>Your own partners, notes, stars and which lines you use stay on this phone. The school list only holds the partners&apos; work contact details. Do not put pupils&apos; names in messages or notes.</source>
        <translation>Je eigen partners, notities, sterren en welke lijnen je gebruikt blijven op deze telefoon. De schoollijst bevat alleen de werkgegevens van partners. Zet geen namen van leerlingen in berichten of notities.</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Over</translation>
    </message>
    <message>
        <source>KorteLijn %1: short lines between school and partners.</source>
        <translation>KorteLijn %1: korte lijntjes tussen school en partners.</translation>
    </message>
    <message>
        <source>Joining the school…</source>
        <translation>Bezig met aanmelden bij de school…</translation>
    </message>
    <message>
        <source>Could not update just now; the list on this phone is from %1. KorteLijn tries again by itself.</source>
        <translation>Bijwerken lukte net niet; de lijst op deze telefoon is van %1. KorteLijn probeert het zelf opnieuw.</translation>
    </message>
    <message>
        <source>Could not reach the school yet. KorteLijn tries again by itself.</source>
        <translation>De school is nog niet bereikt. KorteLijn probeert het zelf opnieuw.</translation>
    </message>
    <message>
        <source>The school has removed this phone from its list. Your own partners and notes are still here. Ask the coordinator for a new invitation to connect again.</source>
        <translation>De school heeft deze telefoon van de lijst gehaald. Je eigen partners en notities staan er nog. Vraag de coördinator om een nieuwe uitnodiging om weer te koppelen.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent to the school.</source>
        <translation>
            <numerusform>%n wijziging wacht om naar school te worden verstuurd.</numerusform>
            <numerusform>%n wijzigingen wachten om naar school te worden verstuurd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Bezig met bijwerken…</translation>
    </message>
    <message>
        <source>Update now</source>
        <translation>Nu bijwerken</translation>
    </message>
    <message>
        <source>Invitation link from your school</source>
        <translation>Uitnodigingslink van je school</translation>
    </message>
    <message>
        <source>Join school</source>
        <translation>Koppel met school</translation>
    </message>
    <message>
        <source>My school location</source>
        <translation>Mijn schoollocatie</translation>
    </message>
    <message>
        <source>Used for “at school today” and for distances when your position is not known.</source>
        <translation>Gebruikt voor ‘vandaag op school’ en voor afstanden als je positie niet bekend is.</translation>
    </message>
    <message>
        <source>Scan the invitation&apos;s QR code</source>
        <translation>QR-code van de uitnodiging scannen</translation>
    </message>
    <message>
        <source>Take my data along…</source>
        <translation>Mijn gegevens meenemen…</translation>
    </message>
    <message>
        <source>Take my data along to a new phone</source>
        <translation>Mijn gegevens meenemen naar een nieuwe telefoon</translation>
    </message>
</context>
<context>
    <name>Whereabouts</name>
    <message>
        <source>Distances from where you are, at %1.</source>
        <translation>Afstanden vanaf je positie, bij %1.</translation>
    </message>
    <message>
        <source>Distances from where you are.</source>
        <translation>Afstanden vanaf je positie.</translation>
    </message>
    <message>
        <source>Distances unknown: your school has no locations with an address on the map.</source>
        <translation>Afstanden onbekend: je school heeft geen locaties met een adres op de kaart.</translation>
    </message>
    <message>
        <source>Distances from %1, your chosen location.</source>
        <translation>Afstanden vanaf %1, je gekozen locatie.</translation>
    </message>
    <message>
        <source>Distances from %1.</source>
        <translation>Afstanden vanaf %1.</translation>
    </message>
    <message>
        <source>Distances are measured from the school.</source>
        <translation>Afstanden worden gemeten vanaf de school.</translation>
    </message>
    <message>
        <source>Distances are measured from %1 for now.</source>
        <translation>Afstanden worden voorlopig gemeten vanaf %1.</translation>
    </message>
    <message>
        <source>This device cannot tell where it is. %1 Choose your school location in Settings.</source>
        <translation>Dit apparaat kan niet bepalen waar het is. %1 Kies je schoollocatie bij Instellingen.</translation>
    </message>
    <message>
        <source>KorteLijn may not use your location. Allow it in your phone&apos;s settings and try again. %1</source>
        <translation>KorteLijn mag je locatie niet gebruiken. Sta het toe in de instellingen van je telefoon en probeer het opnieuw. %1</translation>
    </message>
    <message>
        <source>Your position was not found in time. Go near a window or outside and try again. %1</source>
        <translation>Je positie is niet op tijd gevonden. Ga bij een raam of buiten staan en probeer het opnieuw. %1</translation>
    </message>
</context>
<context>
    <name>kl::Availability</name>
    <message>
        <source>today</source>
        <translation>vandaag</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>morgen</translation>
    </message>
    <message>
        <source>No regular hours at school</source>
        <translation>Geen vaste tijden op school</translation>
    </message>
    <message>
        <source>At school now, until %1</source>
        <translation>Nu op school, tot %1</translation>
    </message>
    <message>
        <source>At school now, until %1, %2</source>
        <translation>Nu op school, tot %1, %2</translation>
    </message>
    <message>
        <source>Next at school: %1 %2–%3</source>
        <translation>Volgende keer op school: %1 %2–%3</translation>
    </message>
    <message>
        <source>Next at school: %1 %2–%3, %4</source>
        <translation>Volgende keer op school: %1 %2–%3, %4</translation>
    </message>
    <message>
        <source>soon</source>
        <translation>binnenkort</translation>
    </message>
</context>
<context>
    <name>kl::Backup</name>
    <message>
        <source>This is not a KorteLijn file with your data. Choose the file you saved on your old phone.</source>
        <translation>Dit is geen KorteLijn-bestand met je gegevens. Kies het bestand dat je op je oude telefoon hebt opgeslagen.</translation>
    </message>
    <message>
        <source>This file was made by a newer KorteLijn. Update the app and try again.</source>
        <translation>Dit bestand is gemaakt met een nieuwere KorteLijn. Werk de app bij en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The passphrase does not fit this file. Check it and try again; nothing was changed.</source>
        <translation>De wachtzin past niet bij dit bestand. Controleer hem en probeer het opnieuw; er is niets veranderd.</translation>
    </message>
    <message>
        <source>This phone has too little free memory to unlock the file. Close other apps and try again.</source>
        <translation>Deze telefoon heeft te weinig vrij geheugen om het bestand te openen. Sluit andere apps en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The file is damaged or incomplete, so nothing was changed. Save it again on your old phone, or try another copy.</source>
        <translation>Het bestand is beschadigd of onvolledig; er is niets veranderd. Sla het opnieuw op met je oude telefoon, of probeer een andere kopie.</translation>
    </message>
    <message>
        <source>Choose a passphrase to lock the file.</source>
        <translation>Kies een wachtzin om het bestand op slot te doen.</translation>
    </message>
    <message>
        <source>Choose a passphrase of at least %1 characters, for example a short sentence.</source>
        <translation>Kies een wachtzin van minstens %1 tekens, bijvoorbeeld een korte zin.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Type it again.</source>
        <translation>De twee wachtzinnen zijn niet gelijk. Typ hem opnieuw.</translation>
    </message>
    <message>
        <source>The file could not be made on this phone.</source>
        <translation>Het bestand kon op deze telefoon niet worden gemaakt.</translation>
    </message>
    <message>
        <source>The file holds a value KorteLijn cannot take (%1), so nothing was changed.</source>
        <translation>Het bestand bevat een waarde die KorteLijn niet kan overnemen (%1); er is niets veranderd.</translation>
    </message>
</context>
<context>
    <name>kl::Category</name>
    <message>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>CJG / youth care</source>
        <translation>CJG / jeugdzorg</translation>
    </message>
    <message>
        <source>Neighbourhood team</source>
        <translation>Wijkteam</translation>
    </message>
    <message>
        <source>Childcare</source>
        <translation>Kinderopvang</translation>
    </message>
    <message>
        <source>Care (speech, occupational, physio therapy)</source>
        <translation>Zorg (logopedie, ergotherapie, fysiotherapie)</translation>
    </message>
    <message>
        <source>Educational support service</source>
        <translation>Onderwijsbegeleiding</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliotheek</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Politie</translation>
    </message>
    <message>
        <source>Public health service (GGD)</source>
        <translation>GGD</translation>
    </message>
    <message>
        <source>Culture</source>
        <translation>Cultuur</translation>
    </message>
    <message>
        <source>Sport</source>
        <translation>Sport</translation>
    </message>
    <message>
        <source>Guest lessons</source>
        <translation>Gastlessen</translation>
    </message>
    <message>
        <source>Community and youth work</source>
        <translation>Buurt- en jongerenwerk</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Overig</translation>
    </message>
</context>
<context>
    <name>kl::ContactCard</name>
    <message>
        <source>This contact card cannot be read (%1).</source>
        <translation>Dit contactkaartje is niet te lezen (%1).</translation>
    </message>
    <message>
        <source>a card without a name</source>
        <translation>een kaartje zonder naam</translation>
    </message>
    <message>
        <source>the card does not end</source>
        <translation>het kaartje houdt niet op</translation>
    </message>
    <message>
        <source>There is no contact card in this text.</source>
        <translation>In deze tekst staat geen contactkaartje.</translation>
    </message>
    <message>
        <source>the photo is not in base64 and was left out</source>
        <translation>de foto staat niet in base64 en is weggelaten</translation>
    </message>
    <message>
        <source>line %1 is not a property and was left out</source>
        <translation>regel %1 is geen eigenschap en is weggelaten</translation>
    </message>
    <message>
        <source>a card inside this card (line %1) is read as a card of its own</source>
        <translation>een kaartje in dit kaartje (regel %1) is als een eigen kaartje gelezen</translation>
    </message>
    <message>
        <source>more cells than the header names</source>
        <translation>meer cellen dan de kopregel noemt</translation>
    </message>
</context>
<context>
    <name>kl::Database</name>
    <message>
        <source>The local data could not be saved or read (%1).</source>
        <translation>De gegevens op dit apparaat konden niet worden opgeslagen of gelezen (%1).</translation>
    </message>
    <message>
        <source>The data file %1 could not be opened.</source>
        <translation>Het gegevensbestand %1 kon niet worden geopend.</translation>
    </message>
    <message>
        <source>The data file %1 is damaged or is not a KorteLijn file.</source>
        <translation>Het gegevensbestand %1 is beschadigd of is geen KorteLijn-bestand.</translation>
    </message>
    <message>
        <source>This data was saved by a newer version of KorteLijn (schema %1, this version knows %2). Update the app; your data has not been changed.</source>
        <translation>Deze gegevens zijn opgeslagen door een nieuwere versie van KorteLijn (schema %1, deze versie kent %2). Werk de app bij; je gegevens zijn niet gewijzigd.</translation>
    </message>
    <message>
        <source>The change was not saved.</source>
        <translation>De wijziging is niet opgeslagen.</translation>
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
        <translation>“%1” is geen geldig telefoonnummer. Controleer de cijfers, bijvoorbeeld 06 12345678 of 020 1234567.</translation>
    </message>
    <message>
        <source>Enter a phone number.</source>
        <translation>Vul een telefoonnummer in.</translation>
    </message>
</context>
<context>
    <name>kl::PrivacyHint</name>
    <message>
        <source>“%1” looks like a name. Keep pupils&apos; names out of messages: write “a pupil in my class” and discuss details in person.</source>
        <translation>“%1” lijkt op een naam. Houd namen van leerlingen uit berichten: schrijf “een leerling uit mijn groep” en bespreek details persoonlijk.</translation>
    </message>
</context>
<context>
    <name>kl::ScannedCode</name>
    <message>
        <source>The code is empty.</source>
        <translation>De code is leeg.</translation>
    </message>
    <message>
        <source>This KorteLijn code is incomplete or damaged. Ask the coordinator for a new invitation.</source>
        <translation>Deze KorteLijn-code is onvolledig of beschadigd. Vraag de coördinator om een nieuwe uitnodiging.</translation>
    </message>
    <message>
        <source>This code is not a KorteLijn invitation or a contact card, so there is nothing to add.</source>
        <translation>Deze code is geen KorteLijn-uitnodiging en geen contactkaartje, dus er valt niets toe te voegen.</translation>
    </message>
</context>
<context>
    <name>kl::SchoolOwner</name>
    <message>
        <source>%1, deputy %2</source>
        <translation>%1, vervanger %2</translation>
    </message>
</context>
<context>
    <name>kl::SyncEngine</name>
    <message>
        <source>No connection to the school server. Your changes are kept and will be sent later.</source>
        <translation>Geen verbinding met de schoolserver. Je wijzigingen blijven bewaard en worden later verstuurd.</translation>
    </message>
    <message>
        <source>This phone is no longer connected to the school&apos;s partner list. Ask your coordinator for a new invite. Your own partners and notes stay on this phone.</source>
        <translation>Deze telefoon is niet meer gekoppeld aan de partnerlijst van school. Vraag je coördinator om een nieuwe uitnodiging. Je eigen partners en notities blijven op deze telefoon.</translation>
    </message>
    <message>
        <source>The school server refused this phone&apos;s request. Ask your coordinator to check your access.</source>
        <translation>De schoolserver weigerde het verzoek van deze telefoon. Vraag je coördinator je toegang na te kijken.</translation>
    </message>
    <message>
        <source>The school server is busy. We will try again shortly.</source>
        <translation>De schoolserver heeft het druk. We proberen het zo opnieuw.</translation>
    </message>
    <message>
        <source>The school server has a problem right now. Your changes are kept and will be sent later.</source>
        <translation>De schoolserver heeft nu een probleem. Je wijzigingen blijven bewaard en worden later verstuurd.</translation>
    </message>
    <message>
        <source>The school server did not accept the request (%1).</source>
        <translation>De schoolserver accepteerde het verzoek niet (%1).</translation>
    </message>
    <message>
        <source>The network answered instead of the school server (perhaps a Wi-Fi login page). Nothing was changed; log in to the network and try again.</source>
        <translation>Het netwerk antwoordde in plaats van de schoolserver (misschien een inlogpagina van de wifi). Er is niets veranderd; log in op het netwerk en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>This phone is not connected to a school yet. Scan the invite QR code from your coordinator.</source>
        <translation>Deze telefoon is nog niet aan een school gekoppeld. Scan de uitnodigings-QR-code van je coördinator.</translation>
    </message>
    <message>
        <source>The school server sent an answer this app does not understand. Nothing was changed; we will try again.</source>
        <translation>De schoolserver stuurde een antwoord dat deze app niet begrijpt. Er is niets veranderd; we proberen het opnieuw.</translation>
    </message>
    <message>
        <source>The school server lost track of this phone&apos;s changes. Your changes are kept; ask your coordinator to check the server.</source>
        <translation>De schoolserver is de wijzigingen van deze telefoon kwijt. Je wijzigingen blijven bewaard; vraag je coördinator de server na te kijken.</translation>
    </message>
    <message>
        <source>This is not a KorteLijn invite. Scan the QR code your coordinator gave you.</source>
        <translation>Dit is geen KorteLijn-uitnodiging. Scan de QR-code die je van je coördinator kreeg.</translation>
    </message>
    <message>
        <source>This invite is no longer valid. Ask your coordinator for a new one.</source>
        <translation>Deze uitnodiging is niet meer geldig. Vraag je coördinator om een nieuwe.</translation>
    </message>
    <message>
        <source>The school server sent an answer this app does not understand.</source>
        <translation>De schoolserver stuurde een antwoord dat deze app niet begrijpt.</translation>
    </message>
</context>
<context>
    <name>kl::Validation</name>
    <message>
        <source>The contact of this line no longer exists.</source>
        <translation>Het contact van deze lijn bestaat niet meer.</translation>
    </message>
    <message>
        <source>This person no longer exists.</source>
        <translation>Deze persoon bestaat niet meer.</translation>
    </message>
    <message>
        <source>This line no longer exists.</source>
        <translation>Deze lijn bestaat niet meer.</translation>
    </message>
    <message>
        <source>No WhatsApp number is known for this contact.</source>
        <translation>Van dit contact is geen WhatsApp-nummer bekend.</translation>
    </message>
    <message>
        <source>No mobile number is known for this contact.</source>
        <translation>Van dit contact is geen mobiel nummer bekend.</translation>
    </message>
    <message>
        <source>No phone number is known for this contact.</source>
        <translation>Van dit contact is geen telefoonnummer bekend.</translation>
    </message>
    <message>
        <source>No e-mail address is known for this contact.</source>
        <translation>Van dit contact is geen e-mailadres bekend.</translation>
    </message>
    <message>
        <source>Choose the contact you want to report.</source>
        <translation>Kies het contact dat je wilt melden.</translation>
    </message>
    <message>
        <source>Briefly describe what is wrong.</source>
        <translation>Beschrijf kort wat er niet klopt.</translation>
    </message>
    <message>
        <source>Keep the comment under 500 characters.</source>
        <translation>Houd de toelichting onder de 500 tekens.</translation>
    </message>
    <message>
        <source>Enter the function&apos;s title.</source>
        <translation>Vul de naam van de functie in.</translation>
    </message>
    <message>
        <source>Choose the organisation this function belongs to.</source>
        <translation>Kies de organisatie waar deze functie bij hoort.</translation>
    </message>
    <message>
        <source>This function no longer exists.</source>
        <translation>Deze functie bestaat niet meer.</translation>
    </message>
    <message>
        <source>Choose the date of the hand-over.</source>
        <translation>Kies de datum van de overdracht.</translation>
    </message>
    <message>
        <source>The hand-over date must be after the current holder started (%1).</source>
        <translation>De overdrachtsdatum moet na de startdatum van de huidige functiehouder liggen (%1).</translation>
    </message>
    <message>
        <source>The note is too long (at most 10,000 characters).</source>
        <translation>De notitie is te lang (maximaal 10.000 tekens).</translation>
    </message>
    <message>
        <source>Enter the organisation&apos;s name.</source>
        <translation>Vul de naam van de organisatie in.</translation>
    </message>
    <message>
        <source>The coordinates are not valid (latitude -90 to 90, longitude -180 to 180).</source>
        <translation>De coördinaten zijn ongeldig (breedtegraad -90 tot 90, lengtegraad -180 tot 180).</translation>
    </message>
    <message>
        <source>This organisation no longer exists.</source>
        <translation>Deze organisatie bestaat niet meer.</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>Vul een naam in.</translation>
    </message>
    <message>
        <source>“%1” is not a valid e-mail address.</source>
        <translation>“%1” is geen geldig e-mailadres.</translation>
    </message>
    <message>
        <source>Choose the organisation.</source>
        <translation>Kies de organisatie.</translation>
    </message>
    <message>
        <source>Choose a day of the week.</source>
        <translation>Kies een dag van de week.</translation>
    </message>
    <message>
        <source>The end time must be after the start time.</source>
        <translation>De eindtijd moet na de begintijd liggen.</translation>
    </message>
    <message>
        <source>The last day must not be before the first day.</source>
        <translation>De laatste dag mag niet voor de eerste dag liggen.</translation>
    </message>
    <message>
        <source>This time slot no longer exists.</source>
        <translation>Dit tijdvak bestaat niet meer.</translation>
    </message>
    <message>
        <source>Enter the location&apos;s name.</source>
        <translation>Vul de naam van de locatie in.</translation>
    </message>
    <message>
        <source>The radius must be between 10 and 5000 metres.</source>
        <translation>De straal moet tussen 10 en 5000 meter liggen.</translation>
    </message>
    <message>
        <source>Give the line a short name.</source>
        <translation>Geef de lijn een korte naam.</translation>
    </message>
    <message>
        <source>Choose a person or function to contact.</source>
        <translation>Kies een persoon of functie om contact mee op te nemen.</translation>
    </message>
    <message>
        <source>The message is too long for a quick line (at most 1000 characters).</source>
        <translation>Het bericht is te lang voor een snelle lijn (maximaal 1000 tekens).</translation>
    </message>
    <message>
        <source>The pinned lines changed in the meantime; try again.</source>
        <translation>De vastgezette lijnen zijn intussen veranderd; probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The value of “%1” has the wrong type.</source>
        <translation>De waarde van “%1” heeft het verkeerde type.</translation>
    </message>
    <message>
        <source>Fill in “%1”.</source>
        <translation>Vul “%1” in.</translation>
    </message>
    <message>
        <source>“%1” is too long (at most %2 characters).</source>
        <translation>“%1” is te lang (maximaal %2 tekens).</translation>
    </message>
    <message>
        <source>“%1” contains characters that cannot be stored, such as a line break or a control character.</source>
        <translation>“%1” bevat tekens die niet bewaard kunnen worden, zoals een regeleinde of een stuurteken.</translation>
    </message>
    <message>
        <source>“%1” must be between %2 and %3.</source>
        <translation>“%1” moet tussen %2 en %3 liggen.</translation>
    </message>
    <message>
        <source>“%1” is not a valid phone number.</source>
        <translation>“%1” is geen geldig telefoonnummer.</translation>
    </message>
    <message>
        <source>“%1” is not a valid e-mail address (for example name@school.nl).</source>
        <translation>“%1” is geen geldig e-mailadres (bijvoorbeeld naam@school.nl).</translation>
    </message>
    <message>
        <source>“%1” must be a web address that starts with https:// or http://.</source>
        <translation>“%1” moet een webadres zijn dat begint met https:// of http://.</translation>
    </message>
    <message>
        <source>“%1” is not a valid date.</source>
        <translation>“%1” is geen geldige datum.</translation>
    </message>
    <message>
        <source>Give both latitude and longitude, or neither.</source>
        <translation>Vul zowel breedtegraad als lengtegraad in, of geen van beide.</translation>
    </message>
    <message>
        <source>“%1” is not valid.</source>
        <translation>“%1” is niet geldig.</translation>
    </message>
    <message>
        <source>origin</source>
        <translation>herkomst</translation>
    </message>
    <message>
        <source>name</source>
        <translation>naam</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adres</translation>
    </message>
    <message>
        <source>latitude</source>
        <translation>breedtegraad</translation>
    </message>
    <message>
        <source>longitude</source>
        <translation>lengtegraad</translation>
    </message>
    <message>
        <source>radius</source>
        <translation>straal</translation>
    </message>
    <message>
        <source>category</source>
        <translation>categorie</translation>
    </message>
    <message>
        <source>street</source>
        <translation>straat</translation>
    </message>
    <message>
        <source>postal code</source>
        <translation>postcode</translation>
    </message>
    <message>
        <source>city</source>
        <translation>plaats</translation>
    </message>
    <message>
        <source>website</source>
        <translation>website</translation>
    </message>
    <message>
        <source>topics</source>
        <translation>onderwerpen</translation>
    </message>
    <message>
        <source>owner role</source>
        <translation>rol van de eigenaar</translation>
    </message>
    <message>
        <source>point of contact</source>
        <translation>aanspreekpunt</translation>
    </message>
    <message>
        <source>visibility</source>
        <translation>zichtbaarheid</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisatie</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>voornaam</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>achternaam</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>foto</translation>
    </message>
    <message>
        <source>mobile number</source>
        <translation>mobiel nummer</translation>
    </message>
    <message>
        <source>WhatsApp number</source>
        <translation>WhatsApp-nummer</translation>
    </message>
    <message>
        <source>landline number</source>
        <translation>vast nummer</translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation>e-mailadres</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titel</translation>
    </message>
    <message>
        <source>function</source>
        <translation>functie</translation>
    </message>
    <message>
        <source>person</source>
        <translation>persoon</translation>
    </message>
    <message>
        <source>since</source>
        <translation>sinds</translation>
    </message>
    <message>
        <source>until</source>
        <translation>tot</translation>
    </message>
    <message>
        <source>day of the week</source>
        <translation>dag van de week</translation>
    </message>
    <message>
        <source>start time</source>
        <translation>begintijd</translation>
    </message>
    <message>
        <source>end time</source>
        <translation>eindtijd</translation>
    </message>
    <message>
        <source>room</source>
        <translation>lokaal</translation>
    </message>
    <message>
        <source>location</source>
        <translation>locatie</translation>
    </message>
    <message>
        <source>first day</source>
        <translation>eerste dag</translation>
    </message>
    <message>
        <source>last day</source>
        <translation>laatste dag</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>contact</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>kanaal</translation>
    </message>
    <message>
        <source>name of the line</source>
        <translation>naam van de lijn</translation>
    </message>
    <message>
        <source>message</source>
        <translation>bericht</translation>
    </message>
    <message>
        <source>position</source>
        <translation>positie</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>reden</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>toelichting</translation>
    </message>
    <message>
        <source>reported at</source>
        <translation>gemeld op</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>afgehandeld</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rol</translation>
    </message>
    <message>
        <source>holder</source>
        <translation>houder</translation>
    </message>
    <message>
        <source>deputy</source>
        <translation>vervanger</translation>
    </message>
    <message>
        <source>title before the name</source>
        <translation>titel voor de naam</translation>
    </message>
    <message>
        <source>middle name</source>
        <translation>tweede voornaam</translation>
    </message>
    <message>
        <source>suffix after the name</source>
        <translation>achtervoegsel na de naam</translation>
    </message>
    <message>
        <source>other phone numbers</source>
        <translation>andere telefoonnummers</translation>
    </message>
    <message>
        <source>other e-mail addresses</source>
        <translation>andere e-mailadressen</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>partner</translation>
    </message>
    <message>
        <source>why</source>
        <translation>waarom</translation>
    </message>
    <message>
        <source>public</source>
        <translation>openbaar</translation>
    </message>
    <message>
        <source>This step is not on the induction path.</source>
        <translation>Deze stap staat niet op het inwerkpad.</translation>
    </message>
    <message>
        <source>note</source>
        <translation>notitie</translation>
    </message>
</context>
<context>
    <name>kl::Weekday</name>
    <message>
        <source>Monday</source>
        <translation>maandag</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>dinsdag</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>woensdag</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>donderdag</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>vrijdag</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>zaterdag</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>zondag</translation>
    </message>
</context>
<context>
    <name>kl::platform::SecureStorage</name>
    <message>
        <source>The school connection could not be read or saved on this device (%1).</source>
        <translation>De schoolkoppeling kon op dit apparaat niet worden gelezen of bewaard (%1).</translation>
    </message>
</context>
</TS>
