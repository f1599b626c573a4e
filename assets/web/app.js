// KorteLijn coordinator web UI: plain JavaScript, no build step. Every text from the
// server goes into the page as text nodes (never as HTML), so a partner called
// "<script>" stays a name. State changes send the session's CSRF token; errors arrive as
// RFC 9457 problem+json and are shown in the coordinator's language.
'use strict';

const I18N = {
  nl: {
    brand: 'KorteLijn beheer', skip: 'Naar de inhoud', lang: 'Taal', logout: 'Afmelden', sections: 'Onderdelen',
    'nav.partners': 'Partners', 'nav.lines': 'Snelle lijnen', 'nav.flags': 'Meldingen', 'nav.devices': 'Apparaten',
    'nav.conflicts': 'Conflicten', 'nav.audit': 'Logboek', 'nav.import': 'Import en export', 'nav.locations': 'Locaties',
    'locations.intro': 'De gebouwen van de school. Met coördinaten en een straal weet de app op welke locatie een leraar is, voor “vandaag op school” en “Dichtbij”. Coördinaten vind je in een kaart-app: houd de school ingedrukt en kopieer de twee getallen (je mag ze samen in het eerste veld plakken).',
    address: 'Adres', latitude: 'Breedtegraad', longitude: 'Lengtegraad', radius_m: 'Straal in meters', location_id: 'Locatie',
    'location.new': 'Locatie toevoegen', 'location.nocoords': 'nog geen coördinaten',
    'err.coordinates-incomplete': 'Vul de breedtegraad én de lengtegraad in, of laat ze allebei leeg.',
    'login.title': 'Aanmelden', 'login.intro': 'Voor coördinatoren van de school. Je wachtwoord krijg je van de beheerder van de server.',
    email: 'E-mailadres', password: 'Wachtwoord', 'login.submit': 'Aanmelden',
    search: 'Zoeken', 'search.placeholder': 'Naam, plaats, persoon…', 'partner.new': 'Nieuwe partner', 'partner.none': 'Geen partners gevonden.',
    name: 'Naam', category: 'Soort', street: 'Straat en huisnummer', postal_code: 'Postcode', city: 'Plaats', website: 'Website',
    topics: 'Vraag ons over (één per regel)', owner_role: 'Eigenaar op school (rol)', internal_contact: 'Vast aanspreekpunt op school',
    given_name: 'Voornaam', family_name: 'Achternaam', mobile: 'Mobiel', whatsapp: 'WhatsApp (leeg: zelfde als mobiel)', landline: 'Vaste telefoon',
    photo: 'Foto', title: 'Functie', organisation_id: 'Organisatie', function_id: 'Functie', person_id: 'Persoon',
    weekday: 'Dag', start_min: 'Van', end_min: 'Tot', room: 'Kamer of plek', label: 'Naam van de lijn', template: 'Bericht',
    target_kind: 'Soort doel', target_id: 'Doel', channel: 'Kanaal', since: 'Vanaf', visibility: 'Zichtbaarheid',
    save: 'Opslaan', cancel: 'Annuleren', delete: 'Verwijderen', edit: 'Bewerken', add: 'Toevoegen', back: '← Alle partners',
    'public.check': 'Openbaar', 'public.hint': 'Aangevinkte velden zien ouders op de openbare pagina en in de QR-code. De rest blijft binnen de school.',
    'org.details': 'Gegevens', functions: 'Functies', persons: 'Personen', presence: 'Op school',
    'function.new': 'Functie toevoegen', 'person.new': 'Persoon toevoegen', 'presence.new': 'Aanwezigheid toevoegen',
    holder: 'Nu', 'holder.none': 'niemand', handover: 'Overdragen', 'handover.title': 'Functie overdragen aan een opvolger',
    'handover.person': 'Opvolger', 'handover.submit': 'Overdragen', 'handover.done': 'Overgedragen.',
    'confirm.delete': 'Weet je zeker dat je “{0}” wilt verwijderen? Telefoons van leraren zien dit bij de volgende synchronisatie.',
    'confirm.revoke': 'Apparaat “{0}” loskoppelen? Het kan daarna niet meer synchroniseren.',
    'public.page': 'Openbare pagina', 'public.page.of': 'Openbare pagina van {0}', poster: 'Poster', 'poster.of': 'Poster van {0} om te printen',
    'photo.choose': 'Foto kiezen', 'photo.replace': 'Andere foto kiezen', 'photo.remove': 'Foto verwijderen', 'photo.of': 'Foto van {0}',
    'photo.saved': 'Foto opgeslagen.', 'photo.removed': 'Foto verwijderd.', 'photo.hint': 'Een gezicht herken je sneller dan een naam. De foto wordt verkleind en zonder locatiegegevens bewaard.',
    'err.photo-unreadable': 'Dit bestand is geen foto die we kunnen lezen. Kies een JPEG- of PNG-bestand.', 'err.photo-too-large': 'Deze foto is te groot (meer dan 50 miljoen pixels).',
    'err.body-too-large': 'Dit bestand is te groot om te versturen.',
    saved: 'Opgeslagen.', deleted: 'Verwijderd.', none: 'Nog niets.', count: '{0} partners',
    days: ['', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'],
    'lines.intro': 'Snelle lijnen van de school: kant-en-klare berichten die elke leraar in de app ziet.', 'line.new': 'Lijn toevoegen',
    'channel.call': 'Bellen', 'channel.whatsapp': 'WhatsApp', 'channel.sms': 'Sms', 'channel.email': 'E-mail',
    'kind.organisation': 'Organisatie', 'kind.function': 'Functie', 'kind.person': 'Persoon',
    'flags.intro': 'Leraren melden contacten die niet meer kloppen.', 'flags.none': 'Geen open meldingen.',
    'flag.confirm': 'Melding klopt', 'flag.fix': 'Aanpassen', 'flag.dismiss': 'Melding klopt niet', 'flag.fixed': 'Aangepast: sluit melding',
    'flag.done': 'Melding afgehandeld.', 'flag.fixhint': 'Pas het contact aan en sluit daarna de melding.',
    'reason.wrong_number': 'Nummer klopt niet', 'reason.left_organisation': 'Werkt hier niet meer', 'reason.other': 'Anders',
    'devices.intro': 'Telefoons en computers die met de school synchroniseren.', device: 'Apparaat', role: 'Rol',
    'role.teacher': 'Leraar', 'role.coordinator': 'Coördinator', 'last.seen': 'Laatst gezien', status: 'Status',
    active: 'Actief', revoked: 'Losgekoppeld', revoke: 'Loskoppelen', web: 'deze webbeheer',
    'invite.title': 'Collega uitnodigen', 'invite.hours': 'Geldig (uren)', 'invite.submit': 'Uitnodiging maken',
    'invite.scan': 'Laat de collega deze code scannen in de KorteLijn-app (Instellingen → School koppelen), of stuur de link.',
    'invite.expires': 'Geldig tot {0}, één keer te gebruiken.', 'invite.qr': 'QR-code van de uitnodiging',
    'conflicts.intro': 'Twee mensen wijzigden hetzelfde veld. De laatste wijziging geldt; hier zie je wat er overschreven is.',
    'conflicts.none': 'Geen conflicten.', 'conflict.restore': 'Terugzetten', 'conflict.restored': 'Oude waarde teruggezet.', 'conflict.isrestored': 'teruggezet',
    'err.conflict-not-restorable': 'Deze waarde kan hier niet worden teruggezet.', 'action.conflict.restore': 'overschreven waarde teruggezet', field: 'Veld', lost: 'Overschreven waarde', won: 'Nieuwe waarde', when: 'Wanneer', row: 'Rij',
    'audit.intro': 'Wie wat veranderde.', from: 'vanaf {0}', who: 'Wie', action: 'Actie', what: 'Wat',
    'import.title': 'Importeren', 'import.intro': 'CSV (kolommen: organisatie; categorie; functie; voornaam; achternaam; mobiel; telefoon; email; website; straat; postcode; plaats) of vCard 3.0/4.0.',
    'import.file': 'Bestand', 'import.submit': 'Importeren', 'import.done': '{0} organisaties, {1} functies, {2} nieuwe en {3} bijgewerkte personen.',
    'import.skipped': 'Overgeslagen regels: {0}', 'export.title': 'Exporteren', 'export.link': 'Alle personen als vCard (.vcf)',
    'action.create': 'toegevoegd', 'action.update': 'gewijzigd', 'action.delete': 'verwijderd', 'action.handover': 'overgedragen',
    'action.login': 'aangemeld', 'action.login.failed': 'mislukte aanmelding', 'action.logout': 'afgemeld', 'action.revoke': 'apparaat losgekoppeld',
    'action.invite': 'uitnodiging gemaakt', 'action.import': 'geïmporteerd', 'action.export': 'geëxporteerd',
    'action.flag.confirm': 'melding bevestigd', 'action.flag.fixed': 'melding opgelost', 'action.flag.dismiss': 'melding afgewezen',
    'table.organisations': 'organisatie', 'table.persons': 'persoon', 'table.functions': 'functie', 'table.presence': 'aanwezigheid',
    'table.quick_lines': 'snelle lijn', 'table.school_locations': 'locatie', 'table.holdings': 'functiehouder', 'table.flags': 'melding', 'table.devices': 'apparaat',
    'err.login-failed': 'E-mailadres of wachtwoord klopt niet.',
    'err.rate-limited': 'Te veel pogingen. Wacht een minuut en probeer het opnieuw.',
    'err.unauthenticated': 'Je bent niet (meer) aangemeld. Meld je opnieuw aan.',
    'err.csrf-failed': 'Deze actie is geweigerd omdat de beveiligingscode ontbrak. Laad de pagina opnieuw.',
    'err.field-required': 'Vul “{field}” in.', 'err.field-invalid': '“{field}” klopt niet.',
    'err.phone-invalid': '“{field}” is geen geldig telefoonnummer.', 'err.time-range': 'De eindtijd moet na de begintijd liggen.',
    'err.handover-date': 'De overdrachtsdatum moet na de start van de huidige houder liggen.',
    'err.not-found': 'Dit bestaat niet meer. Misschien heeft iemand anders het net verwijderd.',
    'err.no-public-url': 'De server kent zijn eigen adres niet (start hem met --public-url); uitnodigen kan nu niet.',
    'err.import-empty': 'Het bestand bevat geen regels onder de kopregel.', 'err.import-header': 'De eerste regel moet de kolommen noemen, in elk geval “organisatie”.',
    'err.import-vcard': 'Dit is geen geldig vCard-bestand.', 'err.unsupported-media-type': 'Dit soort bestand kan niet worden ingelezen.',
    'err.device-token-refused': 'Een apparaatsleutel geeft geen toegang tot het beheer.',
    'err.network': 'De server is niet bereikbaar. Controleer de verbinding.', 'err.generic': 'Dat lukte niet ({0}).',
    'cat.gemeente': 'Gemeente', 'cat.jeugdzorg': 'Jeugdzorg', 'cat.wijkteam': 'Wijkteam', 'cat.kinderopvang': 'Kinderopvang',
    'cat.zorg': 'Zorg', 'cat.onderwijsbegeleiding': 'Onderwijsbegeleiding', 'cat.bibliotheek': 'Bibliotheek', 'cat.politie': 'Politie',
    'cat.ggd': 'GGD', 'cat.cultuur': 'Cultuur', 'cat.sport': 'Sport', 'cat.gastlessen': 'Gastlessen', 'cat.buurtwerk': 'Buurtwerk', 'cat.overig': 'Overig',
  },
  en: {
    brand: 'KorteLijn admin', skip: 'Skip to content', lang: 'Language', logout: 'Sign out', sections: 'Sections',
    'nav.partners': 'Partners', 'nav.lines': 'Quick lines', 'nav.flags': 'Reports', 'nav.devices': 'Devices',
    'nav.conflicts': 'Conflicts', 'nav.audit': 'Audit log', 'nav.import': 'Import and export', 'nav.locations': 'Locations',
    'locations.intro': 'The school\'s buildings. With coordinates and a radius the app knows which location a teacher is at, for “at school today” and “Nearby”. A map app gives the coordinates: press and hold the school and copy the two numbers (you may paste both into the first field).',
    address: 'Address', latitude: 'Latitude', longitude: 'Longitude', radius_m: 'Radius in metres', location_id: 'Location',
    'location.new': 'Add a location', 'location.nocoords': 'no coordinates yet',
    'err.coordinates-incomplete': 'Fill in both latitude and longitude, or leave both empty.',
    'login.title': 'Sign in', 'login.intro': 'For the school\'s coordinators. The server\'s administrator gives you your password.',
    email: 'E-mail address', password: 'Password', 'login.submit': 'Sign in',
    search: 'Search', 'search.placeholder': 'Name, city, person…', 'partner.new': 'New partner', 'partner.none': 'No partners found.',
    name: 'Name', category: 'Kind', street: 'Street and number', postal_code: 'Postal code', city: 'City', website: 'Website',
    topics: 'Ask us about (one per line)', owner_role: 'Owner at school (role)', internal_contact: 'Fixed contact at school',
    given_name: 'Given name', family_name: 'Family name', mobile: 'Mobile', whatsapp: 'WhatsApp (empty: same as mobile)', landline: 'Landline',
    photo: 'Photo', title: 'Function', organisation_id: 'Organisation', function_id: 'Function', person_id: 'Person',
    weekday: 'Day', start_min: 'From', end_min: 'Until', room: 'Room or place', label: 'Name of the line', template: 'Message',
    target_kind: 'Target kind', target_id: 'Target', channel: 'Channel', since: 'From', visibility: 'Visibility',
    save: 'Save', cancel: 'Cancel', delete: 'Delete', edit: 'Edit', add: 'Add', back: '← All partners',
    'public.check': 'Public', 'public.hint': 'Parents see the ticked fields on the public page and in the QR code. The rest stays within the school.',
    'org.details': 'Details', functions: 'Functions', persons: 'People', presence: 'At school',
    'function.new': 'Add a function', 'person.new': 'Add a person', 'presence.new': 'Add presence',
    holder: 'Now', 'holder.none': 'nobody', handover: 'Hand over', 'handover.title': 'Hand the function over to a successor',
    'handover.person': 'Successor', 'handover.submit': 'Hand over', 'handover.done': 'Handed over.',
    'confirm.delete': 'Delete “{0}”? Teachers\' phones see this on their next sync.',
    'confirm.revoke': 'Disconnect device “{0}”? It can no longer sync afterwards.',
    'public.page': 'Public page', 'public.page.of': 'Public page of {0}', poster: 'Poster', 'poster.of': 'Poster of {0} to print',
    'photo.choose': 'Choose photo', 'photo.replace': 'Choose another photo', 'photo.remove': 'Remove photo', 'photo.of': 'Photo of {0}',
    'photo.saved': 'Photo saved.', 'photo.removed': 'Photo removed.', 'photo.hint': 'A face is recognised faster than a name. The photo is made smaller and stored without location data.',
    'err.photo-unreadable': 'This file is not a photo we can read. Choose a JPEG or PNG file.', 'err.photo-too-large': 'This photo is too large (more than 50 million pixels).',
    'err.body-too-large': 'This file is too large to send.',
    saved: 'Saved.', deleted: 'Deleted.', none: 'Nothing yet.', count: '{0} partners',
    days: ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
    'lines.intro': 'The school\'s quick lines: ready-made messages every teacher sees in the app.', 'line.new': 'Add a line',
    'channel.call': 'Call', 'channel.whatsapp': 'WhatsApp', 'channel.sms': 'SMS', 'channel.email': 'E-mail',
    'kind.organisation': 'Organisation', 'kind.function': 'Function', 'kind.person': 'Person',
    'flags.intro': 'Teachers report contacts that are out of date.', 'flags.none': 'No open reports.',
    'flag.confirm': 'Report is right', 'flag.fix': 'Fix', 'flag.dismiss': 'Report is wrong', 'flag.fixed': 'Fixed: close report',
    'flag.done': 'Report closed.', 'flag.fixhint': 'Fix the contact, then close the report.',
    'reason.wrong_number': 'Wrong number', 'reason.left_organisation': 'No longer works here', 'reason.other': 'Other',
    'devices.intro': 'Phones and computers that sync with the school.', device: 'Device', role: 'Role',
    'role.teacher': 'Teacher', 'role.coordinator': 'Coordinator', 'last.seen': 'Last seen', status: 'Status',
    active: 'Active', revoked: 'Disconnected', revoke: 'Disconnect', web: 'this web admin',
    'invite.title': 'Invite a colleague', 'invite.hours': 'Valid (hours)', 'invite.submit': 'Make an invite',
    'invite.scan': 'Let the colleague scan this code in the KorteLijn app (Settings → Join a school), or send the link.',
    'invite.expires': 'Valid until {0}, single use.', 'invite.qr': 'QR code of the invite',
    'conflicts.intro': 'Two people changed the same field. The later change holds; here is what it overwrote.',
    'conflicts.none': 'No conflicts.', 'conflict.restore': 'Put back', 'conflict.restored': 'Old value put back.', 'conflict.isrestored': 'put back',
    'err.conflict-not-restorable': 'This value cannot be put back here.', 'action.conflict.restore': 'overwritten value put back', field: 'Field', lost: 'Overwritten value', won: 'New value', when: 'When', row: 'Row',
    'audit.intro': 'Who changed what.', from: 'from {0}', who: 'Who', action: 'Action', what: 'What',
    'import.title': 'Import', 'import.intro': 'CSV (columns: organisation, category, function, given name, family name, mobile, phone, email, website, street, postal code, city) or vCard 3.0/4.0.',
    'import.file': 'File', 'import.submit': 'Import', 'import.done': '{0} organisations, {1} functions, {2} new and {3} updated people.',
    'import.skipped': 'Skipped lines: {0}', 'export.title': 'Export', 'export.link': 'Everyone as vCard (.vcf)',
    'action.create': 'added', 'action.update': 'changed', 'action.delete': 'deleted', 'action.handover': 'handed over',
    'action.login': 'signed in', 'action.login.failed': 'failed sign-in', 'action.logout': 'signed out', 'action.revoke': 'device disconnected',
    'action.invite': 'invite made', 'action.import': 'imported', 'action.export': 'exported',
    'action.flag.confirm': 'report confirmed', 'action.flag.fixed': 'report fixed', 'action.flag.dismiss': 'report dismissed',
    'table.organisations': 'organisation', 'table.persons': 'person', 'table.functions': 'function', 'table.presence': 'presence',
    'table.quick_lines': 'quick line', 'table.school_locations': 'location', 'table.holdings': 'holder', 'table.flags': 'report', 'table.devices': 'device',
    'err.login-failed': 'E-mail address or password is wrong.',
    'err.rate-limited': 'Too many attempts. Wait a minute and try again.',
    'err.unauthenticated': 'You are not signed in (any more). Sign in again.',
    'err.csrf-failed': 'This action was refused because the security code was missing. Reload the page.',
    'err.field-required': 'Fill in “{field}”.', 'err.field-invalid': '“{field}” is not valid.',
    'err.phone-invalid': '“{field}” is not a valid phone number.', 'err.time-range': 'The end time must be after the start time.',
    'err.handover-date': 'The hand-over date must be after the current holder started.',
    'err.not-found': 'This no longer exists. Someone may just have deleted it.',
    'err.no-public-url': 'The server does not know its own address (start it with --public-url); inviting is not possible now.',
    'err.import-empty': 'The file has no lines under its header.', 'err.import-header': 'The first line must name the columns, at least “organisation”.',
    'err.import-vcard': 'This is not a valid vCard file.', 'err.unsupported-media-type': 'This kind of file cannot be read.',
    'err.device-token-refused': 'A device token does not open the admin.',
    'err.network': 'The server cannot be reached. Check the connection.', 'err.generic': 'That did not work ({0}).',
    'cat.gemeente': 'Municipality', 'cat.jeugdzorg': 'Youth care', 'cat.wijkteam': 'Neighbourhood team', 'cat.kinderopvang': 'Childcare',
    'cat.zorg': 'Care', 'cat.onderwijsbegeleiding': 'Education support', 'cat.bibliotheek': 'Library', 'cat.politie': 'Police',
    'cat.ggd': 'Public health', 'cat.cultuur': 'Culture', 'cat.sport': 'Sport', 'cat.gastlessen': 'Guest lessons', 'cat.buurtwerk': 'Community work', 'cat.overig': 'Other',
  },
};

// Dutch unless the browser asks for English first (or the coordinator chose a language).
let lang = localStorage.getItem('kl.lang')
  || (((navigator.languages && navigator.languages[0]) || navigator.language || 'nl').toLowerCase().startsWith('en') ? 'en' : 'nl');

function t(key, ...args) {
  let s = (I18N[lang] && I18N[lang][key]) ?? I18N.nl[key] ?? key;
  if (typeof s === 'string') args.forEach((a, i) => { s = s.replace('{' + i + '}', a); });
  return s;
}

// Element builder: attributes as properties or attributes; children as nodes or text.
function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
    else if (k === 'class') el.className = v;
    else if (k === 'value') el.value = v;
    else if (k === 'checked') el.checked = !!v;
    else el.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false || c === '') continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

