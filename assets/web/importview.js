// Importing a CSV or vCard file of partners: upload, see per row what would happen (with
// the detected format, encoding and delimiter, and for CSV the column mapping, which can
// be changed), confirm, and follow the background jobs (the preview of a big file takes a
// while too) with a progress bar and a cancel button. Exports: vCard 4.0 and 3.0, and CSV for Dutch Excel.
import { lang, t } from './i18n.js';
import { Problem, api, form, h, load, nextId } from './ui.js';

const FIELDS = ['', 'organisation', 'category', 'categories', 'title', 'prefix', 'given', 'middle', 'infix', 'family', 'suffix',
  'mobile', 'landline', 'phone', 'phone_type', 'fax', 'other_phones', 'email', 'other_emails', 'website', 'street', 'postal', 'city', 'note', 'photo', 'uid'];
const SHOWN_ROWS = 300;

// Runs while the server plans the preview (a background job: a big file takes a while)
// and gives the preview, or throws the job's problem so the form shows it in Dutch.
async function planned(started, target) {
  const s = await new Promise((resolve) => target.replaceChildren(progressView(started, resolve)));
  if (s.state === 'preview') return s.preview;
  if (s.state === 'cancelled') { target.replaceChildren(h('p', { role: 'status' }, t('import.planning.cancelled'))); return null; }
  throw new Problem({ code: s.result?.code || 'import-failed', detail: s.result?.detail });
}

async function upload(file, target) {
  // The bytes as they are: the server detects UTF-8, UTF-16 and Windows-1252 itself.
  return planned(await api('POST', `/import?async=1&lang=${lang}`, await file.arrayBuffer(), 'application/octet-stream'), target);
}

function facts(p) {
  const items = [[t('import.format'), t('import.format.' + p.format)], [t('import.encoding'), p.encoding]];
  if (p.format === 'csv') items.push([t('import.delimiter'), p.delimiter === '\t' ? t('import.tab') : p.delimiter]);
  return h('dl', { class: 'facts' }, items.flatMap(([k, v]) => [h('dt', {}, k), h('dd', {}, v)]));
}

function mappingForm(p, onPreview) {
  const selects = p.header.map((name, i) => {
    const id = nextId('map');
    return h('div', { class: 'field' }, h('label', { for: id }, name || t('import.column', i + 1)),
      h('select', { id, 'data-column': i }, FIELDS.map((f) => h('option', { value: f, selected: (p.mapping[i] || '') === f }, t('import.field.' + (f || 'none'))))));
  });
  return form({ class: 'mapping', 'aria-label': t('import.mapping') }, async (f) => {
    const mapping = [...f.querySelectorAll('select[data-column]')].map((s) => s.value);
    const status = h('div');
    f.append(status);
    const next = await planned(await api('POST', `/import/${p.id}/mapping?async=1&lang=${lang}`, { mapping }), status);
    if (next) onPreview(next);
  }, h('h3', {}, t('import.mapping')), h('p', { class: 'muted' }, t('import.mapping.intro')), h('div', { class: 'grid' }, selects),
  h('div', { class: 'actions' }, h('button', { type: 'submit' }, t('import.mapping.apply'))));
}

function rowsTable(p) {
  const rows = p.rows.filter((r, i) => i < SHOWN_ROWS || r.action === 'skipped');
  return h('div', { class: 'table-wrap' }, h('table', { 'aria-label': t('import.preview') },
    h('thead', {}, h('tr', {}, ['import.col.line', 'import.col.name', 'import.col.organisation', 'import.col.action', 'import.col.reason', 'import.col.notkept'].map((k) => h('th', { scope: 'col' }, t(k))))),
    h('tbody', {}, rows.map((r) => h('tr', { class: 'import-' + r.action },
      h('td', { 'data-label': t('import.col.line') }, String(r.line)),
      h('td', { 'data-label': t('import.col.name') }, r.name),
      h('td', { 'data-label': t('import.col.organisation') }, r.organisation),
      h('td', { 'data-label': t('import.col.action') }, t('import.action.' + r.action)),
      h('td', { 'data-label': t('import.col.reason') }, r.reason, ...(r.warnings || []).map((w) => h('div', { class: 'muted' }, w))),
      h('td', { 'data-label': t('import.col.notkept') }, (r.not_kept || []).join('; ')))))),
  (p.rows_total ?? p.rows.length) > rows.length ? h('p', { class: 'muted' }, t('import.more', rows.length, p.rows_total ?? p.rows.length)) : null);
}

