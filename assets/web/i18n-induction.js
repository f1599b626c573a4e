// The induction path's texts (issue 15), merged into I18N by i18n.js.
export const INDUCTION_I18N = {
  nl: {
    'nav.induction': 'Inwerkpad',
    'induction.intro': 'De partners die een nieuwe collega als eerste leert kennen, in deze volgorde. Schrijf bij elke stap in één regel waarvoor je ze belt (“bel hier als …”). Leraren zien het pad in de app onder “Nieuw op school: maak kennis met je partners” en vinken daar aan wie ze hebben leren kennen; dat vinkje blijft op hun telefoon.',
    'induction.none': 'Er staat nog niemand op het inwerkpad.',
    'induction.new': 'Stap toevoegen', 'induction.target': 'Partner of functie', 'why': 'Waarom (bel hier als …)',
    'induction.why.hint': 'Eén regel, hoogstens 200 tekens. Bijvoorbeeld: “Bel hier als je je zorgen maakt over de thuissituatie van een leerling.”',
    'induction.choose': '— kies een partner of functie —', 'induction.organisation': 'Hele organisatie',
    'induction.up': 'Omhoog', 'induction.down': 'Omlaag', 'induction.up.label': '{0} een plek omhoog', 'induction.down.label': '{0} een plek omlaag',
    'induction.count': '{0} stappen', 'induction.position': 'Stap {0}',
  },
  en: {
    'nav.induction': 'Induction path',
    'induction.intro': 'The partners a new colleague gets to know first, in this order. For each step, write in one line what to call them for (“call here when …”). Teachers see the path in the app under “New at school: meet your partners” and tick there whom they have met; that tick stays on their phone.',
    'induction.none': 'Nobody is on the induction path yet.',
    'induction.new': 'Add a step', 'induction.target': 'Partner or function', 'why': 'Why (call here when …)',
    'induction.why.hint': 'One line, at most 200 characters. For example: “Call here when you are worried about a pupil\u2019s home situation.”',
    'induction.choose': '— choose a partner or function —', 'induction.organisation': 'Whole organisation',
    'induction.up': 'Up', 'induction.down': 'Down', 'induction.up.label': 'Move {0} up one place', 'induction.down.label': 'Move {0} down one place',
    'induction.count': '{0} steps', 'induction.position': 'Step {0}',
  },
};