const state = { session: null, data: null, csrf: '' };
let uid = 0;
const nextId = (p) => `${p}-${++uid}`;

class Problem extends Error {
  constructor(p) { super(p.title || p.code); Object.assign(this, p); }
}

async function api(method, path, body, contentType) {
  const headers = {};
  if (method !== 'GET') headers['X-CSRF-Token'] = state.csrf;
  let payload;
  if (body !== undefined) {
    headers['Content-Type'] = contentType || 'application/json';
    payload = contentType ? body : JSON.stringify(body);
  }
  let res;
  try {
    res = await fetch('/admin/api' + path, { method, headers, body: payload, credentials: 'same-origin' });
  } catch (e) {
    throw new Problem({ code: 'network' });
  }
  const type = res.headers.get('Content-Type') || '';
  const data = type.includes('json') ? await res.json() : await res.text();
  if (!res.ok) {
    const p = new Problem(typeof data === 'object' ? data : { code: 'http', status: res.status });
    if (p.code === 'unauthenticated') { state.session = null; render(); }
    throw p;
  }
  return data;
}

function problemText(p) {
  const key = 'err.' + (p.code || '');
  if (I18N.nl[key]) return t(key).replace('{field}', p.field ? t(p.field) : '');
  return t('err.generic', p.status || p.code || '?');
}

