#!/usr/bin/env node
// Packs the four packages as `pnpm publish` would (publishConfig applied, workspace ranges
// rewritten) and checks what a shop installs: the files (LICENSE, README, no tests, stories or
// sources), the manifest (ranges, metadata, every export target present), and that every entry
// loads in Node both ways: `require` (CommonJS servers, Jest) and `import`. Peers come from the
// workspace's own node_modules, so the check needs no network. Run after `pnpm build`.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'ce-tarballs-'));
const packages = ['core', 'react', 'ui', 'testing'];
const license = readFileSync(join(root, 'LICENSE'), 'utf8');

let passed = 0;
let failed = 0;
const check = (ok, what) => {
  if (ok) passed++;
  else {
    failed++;
    console.log(`✖ ${what}`);
  }
};

// Every file an export can point at, with the condition path that leads there.
const targets = (value, path = []) =>
  typeof value === 'string'
    ? [{ path, target: value }]
    : Object.entries(value ?? {}).flatMap(([key, inner]) => targets(inner, [...path, key]));

const modules = join(scratch, 'node_modules');
mkdirSync(join(modules, '@checkout-errors'), { recursive: true });
const manifests = {};
for (const name of packages) {
  const dir = join(root, 'packages', name);
  const tarball = execFileSync('pnpm', ['pack', '--pack-destination', scratch], { cwd: dir, encoding: 'utf8' }).trim().split('\n').pop();
  const files = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' })
    .split('\n')
    .filter(Boolean)
    .map((file) => file.replace(/^package\//, ''));
  const target = join(modules, '@checkout-errors', name);
  mkdirSync(target, { recursive: true });
  execFileSync('tar', ['-xzf', tarball, '-C', target, '--strip-components=1']);
  const manifest = JSON.parse(readFileSync(join(target, 'package.json'), 'utf8'));
  manifests[name] = manifest;
  const label = `@checkout-errors/${name}`;

  check(files.includes('README.md'), `${label}: ships a README`);
  check(files.includes('CHANGELOG.md'), `${label}: ships its CHANGELOG`);
  check(readFileSync(join(target, 'LICENSE'), 'utf8') === license, `${label}: ships the MIT LICENSE`);
  const stray = files.filter(
    (file) =>
      /\.(test|browser\.test|ssr\.test|stories|test-helpers)\.|\.bench\.|(^|\/)stories\/|\.tsx?$/.test(file) &&
      !file.endsWith('.d.ts') &&
      !file.endsWith('.d.cts'),
  );
  check(stray.length === 0, `${label}: ships no tests, stories, helpers or sources (${stray.join(', ')})`);
  for (const field of ['license', 'repository', 'homepage', 'bugs', 'engines'])
    check(manifest[field] !== undefined, `${label}: package.json has ${field}`);
  const ranges = { ...manifest.dependencies, ...manifest.peerDependencies };
  for (const [dep, range] of Object.entries(ranges)) {
    check(!String(range).startsWith('workspace:'), `${label}: ${dep} has a published range, not ${range}`);
    if (dep.startsWith('@checkout-errors/'))
      check(
        range === `^${manifest.version}`,
        `${label}: ${dep} is ^${manifest.version} (a caret range, so a patch release leaves one copy), not ${range}`,
      );
  }
  for (const { path, target: file } of targets(manifest.exports)) {
    check(!path.includes('@checkout-errors/source'), `${label}: the private source condition is not published`);
    if (file.includes('*')) continue;
    check(existsSync(join(target, file)), `${label}: export ${path.join(' → ')} → ${file} is in the tarball`);
  }
}

// The packages' dependencies and peers, from the workspace (pnpm keeps them per package).
for (const dep of ['react', 'react-dom', 'react-hook-form', '@tanstack/react-query', 'card-validator', 'msw']) {
  const owner = packages.map((name) => join(root, 'packages', name, 'node_modules', dep)).find(existsSync);
  if (!owner) throw new Error(`no workspace copy of ${dep}`);
  mkdirSync(dirname(join(modules, dep)), { recursive: true });
  symlinkSync(owner, join(modules, dep));
}

// Loads a specifier in a fresh Node process from the scratch app, and returns its export names.
const load = (specifier, how) => {
  const script =
    how === 'require'
      ? `const m = require(${JSON.stringify(specifier)}); process.stdout.write(JSON.stringify(Object.keys(m).sort()))`
      : `const m = await import(${JSON.stringify(specifier)}); process.stdout.write(JSON.stringify(Object.keys(m).sort()))`;
  const args = how === 'require' ? ['-e', script] : ['--input-type=module', '-e', script];
  try {
    return JSON.parse(execFileSync(process.execPath, args, { cwd: scratch, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }));
  } catch (error) {
    return {
      failure: String(error.stderr || error.message)
        .split('\n')
        .slice(0, 3)
        .join(' '),
    };
  }
};

const locales =
  readFileSync(join(root, 'packages/core/src/localeLoaders.ts'), 'utf8').match(/^\s+'?([a-zA-Z-]+)'?: \(\) => import/gm) ?? [];
const dialects = readdirSync(join(root, 'packages/core/src/dialects/providers'))
  .filter((file) => file.endsWith('.ts') && !/\.test[.-]/.test(file))
  .map((file) => file.replace(/\.ts$/, ''));
const fieldAdapters = readdirSync(join(root, 'packages/core/src/fields'))
  .filter((file) => file.endsWith('.ts') && !/\.test[.-]/.test(file) && !/^(index|state)\.ts$/.test(file))
  .map((file) => file.replace(/\.ts$/, ''));
for (const name of packages) {
  for (const [subpath, value] of Object.entries(manifests[name].exports)) {
    if (subpath === './package.json' || typeof value === 'string') continue;
    // A wildcard entry is tried with every name it serves: each locale, each provider dialect,
    // each provider's hosted-field translation.
    const names = subpath.startsWith('./dialects/')
      ? dialects
      : subpath.startsWith('./fields/')
        ? fieldAdapters
        : locales.map((line) => line.trim().split(':')[0].replaceAll("'", ''));
    const specifiers = subpath.includes('*') ? names.map((each) => subpath.replace('*', each)) : [subpath];
    for (const sub of specifiers) {
      const specifier = `@checkout-errors/${name}${sub.slice(1)}`;
      const required = load(specifier, 'require');
      const imported = load(specifier, 'import');
      check(Array.isArray(required) && required.length > 0, `require('${specifier}') works in Node: ${required.failure ?? ''}`);
      check(Array.isArray(imported) && imported.length > 0, `import('${specifier}') works in Node: ${imported.failure ?? ''}`);
    }
  }
}

// What a CommonJS server does with the core: toClientError, and a locale is its catalog.
const server = execFileSync(
  process.execPath,
  [
    '-e',
    `const { toClientError, normalizeError, createCheckoutErrors } = require('@checkout-errors/core');
     const de = require('@checkout-errors/core/locales/de');
     const body = toClientError({ error: { type: 'card_error', code: 'card_declined', decline_code: 'fraudulent' } });
     const text = createCheckoutErrors({ locales: [de] }).shopperMessage(normalizeError(body), { locale: 'de' });
     process.stdout.write(JSON.stringify({ decline: body.error.decline_code, locale: de.locale, text }));`,
  ],
  { cwd: scratch, encoding: 'utf8' },
);
const served = JSON.parse(server);
check(served.decline === 'generic_decline', 'CommonJS: toClientError hides a fraud decline');
check(served.locale === 'de' && /Karte/.test(served.text), `CommonJS: require of a locale module is its catalog (${served.text})`);

// The design team's command, as installed: a passing token file exits 0 and writes CSS, one
// with poor contrast exits 1 under --strict, an unreadable one exits 2.
{
  const { dtcgTokens, dtcgMap, lowContrastTokens } = await import(join(modules, '@checkout-errors/testing/dist/index.js'));
  const bin = join(modules, '@checkout-errors/ui/bin/checkout-errors-theme.mjs');
  writeFileSync(join(scratch, 'good.json'), JSON.stringify(dtcgTokens));
  writeFileSync(join(scratch, 'map.json'), JSON.stringify(dtcgMap));
  writeFileSync(join(scratch, 'bad.json'), JSON.stringify(lowContrastTokens));
  const run = (...args) => spawnSync(process.execPath, [bin, ...args], { cwd: scratch, encoding: 'utf8' });
  const good = run('good.json', '--map', 'map.json', '--strict', '--out', 'theme.css');
  check(
    good.status === 0 && /--ce-radius:/.test(readFileSync(join(scratch, 'theme.css'), 'utf8')),
    `checkout-errors-theme: a passing file exits 0 and writes its CSS (${good.status} ${good.stderr})`,
  );
  const bad = run('bad.json', '--strict');
  check(bad.status === 1 && /fail/.test(bad.stdout), `checkout-errors-theme --strict: poor contrast exits 1 (${bad.status})`);
  check(run('missing.json').status === 2, 'checkout-errors-theme: an unreadable file exits 2');
}

// Pure modules carry no 'use client' (a server component can call them); hooks and components do.
const directive = (file) => /^["']use client["'];/.test(readFileSync(join(modules, '@checkout-errors', file), 'utf8'));
for (const file of [
  'ui/dist/createTheme.js',
  'ui/dist/card-inputs/checks.js',
  'ui/dist/index.js',
  'ui/dist/card-inputs/index.js',
  'react/dist/analytics.js',
  'react/dist/index.js',
])
  check(!directive(file), `${file} has no 'use client'`);
for (const file of [
  'ui/dist/CheckoutErrorsProvider.js',
  'ui/dist/FieldError.js',
  'ui/dist/card-inputs/inputs.js',
  'ui/dist/dev/DeveloperPanel.js',
  'react/dist/useCheckoutErrors.js',
])
  check(directive(file), `${file} starts with 'use client'`);

rmSync(scratch, { recursive: true, force: true });
console.log(`tarballs: ${passed} passed, ${failed} failed`);
if (failed > 0) process.exit(1);
