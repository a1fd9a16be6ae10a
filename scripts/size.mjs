#!/usr/bin/env node
// `pnpm size` in one package: runs size-limit (brotli) on its `.size-limit.js`, prints every
// figure with its budget, and applies the relative budgets the config exports as `relative`
// (`[{ name, below, allowances }]`: the first entry must measure below the second in this same
// run, e.g. the typical checkout below react-hook-form, plus any allowances issues have named
// since, each printed with its reason). Exits 1 when any budget fails.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const cwd = process.cwd();
const config = await import(pathToFileURL(join(cwd, '.size-limit.js')).href);
const run = spawnSync('pnpm', ['exec', 'size-limit', '--json'], { cwd, encoding: 'utf8' });
let results;
try {
  results = JSON.parse(run.stdout);
} catch {
  process.stderr.write(run.stdout + run.stderr);
  process.exit(1);
}

const kB = (bytes) => `${(bytes / 1000).toFixed(2)} kB`;
const byName = new Map(results.map((r) => [r.name, r]));
let failed = 0;
for (const result of results) {
  const ok = result.passed !== false;
  if (!ok) failed++;
  const budget = result.sizeLimit === undefined ? '' : ` (budget ${kB(result.sizeLimit)})`;
  console.log(`${ok ? '  ' : '✖ '}${kB(result.size).padStart(9)}  ${result.name}${budget}`);
}
for (const { name, below, allowances = [] } of config.relative ?? []) {
  const a = byName.get(name);
  const b = byName.get(below);
  if (!a || !b) {
    console.log(`✖ relative budget names an entry that was not measured: ${!a ? name : below}`);
    failed++;
    continue;
  }
  const allowed = allowances.reduce((sum, allowance) => sum + allowance.bytes, 0);
  const limit = b.size + allowed;
  const ok = a.size < limit;
  if (!ok) failed++;
  const plus = allowances.map((allowance) => ` + ${kB(allowance.bytes)} (${allowance.reason})`).join('');
  console.log(`${ok ? '  ' : '✖ '}${kB(a.size)} < ${kB(b.size)}${plus}: "${name}" below "${below}" (${kB(limit - a.size)} to spare)`);
  if (allowed > 0) console.log(`   ${kB(a.size - b.size)} above the yardstick itself`);
}
if (failed > 0) {
  console.log(`${failed} size budget(s) failed`);
  process.exit(1);
}
