// The school's quick lines: ready-made messages every teacher sees in the app.
import { render } from './app.js';
import { t } from './i18n.js';
import { removeRow } from './partners.js';
import { api, field, form, h, label, load, rows, toast, values } from './ui.js';

export function viewLines(main) {
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

export function lineForm(l, targets, done) {
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
