// The import in headless chromium against a real kortelijn-server, in Dutch: a Windows-1252
// CSV with Excel's "sep=;" line and a column the server does not recognise is uploaded, the
// preview shows the detected encoding and delimiter and a skipped row with its reason, the
// column is mapped by hand, confirming without leaving out the bad row writes nothing, and
// confirming with it runs the job to the end with a progress bar. The exported vCards are
// then read by an independent parser from npm (vcf). A bigger file shows the preview's
// own progress bar and can be cancelled while it is read (the server waits after each
// batch of rows until the test lets it go on: no timing decides what is seen).
// In English, the rows' reasons come in English too (the admin sends its language with the upload).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import vCard from 'vcf';
import { Server, browser, clientAddress, login } from './support.mjs';

let server;
let chrome;

before(async () => {
  server = await new Server().start();
  chrome = await browser();
});

after(async () => {
  await chrome?.close();
  await server?.stop();
});

// Windows-1252 as Excel writes it on a Dutch Windows (é = 0xE9, ë = 0xEB).
function cp1252(text) {
  return Buffer.from([...text].map((c) => { const n = c.codePointAt(0); if (n > 255) throw new Error(c); return n; }));
}

test('upload, preview, mapping and confirm, in Dutch', async () => {
  const context = await chrome.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL', extraHTTPHeaders: { 'X-Real-IP': clientAddress() } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await login(page, server);
  await page.locator('#partner-list li').first().waitFor();
  await page.goto(server.url + '/admin/#import');

  const file = path.join(mkdtempSync(path.join(tmpdir(), 'kl-import-')), 'partners.csv');
  writeFileSync(file, cp1252('sep=;\r\norganisatie;wie;achternaam;mobiel\r\n'
    + 'Buurthuis Zoë;René;de Boer;0612121212\r\n'
    + 'Buurthuis Zoë;Lars;Peters;12\r\n'));
  await page.getByLabel('Bestand').setInputFiles(file);
  await page.getByRole('button', { name: 'Bekijken' }).click();
  await page.getByRole('heading', { name: 'Voorbeeld van de import' }).waitFor();
  const facts = await page.locator('dl.facts').textContent();
  assert.match(facts, /windows-1252/);
  assert.match(facts, /Scheidingsteken;/);
  const table = page.getByRole('table', { name: 'Voorbeeld van de import' });
  // "wie" is not a header the server knows: nobody has a name yet.
  await table.getByRole('row').filter({ hasText: 'de Boer' }).filter({ hasText: 'nieuw' }).waitFor();

  await page.getByLabel('wie').selectOption({ label: 'Voornaam' });
  await page.getByRole('button', { name: 'Koppeling toepassen' }).click();
  await table.getByRole('row').filter({ hasText: 'René de Boer' }).filter({ hasText: 'nieuw' }).waitFor();
  const bad = table.getByRole('row').filter({ hasText: 'Lars Peters' });
  await bad.filter({ hasText: 'overgeslagen' }).waitFor();
  assert.match(await bad.textContent(), /mobiel nummer ‘12’ is geen geldig telefoonnummer/);

  // Without leaving the bad row out nothing is written, and the page says why.
  await page.getByRole('button', { name: 'Importeren', exact: true }).last().click();
  await page.getByRole('alert').filter({ hasText: 'Niet alle regels kunnen worden geïmporteerd' }).waitFor();
  const before = await page.evaluate(async () => (await (await fetch('/admin/api/rows')).json()).tables.persons.length);

  await page.getByLabel('De 1 overgeslagen regels weglaten en de rest importeren').check();
  await page.getByRole('button', { name: 'Importeren', exact: true }).last().click();
  await page.getByRole('status').filter({ hasText: /^Klaar: / }).waitFor();
  assert.ok(await page.getByRole('progressbar', { name: 'Voortgang van de import' }).isVisible());
  const persons = await page.evaluate(async () => (await (await fetch('/admin/api/rows')).json()).tables.persons);
  assert.equal(persons.length, before + 1);
  const rene = persons.find((p) => p.given_name === 'René');
  assert.equal(rene.family_name, 'de Boer');
  assert.equal(rene.mobile, '+31612121212');
  assert.ok(!persons.some((p) => p.given_name === 'Lars'));

  // The export, read by an independent parser (npm vcf), in both versions.
  for (const version of ['4.0', '3.0']) {
    const text = await page.evaluate(async (v) => (await fetch('/admin/api/export.vcf?version=' + v)).text(), version);
    const cards = vCard.parse(text);
    assert.ok(cards.length >= persons.length);
    const card = cards.find((c) => c.get('fn').valueOf() === 'René de Boer');
    assert.ok(card, 'René is exported');
    assert.equal(card.version, version);
    assert.equal(card.get('org').valueOf(), 'Buurthuis Zoë');
    const uid = card.get('uid').valueOf();
    assert.equal(uid, 'urn:uuid:' + rene.id, 'UID once');
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test('a big file: the preview shows its progress and can be cancelled, in Dutch', async () => {
  const paused = await new Server({ env: { KL_PAUSE_AT: 'server-import-batch-planned' } }).start();
  const waitForPause = () => new Promise((resolve) => {
    const check = () => { if (paused.stderr.includes('KL_PAUSED')) { paused.stderr = ''; resolve(); } else setTimeout(check, 20); };
    check();
  });
  const context = await chrome.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL', extraHTTPHeaders: { 'X-Real-IP': clientAddress() } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  try {
    await login(page, paused);
    await page.locator('#partner-list li').first().waitFor();
    await page.goto(paused.url + '/admin/#import');
    const before = await page.evaluate(async () => (await (await fetch('/admin/api/rows')).json()).tables.persons.length);
    let csv = 'organisatie;voornaam;achternaam\r\n';
    for (let i = 1; i <= 2500; i++) csv += `Buurthuis ${i % 20};Voor${i};Achter${i}\r\n`;
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'kl-import-')), 'groot.csv');
    writeFileSync(file, csv);
    await page.getByLabel('Bestand').setInputFiles(file);
    await page.getByRole('button', { name: 'Bekijken' }).click();
    await waitForPause(); // the first 1,000 rows are planned
    const bar = page.getByRole('progressbar', { name: 'Voortgang van het voorbeeld' });
    await bar.waitFor();
    await page.getByText(/Het bestand wordt gelezen en vergeleken met de schoollijst… [1-9]\d* %/).waitFor();
    assert.ok(Number(await bar.getAttribute('value')) > 0);
    const cancelled = page.waitForResponse((r) => r.url().endsWith('/cancel') && r.status() === 200);
    await page.getByRole('button', { name: 'Annuleren' }).click();
    await cancelled;
    paused.proc.stdin.write('\n'); // on to the next batch, where the job sees the cancel
    await page.getByRole('status').filter({ hasText: 'Gestopt: er is geen voorbeeld gemaakt en niets gewijzigd.' }).waitFor();
    const after = await page.evaluate(async () => (await (await fetch('/admin/api/rows')).json()).tables.persons.length);
    assert.equal(after, before);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
    paused.proc.stdin.end(); // a job still waiting at the seam goes on, so the server can stop
    await paused.stop();
  }
});

