// The induction path for new staff (issue 15): partners or functions in an order, each
// with one line of why. Rows of induction_steps, edited through the rows resource and
// synced to the teachers' phones (which keep their own "kennisgemaakt" ticks).
import { render } from './app.js';
import { t } from './i18n.js';
import { removeRow } from './partners.js';
import { api, field, form, h, load, problemText, rows, toast, values } from './ui.js';

export const stepList = () => rows('induction_steps').slice().sort((a, b) => (a.sort_order - b.sort_order) || a.id.localeCompare(b.id));

const orgName = (id) => (rows('organisations').find((o) => o.id === id) || {}).name || '?';

export function stepTitle(s) {
  if (s.target_kind === 'organisation') return orgName(s.target_id);
  const f = rows('functions').find((x) => x.id === s.target_id);
  return f ? `${f.title} (${orgName(f.organisation_id)})` : '?';
}

// Every organisation and its functions, for the picker: "organisation:<id>" / "function:<id>".
function targetOptions() {
  const out = [['', t('induction.choose')]];
  const orgs = rows('organisations').slice().sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  for (const o of orgs) {
    out.push([`organisation:${o.id}`, `${o.name} — ${t('induction.organisation')}`]);
    for (const f of rows('functions').filter((x) => x.organisation_id === o.id).sort((a, b) => a.title.localeCompare(b.title, 'nl'))) {
      out.push([`function:${f.id}`, `${o.name} — ${f.title}`]);
    }
  }
  return out;
}

async function save(step, fields) {
  await api('POST', '/rows/induction_steps' + (step ? '/' + step.id : ''), { fields, base: step ? step.version : 0 });
}

// Swaps two neighbours' places; both keep distinct positions even if they shared one.
async function move(list, i, j) {
  const a = list[i];
  const b = list[j];
  const [pa, pb] = a.sort_order === b.sort_order ? [j + 1, i + 1] : [b.sort_order, a.sort_order];
  try {
    await save(a, { sort_order: pa });
    await save(b, { sort_order: pb });
  } catch (p) { toast(problemText(p)); }
  await load();
  render();
}

export function viewInduction(main) {
  const list = stepList();
  main.append(h('h1', {}, t('nav.induction')), h('p', {}, t('induction.intro')));
  const ol = h('ol', { class: 'list induction', 'aria-label': t('induction.count', list.length) });
  list.forEach((s, i) => {
    const slot = h('div', { class: 'slot' });
    const title = stepTitle(s);
    ol.append(h('li', { class: 'item', 'data-step': s.id }, h('div', { class: 'row' },
      h('span', { class: 'title' }, title), h('span', { class: 'why' }, s.why),
      h('span', { class: 'buttons' },
        h('button', { type: 'button', disabled: i === 0, 'aria-label': t('induction.up.label', title), onclick: () => move(list, i, i - 1) }, t('induction.up')),
        h('button', { type: 'button', disabled: i === list.length - 1, 'aria-label': t('induction.down.label', title), onclick: () => move(list, i, i + 1) }, t('induction.down')),
        h('button', { type: 'button', onclick: () => slot.replaceChildren(stepForm(s, () => slot.replaceChildren())) }, t('edit')),
        h('button', { type: 'button', class: 'danger', onclick: () => removeRow('induction_steps', s.id, title) }, t('delete')))), slot));
  });
  if (!list.length) ol.append(h('li', { class: 'muted' }, t('induction.none')));
  main.append(h('section', { class: 'card' }, ol), h('section', { class: 'card' }, h('h2', {}, t('induction.new')), stepForm(null, null)));
}

export function stepForm(s, done) {
  return form({ class: 'grid', 'aria-label': s ? stepTitle(s) : t('induction.new') }, async (f) => {
    const v = values(f);
    const fields = { why: v.why };
    if (!s) {
      const [kind, id] = v.target.split(':');
      fields.target_kind = kind || 'organisation';
      fields.target_id = id || '';
      fields.sort_order = stepList().reduce((m, x) => Math.max(m, x.sort_order), 0) + 1;
    }
    await save(s, fields);
    await load();
    toast(t('saved'));
    render();
  },
  s ? null : field('target', '', { label: t('induction.target'), options: targetOptions(), wide: true }),
  field('why', s ? s.why : '', { required: true, label: t('why'), wide: true }),
  h('p', { class: 'hint wide' }, t('induction.why.hint')),
  h('div', { class: 'actions wide' }, h('button', { type: 'submit', class: 'primary' }, s ? t('save') : t('add')),
    done ? h('button', { type: 'button', onclick: done }, t('cancel')) : null));
}
