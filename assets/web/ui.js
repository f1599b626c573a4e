// What every view of the web admin uses: the element builder (text always as text nodes,
// never HTML), the session state, the API call with its CSRF token and RFC 9457 problems
// shown in the coordinator's language, forms and small formatting helpers.
import { render } from './app.js';
import { I18N, lang, t } from './i18n.js';

// Element builder: attributes as properties or attributes; children as nodes or text.
export function h(tag, attrs, ...children) {
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

export const state = { session: null, data: null, csrf: '' };
let uid = 0;
export const nextId = (p) => `${p}-${++uid}`;

export class Problem extends Error {
  constructor(p) { super(p.title || p.code); Object.assign(this, p); }
}

export async function api(method, path, body, contentType) {
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

export function problemText(p) {
  // The precise rule when there is a text for it (email-invalid), else the broad code.
  const key = p.rule && I18N.nl['err.' + p.rule] ? 'err.' + p.rule : 'err.' + (p.code || '');
  const number = (n) => (typeof n === 'number' ? n.toLocaleString(lang === 'en' ? 'en-GB' : 'nl-NL') : '');
  if (I18N.nl[key]) return t(key).replace('{field}', p.field ? t(p.field) : '').replace('{min}', number(p.min)).replace('{max}', number(p.max));
  return t('err.generic', p.status || p.code || '?');
}

export function toast(text) {
  const el = document.getElementById('toast');
  el.textContent = text;
  el.classList.add('show');
  clearTimeout(toast.timer);
  toast.timer = setTimeout(() => el.classList.remove('show'), 3500);
}

// A form whose errors appear in it (role=alert) and whose invalid field gets focus.
export function form(attrs, onsubmit, ...children) {
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

export function field(name, value, opts = {}) {
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

export function values(f) {
  const out = {};
  for (const el of f.querySelectorAll('input[name], select[name], textarea[name]')) out[el.name] = el.value;
  return out;
}

export function visibilityFrom(f, current) {
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

export function isPublic(row, name) {
  try { const v = JSON.parse(row.visibility || '{}'); return ((v.fields || {})[name] || v.default) === 'public'; } catch (e) { return false; }
}

export const fold = (s) => (s || '').normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
export const rows = (table) => (state.data && state.data.tables[table]) || [];
export const byId = (table, id) => rows(table).find((r) => r.id === id);
export const personName = (p) => p ? `${p.given_name || ''} ${p.family_name || ''}`.trim() : '';
// "+31612345678" -> "06 12345678", "+31301234567" -> "030 1234567" (as Dutch people write them).
export function phone(e164) {
  if (!e164 || !e164.startsWith('+31')) return e164 || '';
  const national = '0' + e164.slice(3);
  if (national.startsWith('06')) return '06 ' + national.slice(2);
  const area = /^0(10|13|15|20|23|24|26|30|33|35|36|38|40|43|45|46|50|53|55|58|70|71|72|73|74|75|76|77|78|79)/.test(national) ? 3 : 4;
  return national.slice(0, area) + ' ' + national.slice(area);
}
export const hhmm = (m) => `${Math.floor(m / 60)}:${String(m % 60).padStart(2, '0')}`;
export const minutes = (s) => { const [a, b] = String(s || '').split(':'); return a === '' || a === undefined ? '' : Number(a) * 60 + Number(b || 0); };
export const when = (iso) => iso ? new Date(iso).toLocaleString(lang === 'en' ? 'en-GB' : 'nl-NL', { dateStyle: 'medium', timeStyle: 'short' }) : '—';

export function holderOf(functionId) {
  const h = rows('holdings').find((x) => x.function_id === functionId && !x.until);
  return h ? byId('persons', h.person_id) : null;
}

export function label(table, id) {
  const r = byId(table, id);
  if (!r) return id ? id.slice(0, 8) : '';
  if (table === 'organisations') return r.name;
  if (table === 'persons') return personName(r);
  if (table === 'functions') return r.title;
  if (table === 'quick_lines') return r.label;
  if (table === 'school_locations') return r.name;
  return id.slice(0, 8);
}

export async function load() {
  state.data = await api('GET', '/rows');
}

// ---------------------------------------------------------------------------- views

export function table(headers, bodyRows, attrs = {}) {
  return h('div', { class: 'table-wrap' }, h('table', attrs, h('thead', {}, h('tr', {}, headers.map((x) => h('th', { scope: 'col' }, x)))),
    h('tbody', {}, bodyRows.map((cells) => h('tr', {}, cells.map((c, i) => h('td', { 'data-label': headers[i] }, c)))))));
}
