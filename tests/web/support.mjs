// Test support for the web UI tests: a real kortelijn-server process on 127.0.0.1 (any
// free port, a temporary data directory, the demo school, a coordinator with a password)
// and headless Debian chromium driven by playwright-core.
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const BIN = process.env.KL_SERVER_BIN || path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../build/bin/kortelijn-server');
export const PASSWORD = 'regenboog-koffie-42';

function cli(dir, args, input) {
  const out = execFileSync(BIN, [args[0], '--data', dir, ...args.slice(1)], { input, encoding: 'utf8', env: { ...process.env, QT_LOGGING_RULES: 'kl.*.info=false' } });
  return Object.fromEntries(out.split('\n').filter((l) => /^[a-z_]+=/.test(l)).map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]));
}

export class Server {
  // env: more environment for the server process (a test seam such as KL_PAUSE_AT).
  constructor({ env = {} } = {}) {
    this.dir = mkdtempSync(path.join(tmpdir(), 'kl-web-'));
    this.env = env;
  }

  async start() {
    this.schoolId = cli(this.dir, ['create-school', '--name', 'Basisschool De Regenboog', '--demo']).school_id;
    this.coordinator = this.addCoordinator('Anna de Vries', 'anna@regenboog.nl');
    // A trusted proxy on loopback: each browser context says which address it is (X-Real-IP),
    // so the sign-in limit per address is the server's and not the test machine's speed.
    this.proc = spawn(BIN, ['serve', '--data', this.dir, '--port', '0', '--host', '127.0.0.1', '--trusted-proxy', '127.0.0.1'], { env: { ...process.env, QT_LOGGING_RULES: 'kl.*.info=false', ...this.env } });
    this.stderr = '';
    this.proc.stderr.on('data', (d) => { this.stderr += d; });
    this.port = await new Promise((resolve, reject) => {
      let seen = '';
      const timer = setTimeout(() => reject(new Error('server did not start: ' + this.stderr)), 20000);
      this.proc.stdout.on('data', (d) => {
        seen += d;
        const m = /listening host=\S+ port=(\d+)/.exec(seen);
        if (m) { clearTimeout(timer); resolve(Number(m[1])); }
      });
      this.proc.on('exit', (code) => reject(new Error(`server exited ${code}: ${this.stderr}`)));
    });
    this.url = `http://127.0.0.1:${this.port}`;
    return this;
  }

  addCoordinator(name, email, password = PASSWORD) {
    const c = cli(this.dir, ['create-coordinator', '--school', this.schoolId, '--name', name, '--email', email, '--server-url', 'http://127.0.0.1:1']);
    cli(this.dir, ['set-password', '--coordinator', c.coordinator_id], password + '\n');
    return { id: c.coordinator_id, email, name };
  }

  invite(role = 'teacher') {
    return cli(this.dir, ['invite', '--school', this.schoolId, '--server-url', this.url, '--role', role]).invite_link;
  }

  // Enrols a phone the way the app does and returns its device token and ids.
  async enroll(role = 'teacher', name = 'Telefoon van Bram') {
    const link = new URL(this.invite(role));
    const clientId = 'test-' + Math.random().toString(16).slice(2, 14);
    const r = await fetch(this.url + '/api/v1/enroll', { method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ invite: link.searchParams.get('invite'), client_id: clientId, device_name: name }) });
    if (!r.ok) throw new Error('enroll failed: ' + await r.text());
    const j = await r.json();
    return { token: j.device_token, deviceId: j.device_id, clientId };
  }

  // Every live row a phone gets from a full pull, as "table/id" -> fields.
  async pull(token) {
    const rows = new Map();
    let cursor = '';
    for (;;) {
      const r = await fetch(`${this.url}/api/v1/schools/${this.schoolId}/sync/pull${cursor ? '?cursor=' + cursor : ''}`, { headers: { Authorization: 'Bearer ' + token } });
      if (!r.ok) return { status: r.status, rows };
      const page = await r.json();
      for (const row of page.rows) {
        if (row.deleted) rows.delete(`${row.table}/${row.id}`);
        else rows.set(`${row.table}/${row.id}`, row.fields);
      }
      cursor = page.cursor;
      if (!page.has_more) return { status: 200, rows };
    }
  }

  // The public page address of a published person, from the public-pages CLI.
  publicPageOf(name) {
    const out = execFileSync(BIN, ['public-pages', '--data', this.dir, '--school', this.schoolId, '--public-url', this.url],
      { encoding: 'utf8', env: { ...process.env, QT_LOGGING_RULES: 'kl.*.info=false' } });
    const line = out.split('\n').find((l) => l.includes(`name="${name}"`));
    return line ? line.match(/url=(\S+)/)[1] : null;
  }

  async stop() {
    if (this.proc && this.proc.exitCode === null) {
      const exited = new Promise((resolve) => this.proc.on('exit', resolve));
      this.proc.kill('SIGTERM');
      await exited;
    }
    rmSync(this.dir, { recursive: true, force: true });
  }
}

let nextAddress = 0;
// A client address of its own for a browser context (see Server.start).
export function clientAddress() {
  nextAddress += 1;
  return `10.30.${Math.floor(nextAddress / 250)}.${(nextAddress % 250) + 1}`;
}

export const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run'];

export async function browser() {
  return chromium.launch({ executablePath: process.env.KL_CHROMIUM || '/usr/bin/chromium', args: CHROMIUM_FLAGS });
}

// A page of the web admin as a Dutch coordinator's browser opens it: its own address
// (the sign-in limits count per address), script errors collected in page.errors, and
// confirm() dialogs accepted.
export async function newAdminPage(chrome, viewport = { width: 1280, height: 900 }) {
  const context = await chrome.newContext({ viewport, locale: 'nl-NL', extraHTTPHeaders: { 'X-Real-IP': clientAddress() } });
  const page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(e.message));
  page.on('dialog', (d) => d.accept());
  return page;
}

export async function login(page, server, email = server.coordinator.email, password = PASSWORD) {
  await page.goto(server.url + '/admin/');
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill(password);
  await page.getByRole('button', { name: 'Aanmelden' }).click();
}
