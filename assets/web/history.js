// Conflicts (values that lost a merge, and putting one back) and the audit log.
import { render } from './app.js';
import { t } from './i18n.js';
import { api, h, label, load, problemText, table, toast, when } from './ui.js';

export function shown(v) {
  if (v === null || v === undefined) return '—';
  return typeof v === 'string' ? v : JSON.stringify(v);
}

export async function viewConflicts(main) {
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

export async function viewAudit(main) {
  main.append(h('h1', {}, t('nav.audit')), h('p', {}, t('audit.intro')));
  const { entries } = await api('GET', '/audit');
  main.append(h('section', { class: 'card' }, table([t('when'), t('who'), t('action'), t('what'), t('field')], entries.map((e) => [
    when(e.at), e.actor, t('action.' + e.action),
    e.table ? `${t('table.' + e.table)}: ${label(e.table, e.row)}`
      : e.action === 'invite' ? t('role.' + e.detail)
      : e.action.startsWith('log') && e.detail ? t('from', e.detail) : e.detail,
    e.fields.map((f) => t(f)).join(', ')]), { id: 'audit' })));
}
