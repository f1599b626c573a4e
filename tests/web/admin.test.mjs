// The coordinator web UI in headless chromium against a real kortelijn-server: what a
// coordinator does in the browser must reach the phones' sync (checked with a teacher's
// device token on the real pull endpoint), and the admin must hold against scripts in
// names, missing CSRF tokens, password guessing and device tokens.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Server, browser, login, PASSWORD, newAdminPage } from './support.mjs';

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

const byName = (rows, table, name) => [...rows.entries()].find(([k, f]) => k.startsWith(table + '/') && f.name === name);

test('signs in, refuses a wrong password in Dutch, and signs out', async () => {
  const page = await newPage();
  await page.goto(server.url + '/admin/');
  await page.getByRole('button', { name: 'Aanmelden' }).waitFor();
  assert.equal(await page.getByRole('button', { name: 'Afmelden' }).isVisible(), false);
  assert.equal(await page.getByRole('navigation').isVisible(), false);
  await login(page, server, server.coordinator.email, 'niet-het-wachtwoord');
  await page.getByRole('alert').filter({ hasText: 'E-mailadres of wachtwoord klopt niet.' }).waitFor();
  await login(page, server);
  await page.locator('#partner-list li').first().waitFor();
  assert.match(await page.locator('#school').textContent(), /De Regenboog/);
  const cookies = await page.context().cookies();
  const session = cookies.find((c) => c.name === 'kl_admin');
  assert.ok(session, 'a session cookie');
  assert.equal(session.httpOnly, true);
  assert.equal(session.sameSite, 'Strict');
  await page.getByRole('button', { name: 'Afmelden' }).click();
  await page.getByRole('button', { name: 'Aanmelden' }).waitFor();
  const after = await page.evaluate(async () => (await fetch('/admin/api/rows')).status);
  assert.equal(after, 401, 'the session is gone on the server too');
  assert.deepEqual(page.errors, []);
});

test('creates a partner named with <script>, shows it as text everywhere, and phones get it', async () => {
  const page = await newPage();
  const teacher = await server.enroll('teacher');
  await login(page, server);
  await page.getByRole('link', { name: 'Nieuwe partner' }).click();
  const evil = '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2"> Logopedie';
  await page.getByLabel('Naam', { exact: true }).fill(evil);
  await page.getByLabel('Soort', { exact: true }).selectOption('zorg');
  await page.getByLabel('Plaats', { exact: true }).fill('Utrecht');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await page.getByRole('heading', { level: 1, name: evil }).waitFor();
  // Everywhere it appears: heading, list, audit log; as text, never as markup.
  await page.goto(server.url + '/admin/#partners');
  await page.getByLabel('Zoeken').fill('Logopedie');
  await page.locator('#partner-list a', { hasText: '<script>' }).waitFor();
  await page.goto(server.url + '/admin/#audit');
  await page.locator('#audit td', { hasText: '<script>' }).first().waitFor();
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.equal(await page.locator('img[src=x]').count(), 0);
  assert.equal(await page.evaluate(() => [...document.scripts].filter((s) => s.textContent.includes('pwned')).length), 0);
  // The phone's next sync has it.
  const pulled = await server.pull(teacher.token);
  const row = byName(pulled.rows, 'organisations', evil);
  assert.ok(row, 'the new partner reaches the teacher\'s pull');
  assert.equal(row[1].category, 'zorg');
  assert.deepEqual(page.errors, []);
});

