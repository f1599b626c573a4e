// Texts of issue 15 (public function and presence, internal roles, "wie doet wat", the
// induction path), Dutch first and English; i18n.js folds them into its tables.

export const ROLES_I18N = {
  nl: {
    'public.function': 'Functie openbaar', 'public.presence': 'Tijden op school openbaar',
    'public.person.defaults': 'Voor een nieuwe persoon staan functie en tijden op school al aan als openbaar: ouders zien ze zodra de naam openbaar is. Naam, foto en nummers worden pas openbaar als je ze aanvinkt.',
    is_public: 'Openbaar voor ouders', 'presence.public.hint': 'Nieuwe tijden zijn openbaar voor ouders (ouderpagina, poster, QR), als de tijden van de persoon openbaar zijn. Vink uit voor tijden die binnen de school blijven.',
    'presence.internal': 'alleen school',
    'nav.roles': 'Rollen', 'roles.intro': 'De rollen binnen de school die partners onderhouden (IB\u2019er, taalcoördinator, cultuurcoördinator, eventmanager, schoolleider en je eigen rollen). Elke rol heeft een houder en een vervanger, zodat een contact nooit aan één persoon hangt. Een overdracht is één wijziging: pas de houder aan en al haar partners gaan mee.',
    'roles.attention': 'Let op', 'roles.no-deputy': 'Rollen zonder vervanger:', 'roles.no-holder': 'Rollen zonder houder:',
    'roles.no-owner': 'Partners zonder eigenaar op school:', 'roles.all-good': 'Elke rol heeft een vervanger en elke partner een eigenaar.',
    'roles.deputy.short': 'vervanger: {0}', 'roles.deputy.none': 'geen vervanger', 'roles.owns': '{0} partners', 'roles.owns.one': '1 partner',
    'role.new': 'Rol toevoegen', 'role.name': 'Rol', 'role.holder': 'Houder (collega)', 'role.deputy': 'Vervanger (collega)', 'role.order': 'Volgorde',
    'roles.staff-only': 'Alleen namen van collega\u2019s; nooit gegevens van leerlingen.',
    organogram: 'Wie doet wat', 'organogram.hint': 'De rollen en de partners die bij elke rol horen, per soort. Rood gestippeld: een rol zonder vervanger of partners zonder eigenaar.',
    'organogram.print': 'Afdrukken (A4 of A3)', 'organogram.download': 'Download (SVG)', 'organogram.alt': 'Wie doet wat: de rollen op school en hun partners',
    'owner.none': '— geen eigenaar —', 'owner.contact': 'Vast aanspreekpunt: {0}', 'owner.contact.deputy': 'Vast aanspreekpunt: {0} (vervanger: {1})',
  },
  en: {
    'public.function': 'Function public', 'public.presence': 'Times at school public',
    'public.person.defaults': 'For a new person, function and times at school start out public: parents see them once the name is public. Name, photo and numbers become public only when you tick them.',
    is_public: 'Public for parents', 'presence.public.hint': 'New times are public for parents (parents\u2019 page, poster, QR) when the person\u2019s times are public. Untick for times that stay within the school.',
    'presence.internal': 'school only',
    'nav.roles': 'Roles', 'roles.intro': 'The roles within the school that look after partners (special needs coordinator, language coordinator, culture coordinator, event manager, school leader and your own). Each role has a holder and a deputy, so a contact never hangs on one person. A hand-over is one change: edit the holder and all their partners follow.',
    'roles.attention': 'Needs attention', 'roles.no-deputy': 'Roles without a deputy:', 'roles.no-holder': 'Roles without a holder:',
    'roles.no-owner': 'Partners without an owner at school:', 'roles.all-good': 'Every role has a deputy and every partner an owner.',
    'roles.deputy.short': 'deputy: {0}', 'roles.deputy.none': 'no deputy', 'roles.owns': '{0} partners', 'roles.owns.one': '1 partner',
    'role.new': 'Add a role', 'role.name': 'Role', 'role.holder': 'Holder (colleague)', 'role.deputy': 'Deputy (colleague)', 'role.order': 'Order',
    'roles.staff-only': 'Colleagues\u2019 names only; never pupil data.',
    organogram: 'Who does what', 'organogram.hint': 'The roles and the partners each role owns, by kind. Red dashes: a role without a deputy, or partners without an owner.',
    'organogram.print': 'Print (A4 or A3)', 'organogram.download': 'Download (SVG)', 'organogram.alt': 'Who does what: the school\u2019s roles and their partners',
    'owner.none': '— no owner —', 'owner.contact': 'Fixed contact: {0}', 'owner.contact.deputy': 'Fixed contact: {0} (deputy: {1})',
  },
};