function toast(text) {
  const el = document.getElementById('toast');
  el.textContent = text;
  el.classList.add('show');
  clearTimeout(toast.timer);
  toast.timer = setTimeout(() => el.classList.remove('show'), 3500);
}

// A form whose errors appear in it (role=alert) and whose invalid field gets focus.
function form(attrs, onsubmit, ...children) {
  const error = h('p', { class: 'error', role: 'alert' });
  const f = h('form', Object.assign({ novalidate: true }, attrs), error, ...children);
  f.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    error.textContent = '';
    const button = f.querySelector('button[type=submit]');
    if (button) button.disabled = true;
    try {
      await onsubmit(f);
    } catch (p) {
      if (!(p instanceof Problem)) { console.error(p); p = new Problem({ code: 'client' }); }
      error.textContent = problemText(p);
      const field = p.field && f.querySelector(`[name="${p.field}"]`);
      if (field) { field.setAttribute('aria-invalid', 'true'); field.focus(); }
    } finally {
      if (button) button.disabled = false;
    }
  });
  return f;
}

function field(name, value, opts = {}) {
  const id = nextId(name);
  let input;
  if (opts.options) {
    input = h('select', { id, name }, opts.options.map(([v, label]) => h('option', { value: v, selected: String(v) === String(value ?? '') }, label)));
  } else if (opts.multiline) {
    input = h('textarea', { id, name, rows: 3 }, value ?? '');
  } else {
    input = h('input', { id, name, type: opts.type || 'text', value: value ?? '', autocomplete: opts.autocomplete || 'off', required: opts.required, inputmode: opts.inputmode });
  }
  const parts = [h('label', { for: id }, opts.label || t(name)), input];
  if (opts.publicToggle) {
    const cid = nextId('pub');
    parts.push(h('span', { class: 'public' }, h('input', { type: 'checkbox', id: cid, 'data-public': name, checked: opts.isPublic }),
      h('label', { for: cid, 'aria-label': `${t('public.check')}: ${opts.label || t(name)}` }, t('public.check'))));
  }
  return h('div', { class: 'field' + (opts.wide ? ' wide' : '') }, parts);
}