test('marks fields public on a partner and a person; the phones get the visibility', async () => {
  const page = await newPage();
  const teacher = await server.enroll('teacher');
  await login(page, server);
  await page.getByRole('link', { name: 'Nieuwe partner' }).click();
  await page.getByLabel('Naam', { exact: true }).fill('Logopediepraktijk Overvecht');
  await page.getByLabel('Website', { exact: true }).fill('https://logopedie.example');
  await page.getByRole('checkbox', { name: 'Openbaar: Naam' }).check();
  await page.getByRole('checkbox', { name: 'Openbaar: Website' }).check();
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await page.getByRole('heading', { level: 1, name: 'Logopediepraktijk Overvecht' }).waitFor();
  await page.getByRole('button', { name: 'Persoon toevoegen' }).click();
  const add = page.getByRole('form', { name: 'Persoon toevoegen' });
  await add.getByLabel('Voornaam', { exact: true }).fill('Fenna');
  await add.getByLabel('Achternaam', { exact: true }).fill('Bakker');
  await add.getByLabel('Mobiel', { exact: true }).fill('06-12345678');
  await add.getByLabel('Vaste telefoon', { exact: true }).fill('030 123 4567');
  await add.getByRole('checkbox', { name: 'Openbaar: Voornaam' }).check();
  await add.getByRole('checkbox', { name: 'Openbaar: Mobiel' }).check();
  await add.getByRole('button', { name: 'Opslaan' }).click();
  await page.locator('li[data-person]', { hasText: 'Fenna Bakker' }).waitFor();
  assert.match(await page.locator('li[data-person]', { hasText: 'Fenna Bakker' }).textContent(), /06 12345678 · 030 1234567/);

  const { rows } = await server.pull(teacher.token);
  const [, org] = byName(rows, 'organisations', 'Logopediepraktijk Overvecht');
  const orgVis = JSON.parse(org.visibility);
  assert.equal(orgVis.fields.name, 'public');
  assert.equal(orgVis.fields.website, 'public');
  assert.equal(orgVis.fields.street, undefined, 'unticked fields stay with the school');
  const person = [...rows.values()].find((f) => f.given_name === 'Fenna');
  const vis = JSON.parse(person.visibility);
  assert.deepEqual(Object.keys(vis.fields).sort(), ['function', 'given_name', 'mobile', 'presence'], 'function and times start public (the form says so)');
  assert.equal(vis.default, 'school');
  assert.equal(person.mobile, '+31612345678');

  // A bad phone number is refused in Dutch and nothing is written.
  await page.locator('li[data-person]', { hasText: 'Fenna Bakker' }).getByRole('button', { name: 'Bewerken' }).click();
  const edit = page.getByRole('form', { name: 'Fenna Bakker' });
  await edit.getByLabel('Mobiel', { exact: true }).fill('bel maar');
  await edit.getByRole('button', { name: 'Opslaan' }).click();
  await edit.getByRole('alert').filter({ hasText: '“Mobiel” is geen geldig telefoonnummer.' }).waitFor();
  const again = await server.pull(teacher.token);
  assert.equal([...again.rows.values()].find((f) => f.given_name === 'Fenna').mobile, '+31612345678');
});

