// Partners: the list, an organisation with its people, functions, presence and hand-over,
// and a person's photo (shrunk in the browser, normalised again by the server).
import { render } from './app.js';
import { roleList, roleOf } from './roles.js';
import { t } from './i18n.js';
import { Problem, api, byId, field, fold, form, h, hhmm, holderOf, isPublic, label, load, minutes, nextId, personName, phone, problemText, rows, state, table, toast, values, visibilityFrom, when } from './ui.js';

export function viewPartners(main) {
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

export const ORG_PUBLIC = ['name', 'category', 'street', 'postal_code', 'city', 'website', 'topics'];
export const PERSON_PUBLIC = ['given_name', 'family_name', 'photo', 'mobile', 'whatsapp', 'landline', 'email'];

export function orgForm(o) {
  const cats = state.data.categories.map((c) => [c, t('cat.' + c)]);
  const pub = (n) => ({ publicToggle: ORG_PUBLIC.includes(n), isPublic: o && isPublic(o, n) });
  return form({ class: 'grid', id: 'org-form', 'aria-label': t('org.details') }, async (f) => {
    const v = values(f);
    v.visibility = visibilityFrom(f, o && o.visibility);
    // Phones that do not know roles yet still show the holder as the fixed contact.
    const role = roleList().find((x) => x.id === v.owner_role);
    if (role) v.internal_contact = role.holder;
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
  ownerField(o),
  h('div', { class: 'actions wide' }, h('button', { type: 'submit', class: 'primary' }, t('save')),
    o ? h('button', { type: 'button', class: 'danger', onclick: () => removeRow('organisations', o.id, o.name, '#partners') }, t('delete')) : null));
}

// The partner's owner is one of the school's roles; its holder (and deputy) is the vast
// aanspreekpunt, so a hand-over inside the school is one change on the role.
function ownerField(o) {
  const current = o && o.owner_role;
  const options = [['', t('owner.none')], ...roleList().map((r) => [r.id, r.holder ? `${r.name} (${r.holder})` : r.name])];
  // An owner written as text before roles existed stays visible until a role is chosen.
  if (current && !roleList().some((r) => r.id === current)) options.push([current, current]);
  const role = o && roleOf(o);
  return h('div', { class: 'owner' }, field('owner_role', current || '', { options }),
    role && role.holder ? h('p', { class: 'hint' }, role.deputy ? t('owner.contact.deputy', role.holder, role.deputy) : t('owner.contact', role.holder)) : null);
}

export async function removeRow(table, id, name, after) {
  if (!confirm(t('confirm.delete', name))) return;
  try {
    await api('POST', `/rows/${table}/${id}/delete`, {});
    await load();
    toast(t('deleted'));
    if (after) location.hash = after; else render();
  } catch (p) { toast(problemText(p)); }
}

export function personForm(p, orgId, done) {
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
  field('name_prefix', p && p.name_prefix), field('given_name', p && p.given_name, pub('given_name')),
  field('middle_name', p && p.middle_name), field('family_name', p && p.family_name, pub('family_name')),
  field('name_suffix', p && p.name_suffix),
  field('mobile', p && p.mobile, Object.assign({ type: 'tel' }, pub('mobile'))), field('whatsapp', p && p.whatsapp, Object.assign({ type: 'tel' }, pub('whatsapp'))),
  field('landline', p && p.landline, Object.assign({ type: 'tel' }, pub('landline'))), field('email', p && p.email, Object.assign({ type: 'email' }, pub('email'))),
  // Every further number and address, one a line; the school's note stays within the school.
  field('extra_phones', p && p.extra_phones, { multiline: true }), field('extra_emails', p && p.extra_emails, { multiline: true }),
  field('note', p && p.note, { multiline: true, wide: true }),
  p ? photoField(p) : null,
  publicExtras(p),
  h('div', { class: 'actions wide' }, h('button', { type: 'submit', class: 'primary' }, t('save')),
    h('button', { type: 'button', onclick: done }, t('cancel'))));
}

// Whether the functions a person holds and their times at school reach the parents' page,
// poster, vCard and offline QR. A new person starts with both on (the hint says so).
function publicExtras(p) {
  const box = (key) => {
    const id = nextId('pub');
    return h('span', { class: 'public' }, h('input', { type: 'checkbox', id, 'data-public': key, checked: p ? isPublic(p, key) : true }),
      h('label', { for: id }, t('public.' + key)));
  };
  return h('fieldset', { class: 'wide public-extras' }, h('legend', {}, t('public.check')),
    box('function'), box('presence'), p ? null : h('p', { class: 'hint' }, t('public.person.defaults')));
}

// The parents' page and the coffee-morning poster, once the person's name is public (the
// server publishes a page only then).
export function publicLinks(p) {
  if (!p.public_path || !isPublic(p, 'given_name') || !isPublic(p, 'family_name')) return [];
  const link = (href, text, label) => h('a', { class: 'button', href, target: '_blank', rel: 'noopener', 'aria-label': label }, text);
  return [link(p.public_path, t('public.page'), t('public.page.of', personName(p))),
    link(p.public_path + '/poster', t('poster'), t('poster.of', personName(p)))];
}

// A phone picture is several MB; the browser makes it a modest JPEG first (upright, on
// white) so it stays under the server's body limit. The server decodes and shrinks it
// again either way: what the browser could not read, the server explains.
export async function shrinkPhoto(file) {
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
export function photoField(p) {
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

export function viewPartner(main, id) {
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
      pr.is_public === 0 ? h('span', { class: 'chip' }, t('presence.internal')) : null,
      h('span', { class: 'buttons' },
        h('button', { type: 'button', onclick: () => slot.replaceChildren(presenceForm(pr, o.id, fnOptions, personOptions, () => slot.replaceChildren())) }, t('edit')),
        h('button', { type: 'button', class: 'danger', onclick: () => removeRow('presence', pr.id, when) }, t('delete')))), slot));
  }
  const prForm = presenceForm(null, o.id, fnOptions, personOptions, null);
  prSection.append(prList, prForm);
  main.append(prSection);
}