test('the preview speaks the admin\'s language: English', async () => {
  const context = await chrome.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL', extraHTTPHeaders: { 'X-Real-IP': clientAddress() } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await login(page, server); // the sign-in form in Dutch, then the coordinator's choice
  await page.locator('#partner-list li').first().waitFor();
  await page.evaluate(() => localStorage.setItem('kl.lang', 'en'));
  await page.goto(server.url + '/admin/#import');
  await page.reload();
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'kl-import-')), 'partners.csv');
  writeFileSync(file, 'organisatie;voornaam;achternaam;tweede voornaam;mobiel;andere telefoonnummers;notitie\r\n'
    + 'Bibliotheek Oost;Sara;Visser;Anne;0612121299;020 123 4567 ::: 030 765 4321;Elke dinsdag\r\n'
    + 'Bibliotheek Oost;Tim;Bos;;0612121298;12;\r\n');
  await page.getByLabel('File').setInputFiles(file);
  await page.getByRole('button', { name: 'Preview' }).click();
  await page.getByRole('heading', { name: 'Import preview' }).waitFor();
  const table = page.getByRole('table', { name: 'Import preview' });
  const bad = table.getByRole('row').filter({ hasText: 'Tim Bos' });
  await bad.waitFor();
  assert.match(await bad.textContent(), /other phone number ‘12’ is not a valid phone number/);
  const good = table.getByRole('row').filter({ hasText: 'Sara Anne Visser' });
  assert.match(await good.textContent(), /new person/);
  assert.deepEqual(errors, []);
  await context.close();
});