test('gives a person a photo that phones and parents see, and takes it away again', async () => {
  const page = await newPage();
  const teacher = await server.enroll('teacher');
  await login(page, server);
  await page.getByRole('link', { name: 'Nieuwe partner' }).click();
  await page.getByLabel('Naam', { exact: true }).fill('Bibliotheek Zuilen');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await page.getByRole('heading', { level: 1, name: 'Bibliotheek Zuilen' }).waitFor();
  await page.getByRole('button', { name: 'Persoon toevoegen' }).click();
  const add = page.getByRole('form', { name: 'Persoon toevoegen' });
  await add.getByLabel('Voornaam', { exact: true }).fill('Iris');
  await add.getByLabel('Achternaam', { exact: true }).fill('Vos');
  await add.getByRole('checkbox', { name: 'Openbaar: Voornaam' }).check();
  await add.getByRole('checkbox', { name: 'Openbaar: Achternaam' }).check();
  await add.getByRole('button', { name: 'Opslaan' }).click();
  const item = page.locator('li[data-person]', { hasText: 'Iris Vos' });
  await item.getByRole('button', { name: 'Bewerken' }).click();
  const edit = page.getByRole('form', { name: 'Iris Vos' });

  // A camera-sized picture made in the page itself: red face-sized disc on white.
  const picture = Buffer.from(await page.evaluate(() => {
    const c = document.createElement('canvas');
    c.width = 2400; c.height = 1800;
    const g = c.getContext('2d');
    g.fillStyle = '#fff'; g.fillRect(0, 0, c.width, c.height);
    g.fillStyle = '#c00'; g.beginPath(); g.arc(1200, 900, 600, 0, 2 * Math.PI); g.fill();
    return c.toDataURL('image/png').split(',')[1];
  }), 'base64');
  await edit.locator('input[type=file]').setInputFiles({ name: 'iris.png', mimeType: 'image/png', buffer: picture });
  await page.locator('#toast', { hasText: 'Foto opgeslagen.' }).waitFor();
  await item.getByRole('button', { name: 'Bewerken' }).click();
  const face = page.getByRole('img', { name: 'Foto van Iris Vos' });
  await face.waitFor();
  const natural = await face.evaluate((img) => [img.naturalWidth, img.naturalHeight]);
  assert.deepEqual(natural, [512, 384], 'stored at most 512 px wide');

  // Not a picture: explained in Dutch, the photo stays.
  await edit.locator('input[type=file]').setInputFiles({ name: 'notities.png', mimeType: 'image/png', buffer: Buffer.from('geen foto') });
  await edit.getByRole('alert').filter({ hasText: 'Dit bestand is geen foto die we kunnen lezen.' }).waitFor();
  assert.ok(await face.isVisible());

  // Public on the parents' page once ticked; the phone has it too.
  await edit.getByRole('checkbox', { name: 'Openbaar: Foto' }).check();
  await edit.getByRole('button', { name: 'Opslaan' }).click();
  await page.locator('#toast', { hasText: 'Opgeslagen.' }).waitFor();
  const pageUrl = server.publicPageOf('Iris Vos');
  assert.ok(pageUrl, 'Iris Vos is published');
  // The admin links to the same page and to its poster.
  assert.equal(await item.getByRole('link', { name: 'Openbare pagina van Iris Vos' }).getAttribute('href'), new URL(pageUrl).pathname);
  const posterHref = await item.getByRole('link', { name: 'Poster van Iris Vos om te printen' }).getAttribute('href');
  assert.equal((await page.request.get(server.url + posterHref)).status(), 200);
  const parent = await newPage({ width: 390, height: 844 });
  await parent.goto(pageUrl);
  const publicFace = parent.getByRole('img', { name: 'Foto van Iris Vos' });
  await publicFace.waitFor();
  assert.ok(await publicFace.evaluate((img) => img.complete && img.naturalWidth === 512));
  let pulled = await server.pull(teacher.token);
  let person = [...pulled.rows.values()].find((f) => f.given_name === 'Iris' && f.family_name === 'Vos');
  assert.ok(person.photo && Buffer.from(person.photo, 'base64').subarray(0, 2).equals(Buffer.from([0xff, 0xd8])), 'a JPEG reaches the phone');

  // Removed: gone for the admin, the parents and the phone.
  await item.getByRole('button', { name: 'Bewerken' }).click();
  await page.getByRole('form', { name: 'Iris Vos' }).getByRole('button', { name: 'Foto verwijderen' }).click();
  await page.locator('#toast', { hasText: 'Foto verwijderd.' }).waitFor();
  await item.getByRole('button', { name: 'Bewerken' }).click();
  await page.getByRole('form', { name: 'Iris Vos' }).getByRole('button', { name: 'Foto kiezen' }).waitFor();
  assert.equal(await page.getByRole('img', { name: 'Foto van Iris Vos' }).count(), 0);
  await parent.goto(pageUrl);
  assert.equal(await parent.getByRole('img', { name: 'Foto van Iris Vos' }).count(), 0);
  pulled = await server.pull(teacher.token);
  person = [...pulled.rows.values()].find((f) => f.given_name === 'Iris' && f.family_name === 'Vos');
  assert.ok(!person.photo, 'the phone loses the photo too');
  assert.deepEqual(page.errors, []);
});

test('keeps the school\'s locations, with coordinates pasted from a map app', async () => {
  const page = await newPage();
  const teacher = await server.enroll('teacher');
  await login(page, server);
  await page.getByRole('link', { name: 'Locaties' }).click();
  const add = page.getByRole('form', { name: 'Locatie toevoegen' });
  await add.getByLabel('Naam', { exact: true }).fill('Locatie Noord');
  await add.getByLabel('Breedtegraad', { exact: true }).fill('95');
  await add.getByLabel('Lengtegraad', { exact: true }).fill('5,1130');
  await add.getByRole('button', { name: 'Toevoegen' }).click();
  await add.getByRole('alert').filter({ hasText: '“Breedtegraad” moet tussen -90 en 90 liggen.' }).waitFor();
  await add.getByLabel('Lengtegraad', { exact: true }).fill('');
  await add.getByLabel('Breedtegraad', { exact: true }).fill('52.1050, 5.1130');
  await add.getByLabel('Straal in meters', { exact: true }).fill('200');
  await add.getByRole('button', { name: 'Toevoegen' }).click();
  const row = page.locator('li[data-location]', { hasText: 'Locatie Noord' });
  await row.waitFor();
  assert.match(await row.textContent(), /52\.10500, 5\.11300 · 200 m/);
  const { rows } = await server.pull(teacher.token);
  const [, noord] = byName(rows, 'school_locations', 'Locatie Noord');
  assert.equal(noord.latitude, 52.105);
  assert.equal(noord.longitude, 5.113);
  assert.equal(noord.radius_m, 200);
  assert.deepEqual(page.errors, []);
});