function values(f) {
  const out = {};
  for (const el of f.querySelectorAll('input[name], select[name], textarea[name]')) out[el.name] = el.value;
  return out;
}

function visibilityFrom(f, current) {
  let vis;
  try { vis = JSON.parse(current || '{}'); } catch (e) { vis = {}; }
  vis.default = vis.default || 'school';
  vis.fields = vis.fields || {};
  for (const box of f.querySelectorAll('input[data-public]')) {
    const name = box.getAttribute('data-public');
    if (box.checked) vis.fields[name] = 'public';
    else if (vis.fields[name] === 'public') delete vis.fields[name];
  }
  return JSON.stringify(vis);
}

function isPublic(row, name) {
  try { const v = JSON.parse(row.visibility || '{}'); return ((v.fields || {})[name] || v.default) === 'public'; } catch (e) { return false; }
}

const fold = (s) => (s || '').normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
const rows = (table) => (state.data && state.data.tables[table]) || [];
const byId = (table, id) => rows(table).find((r) => r.id === id);
const personName = (p) => p ? `${p.given_name || ''} ${p.family_name || ''}`.trim() : '';
// "+31612345678" -> "06 12345678", "+31301234567" -> "030 1234567" (as Dutch people write them).
function phone(e164) {
  if (!e164 || !e164.startsWith('+31')) return e164 || '';
  const national = '0' + e164.slice(3);
  if (national.startsWith('06')) return '06 ' + national.slice(2);
  const area = /^0(10|13|15|20|23|24|26|30|33|35|36|38|40|43|45|46|50|53|55|58|70|71|72|73|74|75|76|77|78|79)/.test(national) ? 3 : 4;
  return national.slice(0, area) + ' ' + national.slice(area);
}
const hhmm = (m) => `${Math.floor(m / 60)}:${String(m % 60).padStart(2, '0')}`;
const minutes = (s) => { const [a, b] = String(s || '').split(':'); return a === '' || a === undefined ? '' : Number(a) * 60 + Number(b || 0); };
const when = (iso) => iso ? new Date(iso).toLocaleString(lang === 'en' ? 'en-GB' : 'nl-NL', { dateStyle: 'medium', timeStyle: 'short' }) : '—';

function holderOf(functionId) {
  const h = rows('holdings').find((x) => x.function_id === functionId && !x.until);
  return h ? byId('persons', h.person_id) : null;
}

function label(table, id) {
  const r = byId(table, id);
  if (!r) return id ? id.slice(0, 8) : '';
  if (table === 'organisations') return r.name;
  if (table === 'persons') return personName(r);
  if (table === 'functions') return r.title;
  if (table === 'quick_lines') return r.label;
  if (table === 'school_locations') return r.name;
  return id.slice(0, 8);
}

async function load() {
  state.data = await api('GET', '/rows');
}

// ---------------------------------------------------------------------------- views

function viewLogin(main) {
  main.append(h('section', { class: 'card narrow' }, h('h1', {}, t('login.title')), h('p', {}, t('login.intro')),
    form({ 'aria-label': t('login.title'), id: 'login' }, async (f) => {
      const v = values(f);
      const r = await api('POST', '/login', { email: v.email, password: v.password });
      state.csrf = r.csrf;
      await start();
    },
    field('email', '', { type: 'email', autocomplete: 'username', required: true }),
    field('password', '', { type: 'password', autocomplete: 'current-password', required: true }),
    h('button', { type: 'submit', class: 'primary' }, t('login.submit')))));
}

function viewPartners(main) {
  const list = h('ul', { class: 'list', id: 'partner-list' });
  const count = h('p', { class: 'muted', 'aria-live': 'polite' });
  const searchId = nextId('search');
  const input = h('input', { id: searchId, type: 'search', placeholder: t('search.placeholder'), value: sessionStorage.getItem('kl.q') || '' });
  const fill = () => {
    const q = fold(input.value.trim());
    sessionStorage.setItem('kl.q', input.value);
    list.replaceChildren();
    const orgs = rows('organisations').slice().sort((a, b) => a.name.localeCompare(b.name, 'nl'));
    let n = 0;
    for (const o of orgs) {
      const people = rows('persons').filter((p) => p.organisation_id === o.id);
      const hay = fold([o.name, o.city, t('cat.' + o.category), ...people.map(personName)].join(' '));
      if (q && !hay.includes(q)) continue;
      n++;
      const fns = rows('functions').filter((f) => f.organisation_id === o.id);
      list.append(h('li', {}, h('a', { href: '#partner/' + o.id, class: 'row' },
        h('span', { class: 'title' }, o.name),
        h('span', { class: 'chip' }, t('cat.' + o.category)),
        h('span', { class: 'muted' }, [o.city, fns.map((f) => f.title).join(', ')].filter(Boolean).join(' · ')))));
    }
    if (!n) list.append(h('li', { class: 'muted' }, t('partner.none')));
    count.textContent = t('count', n);
  };
  input.addEventListener('input', fill);
  main.append(h('div', { class: 'toolbar' },
    h('div', { class: 'field grow' }, h('label', { for: searchId }, t('search')), input),
    h('a', { class: 'button primary', href: '#partner/new' }, t('partner.new'))), count, list);
  fill();
}

const ORG_PUBLIC = ['name', 'category', 'street', 'postal_code', 'city', 'website', 'topics'];
const PERSON_PUBLIC = ['given_name', 'family_name', 'photo', 'mobile', 'whatsapp', 'landline', 'email'];