// Follows a job of the upload, the preview being planned or the import, until it ends.
function progressView(job, done) {
  const planning = job.state === 'planning';
  const bar = h('progress', { max: 1, value: 0, 'aria-label': t(planning ? 'import.planning.progress' : 'import.progress') });
  const text = h('p', { 'aria-live': 'polite' }, t('import.queued'));
  const cancel = h('button', { type: 'button', onclick: async () => { cancel.disabled = true; await api('POST', `/import/${job.id}/cancel`, {}); } }, t('import.cancel'));
  const box = h('div', { class: 'progress' }, bar, text, h('div', { class: 'actions' }, cancel));
  (async function poll() {
    const s = await api('GET', `/import/${job.id}`);
    if (s.total > 0) { bar.max = s.total; bar.value = s.done; }
    if (s.state === 'planning' || s.state === 'queued' || s.state === 'running') {
      text.textContent = s.state === 'planning' ? t('import.planning', s.total > 0 ? Math.floor((100 * s.done) / s.total) : 0)
        : s.state === 'running' && s.total > 0 ? t('import.running', s.done, s.total) : t('import.queued');
      setTimeout(poll, 250);
      return;
    }
    cancel.remove();
    if (planning) { done(s); return; }
    bar.max = 1; bar.value = s.state === 'done' ? 1 : 0;
    text.textContent = s.state === 'done' ? t('import.finished', s.result.summary)
      : s.state === 'cancelled' ? t('import.cancelled') : t('import.failed', s.result?.detail || '');
    text.setAttribute('role', s.state === 'done' ? 'status' : 'alert');
    if (s.state === 'done') await load();
    done(s);
  })();
  return box;
}

function previewView(p, target) {
  const c = p.counts;
  const skipped = c.skipped > 0;
  const acceptId = nextId('accept');
  const confirm = form({ 'aria-label': t('import.confirm') }, async (f) => {
    const r = await api('POST', `/import/${p.id}/confirm?lang=${lang}`, { accept_skipped: !!f.querySelector('input[name=accept]')?.checked });
    f.replaceWith(progressView(r, () => {}));
  }, skipped ? h('p', {}, h('input', { type: 'checkbox', id: acceptId, name: 'accept' }), ' ', h('label', { for: acceptId }, t('import.accept', c.skipped))) : null,
  h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary', disabled: c.changes === 0 }, t('import.confirm'))));
  target.replaceChildren(
    h('h2', {}, t('import.preview')), facts(p),
    h('p', { role: 'status' }, c.changes === 0 ? t('import.nochange') : t('import.counts', c.persons_created, c.persons_updated, c.organisations_created, c.unchanged, c.skipped)),
    h('p', { class: 'muted' }, t('import.kept', c.fields_kept, c.fields_total)),
    p.format === 'csv' ? mappingForm(p, (next) => previewView(next, target)) : null,
    rowsTable(p), confirm);
}

export function viewImport(main) {
  main.append(h('h1', {}, t('nav.import')));
  const preview = h('section', { class: 'card', 'aria-live': 'polite' });
  main.append(h('section', { class: 'card' }, h('h2', {}, t('import.title')), h('p', {}, t('import.intro')),
    form({ class: 'inline', 'aria-label': t('import.title') }, async (f) => {
      const file = f.querySelector('input[type=file]').files[0];
      if (!file) throw new Problem({ code: 'field-required', field: 'file' });
      const p = await upload(file, preview);
      if (p) previewView(p, preview);
    }, (() => { const id = nextId('file'); return h('div', { class: 'field' }, h('label', { for: id }, t('import.file')), h('input', { id, name: 'file', type: 'file', accept: '.csv,.vcf,.txt,text/csv,text/vcard' })); })(),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, t('import.submit'))))),
  preview,
  h('section', { class: 'card' }, h('h2', {}, t('export.title')), h('ul', {},
    h('li', {}, h('a', { href: '/admin/api/export.vcf', download: 'kortelijn-partners.vcf' }, t('export.link'))),
    h('li', {}, h('a', { href: '/admin/api/export.vcf?version=3.0', download: 'kortelijn-partners-3.vcf' }, t('export.link3'))),
    h('li', {}, h('a', { href: '/admin/api/export.csv', download: 'kortelijn-partners.csv' }, t('export.csv'))))));
}