test('hands a function over to a successor', async () => {
  const page = await newPage();
  const teacher = await server.enroll('teacher');
  await login(page, server);
  await page.getByLabel('Zoeken').fill('CJG Overvecht');
  await page.locator('#partner-list a').first().click();
  const fn = page.locator('li[data-function]').first();
  await fn.waitFor();
  const functionId = await fn.getAttribute('data-function');
  const before = (await fn.textContent()).match(/Nu: (.*?)Overdragen/)[1].trim();
  await page.getByRole('button', { name: 'Persoon toevoegen' }).click();
  const add = page.getByRole('form', { name: 'Persoon toevoegen' });
  await add.getByLabel('Voornaam', { exact: true }).fill('Sanne');
  await add.getByLabel('Achternaam', { exact: true }).fill('Opvolger');
  await add.getByRole('button', { name: 'Opslaan' }).click();
  await page.locator('li[data-person]', { hasText: 'Sanne Opvolger' }).waitFor();
  await page.locator(`li[data-function="${functionId}"]`).getByRole('button', { name: 'Overdragen' }).click();
  const handover = page.getByRole('form', { name: 'Functie overdragen aan een opvolger' });
  await handover.getByLabel('Opvolger').selectOption({ label: 'Sanne Opvolger' });
  await handover.getByLabel('Vanaf').fill('2031-09-01');
  await handover.getByRole('button', { name: 'Overdragen' }).click();
  await page.locator(`li[data-function="${functionId}"]`, { hasText: 'Nu: Sanne Opvolger' }).waitFor();
  assert.notEqual(before, 'Sanne Opvolger');

  const { rows } = await server.pull(teacher.token);
  const holdings = [...rows.entries()].filter(([k, f]) => k.startsWith('holdings/') && f.function_id === functionId).map(([, f]) => f);
  const current = holdings.filter((h) => !h.until);
  assert.equal(current.length, 1);
  assert.equal(current[0].since, '2031-09-01');
  assert.ok(holdings.some((h) => h.until === '2031-08-31'), 'the previous holder\'s holding ends the day before');
});

test('adds and edits presence and the school\'s quick lines', async () => {
  const page = await newPage();
  const teacher = await server.enroll('teacher');
  await login(page, server);
  await page.getByLabel('Zoeken').fill('CJG Overvecht');
  await page.locator('#partner-list a').first().click();
  const add = page.getByRole('form', { name: 'Aanwezigheid toevoegen' });
  await add.getByLabel('Dag').selectOption({ label: 'donderdag' });
  await add.getByLabel('Van').fill('13:00');
  await add.getByLabel('Tot').fill('12:00');
  await add.getByRole('button', { name: 'Aanwezigheid toevoegen' }).click();
  await add.getByRole('alert').filter({ hasText: 'De eindtijd moet na de begintijd liggen.' }).waitFor();
  await add.getByLabel('Tot').fill('15:30');
  await add.getByLabel('Kamer of plek').fill('kamer 12');
  await add.getByRole('button', { name: 'Aanwezigheid toevoegen' }).click();
  const item = page.locator('li[data-presence]', { hasText: 'donderdag 13:00–15:30' });
  await item.waitFor();
  const presenceId = await item.getAttribute('data-presence');
  await item.getByRole('button', { name: 'Bewerken' }).click();
  await item.getByLabel('Kamer of plek').fill('kamer 14');
  await item.getByRole('button', { name: 'Opslaan' }).click();
  await page.locator('li[data-presence]', { hasText: 'kamer 14' }).waitFor();

  await page.getByRole('link', { name: 'Snelle lijnen' }).click();
  const lineForm = page.getByRole('form', { name: 'Lijn toevoegen' });
  await lineForm.getByLabel('Naam van de lijn').fill('Zorgen over een leerling');
  await lineForm.getByLabel('Doel').selectOption({ label: 'Functie: Jeugdverpleegkundige (CJG Overvecht)' });
  await lineForm.getByLabel('Bericht').fill('Hallo {voornaam}, mag ik je {dag} even spreken?');
  await lineForm.getByRole('button', { name: 'Toevoegen' }).click();
  const line = page.locator('li[data-line]', { hasText: 'Zorgen over een leerling' });
  await line.waitFor();
  const lineId = await line.getAttribute('data-line');
  await line.getByRole('button', { name: 'Bewerken' }).click();
  await line.getByLabel('Kanaal').selectOption('sms');
  await line.getByRole('button', { name: 'Opslaan' }).click();
  await page.locator(`li[data-line="${lineId}"] .chip`, { hasText: 'Sms' }).waitFor();

  const { rows } = await server.pull(teacher.token);
  const presence = rows.get('presence/' + presenceId);
  assert.deepEqual([presence.weekday, presence.start_min, presence.end_min, presence.room], [4, 780, 930, 'kamer 14']);
  const quick = rows.get('quick_lines/' + lineId);
  assert.equal(quick.channel, 'sms');
  assert.equal(quick.target_kind, 'function');
  assert.equal(quick.origin, 0);
  assert.equal(quick.template, 'Hallo {voornaam}, mag ik je {dag} even spreken?');
});

