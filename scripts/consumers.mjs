#!/usr/bin/env node
// The published shape as a test: packs core, react and ui as `pnpm publish` would, installs the
// tarballs with `npm ci` into scratch copies of apps/consumers/* outside the workspace (so no
// workspace node_modules can stand in for a missing dependency), type-checks and builds each,
// and in Debian's chromium submits a failing payment: the CVC field, the words, the focus, the
// card number kept, and not one console error (no hydration warning, no CSP violation).
//
//   node scripts/consumers.mjs            every app (after `pnpm build`)
//   node scripts/consumers.mjs next16     one app
//   node scripts/consumers.mjs --update   rewrite the committed package-lock.json files
//
// The lockfiles pin every registry package exactly. The kit's own tarballs are listed without
// an `integrity`: npm ci would otherwise take a changed tarball's old contents from its cache.
import { execFileSync, spawn } from 'node:child_process';
import {
  cpSync,
  createReadStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { chromiumLaunch } from './chromium.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const consumers = join(root, 'apps/consumers');
const args = process.argv.slice(2);
const update = args.includes('--update');
const APPS = ['vite-react19', 'vite-react18', 'next16', 'node-cjs'];
const chosen = args.filter((arg) => !arg.startsWith('--'));
const apps = chosen.length > 0 ? chosen : APPS;
const scratch = mkdtempSync(join(tmpdir(), 'ce-consumers-'));
const started = Date.now();
const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

// npm must not inherit pnpm's npm_config_* settings when this runs as `pnpm consumers`.
const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(npm_|pnpm_)/i.test(key)));
Object.assign(env, { NEXT_TELEMETRY_DISABLED: '1', CI: '1' });
const run = (command, commandArgs, cwd) =>
  execFileSync(command, commandArgs, { cwd, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

let failures = 0;
const check = (ok, what) => {
  console.log(`${ok ? '✔' : '✖'} ${what}`);
  if (!ok) failures++;
};

// 1. The tarballs, under fixed names the apps' package.json files point at.
mkdirSync(join(scratch, 'tarballs'));
for (const name of ['core', 'react', 'ui']) {
  const out = run('pnpm', ['pack', '--pack-destination', join(scratch, 'tarballs')], join(root, 'packages', name));
  renameSync(out.trim().split('\n').pop(), join(scratch, 'tarballs', `${name}.tgz`));
}

// 2. Each app: a scratch copy with the shared checkout, installed from its lockfile.
const copyApp = (app) => {
  const dir = join(scratch, app);
  cpSync(join(consumers, app), dir, { recursive: true, filter: (path) => !/(node_modules|\.next|dist)$/.test(path) });
  cpSync(join(consumers, 'shared'), join(dir, 'shared'), { recursive: true });
  // The two Vite apps differ only in React and their entry: one tsconfig and vite config for both.
  if (app.startsWith('vite-')) cpSync(join(consumers, 'vite'), dir, { recursive: true });
  return dir;
};

const install = (app, dir) => {
  const since = Date.now();
  if (update) {
    run('npm', ['install', '--no-audit', '--no-fund'], dir);
    const lock = JSON.parse(readFileSync(join(dir, 'package-lock.json'), 'utf8'));
    for (const entry of Object.values(lock.packages)) if (String(entry.resolved).startsWith('file:')) delete entry.integrity;
    writeFileSync(join(consumers, app, 'package-lock.json'), `${JSON.stringify(lock, null, 2)}\n`);
  } else {
    run('npm', ['ci', '--no-audit', '--no-fund'], dir);
  }
  const size = Number(run('du', ['-sm', join(dir, 'node_modules')], dir).split('\t')[0]);
  console.log(`  ${app}: npm ${update ? 'install' : 'ci'} in ${seconds(since)}, node_modules ${size} MB`);
};

// 3. Serving: a built Vite app's files, and the shop's payment route (Stripe's incorrect-CVC
// card answers a card_error on the CVC, as toClientError would pass it on; any other card pays).
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml' };
const INCORRECT_CVC = '4000000000000127';
function serveStatic(dir) {
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    if (path === '/api/payments') {
      let body = '';
      request.on('data', (chunk) => {
        body += chunk;
      });
      request.on('end', () => {
        const card = JSON.parse(body || 'null');
        const declined = card?.number === INCORRECT_CVC;
        const answer = declined
          ? { error: { type: 'card_error', code: 'incorrect_cvc', param: 'cvc', message: "Your card's security code is incorrect." } }
          : { id: 'pi_consumer', status: 'succeeded' };
        response.writeHead(declined ? 402 : 200, { 'content-type': 'application/json' }).end(JSON.stringify(answer));
      });
      return;
    }
    const file = join(dir, path === '/' ? 'index.html' : path);
    if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve({ url: `http://127.0.0.1:${server.address().port}/`, stop: () => server.close() })),
  );
}

async function startNext(dir) {
  const port = 4300 + Math.floor(Math.random() * 500);
  const child = spawn('npx', ['next', 'start', '-H', '127.0.0.1', '-p', String(port)], { cwd: dir, env, detached: true, stdio: 'ignore' });
  const stop = () => {
    try {
      process.kill(-child.pid);
    } catch {}
  };
  process.on('exit', stop);
  const url = `http://127.0.0.1:${port}/`;
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(url)).ok) return { url, stop };
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  stop();
  throw new Error(`next start did not answer on ${url}`);
}