function orgForm(o) {
  const cats = state.data.categories.map((c) => [c, t('cat.' + c)]);
  const pub = (n) => ({ publicToggle: ORG_PUBLIC.includes(n), isPublic: o && isPublic(o, n) });
  return form({ class: 'grid', id: 'org-form', 'aria-label': t('org.details') }, async (f) => {
    const v = values(f);
    v.visibility = visibilityFrom(f, o && o.visibility);
    const r = await api('POST', '/rows/organisations' + (o ? '/' + o.id : ''), { fields: v, base: o ? o.version : 0 });
    await load();
    toast(t('saved'));
    if (!o) location.hash = '#partner/' + r.id; else render();
  },
  h('p', { class: 'hint wide' }, t('public.hint')),
  field('name', o && o.name, Object.assign({ required: true }, pub('name'))),
  field('category', o ? o.category : 'overig', Object.assign({ options: cats }, pub('category'))),
  field('street', o && o.street, pub('street')), field('postal_code', o && o.postal_code, pub('postal_code')),
  field('city', o && o.city, pub('city')), field('website', o && o.website, pub('website')),
  field('topics', o && o.topics, Object.assign({ multiline: true, wide: true }, pub('topics'))),
  field('owner_role', o && o.owner_role), field('internal_contact', o && o.internal_contact),
  h('div', { class: 'actions wide' }, h('button', { type: 'submit', class: 'primary' }, t('save')),
    o ? h('button', { type: 'button', class: 'danger', onclick: () => removeRow('organisations', o.id, o.name, '#partners') }, t('delete')) : null));
}

async function removeRow(table, id, name, after) {
  if (!confirm(t('confirm.delete', name))) return;
  try {
    await api('POST', `/rows/${table}/${id}/delete`, {});
    await load();
    toast(t('deleted'));
    if (after) location.hash = after; else render();
  } catch (p) { toast(problemText(p)); }
}

function personForm(p, orgId, done) {
  const pub = (n) => ({ publicToggle: true, isPublic: p && isPublic(p, n) });
  return form({ class: 'grid', 'aria-label': p ? personName(p) : t('person.new') }, async (f) => {
    const v = values(f);
    v.visibility = visibilityFrom(f, p && p.visibility);
    v.organisation_id = orgId;
    await api('POST', '/rows/persons' + (p ? '/' + p.id : ''), { fields: v, base: p ? p.version : 0 });
    await load();
    toast(t('saved'));
    done();
  },
  field('given_name', p && p.given_name, pub('given_name')), field('family_name', p && p.family_name, pub('family_name')),
  field('mobile', p && p.mobile, Object.assign({ type: 'tel' }, pub('mobile'))), field('whatsapp', p && p.whatsapp, Object.assign({ type: 'tel' }, pub('whatsapp'))),
  field('landline', p && p.landline, Object.assign({ type: 'tel' }, pub('landline'))), field('email', p && p.email, Object.assign({ type: 'email' }, pub('email'))),
  p ? photoField(p) : null,
  h('div', { class: 'actions wide' }, h('button', { type: 'submit', class: 'primary' }, t('save')),
    h('button', { type: 'button', onclick: done }, t('cancel'))));
}

// The parents' page and the coffee-morning poster, once the person's name is public (the
// server publishes a page only then).
function publicLinks(p) {
  if (!p.public_path || !isPublic(p, 'given_name') || !isPublic(p, 'family_name')) return [];
  const link = (href, text, label) => h('a', { class: 'button', href, target: '_blank', rel: 'noopener', 'aria-label': label }, text);
  return [link(p.public_path, t('public.page'), t('public.page.of', personName(p))),
    link(p.public_path + '/poster', t('poster'), t('poster.of', personName(p)))];
}

// A phone picture is several MB; the browser makes it a modest JPEG first (upright, on
// white) so it stays under the server's body limit. The server decodes and shrinks it
// again either way: what the browser could not read, the server explains.
async function shrinkPhoto(file) {
  try {
    const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
    const scale = Math.min(1, 1024 / Math.max(bitmap.width, bitmap.height));
    const canvas = h('canvas', { width: Math.max(1, Math.round(bitmap.width * scale)), height: Math.max(1, Math.round(bitmap.height * scale)) });
    const ctx = canvas.getContext('2d');
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise((resolve) => canvas.toBlob(resolve, 'image/jpeg', 0.9));
    return blob || file;
  } catch (e) {
    return file;
  }
}

// The person's face: preview, public toggle, choose another, remove. Saved at once (the
// picture does not wait for the form's Save).
function photoField(p) {
  const status = h('p', { class: 'error', role: 'alert' });
  const inputId = nextId('photo');
  const input = h('input', { type: 'file', id: inputId, accept: 'image/*', class: 'visually-hidden', tabindex: '-1', 'aria-hidden': 'true' });
  const busy = (on) => { for (const b of box.querySelectorAll('button, input')) b.disabled = on; };
  const after = async (message) => { await load(); toast(message); render(); };
  input.addEventListener('change', async () => {
    const file = input.files && input.files[0];
    if (!file) return;
    status.textContent = '';
    busy(true);
    try {
      const body = await shrinkPhoto(file);
      await api('POST', `/persons/${p.id}/photo`, body, body.type || 'application/octet-stream');
      await after(t('photo.saved'));
    } catch (e) {
      busy(false);
      input.value = '';
      status.textContent = problemText(e instanceof Problem ? e : new Problem({ code: 'client' }));
    }
  });
  const pick = h('button', { type: 'button', onclick: () => input.click() }, t(p.has_photo ? 'photo.replace' : 'photo.choose'));
  const remove = p.has_photo ? h('button', { type: 'button', class: 'danger', onclick: async () => {
    status.textContent = '';
    busy(true);
    try {
      await api('POST', `/persons/${p.id}/photo/delete`, {});
      await after(t('photo.removed'));
    } catch (e) { busy(false); status.textContent = problemText(e); }
  } }, t('photo.remove')) : null;
  const publicToggle = p.has_photo ? h('span', { class: 'public' }, (() => {
    const id = nextId('pub');
    return [h('input', { type: 'checkbox', id, 'data-public': 'photo', checked: isPublic(p, 'photo') }),
      h('label', { for: id, 'aria-label': `${t('public.check')}: ${t('photo')}` }, t('public.check'))];
  })()) : null;
  const box = h('div', { class: 'field wide photo-field', role: 'group', 'aria-labelledby': inputId + '-h' },
    h('span', { class: 'pseudo-label', id: inputId + '-h' }, t('photo')),
    h('div', { class: 'photo-row' },
      p.has_photo ? h('img', { class: 'face', src: `/admin/api/persons/${encodeURIComponent(p.id)}/photo?v=${p.version}`, alt: t('photo.of', personName(p)), width: 96, height: 96 }) : null,
      h('span', { class: 'buttons' }, pick, remove), input),
    publicToggle, h('p', { class: 'hint' }, t('photo.hint')), status);
  return box;
}