test('resolves a flag from the queue', async () => {
  const page = await newPage();
  const teacher = await server.enroll('teacher');
  await login(page, server);
  await page.getByRole('link', { name: /Meldingen/ }).click();
  const items = page.locator('#flag-list li[data-flag]');
  await items.first().waitFor();
  const count = await items.count();
  const flagId = await items.first().getAttribute('data-flag');
  await items.first().getByRole('button', { name: 'Melding klopt niet' }).click();
  await page.locator(`li[data-flag="${flagId}"]`).waitFor({ state: 'detached' });
  assert.equal(await items.count(), count - 1);
  const { rows } = await server.pull(teacher.token);
  assert.notEqual(rows.get('flags/' + flagId).resolved, 0);
  await page.getByRole('link', { name: 'Logboek' }).click();
  await page.locator('#audit td', { hasText: 'melding afgewezen' }).first().waitFor();
});

test('revokes a device, which can no longer sync', async () => {
  const page = await newPage();
  const phone = await server.enroll('teacher', 'Telefoon van Karin');
  assert.equal((await server.pull(phone.token)).status, 200);
  await login(page, server);
  await page.getByRole('link', { name: 'Apparaten' }).click();
  await page.locator(`button[data-device="${phone.deviceId}"]`).click();
  await page.locator('#devices tr', { hasText: 'Telefoon van Karin' }).filter({ hasText: 'Losgekoppeld' }).waitFor();
  assert.equal((await server.pull(phone.token)).status, 401);
});

test('makes a staff invite with a QR code', async () => {
  const page = await newPage();
  await login(page, server);
  await page.getByRole('link', { name: 'Apparaten' }).click();
  await page.getByRole('button', { name: 'Uitnodiging maken' }).click();
  const img = page.getByRole('img', { name: 'QR-code van de uitnodiging' });
  await img.waitFor();
  const link = await page.locator('.invite code').textContent();
  assert.match(link, /^kortelijn:\/\/join\?/);
  const box = await img.boundingBox();
  assert.ok(box.width >= 200);
  // The code as the browser draws it decodes, with an independent decoder, to the link.
  const png = path.join(mkdtempSync(path.join(tmpdir(), 'kl-qr-')), 'invite.png');
  await img.screenshot({ path: png });
  assert.equal(execFileSync('zbarimg', ['--raw', '-q', png], { encoding: 'utf8' }).trim(), link);
});