export function presenceForm(pr, orgId, fnOptions, personOptions, done) {
  const hm = (m) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
  return form({ class: 'grid', 'aria-label': pr ? t('edit') + ' ' + t('presence') : t('presence.new') }, async (f) => {
    const v = values(f);
    const fields = { organisation_id: orgId, weekday: Number(v.weekday), start_min: minutes(v.start_min), end_min: minutes(v.end_min), room: v.room, function_id: v.function_id, person_id: v.person_id, is_public: f.querySelector('input[data-presence-public]').checked ? 1 : 0 };
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
  presencePublic(pr),
  // Only schools with more than one building need to say which one.
  rows('school_locations').length > 1 || (pr && pr.location_id)
    ? field('location_id', pr ? pr.location_id : '', { options: [['', '—'], ...rows('school_locations').map((l) => [l.id, l.name])] }) : null,
  h('div', { class: 'actions wide' }, h('button', { type: 'submit', class: pr ? 'primary' : null }, pr ? t('save') : t('presence.new')),
    done ? h('button', { type: 'button', onclick: done }, t('cancel')) : null));
}

// One window's own switch; a new window is public (the hint says so).
function presencePublic(pr) {
  const id = nextId('prpub');
  return h('div', { class: 'field wide' }, h('span', { class: 'public' },
    h('input', { type: 'checkbox', id, 'data-presence-public': '1', checked: pr ? pr.is_public !== 0 : true }),
    h('label', { for: id }, t('is_public'))), pr ? null : h('p', { class: 'hint' }, t('presence.public.hint')));
}

export function functionForm(f, orgId, done) {
  return form({ class: 'inline', 'aria-label': f ? f.title : t('function.new') }, async (el) => {
    const v = values(el);
    await api('POST', '/rows/functions' + (f ? '/' + f.id : ''), { fields: { title: v.title, organisation_id: orgId }, base: f ? f.version : 0 });
    await load();
    toast(t('saved'));
    render();
  }, field('title', f && f.title, { required: true }),
  h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, t('save')), h('button', { type: 'button', onclick: done }, t('cancel'))));
}

export function handoverForm(f, personOptions, done) {
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
