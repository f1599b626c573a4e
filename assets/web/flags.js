// Teachers' reports of stale contacts, and fixing a contact from a report.
import { render } from './app.js';
import { t } from './i18n.js';
import { api, byId, h, label, load, problemText, rows, table, toast, when } from './ui.js';

export function flagTarget(flag) {
  const table = flag.target_kind + 's';
  const r = byId(table, flag.target_id);
  const orgId = table === 'organisations' ? flag.target_id : r && r.organisation_id;
  const org = table !== 'organisations' && orgId ? label('organisations', orgId) : '';
  return { name: label(table, flag.target_id) + (org ? ` (${org})` : ''), orgId };
}

export function viewFlags(main) {
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
export function fixingBar(main) {
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
