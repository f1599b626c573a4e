// Importing a CSV or vCard file of partners.
import { t } from './i18n.js';
import { Problem, api, form, h, load, nextId } from './ui.js';

export function viewImport(main) {
  main.append(h('h1', {}, t('nav.import')));
  const result = h('div', { 'aria-live': 'polite' });
  main.append(h('section', { class: 'card' }, h('h2', {}, t('import.title')), h('p', {}, t('import.intro')),
    form({ class: 'inline', 'aria-label': t('import.title') }, async (f) => {
      const file = f.querySelector('input[type=file]').files[0];
      if (!file) throw new Problem({ code: 'field-required', field: 'file' });
      const text = await file.text();
      const type = /\.(vcf|vcard)$/i.test(file.name) || text.trimStart().toUpperCase().startsWith('BEGIN:VCARD') ? 'text/vcard' : 'text/csv';
      const r = await api('POST', '/import', text, type);
      await load();
      result.replaceChildren(h('p', {}, t('import.done', r.organisations, r.functions, r.persons_created, r.persons_updated)),
        r.skipped.length ? h('p', { class: 'muted' }, t('import.skipped', r.skipped.map((s) => s.line).join(', '))) : null);
    }, (() => { const id = nextId('file'); return h('div', { class: 'field' }, h('label', { for: id }, t('import.file')), h('input', { id, name: 'file', type: 'file', accept: '.csv,.vcf,text/csv,text/vcard' })); })(),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, t('import.submit')))), result),
  h('section', { class: 'card' }, h('h2', {}, t('export.title')), h('p', {}, h('a', { href: '/admin/api/export.vcf', download: 'kortelijn-partners.vcf' }, t('export.link')))));
}
