// Issue 15 in headless chromium against a real kortelijn-server: a coordinator decides per
// person whether function and times at school reach parents, and per presence window
// whether it does; the parents' page and the poster show them only when public.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Server, browser, login, newAdminPage } from './support.mjs';

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

const newPage = (viewport) => newAdminPage(chrome, viewport);

// What a parent's browser gets: the page's visible text (no JavaScript needed there).
async function parentSees(path) {
  const context = await chrome.newContext({ locale: 'nl-NL', javaScriptEnabled: false });
  const page = await context.newPage();
  const response = await page.goto(server.url + path);
  const text = response.status() === 200 ? await page.locator('body').innerText() : '';
  await context.close();
  return { status: response.status(), text };
}

test('function and presence reach the parents\' page and poster only when public', async () => {
  const page = await newPage();
  await login(page, server);
  await page.getByRole('link', { name: 'Nieuwe partner' }).click();
  await page.getByLabel('Naam', { exact: true }).fill('Logopedie De Klank');
  await page.getByRole('checkbox', { name: 'Openbaar: Naam' }).check();
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await page.getByRole('heading', { level: 1, name: 'Logopedie De Klank' }).waitFor();

  // A new person: the form says that function and times start public, and they do.
  await page.getByRole('button', { name: 'Persoon toevoegen' }).click();
  const add = page.getByRole('form', { name: 'Persoon toevoegen' });
  await add.getByText('Voor een nieuwe persoon staan functie en tijden op school al aan als openbaar').waitFor();
  assert.equal(await add.getByRole('checkbox', { name: 'Functie openbaar' }).isChecked(), true);
  assert.equal(await add.getByRole('checkbox', { name: 'Tijden op school openbaar' }).isChecked(), true);
  await add.getByLabel('Voornaam', { exact: true }).fill('Noor');
  await add.getByLabel('Achternaam', { exact: true }).fill('Klank');
  await add.getByRole('checkbox', { name: 'Openbaar: Voornaam' }).check();
  await add.getByRole('checkbox', { name: 'Openbaar: Achternaam' }).check();
  await add.getByRole('button', { name: 'Opslaan' }).click();
  const person = page.locator('li[data-person]', { hasText: 'Noor Klank' });
  await person.waitFor();

  await page.getByRole('button', { name: 'Functie toevoegen' }).click();
  await page.getByRole('form', { name: 'Functie toevoegen' }).getByLabel('Functie').fill('Logopedist');
  await page.getByRole('form', { name: 'Functie toevoegen' }).getByRole('button', { name: 'Opslaan' }).click();
  const fn = page.locator('li[data-function]', { hasText: 'Logopedist' });
  await fn.waitFor();
  await fn.getByRole('button', { name: 'Overdragen' }).click();
  const handover = page.getByRole('form', { name: 'Functie overdragen aan een opvolger' });
  await handover.getByLabel('Opvolger').selectOption({ label: 'Noor Klank' });
  await handover.getByRole('button', { name: 'Overdragen' }).click();
  await page.locator('li[data-function]', { hasText: 'Nu: Noor Klank' }).waitFor();

  // Two windows: Tuesday for parents, Thursday (team meeting) within the school.
  const presence = page.getByRole('form', { name: 'Aanwezigheid toevoegen' });
  await presence.getByText('Nieuwe tijden zijn openbaar voor ouders').waitFor();
  assert.equal(await presence.getByRole('checkbox', { name: 'Openbaar voor ouders' }).isChecked(), true);
  await presence.getByLabel('Dag').selectOption({ label: 'dinsdag' });
  await presence.getByLabel('Van').fill('08:30');
  await presence.getByLabel('Tot').fill('12:00');
  await presence.getByLabel('Kamer of plek').fill('ouderkamer');
  await presence.getByLabel('Persoon').selectOption({ label: 'Noor Klank' });
  await presence.getByRole('button', { name: 'Aanwezigheid toevoegen' }).click();
  await page.locator('li[data-presence]', { hasText: 'dinsdag 8:30–12:00' }).waitFor();
  const again = page.getByRole('form', { name: 'Aanwezigheid toevoegen' });
  await again.getByLabel('Dag').selectOption({ label: 'donderdag' });
  await again.getByLabel('Van').fill('13:00');
  await again.getByLabel('Tot').fill('14:00');
  await again.getByLabel('Kamer of plek').fill('teamkamer');
  await again.getByLabel('Persoon').selectOption({ label: 'Noor Klank' });
  await again.getByRole('checkbox', { name: 'Openbaar voor ouders' }).uncheck();
  await again.getByRole('button', { name: 'Aanwezigheid toevoegen' }).click();
  const thursday = page.locator('li[data-presence]', { hasText: 'donderdag 13:00–14:00' });
  await thursday.waitFor();
  assert.match(await thursday.textContent(), /alleen school/);

  const link = await person.getByRole('link', { name: 'Openbare pagina' }).getAttribute('href');
  let seen = await parentSees(link);
  assert.equal(seen.status, 200);
  assert.match(seen.text, /Logopedist/);
  assert.match(seen.text, /dinsdag 8:30-12:00, ouderkamer/);
  assert.doesNotMatch(seen.text, /donderdag|teamkamer/, 'the internal window stays within the school');
  let poster = await parentSees(link + '/poster');
  assert.match(poster.text, /Logopedist/);
  assert.match(poster.text, /dinsdag 8:30-12:00, ouderkamer/);
  assert.doesNotMatch(poster.text, /teamkamer/);

  // The coordinator takes function and times off the public card: both disappear.
  await person.getByRole('button', { name: 'Bewerken' }).click();
  const edit = page.getByRole('form', { name: 'Noor Klank' });
  await edit.getByRole('checkbox', { name: 'Functie openbaar' }).uncheck();
  await edit.getByRole('checkbox', { name: 'Tijden op school openbaar' }).uncheck();
  await edit.getByRole('button', { name: 'Opslaan' }).click();
  await edit.waitFor({ state: 'detached' });
  seen = await parentSees(link);
  assert.match(seen.text, /Noor Klank/);
  assert.doesNotMatch(seen.text, /Logopedist|dinsdag|Op school/);
  poster = await parentSees(link + '/poster');
  assert.doesNotMatch(poster.text, /Logopedist|dinsdag/);
  const vcard = await (await fetch(server.url + link + '.vcf')).text();
  assert.doesNotMatch(vcard, /TITLE|NOTE/);
  assert.deepEqual(page.errors, []);
});

