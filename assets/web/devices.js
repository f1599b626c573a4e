// The school's devices and staff invites with their QR code.
import { render } from './app.js';
import { t } from './i18n.js';
import { api, field, form, h, problemText, table, toast, values, when } from './ui.js';

export async function viewDevices(main) {
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
