#!/usr/bin/env node
// Enforces the one-way flow of STYLE.md: core ← react ← ui, and testing imports none of ours.
// For every package's src/, each import must (1) be declared in that package's package.json
// (dependencies or peerDependencies; tests may also use its and the root's devDependencies) and (2) name only
// packages of ours that sit below it. Core and testing must not import React, nor Node built-ins
// outside tests (they run in browsers). Exits 1 with one line per violation.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

// What each of our packages may import of ours, outside tests.
const ALLOWED_OURS = {
  testing: [],
  core: [],
  react: ['core'],
  ui: ['core', 'react'],
};
// Packages that must stay free of React and of Node built-ins (browser and Node alike).
const FRAMEWORK_FREE = new Set(['core', 'testing']);

const isTest = (file) => /\.(test|browser\.test|ssr\.test|stories|test-helpers)\.[cm]?[jt]sx?$/.test(file);
const sourceFiles = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.[cm]?[jt]sx?$/.test(name) ? [path] : [];
  });

// Static imports, re-exports and dynamic imports with a literal specifier.
const IMPORT =
  /(?:^|[;\s])(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|(?:^|[;\s])import\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;
const packageName = (specifier) => {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
};

// Test tooling (vitest, fast-check, Testing Library) lives once at the root.
const rootDev = Object.keys(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).devDependencies ?? {});

const problems = [];
for (const dir of readdirSync(join(root, 'packages'))) {
  const pkgDir = join(root, 'packages', dir);
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
  } catch {
    continue;
  }
  const short = manifest.name.replace('@checkout-errors/', '');
  if (!Object.hasOwn(ALLOWED_OURS, short)) {
    problems.push(`${manifest.name}: not in scripts/check-boundaries.mjs; say which of our packages it may import`);
    continue;
  }
  const runtime = new Set([...Object.keys(manifest.dependencies ?? {}), ...Object.keys(manifest.peerDependencies ?? {})]);
  const dev = new Set([...runtime, ...Object.keys(manifest.devDependencies ?? {}), ...rootDev]);
  for (const file of sourceFiles(join(pkgDir, 'src'))) {
    const text = readFileSync(file, 'utf8');
    const test = isTest(file);
    const where = relative(root, file);
    for (const match of text.matchAll(IMPORT)) {
      const specifier = match[1] ?? match[2] ?? match[3];
      if (specifier.startsWith('.') || specifier.startsWith('/')) continue;
      if (specifier.startsWith('node:')) {
        if (FRAMEWORK_FREE.has(short) && !test) problems.push(`${where}: ${specifier}: ${manifest.name} runs in browsers too`);
        continue;
      }
      const name = packageName(specifier);
      if (FRAMEWORK_FREE.has(short) && /^(react|react-dom)$/.test(name))
        problems.push(`${where}: ${name}: ${manifest.name} knows nothing of React`);
      if (name.startsWith('@checkout-errors/')) {
        const ours = name.replace('@checkout-errors/', '');
        const allowed = ALLOWED_OURS[short].includes(ours) || (test && ours === 'testing' && short !== 'testing');
        if (!allowed)
          problems.push(`${where}: ${name}: ${manifest.name} may import only ${ALLOWED_OURS[short].join(', ') || 'none'} of ours`);
      }
      // A package that ships no types of its own is declared by its DefinitelyTyped package
      // (braintree-web by @types/braintree-web): tests import its types only.
      const typesOnly = `@types/${name.replace(/^@/, '').replace('/', '__')}`;
      if (!(test ? dev : runtime).has(name) && !(test && dev.has(typesOnly)))
        problems.push(`${where}: ${name} is imported but not declared in ${relative(root, pkgDir)}/package.json`);
    }
  }
}

if (problems.length > 0) {
  console.error(`check-boundaries: ${problems.length} problem(s)\n${problems.join('\n')}`);
  process.exit(1);
}
console.log('check-boundaries: every package imports only what it declares, downward only.');
