// The school's internal roles (IB'er, taalcoördinator, ...): who holds each and who stands
// in, what needs attention (partners without an owner, roles without a deputy), and the
// "wie doet wat" picture the server draws, to look at and to print.
import { render } from './app.js';
import { t, lang } from './i18n.js';
import { removeRow } from './partners.js';
import { api, field, form, h, load, rows, toast, values } from './ui.js';

export const roleList = () => rows('school_roles').slice().sort((a, b) => (a.sort_order - b.sort_order) || a.name.localeCompare(b.name, 'nl'));
export const roleOf = (o) => rows('school_roles').find((r) => r.id === o.owner_role);

export async function viewRoles(main) {
  main.append(h('h1', {}, t('nav.roles')), h('p', {}, t('roles.intro')));
  const warn = await api('GET', '/roles/overview');
  const warnings = h('section', { class: 'card', id: 'role-warnings', 'aria-labelledby': 'rw-h' }, h('h2', { id: 'rw-h' }, t('roles.attention')));
  const item = (text, href) => h('li', {}, href ? h('a', { href }, text) : text);
  const lists = [];
  if (warn.roles_without_deputy.length) lists.push(h('p', {}, t('roles.no-deputy')), h('ul', { class: 'warn-list', 'data-warning': 'no-deputy' }, warn.roles_without_deputy.map((r) => item(r.name))));
  if (warn.roles_without_holder.length) lists.push(h('p', {}, t('roles.no-holder')), h('ul', { class: 'warn-list', 'data-warning': 'no-holder' }, warn.roles_without_holder.map((r) => item(r.name))));
  if (warn.partners_without_owner.length) lists.push(h('p', {}, t('roles.no-owner')), h('ul', { class: 'warn-list', 'data-warning': 'no-owner' }, warn.partners_without_owner.map((o) => item(o.name, '#partner/' + o.id))));
  warnings.append(...(lists.length ? lists : [h('p', { class: 'muted' }, t('roles.all-good'))]));
  main.append(warnings);

  const list = h('ul', { class: 'list' });
  for (const r of roleList()) {
    const slot = h('div', { class: 'slot' });
    const owned = rows('organisations').filter((o) => o.owner_role === r.id).length;
    list.append(h('li', { class: 'item', 'data-role': r.id }, h('div', { class: 'row' }, h('span', { class: 'title' }, r.name),
      h('span', { class: 'muted' }, [r.holder || t('holder.none'), r.deputy ? t('roles.deputy.short', r.deputy) : t('roles.deputy.none'), owned === 1 ? t('roles.owns.one') : t('roles.owns', owned)].join(' · ')),
      h('span', { class: 'buttons' },
        h('button', { type: 'button', onclick: () => slot.replaceChildren(roleForm(r, () => slot.replaceChildren())) }, t('edit')),
        h('button', { type: 'button', class: 'danger', onclick: () => removeRow('school_roles', r.id, r.name) }, t('delete')))), slot));
  }
  if (!roleList().length) list.append(h('li', { class: 'muted' }, t('none')));
  main.append(h('section', { class: 'card' }, list), h('section', { class: 'card' }, h('h2', {}, t('role.new')), roleForm(null, null)));

  // The picture: the server's SVG, shown as an image and printed on its own page.
  const src = `/admin/api/organogram.svg?lang=${lang}&v=${rows('school_roles').map((r) => r.version).join('.')}.${rows('organisations').length}`;
  main.append(h('section', { class: 'card organogram', 'aria-labelledby': 'og-h' }, h('h2', { id: 'og-h' }, t('organogram')),
    h('p', { class: 'hint' }, t('organogram.hint')),
    h('div', { class: 'buttons' }, h('button', { type: 'button', onclick: () => window.print() }, t('organogram.print')),
      h('a', { class: 'button', href: src, download: 'wie-doet-wat.svg' }, t('organogram.download'))),
    h('img', { id: 'organogram', src, alt: t('organogram.alt') })));
}

export function roleForm(r, done) {
  return form({ class: 'grid', 'aria-label': r ? r.name : t('role.new') }, async (f) => {
    const v = values(f);
    await api('POST', '/rows/school_roles' + (r ? '/' + r.id : ''), { fields: { name: v.name, holder: v.holder, deputy: v.deputy, sort_order: Number(v.sort_order || 0) }, base: r ? r.version : 0 });
    await load();
    toast(t('saved'));
    render();
  }, h('p', { class: 'hint wide' }, t('roles.staff-only')),
  field('name', r ? r.name : '', { required: true, label: t('role.name') }),
  field('holder', r ? r.holder : '', { label: t('role.holder') }), field('deputy', r ? r.deputy : '', { label: t('role.deputy') }),
  field('sort_order', r ? r.sort_order : roleList().length + 1, { type: 'number', label: t('role.order') }),
  h('div', { class: 'actions wide' }, h('button', { type: 'submit', class: 'primary' }, r ? t('save') : t('add')),
    done ? h('button', { type: 'button', onclick: done }, t('cancel')) : null));
}