function viewPartner(main, id) {
  const o = id === 'new' ? null : byId('organisations', id);
  main.append(h('p', {}, h('a', { href: '#partners' }, t('back'))));
  if (id !== 'new' && !o) { main.append(h('p', { class: 'error' }, t('err.not-found'))); return; }
  main.append(h('h1', {}, o ? o.name : t('partner.new')));
  main.append(h('section', { class: 'card' }, h('h2', {}, t('org.details')), orgForm(o)));
  if (!o) return;
  const people = rows('persons').filter((p) => p.organisation_id === o.id).sort((a, b) => personName(a).localeCompare(personName(b), 'nl'));
  const personOptions = [['', '—'], ...people.map((p) => [p.id, personName(p)])];

  // Functions, their holders and hand-over.
  const fnSection = h('section', { class: 'card', 'aria-labelledby': 'fn-h' }, h('h2', { id: 'fn-h' }, t('functions')));
  const fnList = h('ul', { class: 'list' });
  for (const f of rows('functions').filter((x) => x.organisation_id === o.id)) {
    const holder = holderOf(f.id);
    const slot = h('div', { class: 'slot' });
    fnList.append(h('li', { class: 'item', 'data-function': f.id },
      h('div', { class: 'row' }, h('span', { class: 'title' }, f.title),
        h('span', { class: 'muted' }, `${t('holder')}: `, holder ? personName(holder) : t('holder.none')),
        h('span', { class: 'buttons' },
          h('button', { type: 'button', onclick: () => slot.replaceChildren(handoverForm(f, personOptions, () => slot.replaceChildren())) }, t('handover')),
          h('button', { type: 'button', onclick: () => slot.replaceChildren(functionForm(f, o.id, () => slot.replaceChildren())) }, t('edit')),
          h('button', { type: 'button', class: 'danger', onclick: () => removeRow('functions', f.id, f.title) }, t('delete')))), slot));
  }
  const fnAdd = h('div', { class: 'slot' });
  fnSection.append(fnList, fnAdd, h('button', { type: 'button', onclick: () => fnAdd.replaceChildren(functionForm(null, o.id, () => fnAdd.replaceChildren())) }, t('function.new')));
  main.append(fnSection);

  // People.
  const pSection = h('section', { class: 'card', 'aria-labelledby': 'p-h' }, h('h2', { id: 'p-h' }, t('persons')));
  const pList = h('ul', { class: 'list' });
  for (const p of people) {
    const slot = h('div', { class: 'slot' });
    pList.append(h('li', { class: 'item', 'data-person': p.id },
      h('div', { class: 'row' }, h('span', { class: 'title' }, personName(p)),
        h('span', { class: 'muted' }, [phone(p.mobile), phone(p.landline), p.email].filter(Boolean).join(' · ')),
        h('span', { class: 'buttons' },
          ...publicLinks(p),
          h('button', { type: 'button', onclick: () => slot.replaceChildren(personForm(p, o.id, () => render())) }, t('edit')),
          h('button', { type: 'button', class: 'danger', onclick: () => removeRow('persons', p.id, personName(p)) }, t('delete')))), slot));
  }
  const pAdd = h('div', { class: 'slot' });
  pSection.append(pList, pAdd, h('button', { type: 'button', onclick: () => pAdd.replaceChildren(personForm(null, o.id, () => render())) }, t('person.new')));
  main.append(pSection);

  // Presence at school.
  const prSection = h('section', { class: 'card', 'aria-labelledby': 'pr-h' }, h('h2', { id: 'pr-h' }, t('presence')));
  const prList = h('ul', { class: 'list' });
  const fnOptions = [['', '—'], ...rows('functions').filter((x) => x.organisation_id === o.id).map((f) => [f.id, f.title])];
  for (const pr of rows('presence').filter((x) => x.organisation_id === o.id).sort((a, b) => a.weekday - b.weekday || a.start_min - b.start_min)) {
    const who = [label('functions', pr.function_id), label('persons', pr.person_id)].filter((x) => x).join(', ');
    const when = `${t('days')[pr.weekday]} ${hhmm(pr.start_min)}–${hhmm(pr.end_min)}`;
    const slot = h('div', { class: 'slot' });
    prList.append(h('li', { class: 'item', 'data-presence': pr.id }, h('div', { class: 'row' },
      h('span', { class: 'title' }, when),
      h('span', { class: 'muted' }, [pr.room, label('school_locations', pr.location_id), who].filter(Boolean).join(' · ')),
      h('span', { class: 'buttons' },
        h('button', { type: 'button', onclick: () => slot.replaceChildren(presenceForm(pr, o.id, fnOptions, personOptions, () => slot.replaceChildren())) }, t('edit')),
        h('button', { type: 'button', class: 'danger', onclick: () => removeRow('presence', pr.id, when) }, t('delete')))), slot));
  }
  const prForm = presenceForm(null, o.id, fnOptions, personOptions, null);
  prSection.append(prList, prForm);
  main.append(prSection);
}

function presenceForm(pr, orgId, fnOptions, personOptions, done) {
  const hm = (m) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
  return form({ class: 'grid', 'aria-label': pr ? t('edit') + ' ' + t('presence') : t('presence.new') }, async (f) => {
    const v = values(f);
    const fields = { organisation_id: orgId, weekday: Number(v.weekday), start_min: minutes(v.start_min), end_min: minutes(v.end_min), room: v.room, function_id: v.function_id, person_id: v.person_id };
    if ('location_id' in v) fields.location_id = v.location_id;
    await api('POST', '/rows/presence' + (pr ? '/' + pr.id : ''), { fields, base: pr ? pr.version : 0 });
    await load();
    toast(t('saved'));
    render();
  },
  field('weekday', pr ? pr.weekday : 1, { options: [1, 2, 3, 4, 5, 6, 7].map((d) => [d, t('days')[d]]) }),
  field('start_min', pr ? hm(pr.start_min) : '08:30', { type: 'time' }), field('end_min', pr ? hm(pr.end_min) : '12:00', { type: 'time' }),
  field('room', pr ? pr.room : ''),
  field('function_id', pr ? pr.function_id : '', { options: fnOptions }), field('person_id', pr ? pr.person_id : '', { options: personOptions }),
  // Only schools with more than one building need to say which one.
  rows('school_locations').length > 1 || (pr && pr.location_id)
    ? field('location_id', pr ? pr.location_id : '', { options: [['', '—'], ...rows('school_locations').map((l) => [l.id, l.name])] }) : null,
  h('div', { class: 'actions wide' }, h('button', { type: 'submit', class: pr ? 'primary' : null }, pr ? t('save') : t('presence.new')),
    done ? h('button', { type: 'button', onclick: done }, t('cancel')) : null));
}

function functionForm(f, orgId, done) {
  return form({ class: 'inline', 'aria-label': f ? f.title : t('function.new') }, async (el) => {
    const v = values(el);
    await api('POST', '/rows/functions' + (f ? '/' + f.id : ''), { fields: { title: v.title, organisation_id: orgId }, base: f ? f.version : 0 });
    await load();
    toast(t('saved'));
    render();
  }, field('title', f && f.title, { required: true }),
  h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, t('save')), h('button', { type: 'button', onclick: done }, t('cancel'))));
}

function handoverForm(f, personOptions, done) {
  return form({ class: 'inline handover', 'aria-label': t('handover.title') }, async (el) => {
    const v = values(el);
    await api('POST', `/functions/${f.id}/handover`, { person_id: v.person_id, since: v.since });
    await load();
    toast(t('handover.done'));
    render();
  }, h('p', { class: 'wide' }, t('handover.title')),
  field('person_id', '', { options: personOptions, label: t('handover.person') }),
  field('since', new Date().toISOString().slice(0, 10), { type: 'date' }),
  h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, t('handover.submit')), h('button', { type: 'button', onclick: done }, t('cancel'))));
}

function viewLines(main) {
  main.append(h('h1', {}, t('nav.lines')), h('p', {}, t('lines.intro')));
  const targets = [
    ...rows('functions').map((f) => [`function:${f.id}`, `${t('kind.function')}: ${f.title} (${label('organisations', f.organisation_id)})`]),
    ...rows('organisations').map((o) => [`organisation:${o.id}`, `${t('kind.organisation')}: ${o.name}`]),
  ];
  const list = h('ul', { class: 'list' });
  for (const l of rows('quick_lines')) {
    const slot = h('div', { class: 'slot' });
    list.append(h('li', { class: 'item', 'data-line': l.id }, h('div', { class: 'row' }, h('span', { class: 'title' }, l.label),
      h('span', { class: 'chip' }, t('channel.' + l.channel)),
      h('span', { class: 'muted' }, `${t('kind.' + l.target_kind)}: ${label(l.target_kind + 's', l.target_id)} · “${l.template}”`),
      h('span', { class: 'buttons' },
        h('button', { type: 'button', onclick: () => slot.replaceChildren(lineForm(l, targets, () => slot.replaceChildren())) }, t('edit')),
        h('button', { type: 'button', class: 'danger', onclick: () => removeRow('quick_lines', l.id, l.label) }, t('delete')))), slot));
  }
  if (!rows('quick_lines').length) list.append(h('li', { class: 'muted' }, t('none')));
  main.append(h('section', { class: 'card' }, list), h('section', { class: 'card' }, h('h2', {}, t('line.new')), lineForm(null, targets, null)));
}