// 4. The shopper's failing payment, in chromium.
let browser;
async function payWithIncorrectCvc(app, url, { postal, words, accent }) {
  browser ??= await chromium.launch({ ...chromiumLaunch, headless: true });
  const page = await browser.newPage();
  const problems = [];
  page.on('console', (message) => {
    // The payment route's 402 is the answer under test; chromium logs it (and a missing favicon) as a failed load.
    if (/\/(api\/payments|favicon\.ico)$/.test(message.location().url)) return;
    if (message.type() === 'error' || /hydrat/i.test(message.text())) problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  const response = await page.goto(url);
  const policy = response?.headers()['content-security-policy'];
  if (accent) check((await response?.text())?.includes('name="cardCvc"') === true, `${app}: the server's HTML already holds the checkout`);
  await page.locator('input[name="cardNumber"]').fill('4000 0000 0000 0127');
  await page.locator('input[name="cardExpiry"]').fill('12 / 34');
  await page.locator('input[name="cardCvc"]').fill('123');
  await page.locator('input[name="postalCode"]').fill(postal);
  await page.locator('.ce-SubmitButton-button').click();
  const cvc = page.locator('input[name="cardCvc"]');
  await page
    .waitForFunction(() => document.querySelector('input[name="cardCvc"]')?.getAttribute('aria-invalid') === 'true', null, {
      timeout: 10_000,
    })
    .catch(() => {});
  const described = (await cvc.getAttribute('aria-describedby'))?.split(' ').at(-1);
  const text = described ? await page.locator(`[id="${described}"]`).textContent() : null;
  check(text?.includes(words) === true, `${app}: the CVC field says "${words}" (got "${text}")`);
  check(await cvc.evaluate((input) => document.activeElement === input), `${app}: focus is on the CVC input`);
  check((await page.locator('input[name="cardNumber"]').inputValue()) === '4000 0000 0000 0127', `${app}: the card number typed is kept`);
  if (accent) {
    const shown = await page
      .locator('.ce-Root')
      .evaluate((element) => getComputedStyle(element).getPropertyValue('--ce-color-accent').trim());
    check(shown === accent, `${app}: the createTheme() accent applies under the policy (${shown})`);
    check(typeof policy === 'string' && !policy.includes('unsafe-inline'), `${app}: served under a strict policy (${policy})`);
  }
  check(
    problems.length === 0,
    `${app}: no console errors, hydration warnings or CSP violations${problems.length ? `: ${problems.join(' | ')}` : ''}`,
  );
  await page.close();
}

const lastLines = (output, pattern) =>
  output
    .split('\n')
    .filter((line) => pattern.test(line))
    .map((line) => `    ${line.trim()}`)
    .join('\n');

const VITE_APPS = {
  'vite-react19': { postal: 'SW1A 1AA', words: 'Check the security code, or use another card.' },
  'vite-react18': { postal: '10115', words: 'Prüfen Sie die Prüfnummer (CVC) oder nutzen Sie eine andere Karte.' },
};

try {
  for (const app of apps) {
    const since = Date.now();
    console.log(`== ${app}`);
    const dir = copyApp(app);
    install(app, dir);
    if (Object.hasOwn(VITE_APPS, app)) {
      run('npm', ['run', 'typecheck'], dir);
      check(true, `${app}: tsc --noEmit (strict, exactOptionalPropertyTypes, skipLibCheck false)`);
      const built = Date.now();
      const output = run('npm', ['run', 'build'], dir);
      console.log(`  vite build in ${seconds(built)}:\n${lastLines(output, /dist\/assets\//)}`);
      const server = await serveStatic(join(dir, 'dist'));
      try {
        await payWithIncorrectCvc(app, server.url, VITE_APPS[app]);
      } finally {
        server.stop();
      }
    } else if (app === 'next16') {
      const built = Date.now();
      const output = run('npm', ['run', 'build'], dir);
      console.log(`  next build in ${seconds(built)}:\n${lastLines(output, /[○ƒ├└┌].*\/|First Load|shared by all/)}`);
      // Next 16 (Turbopack) no longer prints First Load JS: the client chunks, raw and gzip, instead.
      const chunks = readdirSync(join(dir, '.next/static/chunks'), { recursive: true }).filter((file) => String(file).endsWith('.js'));
      const bytes = chunks.map((file) => readFileSync(join(dir, '.next/static/chunks', String(file))));
      const raw = bytes.reduce((sum, data) => sum + data.length, 0);
      const gzip = bytes.reduce((sum, data) => sum + gzipSync(data).length, 0);
      console.log(`    client JS: ${chunks.length} chunks, ${(raw / 1000).toFixed(1)} kB, gzip ${(gzip / 1000).toFixed(1)} kB`);
      run('npm', ['run', 'typecheck'], dir);
      check(true, `${app}: tsc --noEmit over the app router files (strict, exactOptionalPropertyTypes)`);
      const server = await startNext(dir);
      try {
        await payWithIncorrectCvc(app, server.url, {
          postal: '94103',
          words: 'Check the security code, or use another card.',
          accent: '#0b6e4f',
        });
      } finally {
        server.stop();
      }
    } else if (app === 'node-cjs') {
      const body = JSON.parse(run('node', ['server.cjs'], dir));
      check(
        body.fraud.error.decline_code === 'generic_decline',
        `${app}: require('@checkout-errors/core') and toClientError hide a fraud decline`,
      );
      run('npx', ['jest', '--ci'], dir);
      check(true, `${app}: Jest's CommonJS runtime passes checkout.test.cjs`);
    } else {
      throw new Error(`unknown consumer app ${app}; known: ${APPS.join(', ')}`);
    }
    console.log(`  ${app} done in ${seconds(since)}`);
  }
} catch (error) {
  failures++;
  console.log(`✖ ${error.message}\n${error.stdout ?? ''}${error.stderr ?? ''}`);
} finally {
  await browser?.close();
  rmSync(scratch, { recursive: true, force: true });
}
console.log(`consumer apps: ${failures === 0 ? 'all passed' : `${failures} failed`} in ${seconds(started)}`);
process.exit(failures === 0 ? 0 : 1);