test('puts an overwritten value back from the conflicts list', async () => {
  const page = await newPage();
  await login(page, server);
  await page.getByLabel('Zoeken').fill('GGD regio Utrecht');
  await page.locator('#partner-list a').first().click();
  const orgId = decodeURIComponent(new URL(page.url()).hash.split('/')[1]);
  await page.getByLabel('Website', { exact: true }).fill('https://ggd.example/regenboog');
  await page.getByRole('button', { name: 'Opslaan' }).first().click();
  await page.locator('#toast.show').waitFor();
  // A coordinator's phone that had not seen that edit overwrites the same field.
  const phone = await server.enroll('coordinator', 'Telefoon van Anna');
  const push = await fetch(`${server.url}/api/v1/schools/${server.schoolId}/sync/push`, { method: 'POST',
    headers: { Authorization: 'Bearer ' + phone.token, 'Content-Type': 'application/json' },
    body: JSON.stringify({ client_id: phone.clientId, mutations: [{ id: 1, table: 'organisations', row: orgId, op: 'upsert', base: 1, fields: { website: 'https://ggd.example/anna' } }] }) });
  assert.equal(push.status, 200);
  await page.getByRole('link', { name: 'Conflicten' }).click();
  const row = page.locator('#conflicts tr', { hasText: 'https://ggd.example/regenboog' });
  await row.getByRole('button', { name: 'Terugzetten' }).click();
  await page.locator('#conflicts tr', { hasText: 'https://ggd.example/regenboog' }).filter({ hasText: 'teruggezet' }).waitFor();
  const teacher = await server.enroll('teacher');
  const { rows } = await server.pull(teacher.token);
  assert.equal(rows.get('organisations/' + orgId).website, 'https://ggd.example/regenboog');
});

test('refuses a POST without the CSRF token', async () => {
  const page = await newPage();
  await login(page, server);
  await page.locator('#partner-list li').first().waitFor();
  const result = await page.evaluate(async () => {
    const body = JSON.stringify({ fields: { name: 'Zonder token', category: 'overig' } });
    const bare = await fetch('/admin/api/rows/organisations', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });
    const wrong = await fetch('/admin/api/rows/organisations', { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': 'x'.repeat(43) }, body });
    return { status: bare.status, type: bare.headers.get('content-type'), problem: await bare.json(), wrong: wrong.status };
  });
  assert.equal(result.status, 403);
  assert.equal(result.type, 'application/problem+json');
  assert.equal(result.problem.code, 'csrf-failed');
  assert.equal(result.wrong, 403);
  const rows = await page.evaluate(async () => (await (await fetch('/admin/api/rows')).json()).tables.organisations);
  assert.equal(rows.filter((o) => o.name === 'Zonder token').length, 0);
});

test('a teacher\'s device token does not open the admin', async () => {
  const teacher = await server.enroll('teacher');
  const coordinatorPhone = await server.enroll('coordinator', 'Telefoon van Anna');
  for (const token of [teacher.token, coordinatorPhone.token]) {
    const bearer = await fetch(server.url + '/admin/api/rows', { headers: { Authorization: 'Bearer ' + token } });
    assert.equal(bearer.status, 401);
    assert.equal((await bearer.json()).code, 'device-token-refused');
    const cookie = await fetch(server.url + '/admin/api/rows', { headers: { Cookie: 'kl_admin=' + token } });
    assert.equal(cookie.status, 401, 'a device token is no session either');
  }
  const page = await newPage();
  await page.context().addCookies([{ name: 'kl_admin', value: teacher.token, url: server.url + '/admin/' }]);
  await page.goto(server.url + '/admin/');
  await page.getByRole('button', { name: 'Aanmelden' }).waitFor();
  assert.equal(await page.locator('#nav').isHidden(), true);
});

test('wrong passwords get rate-limited, also for the right one afterwards', async () => {
  const other = server.addCoordinator('Bas Jansen', 'bas@regenboog.nl');
  const page = await newPage();
  await page.goto(server.url + '/admin/');
  let limited = false;
  for (let i = 0; i < 8 && !limited; i++) {
    await page.getByLabel('E-mailadres').fill(other.email);
    await page.getByLabel('Wachtwoord').fill('raden-' + i);
    await page.getByRole('button', { name: 'Aanmelden' }).click();
    const alert = page.getByRole('alert').filter({ hasText: /klopt niet|Te veel pogingen/ });
    await alert.waitFor();
    limited = /Te veel pogingen/.test(await alert.textContent());
    if (i < 5) assert.equal(limited, false, `attempt ${i + 1} is not limited yet`);
  }
  assert.ok(limited, 'the sixth wrong password is refused with 429');
  const status = await page.evaluate(async (email) => (await fetch('/admin/api/login', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email, password: 'regenboog-koffie-42' }) })).status, other.email);
  assert.equal(status, 429, 'the right password waits too, from the address that guessed');
  // Bas himself, from another address, is not locked out by whoever guessed.
  const bas = await newPage();
  await login(bas, server, other.email);
  await bas.locator('#partner-list li').first().waitFor();
  // The failures are in the audit log of the school.
  const anna = await newPage();
  await login(anna, server);
  await anna.getByRole('link', { name: 'Logboek' }).click();
  await anna.locator('#audit tr', { hasText: 'Bas Jansen' }).filter({ hasText: 'mislukte aanmelding' }).first().waitFor();
  assert.equal(PASSWORD, 'regenboog-koffie-42');
});