function lineForm(l, targets, done) {
  return form({ class: 'grid', 'aria-label': l ? l.label : t('line.new') }, async (f) => {
    const v = values(f);
    const [kind, target] = v.target.split(':');
    const fields = { label: v.label, template: v.template, channel: v.channel, target_kind: kind, target_id: target || '' };
    await api('POST', '/rows/quick_lines' + (l ? '/' + l.id : ''), { fields, base: l ? l.version : 0 });
    await load();
    toast(t('saved'));
    render();
  }, field('label', l ? l.label : ''), field('channel', l ? l.channel : 'whatsapp', { options: ['whatsapp', 'sms', 'call', 'email'].map((c) => [c, t('channel.' + c)]) }),
  field('target', l ? `${l.target_kind}:${l.target_id}` : '', { options: targets, label: t('target_id') }),
  field('template', l ? l.template : 'Hallo {voornaam}, ', { multiline: true, wide: true }),
  h('div', { class: 'actions wide' }, h('button', { type: 'submit', class: 'primary' }, l ? t('save') : t('add')),
    done ? h('button', { type: 'button', onclick: done }, t('cancel')) : null));
}

function viewLocations(main) {
  main.append(h('h1', {}, t('nav.locations')), h('p', {}, t('locations.intro')));
  const list = h('ul', { class: 'list' });
  const places = rows('school_locations').sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  for (const l of places) {
    const slot = h('div', { class: 'slot' });
    const where = l.latitude === null || l.latitude === undefined ? t('location.nocoords')
      : `${Number(l.latitude).toFixed(5)}, ${Number(l.longitude).toFixed(5)} · ${l.radius_m} m`;
    list.append(h('li', { class: 'item', 'data-location': l.id }, h('div', { class: 'row' }, h('span', { class: 'title' }, l.name),
      h('span', { class: 'muted' }, [l.address, where].filter(Boolean).join(' · ')),
      h('span', { class: 'buttons' },
        h('button', { type: 'button', onclick: () => slot.replaceChildren(locationForm(l, () => slot.replaceChildren())) }, t('edit')),
        h('button', { type: 'button', class: 'danger', onclick: () => removeRow('school_locations', l.id, l.name) }, t('delete')))), slot));
  }
  if (!places.length) list.append(h('li', { class: 'muted' }, t('none')));
  main.append(h('section', { class: 'card' }, list), h('section', { class: 'card' }, h('h2', {}, t('location.new')), locationForm(null, null)));
}

function locationForm(l, done) {
  return form({ class: 'grid', 'aria-label': l ? l.name : t('location.new') }, async (f) => {
    const v = values(f);
    // "52.0907, 5.1214" (or "52,0907; 5,1214") pasted from a map app into the first field.
    const both = /^\s*(-?\d+(?:[.,]\d+)?)\s*(?:,\s+|;\s*)(-?\d+(?:[.,]\d+)?)\s*$/.exec(v.latitude);
    if (both && !v.longitude.trim()) { v.latitude = both[1]; v.longitude = both[2]; }
    const fields = { name: v.name, address: v.address, latitude: v.latitude, longitude: v.longitude, radius_m: Number(v.radius_m) };
    await api('POST', '/rows/school_locations' + (l ? '/' + l.id : ''), { fields, base: l ? l.version : 0 });
    await load();
    toast(t('saved'));
    render();
  }, field('name', l ? l.name : '', { required: true }), field('address', l ? l.address : ''),
  field('latitude', l && l.latitude !== null ? l.latitude : '', { inputmode: 'decimal' }),
  field('longitude', l && l.longitude !== null ? l.longitude : '', { inputmode: 'decimal' }),
  field('radius_m', l ? l.radius_m : 150, { type: 'number' }),
  h('div', { class: 'actions wide' }, h('button', { type: 'submit', class: 'primary' }, l ? t('save') : t('add')),
    done ? h('button', { type: 'button', onclick: done }, t('cancel')) : null));
}

function flagTarget(flag) {
  const table = flag.target_kind + 's';
  const r = byId(table, flag.target_id);
  const orgId = table === 'organisations' ? flag.target_id : r && r.organisation_id;
  const org = table !== 'organisations' && orgId ? label('organisations', orgId) : '';
  return { name: label(table, flag.target_id) + (org ? ` (${org})` : ''), orgId };
}

function viewFlags(main) {
  main.append(h('h1', {}, t('nav.flags')), h('p', {}, t('flags.intro')));
  const open = rows('flags').filter((f) => !f.resolved).sort((a, b) => (a.created_at < b.created_at ? 1 : -1));
  const list = h('ul', { class: 'list', id: 'flag-list' });
  const resolve = async (f, action) => {
    try {
      await api('POST', `/flags/${f.id}/resolve`, { action });
      await load();
      toast(t('flag.done'));
      render();
    } catch (p) { toast(problemText(p)); }
  };
  for (const f of open) {
    const target = flagTarget(f);
    list.append(h('li', { class: 'item', 'data-flag': f.id }, h('div', { class: 'row' },
      h('span', { class: 'title' }, target.name),
      h('span', { class: 'chip warn' }, t('reason.' + f.reason)),
      h('span', { class: 'muted' }, [f.comment, when(f.created_at)].filter(Boolean).join(' · ')),
      h('span', { class: 'buttons' },
        h('button', { type: 'button', onclick: () => resolve(f, 'confirm') }, t('flag.confirm')),
        target.orgId ? h('button', { type: 'button', onclick: () => { sessionStorage.setItem('kl.fixing', f.id); location.hash = '#partner/' + target.orgId; } }, t('flag.fix')) : null,
        h('button', { type: 'button', onclick: () => resolve(f, 'dismiss') }, t('flag.dismiss'))))));
  }
  if (!open.length) list.append(h('li', { class: 'muted' }, t('flags.none')));
  main.append(h('section', { class: 'card' }, list));
}

// While fixing a reported contact, a bar on the partner page closes the report.
function fixingBar(main) {
  const id = sessionStorage.getItem('kl.fixing');
  const flag = id && rows('flags').find((f) => f.id === id && !f.resolved);
  if (!flag) return;
  main.prepend(h('div', { class: 'banner', role: 'note' }, h('span', {}, `${t('reason.' + flag.reason)}: ${flagTarget(flag).name}. ${t('flag.fixhint')}`),
    h('button', { type: 'button', class: 'primary', onclick: async () => {
      try {
        await api('POST', `/flags/${flag.id}/resolve`, { action: 'fixed' });
        sessionStorage.removeItem('kl.fixing');
        await load();
        toast(t('flag.done'));
        render();
      } catch (p) { toast(problemText(p)); }
    } }, t('flag.fixed'))));
}

function table(headers, bodyRows, attrs = {}) {
  return h('div', { class: 'table-wrap' }, h('table', attrs, h('thead', {}, h('tr', {}, headers.map((x) => h('th', { scope: 'col' }, x)))),
    h('tbody', {}, bodyRows.map((cells) => h('tr', {}, cells.map((c, i) => h('td', { 'data-label': headers[i] }, c)))))));
}

