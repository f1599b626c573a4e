// Texts of issue 15 (public function and presence, internal roles, "wie doet wat", the
// induction path), Dutch first and English; i18n.js folds them into its tables.

export const ROLES_I18N = {
  nl: {
    'public.function': 'Functie openbaar', 'public.presence': 'Tijden op school openbaar',
    'public.person.defaults': 'Voor een nieuwe persoon staan functie en tijden op school al aan als openbaar: ouders zien ze zodra de naam openbaar is. Naam, foto en nummers worden pas openbaar als je ze aanvinkt.',
    is_public: 'Openbaar voor ouders', 'presence.public.hint': 'Nieuwe tijden zijn openbaar voor ouders (ouderpagina, poster, QR), als de tijden van de persoon openbaar zijn. Vink uit voor tijden die binnen de school blijven.',
    'presence.internal': 'alleen school',
  },
  en: {
    'public.function': 'Function public', 'public.presence': 'Times at school public',
    'public.person.defaults': 'For a new person, function and times at school start out public: parents see them once the name is public. Name, photo and numbers become public only when you tick them.',
    is_public: 'Public for parents', 'presence.public.hint': 'New times are public for parents (parents\u2019 page, poster, QR) when the person\u2019s times are public. Untick for times that stay within the school.',
    'presence.internal': 'school only',
  },
};
