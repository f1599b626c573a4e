<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AppStore</name>
    <message>
        <source>No app on this device can open this channel.</source>
        <translation>Er staat geen app op dit apparaat die dit kanaal kan openen.</translation>
    </message>
    <message>
        <source>Nobody holds this function at the moment.</source>
        <translation>Niemand vervult deze functie op dit moment.</translation>
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
        <source>Back</source>
        <translation>Terug</translation>
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
        <source>Back</source>
        <translation>Terug</translation>
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
        <source>%1, deputy %2</source>
        <translation>%1, vervanger %2</translation>
    </message>
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
        <source>No contacts app on this device can import the card.</source>
        <translation>Geen contacten-app op dit apparaat kan het kaartje importeren.</translation>
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
</context>
<context>
    <name>PartnerPage</name>
    <message>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
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
        <source>Back</source>
        <translation>Terug</translation>
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
    <message>
        <source>Remove partner</source>
        <translation>Partner verwijderen</translation>
    </message>
</context>
<context>
    <name>QrPage</name>
    <message>
        <source>QR code for parents</source>
        <translation>QR-code voor ouders</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Terug</translation>
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
        <source>Back</source>
        <translation>Terug</translation>
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
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>Mobile number</source>
        <translation>Mobiel nummer</translation>
    </message>
    <message>
        <source>Landline</source>
        <translation>Vast nummer</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Saved as your own partner (only on this phone):</source>
        <translation>Wordt bewaard als je eigen partner (alleen op deze telefoon):</translation>
    </message>
    <message>
        <source>Save partner</source>
        <translation>Partner opslaan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
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
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Terug</translation>
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
        <source>line %1</source>
        <translation>regel %1</translation>
    </message>
    <message>
        <source>a card inside a card</source>
        <translation>een kaartje in een kaartje</translation>
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