test('roles with a deputy, warnings for gaps, partners owned by a role, the picture, and phones get the roles', async () => {
  const page = await newPage();
  const teacher = await server.enroll('teacher');
  await login(page, server);
  await page.getByRole('link', { name: 'Nieuwe partner' }).click();
  await page.getByLabel('Naam', { exact: true }).fill('Bibliotheek Lezen & Zo');
  await page.getByLabel('Soort', { exact: true }).selectOption('bibliotheek');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await page.getByRole('heading', { level: 1, name: 'Bibliotheek Lezen & Zo' }).waitFor();
  const orgId = decodeURIComponent(new URL(page.url()).hash.split('/')[1]);

  await page.getByRole('link', { name: 'Rollen' }).click();
  const add = page.getByRole('form', { name: 'Rol toevoegen' });
  await add.getByText('Alleen namen van collega’s; nooit gegevens van leerlingen.').waitFor();
  await add.getByLabel('Rol', { exact: true }).fill('Leescoördinator');
  await add.getByLabel('Houder (collega)').fill('Marieke Jansen');
  await add.getByRole('button', { name: 'Toevoegen' }).click();
  const role = page.locator('li[data-role]', { hasText: 'Leescoördinator' });
  await role.waitFor();
  const roleId = await role.getAttribute('data-role');
  await page.locator('[data-warning="no-deputy"] li', { hasText: 'Leescoördinator' }).waitFor();
  await page.locator('[data-warning="no-owner"] li', { hasText: 'Bibliotheek Lezen & Zo' }).waitFor();

  // The picture marks the gap: the role without a deputy, the partner without an owner.
  let svg = await page.evaluate(async () => (await fetch('/admin/api/organogram.svg')).text());
  let doc = await page.evaluate((text) => {
    const d = new DOMParser().parseFromString(text, 'image/svg+xml');
    return { error: d.querySelector('parsererror') !== null, noDeputy: [...d.querySelectorAll('.no-deputy')].map((g) => g.getAttribute('data-role')),
      ownerless: [...d.querySelectorAll('.no-owner [data-partner]')].map((g) => g.getAttribute('data-partner')), scripts: d.querySelectorAll('script').length };
  }, svg);
  assert.equal(doc.error, false);
  assert.equal(doc.scripts, 0);
  assert.ok(doc.noDeputy.includes(roleId));
  assert.ok(doc.ownerless.includes(orgId));

  // A deputy and an owner: both warnings go, and the partner sits under the role.
  await role.getByRole('button', { name: 'Bewerken' }).click();
  await role.getByLabel('Vervanger (collega)').fill('Youssef El Amrani');
  await role.getByRole('button', { name: 'Opslaan' }).click();
  await page.locator('li[data-role]', { hasText: 'vervanger: Youssef El Amrani' }).waitFor();
  assert.equal(await page.locator('[data-warning="no-deputy"] li', { hasText: 'Leescoördinator' }).count(), 0);
  await page.goto(server.url + '/admin/#partner/' + orgId);
  await page.getByLabel('Eigenaar op school (rol)').selectOption({ label: 'Leescoördinator (Marieke Jansen)' });
  await page.getByRole('form', { name: 'Gegevens' }).getByRole('button', { name: 'Opslaan' }).click();
  await page.getByText('Vast aanspreekpunt: Marieke Jansen (vervanger: Youssef El Amrani)').waitFor();
  await page.goto(server.url + '/admin/#roles');
  await page.locator('li[data-role]', { hasText: 'Leescoördinator' }).filter({ hasText: '1 partner' }).waitFor();
  assert.equal(await page.locator('[data-warning="no-owner"] li', { hasText: 'Bibliotheek Lezen & Zo' }).count(), 0);
  await page.locator('img#organogram').waitFor();
  assert.ok(await page.locator('img#organogram').evaluate((img) => img.complete && img.naturalWidth > 0), 'the picture shows');
  svg = await page.evaluate(async () => (await fetch('/admin/api/organogram.svg')).text());
  doc = await page.evaluate(([text, roleId, orgId]) => {
    const d = new DOMParser().parseFromString(text, 'image/svg+xml');
    const g = d.querySelector(`[data-role="${roleId}"]`);
    return { roleCount: d.querySelectorAll(`[data-role="${roleId}"]`).length, gap: g.classList.contains('gap'),
      partnerCount: d.querySelectorAll(`[data-partner="${orgId}"]`).length,
      people: [...d.querySelectorAll('[data-person]')].map((p) => p.getAttribute('data-person')) };
  }, [svg, roleId, orgId]);
  assert.equal(doc.roleCount, 1);
  assert.equal(doc.gap, false);
  assert.equal(doc.partnerCount, 1);
  assert.equal(doc.people.filter((p) => p === 'Marieke Jansen').length, 1);
  assert.equal(doc.people.filter((p) => p === 'Youssef El Amrani').length, 1);

  // Printed (A4 or A3, landscape): the picture alone on one page, without the admin around it.
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('nav').first().isVisible(), false);
  assert.equal(await page.locator('#organogram').isVisible(), true);
  for (const format of ['A4', 'A3']) {
    const file = join(tmpdir(), `kl-organogram-${process.pid}-${format}.pdf`);
    await page.pdf({ path: file, format, landscape: true, printBackground: true });
    const info = execFileSync('pdfinfo', [file]).toString();
    rmSync(file);
    assert.match(info, /Pages:\s+1\n/, info);
    const [, w, h] = info.match(/Page size:\s+([\d.]+) x ([\d.]+) pts/);
    assert.ok(Number(w) > Number(h), `landscape ${format}: ${info}`);
  }
  await page.emulateMedia({ media: 'screen' });

  // A hand-over inside the school is one change on the role; phones get the roles.
  const { rows } = await server.pull(teacher.token);
  assert.equal(rows.get('school_roles/' + roleId).holder, 'Marieke Jansen');
  assert.equal(rows.get('school_roles/' + roleId).deputy, 'Youssef El Amrani');
  assert.equal(rows.get('organisations/' + orgId).owner_role, roleId);

  // A role that goes leaves its partners without an owner, not pointing at nothing.
  await page.locator('li[data-role]', { hasText: 'Leescoördinator' }).getByRole('button', { name: 'Verwijderen' }).click();
  await page.locator('[data-warning="no-owner"] li', { hasText: 'Bibliotheek Lezen & Zo' }).waitFor();
  const after = (await server.pull(teacher.token)).rows;
  assert.equal(after.has('school_roles/' + roleId), false);
  assert.equal(after.get('organisations/' + orgId).owner_role, '');
  assert.equal(after.get('organisations/' + orgId).internal_contact, '');
  assert.deepEqual(page.errors, []);
});