async function viewDevices(main) {
  main.append(h('h1', {}, t('nav.devices')), h('p', {}, t('devices.intro')));
  const { devices } = await api('GET', '/devices');
  devices.sort((a, b) => (a.revoked_at ? 1 : 0) - (b.revoked_at ? 1 : 0) || a.name.localeCompare(b.name));
  main.append(h('section', { class: 'card' }, table([t('device'), t('role'), t('last.seen'), t('status'), ''], devices.map((d) => [
    d.web ? [d.name, h('span', { class: 'muted' }, ` (${t('web')})`)] : d.name,
    t('role.' + d.role), when(d.last_seen_at), d.revoked_at ? t('revoked') : t('active'),
    d.revoked_at ? '' : h('button', { type: 'button', class: 'danger', 'data-device': d.id, onclick: async () => {
      if (!confirm(t('confirm.revoke', d.name))) return;
      try { await api('POST', `/devices/${d.id}/revoke`, {}); toast(t('revoked')); render(); } catch (p) { toast(problemText(p)); }
    } }, t('revoke')),
  ]), { id: 'devices' })));
  const result = h('div', { class: 'invite', 'aria-live': 'polite' });
  main.append(h('section', { class: 'card' }, h('h2', {}, t('invite.title')), form({ class: 'inline', 'aria-label': t('invite.title') }, async (f) => {
    const v = values(f);
    const r = await api('POST', '/invites', { role: v.role, hours: Number(v.hours) });
    result.replaceChildren(
      h('img', { src: 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(r.qr_svg), alt: t('invite.qr'), width: 220, height: 220 }),
      h('div', {}, h('p', {}, t('invite.scan')), h('p', {}, h('code', { class: 'link' }, r.invite_link)), h('p', { class: 'muted' }, t('invite.expires', when(r.expires_at)))));
  }, field('role', 'teacher', { options: [['teacher', t('role.teacher')], ['coordinator', t('role.coordinator')]] }),
  field('hours', '72', { type: 'number', label: t('invite.hours') }),
  h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, t('invite.submit')))), result));
}

function shown(v) {
  if (v === null || v === undefined) return '—';
  return typeof v === 'string' ? v : JSON.stringify(v);
}

async function viewConflicts(main) {
  main.append(h('h1', {}, t('nav.conflicts')), h('p', {}, t('conflicts.intro')));
  const { conflicts } = await api('GET', '/conflicts');
  const restore = async (c) => {
    try {
      await api('POST', `/conflicts/${c.id}/restore`, {});
      await load();
      toast(t('conflict.restored'));
      render();
    } catch (p) { toast(problemText(p)); }
  };
  main.append(h('section', { class: 'card' }, conflicts.length
    ? table([t('row'), t('field'), t('lost'), t('won'), t('when'), ''], conflicts.map((c) => [
      `${t('table.' + c.table)}: ${label(c.table, c.row)}`, c.field === '*deleted*' ? t('delete') : t(c.field), shown(c.losing_value), shown(c.winning_value), when(c.created_at),
      c.state === 'open' && c.field !== '*deleted*' ? h('button', { type: 'button', 'data-conflict': c.id, onclick: () => restore(c) }, t('conflict.restore'))
        : c.state === 'restored' ? h('span', { class: 'muted' }, t('conflict.isrestored')) : '']), { id: 'conflicts' })
    : h('p', { class: 'muted' }, t('conflicts.none'))));
}

async function viewAudit(main) {
  main.append(h('h1', {}, t('nav.audit')), h('p', {}, t('audit.intro')));
  const { entries } = await api('GET', '/audit');
  main.append(h('section', { class: 'card' }, table([t('when'), t('who'), t('action'), t('what'), t('field')], entries.map((e) => [
    when(e.at), e.actor, t('action.' + e.action),
    e.table ? `${t('table.' + e.table)}: ${label(e.table, e.row)}`
      : e.action === 'invite' ? t('role.' + e.detail)
      : e.action.startsWith('log') && e.detail ? t('from', e.detail) : e.detail,
    e.fields.map((f) => t(f)).join(', ')]), { id: 'audit' })));
}

function viewImport(main) {
  main.append(h('h1', {}, t('nav.import')));
  const result = h('div', { 'aria-live': 'polite' });
  main.append(h('section', { class: 'card' }, h('h2', {}, t('import.title')), h('p', {}, t('import.intro')),
    form({ class: 'inline', 'aria-label': t('import.title') }, async (f) => {
      const file = f.querySelector('input[type=file]').files[0];
      if (!file) throw new Problem({ code: 'field-required', field: 'file' });
      const text = await file.text();
      const type = /\.(vcf|vcard)$/i.test(file.name) || text.trimStart().toUpperCase().startsWith('BEGIN:VCARD') ? 'text/vcard' : 'text/csv';
      const r = await api('POST', '/import', text, type);
      await load();
      result.replaceChildren(h('p', {}, t('import.done', r.organisations, r.functions, r.persons_created, r.persons_updated)),
        r.skipped.length ? h('p', { class: 'muted' }, t('import.skipped', r.skipped.map((s) => s.line).join(', '))) : null);
    }, (() => { const id = nextId('file'); return h('div', { class: 'field' }, h('label', { for: id }, t('import.file')), h('input', { id, name: 'file', type: 'file', accept: '.csv,.vcf,text/csv,text/vcard' })); })(),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, t('import.submit')))), result),
  h('section', { class: 'card' }, h('h2', {}, t('export.title')), h('p', {}, h('a', { href: '/admin/api/export.vcf', download: 'kortelijn-partners.vcf' }, t('export.link')))));
}

// ---------------------------------------------------------------------------- shell

const SECTIONS = ['partners', 'lines', 'locations', 'flags', 'devices', 'conflicts', 'audit', 'import'];

function applyLanguage() {
  document.documentElement.lang = lang;
  document.title = t('brand');
  document.getElementById('brand-text').textContent = t('brand');
  document.getElementById('lang-label').textContent = t('lang');
  document.getElementById('logout').textContent = t('logout');
  document.querySelector('.skip').textContent = t('skip');
  document.getElementById('nav').setAttribute('aria-label', t('sections'));
  document.getElementById('lang').value = lang;
}

async function render() {
  applyLanguage();
  const main = document.getElementById('main');
  const nav = document.getElementById('nav');
  main.replaceChildren();
  const signedIn = !!state.session;
  nav.hidden = !signedIn;
  document.getElementById('logout').hidden = !signedIn;
  document.getElementById('school').textContent = signedIn ? state.session.school.name : '';
  if (!signedIn) { viewLogin(main); return; }
  const [section, arg] = (location.hash.slice(1) || 'partners').split('/');
  const current = section === 'partner' ? 'partners' : section;
  const openFlags = rows('flags').filter((f) => !f.resolved).length;
  nav.replaceChildren(...SECTIONS.map((s) => h('a', { href: '#' + s, 'aria-current': s === current ? 'page' : null },
    t('nav.' + s), s === 'flags' && openFlags ? h('span', { class: 'badge', 'aria-label': `(${openFlags})` }, String(openFlags)) : null)));
  try {
    if (section === 'partner') { viewPartner(main, arg); fixingBar(main); }
    else if (section === 'lines') viewLines(main);
    else if (section === 'locations') viewLocations(main);
    else if (section === 'flags') viewFlags(main);
    else if (section === 'devices') await viewDevices(main);
    else if (section === 'conflicts') await viewConflicts(main);
    else if (section === 'audit') await viewAudit(main);
    else if (section === 'import') viewImport(main);
    else viewPartners(main);
  } catch (p) {
    main.append(h('p', { class: 'error', role: 'alert' }, problemText(p)));
  }
}

async function start() {
  try {
    const s = await api('GET', '/session');
    state.session = s;
    state.csrf = s.csrf;
    await load();
  } catch (p) {
    state.session = null;
  }
  await render();
}

document.addEventListener('DOMContentLoaded', () => {
  document.getElementById('lang').addEventListener('change', (e) => { lang = e.target.value; localStorage.setItem('kl.lang', lang); render(); });
  document.getElementById('logout').addEventListener('click', async () => {
    try { await api('POST', '/logout', {}); } catch (e) { /* signed out anyway */ }
    state.session = null;
    location.hash = '';
    render();
  });
  window.addEventListener('hashchange', () => { render(); document.getElementById('main').focus({ preventScroll: true }); });
  start();
});
