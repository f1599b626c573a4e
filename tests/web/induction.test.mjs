// Issue 15 in headless chromium against a real kortelijn-server: a coordinator keeps the
// induction path for new staff (the demo school's ten steps; add, reorder, edit the line,
// remove), a bad line is refused with a Dutch message and nothing changes, the English UI
// has its own words, and a teacher's pull carries the path in its order.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
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

const titles = (page) => page.locator('ol.induction > li[data-step] .title').allTextContents();

// The path as a teacher's phone gets it: steps in their order, as "why" lines.
async function teacherPath(token) {
  const { rows } = await server.pull(token);
  return [...rows.entries()].filter(([k]) => k.startsWith('induction_steps/'))
    .map(([k, v]) => ({ id: k.split('/')[1], ...v })).sort((a, b) => a.sort_order - b.sort_order);
}

test('a coordinator keeps the induction path and the teacher\'s pull carries it', async () => {
  const teacher = await server.enroll('teacher');
  const page = await newPage();
  await login(page, server);
  await page.getByRole('link', { name: 'Inwerkpad' }).click();
  await page.getByRole('heading', { level: 1, name: 'Inwerkpad' }).waitFor();
  await page.getByText('Leraren zien het pad in de app onder “Nieuw op school: maak kennis met je partners”').waitFor();

  // The demo school's ten steps, in order, each with its line of why.
  assert.equal(await page.locator('ol.induction > li[data-step]').count(), 10);
  let shown = await titles(page);
  assert.equal(shown[0], 'Schoolmaatschappelijk werker (CJG Overvecht)');
  assert.ok(shown.includes('Kinderopvang Kikker Overvecht'), 'a whole organisation can be a step');
  const first = page.locator('ol.induction > li[data-step]').first();
  assert.match(await first.textContent(), /Bel hier als je je zorgen maakt over de thuissituatie van een leerling/);
  let path = await teacherPath(teacher.token);
  assert.equal(path.length, 10);
  assert.equal(path[0].why, 'Bel hier als je je zorgen maakt over de thuissituatie van een leerling');

  // Add a step: a function picked from the list, with its line.
  const add = page.getByRole('form', { name: 'Stap toevoegen' });
  await add.getByLabel('Partner of functie').selectOption({ label: 'DOCK Utrecht, jongerenwerk Overvecht — Jongerenwerker' });
  await add.getByLabel('Waarom (bel hier als …)').fill('Bel hier als groep 8 zich zorgen maakt over de overstap');
  await add.getByRole('button', { name: 'Toevoegen' }).click();
  const added = page.locator('li[data-step]', { hasText: 'Jongerenwerker (DOCK Utrecht, jongerenwerk Overvecht)' });
  await added.waitFor();
  assert.equal((await titles(page)).at(-1), 'Jongerenwerker (DOCK Utrecht, jongerenwerk Overvecht)');
  const addedId = await added.getAttribute('data-step');

  // A line of two lines' worth or too long is refused in Dutch; nothing changes.
  await added.getByRole('button', { name: 'Bewerken' }).click();
  const edit = page.getByRole('form', { name: 'Jongerenwerker (DOCK Utrecht, jongerenwerk Overvecht)' });
  await edit.getByLabel('Waarom (bel hier als …)').fill('x'.repeat(201));
  await edit.getByRole('button', { name: 'Opslaan' }).click();
  await edit.getByRole('alert').filter({ hasText: '“Waarom (bel hier als …)” is te lang (hoogstens 200 tekens).' }).waitFor();
  assert.ok(await edit.getByLabel('Waarom (bel hier als …)').evaluate((el) => el === document.activeElement), 'the field gets focus');
  await edit.getByLabel('Waarom (bel hier als …)').fill('   ');
  await edit.getByRole('button', { name: 'Opslaan' }).click();
  await edit.getByRole('alert').filter({ hasText: 'Vul “Waarom (bel hier als …)” in.' }).waitFor();
  path = await teacherPath(teacher.token);
  assert.equal(path.find((s) => s.id === addedId).why, 'Bel hier als groep 8 zich zorgen maakt over de overstap');

  // Edit the line.
  await edit.getByLabel('Waarom (bel hier als …)').fill('Bel hier als een leerling uit groep 8 op straat in de problemen komt');
  await edit.getByRole('button', { name: 'Opslaan' }).click();
  await page.locator('li[data-step]', { hasText: 'op straat in de problemen komt' }).waitFor();

  // Reorder: the new step two places up, the first step one down.
  await page.getByRole('button', { name: 'Jongerenwerker (DOCK Utrecht, jongerenwerk Overvecht) een plek omhoog' }).click();
  await page.waitForFunction(() => document.querySelectorAll('ol.induction > li[data-step]')[9]?.textContent.includes('Jongerenwerker'));
  await page.getByRole('button', { name: 'Jongerenwerker (DOCK Utrecht, jongerenwerk Overvecht) een plek omhoog' }).click();
  await page.waitForFunction(() => document.querySelectorAll('ol.induction > li[data-step]')[8]?.textContent.includes('Jongerenwerker'));
  await page.getByRole('button', { name: 'Schoolmaatschappelijk werker (CJG Overvecht) een plek omlaag' }).click();
  await page.waitForFunction(() => document.querySelectorAll('ol.induction > li[data-step]')[1]?.textContent.includes('Schoolmaatschappelijk werker'));
  shown = await titles(page);
  assert.equal(shown[0], 'Logopedist (Logopediepraktijk Spraakwater)');
  assert.equal(shown[1], 'Schoolmaatschappelijk werker (CJG Overvecht)');
  assert.equal(shown[8], 'Jongerenwerker (DOCK Utrecht, jongerenwerk Overvecht)');
  assert.equal(await page.getByRole('button', { name: 'Logopedist (Logopediepraktijk Spraakwater) een plek omhoog' }).isDisabled(), true);

  // Remove a step.
  await page.locator('li[data-step]', { hasText: 'Wijkagent' }).getByRole('button', { name: 'Verwijderen' }).click();
  await page.locator('li[data-step]', { hasText: 'Wijkagent' }).waitFor({ state: 'detached' });
  assert.equal(await page.locator('ol.induction > li[data-step]').count(), 10);

  // The teacher's phone pulls the same path, in the same order, with the new line.
  path = await teacherPath(teacher.token);
  assert.equal(path.length, 10);
  const pulled = path.map((s) => s.id);
  const onScreen = await page.locator('ol.induction > li[data-step]').evaluateAll((els) => els.map((e) => e.dataset.step));
  assert.deepEqual(pulled, onScreen);
  const mine = path.find((s) => s.id === addedId);
  assert.equal(path.indexOf(mine), 7);
  assert.equal(mine.why, 'Bel hier als een leerling uit groep 8 op straat in de problemen komt');
  assert.equal(mine.target_kind, 'function');
  assert.ok(!path.some((s) => s.why.includes('onveiligs')), 'the removed step is gone from the phone too');
  assert.deepEqual(page.errors, []);
});

test('the induction path in English, and a narrow screen', async () => {
  const page = await newPage({ width: 390, height: 844 });
  await login(page, server);
  await page.getByRole('link', { name: 'Inwerkpad' }).click();
  await page.getByRole('heading', { level: 1, name: 'Inwerkpad' }).waitFor();
  await page.locator('#lang').selectOption('en');
  await page.getByRole('heading', { level: 1, name: 'Induction path' }).waitFor();
  await page.getByRole('form', { name: 'Add a step' }).getByLabel('Why (call here when …)').waitFor();
  // Every button reachable and at least 44 px high on a phone-sized screen.
  const small = await page.locator('ol.induction button').evaluateAll((els) => els.filter((b) => b.getBoundingClientRect().height < 44).length);
  assert.equal(small, 0);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
  assert.equal(overflow, false, 'nothing sticks out sideways');
  assert.deepEqual(page.errors, []);
});
