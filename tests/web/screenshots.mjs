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
    await context.close();
  }
  console.log('screenshots in', out);
} finally {
  await chrome.close();
  await server.stop();
}
