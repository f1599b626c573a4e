// Renders the coordinator web UI into docs/screenshots/ (desktop 1280 wide and phone 390
// wide) with the same headless chromium the tests use, against a real demo server.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Server, browser, login } from './support.mjs';

const out = process.argv[2] || path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../docs/screenshots');
const server = await new Server().start();
const chrome = await browser();
try {
  // A little history for the audit log and the devices list.
  await server.enroll('teacher', 'Telefoon van Bram (groep 5)');
  await server.enroll('coordinator', 'Telefoon van Anna');
  for (const [name, viewport] of [['desktop', { width: 1280, height: 860 }], ['narrow', { width: 390, height: 844 }]]) {
    const context = await chrome.newContext({ viewport, locale: 'nl-NL', deviceScaleFactor: 1 });
    const page = await context.newPage();
    page.on('dialog', (d) => d.accept());
    const shot = async (n) => {
      await page.waitForSelector('#toast:not(.show)');
      await page.screenshot({ path: path.join(out, `web-${n}-${name}.png`) });
    };
    await page.goto(server.url + '/admin/');
    await page.getByRole('button', { name: 'Aanmelden' }).waitFor();
    await shot('01-login');
    await login(page, server);
    await page.locator('#partner-list li').first().waitFor();
    await shot('02-partners');
    await page.getByLabel('Zoeken').fill('CJG');
    await page.locator('#partner-list a').first().click();
    await page.locator('li[data-function]').first().waitFor();
    await page.locator('li[data-function]').first().getByRole('button', { name: 'Overdragen' }).click();
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot('03-partner');
    const handover = page.getByRole('form', { name: 'Functie overdragen aan een opvolger' });
    await handover.scrollIntoViewIfNeeded();
    await shot('04-handover');
    await handover.getByLabel('Opvolger').selectOption({ index: 2 });
    await handover.getByRole('button', { name: 'Overdragen' }).click();
    await page.locator('#toast.show').waitFor();
    await page.getByRole('link', { name: /Meldingen/ }).click();
    await page.locator('#flag-list li').first().waitFor();
    await shot('05-flags');
    await page.getByRole('link', { name: 'Apparaten' }).click();
    await page.getByRole('button', { name: 'Uitnodiging maken' }).click();
    await page.locator('.invite img').waitFor();
    await page.locator('.invite').scrollIntoViewIfNeeded();
    await shot('06-devices');
    await page.getByRole('link', { name: 'Logboek' }).click();
    await page.locator('#audit tbody tr').first().waitFor();
    await page.waitForSelector('#toast:not(.show)');
    await shot('07-audit');
    // A person's photo in the edit form: a drawn face (the demo has no real people).
    await page.getByRole('link', { name: 'Partners' }).click();
    await page.getByLabel('Zoeken').fill('CJG');
    await page.locator('#partner-list a').first().click();
    const person = page.locator('li[data-person]', { hasText: 'Ayşe Öztürk' });
    await person.getByRole('button', { name: 'Bewerken' }).click();
    const face = Buffer.from(await page.evaluate(() => {
      const c = document.createElement('canvas');
      c.width = 600; c.height = 600;
      const g = c.getContext('2d');
      const disc = (x, y, r, colour) => { g.fillStyle = colour; g.beginPath(); g.arc(x, y, r, 0, 2 * Math.PI); g.fill(); };
      g.fillStyle = '#cfe8e3'; g.fillRect(0, 0, 600, 600);
      disc(300, 640, 260, '#2f6f8f');
      disc(300, 270, 175, '#3b2a20');
      disc(300, 300, 150, '#d9a47a');
      g.fillStyle = '#3b2a20'; g.beginPath(); g.ellipse(300, 190, 160, 70, 0, Math.PI, 2 * Math.PI); g.fill();
      disc(245, 290, 14, '#2b1d14'); disc(355, 290, 14, '#2b1d14');
      g.strokeStyle = '#8c4a3a'; g.lineWidth = 10; g.lineCap = 'round';
      g.beginPath(); g.arc(300, 330, 60, 0.15 * Math.PI, 0.85 * Math.PI); g.stroke();
      return c.toDataURL('image/png').split(',')[1];
    }), 'base64');
    await page.getByRole('form', { name: 'Ayşe Öztürk' }).locator('input[type=file]').setInputFiles({ name: 'ayse.png', mimeType: 'image/png', buffer: face });
    await page.locator('#toast.show').waitFor();
    await person.getByRole('button', { name: 'Bewerken' }).click();
    await page.getByRole('img', { name: 'Foto van Ayşe Öztürk' }).waitFor();
    await page.getByRole('form', { name: 'Ayşe Öztürk' }).getByRole('group', { name: 'Foto' }).scrollIntoViewIfNeeded();
    await page.waitForFunction(() => [...document.querySelectorAll('img.face')].every((i) => i.complete && i.naturalWidth > 0));
    await shot('08-photo');
    await page.getByRole('link', { name: 'Locaties' }).click();
    await page.locator('li[data-location]').first().waitFor();
    await page.waitForSelector('#toast:not(.show)');
    await shot('09-locations');
    // Roles with their deputies, the gaps, and the "wie doet wat" picture; on the desktop
    // also the printed A3 page as Chromium prints it.
    await page.getByRole('link', { name: 'Rollen' }).click();
    await page.locator('img#organogram').waitFor();
    await page.waitForFunction(() => document.querySelector('img#organogram').complete);
    await page.waitForSelector('#toast:not(.show)');
    await shot('10-roles');
    if (name === 'desktop') {
      await page.emulateMedia({ media: 'print' });
      await page.pdf({ path: path.join(out, 'web-10-organogram-a3.pdf'), format: 'A3', landscape: true, printBackground: true });
      await page.emulateMedia({ media: 'screen' });
    }
    await context.close();
  }
  console.log('screenshots in', out);
} finally {
  await chrome.close();
  await server.stop();
}
