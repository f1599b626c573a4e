// KorteLijn coordinator web UI: plain JavaScript modules, no build step. Every text from the
// server goes into the page as text nodes (never as HTML), so a partner called "<script>"
// stays a name. This module is the shell: sign-in, navigation, language, and which view
// a location hash shows.
import { viewDevices } from './devices.js';
import { fixingBar, viewFlags } from './flags.js';
import { viewAudit, viewConflicts } from './history.js';
import { lang, setLang, t } from './i18n.js';
import { viewImport } from './importview.js';
import { viewInduction } from './induction.js';
import { viewLines } from './lines.js';
import { viewLocations } from './locations.js';
import { viewPartner, viewPartners } from './partners.js';
import { viewRoles } from './roles.js';
import { api, field, form, h, load, problemText, rows, state, values } from './ui.js';

export function viewLogin(main) {
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

// ---------------------------------------------------------------------------- shell

export const SECTIONS = ['partners', 'roles', 'induction', 'lines', 'locations', 'flags', 'devices', 'conflicts', 'audit', 'import'];

export function applyLanguage() {
  document.documentElement.lang = lang;
  document.title = t('brand');
  document.getElementById('brand-text').textContent = t('brand');
  document.getElementById('lang-label').textContent = t('lang');
  document.getElementById('logout').textContent = t('logout');
  document.querySelector('.skip').textContent = t('skip');
  document.getElementById('nav').setAttribute('aria-label', t('sections'));
  document.getElementById('lang').value = lang;
}

export async function render() {
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
    else if (section === 'roles') await viewRoles(main);
    else if (section === 'induction') viewInduction(main);
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

export async function start() {
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
  document.getElementById('lang').addEventListener('change', (e) => { setLang(e.target.value); render(); });
  document.getElementById('logout').addEventListener('click', async () => {
    try { await api('POST', '/logout', {}); } catch (e) { /* signed out anyway */ }
    state.session = null;
    location.hash = '';
    render();
  });
  window.addEventListener('hashchange', () => { render(); document.getElementById('main').focus({ preventScroll: true }); });
  start();
});
