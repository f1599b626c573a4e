// The public partner page in a real browser (Debian chromium, driven by playwright-core):
// a parent's phone (390 px wide, Dutch), no JavaScript errors, the page complete without
// JavaScript, buttons big enough for a thumb, no sideways scrolling at 200% text, the
// vCard download, dark mode, and the A4 poster whose QR zbarimg reads from a screenshot.
// Screenshots go to docs/screenshots/ (set KL_SCREENSHOTS=0 to skip writing them).
//
// usage: node tests/web/public.spec.mjs <path to kortelijn-server>
import { chromium } from 'playwright-core';
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '..', '..');
const serverBin = process.argv[2] || path.join(repo, 'build', 'bin', 'kortelijn-server');
const shots = path.join(repo, 'docs', 'screenshots');
const writeShots = process.env.KL_SCREENSHOTS !== '0';
const data = mkdtempSync(path.join(tmpdir(), 'kl-web-public-'));

function cli(...args) {
  return execFileSync(serverBin, [...args, '--data', data], { encoding: 'utf8' });
}

function startServer() {
  return new Promise((resolve, reject) => {
    const proc = spawn(serverBin, ['serve', '--data', data, '--port', '0', '--demo'], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    const timer = setTimeout(() => reject(new Error('server did not start: ' + out)), 20000);
    proc.stdout.on('data', (chunk) => {
      out += chunk;
      const m = out.match(/listening host=\S+ port=(\d+)/);
      if (m) {
        clearTimeout(timer);
        resolve({ proc, url: `http://127.0.0.1:${m[1]}` });
      }
    });
    proc.on('exit', (code) => reject(new Error(`server exited ${code}: ${out}`)));
  });
}

let failures = 0;
async function check(name, fn) {
  try {
    await fn();
    console.log(`PASS   : ${name}`);
  } catch (e) {
    failures++;
    console.log(`FAIL!  : ${name}\n${e.stack || e}`);
  }
}

const { proc, url } = await startServer();
const browser = await chromium.launch({
  executablePath: process.env.KL_CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run'],
});
try {
  const school = cli('status').match(/school id=(\S+)/)[1];
  const pages = cli('public-pages', '--school', school, '--public-url', url);
  const line = pages.split('\n').find((l) => l.includes('name="Ayşe Öztürk"'));
  assert.ok(line, 'the demo school publishes Ayşe Öztürk:\n' + pages);
  const pageUrl = line.match(/url=(\S+)/)[1];
  const slug = line.match(/slug=(\S+)/)[1];

  const phone = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'nl-NL' };

  await check('phone page: complete, no JavaScript errors, thumb-sized buttons', async () => {
    const context = await browser.newContext({ ...phone, acceptDownloads: true });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    const response = await page.goto(pageUrl);
    assert.equal(response.status(), 200);
    assert.equal(await page.locator('h1').innerText(), 'Ayşe Öztürk');
    assert.equal(await page.locator("#when").textContent(), "Op school");
    assert.match(await page.locator('body').innerText(), /dinsdag 8:30-12:00, kamer 12/);
    assert.equal(await page.locator('script').count(), 0);
    for (const box of await page.locator('a.button').evaluateAll((as) => as.map((a) => a.getBoundingClientRect().height))) {
      assert.ok(box >= 48, `button ${box}px high`);
    }
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), 'no sideways scroll');
    if (writeShots) {
      mkdirSync(shots, { recursive: true });
      await page.screenshot({ path: path.join(shots, 'web-public-phone-light.png'), fullPage: true });
    }

    // "Zet in mijn contacten" downloads the vCard.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByText('Zet in mijn contacten').click()]);
    assert.equal(download.suggestedFilename(), 'ayse-ozturk.vcf');
    const vcf = readFileSync(await download.path(), 'utf8');
    assert.match(vcf, /^BEGIN:VCARD\r\nVERSION:3\.0\r\n/);
    assert.match(vcf, /\r\nFN:Ayşe Öztürk\r\n/);
    assert.match(vcf, new RegExp(`\\r\\nURL:${pageUrl.replace(/[.]/g, '\\.')}\\r\\n`));
    assert.deepEqual(errors, []);
    await context.close();
  });

  await check('without JavaScript the page is the same', async () => {
    const context = await browser.newContext({ ...phone, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(pageUrl);
    assert.equal(await page.locator('h1').innerText(), 'Ayşe Öztürk');
    assert.equal(await page.getByText('Zet in mijn contacten').count(), 1);
    await context.close();
  });

  await check('large text (200%) still fits a phone', async () => {
    const context = await browser.newContext(phone);
    const page = await context.newPage();
    await page.goto(pageUrl);
    await page.addStyleTag({ content: 'html { font-size: 200% !important; }' });
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1), 'no sideways scroll at 200%');
    await context.close();
  });

  await check('dark mode and English', async () => {
    const context = await browser.newContext({ ...phone, colorScheme: 'dark', locale: 'en-GB' });
    const page = await context.newPage();
    await page.goto(pageUrl);
    assert.match(await page.locator('body').innerText(), /Tuesday 8:30-12:00, kamer 12/);
    assert.match(await page.locator('body').innerText(), /Add to my contacts/);
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    assert.equal(bg, 'rgb(16, 20, 24)');
    if (writeShots) {
      await page.screenshot({ path: path.join(shots, 'web-public-phone-dark.png'), fullPage: true });
    }
    await context.close();
  });

  await check('unknown slug: the friendly 404', async () => {
    const context = await browser.newContext(phone);
    const page = await context.newPage();
    const response = await page.goto(`${url}/p/aaaaaaaaaaaaaaaa`);
    assert.equal(response.status(), 404);
    assert.match(await page.locator('h1').innerText(), /Deze pagina bestaat niet/);
    await context.close();
  });

  await check('A4 poster: its QR reads back from a screenshot', async () => {
    const context = await browser.newContext({ viewport: { width: 794, height: 1123 }, locale: 'nl-NL' });
    const page = await context.newPage();
    await page.goto(`${url}/p/${slug}/poster`);
    const shot = path.join(data, 'poster.png');
    await page.screenshot({ path: shot, fullPage: true });
    const text = execFileSync('zbarimg', ['--raw', '-q', shot], { encoding: 'utf8' }).trim();
    assert.equal(text, pageUrl);
    if (writeShots) {
      await page.screenshot({ path: path.join(shots, 'web-poster.png'), fullPage: true });
    }
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    assert.ok(pdf.subarray(0, 5).toString() === '%PDF-');
    await context.close();
  });
} finally {
  await browser.close();
  proc.kill('SIGTERM');
  rmSync(data, { recursive: true, force: true });
}
console.log(failures === 0 ? 'all passed' : `${failures} failed`);
process.exit(failures === 0 ? 0 : 1);