test('a stored file posing as a photo never runs as a page', async () => {
  // A coordinator device pushes an HTML page as a person's photo: refused with the field.
  const device = await server.enroll('coordinator', 'Laptop van Anna');
  const { rows } = await server.pull(device.token);
  const [key] = [...rows.entries()].find(([k]) => k.startsWith('persons/'));
  const personId = key.split('/')[1];
  const html = '<html><body><script>document.title="PWNED";fetch("/admin/api/logout",{method:"POST"})</script></body></html>';
  const push = await fetch(`${server.url}/api/v1/schools/${server.schoolId}/sync/push`, { method: 'POST',
    headers: { Authorization: 'Bearer ' + device.token, 'Content-Type': 'application/json' },
    body: JSON.stringify({ client_id: device.clientId, mutations: [{ id: 1, table: 'persons', row: personId, op: 'upsert',
      base: 0, fields: { photo: Buffer.from(html).toString('base64') } }] }) });
  const result = (await push.json()).results[0];
  assert.equal(result.status, 'rejected');
  assert.equal(result.field, 'photo');
  // Even a file that got into the database some other way (an older server, a restore) is
  // never served as what its bytes look like.
  execFileSync('python3', ['-c', `import sqlite3, sys, json
db = sqlite3.connect(sys.argv[1])
db.execute("UPDATE rows SET fields = json_set(fields, '$.photo', ?) WHERE rkey = ?", (sys.argv[2], 'persons/' + sys.argv[3]))
db.commit()`, path.join(server.dir, 'kortelijn-server.db'), Buffer.from(html).toString('base64'), personId]);
  const page = await newPage();
  await login(page, server);
  await page.locator('#partner-list li').first().waitFor();
  const answer = await page.goto(`${server.url}/admin/api/persons/${personId}/photo`);
  assert.notEqual(answer.status(), 200);
  assert.doesNotMatch(answer.headers()['content-type'] || '', /html|svg|xml/);
  assert.equal(answer.headers()['x-content-type-options'], 'nosniff');
  assert.match(answer.headers()['content-security-policy'], /default-src 'none'/);
  assert.notEqual(await page.title(), 'PWNED');
  // Still signed in: no script ran with the coordinator's session.
  const session = await page.evaluate(async () => (await fetch('/admin/api/session')).status);
  assert.equal(session, 200);
});

test('works on a 360 px screen without sideways scrolling', async () => {
  const page = await newPage({ width: 360, height: 740 });
  await login(page, server);
  for (const hash of ['#partners', '#flags', '#devices', '#audit', '#import', '#lines', '#conflicts']) {
    await page.goto(server.url + '/admin/' + hash);
    await page.locator('main h1, main #partner-list').first().waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `${hash} overflows by ${overflow}px`);
  }
  await page.getByRole('link', { name: 'Partners' }).click();
  await page.locator('#partner-list a').first().click();
  await page.getByRole('button', { name: 'Opslaan' }).first().waitFor();
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 360));
});

test('speaks English when the browser asks for it', async () => {
  const context = await chrome.newContext({ locale: 'en-GB', extraHTTPHeaders: { 'Accept-Language': 'en-GB,en;q=0.9' } });
  const page = await context.newPage();
  await page.goto(server.url + '/admin/');
  await page.getByLabel('E-mail address').fill(server.coordinator.email);
  await page.getByLabel('Password').fill('wrong password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('alert').filter({ hasText: 'E-mail address or password is wrong.' }).waitFor();
  await page.getByLabel('Language').selectOption('nl');
  await page.getByRole('button', { name: 'Aanmelden' }).waitFor();
  await context.close();
});
