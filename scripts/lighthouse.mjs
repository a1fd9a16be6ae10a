// Lighthouse 12 (13 needs Node 22) over the built demo in Debian's chromium: prints the
// category scores and the main metrics. A figure for the record, not a gate (goal: performance
// >= 0.95, accessibility 1.0). The full report goes to artifacts/lighthouse.json.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { chromiumLaunch } from './chromium.mjs';
import { startPreview } from './preview-server.mjs';

const PORT = 4174;
const ARTIFACTS = new URL('../artifacts/', import.meta.url).pathname;
mkdirSync(ARTIFACTS, { recursive: true });

const { url: URL_, stop } = await startPreview(PORT);

// Lighthouse launches chromium itself: the shared flags, with the new headless mode it needs.
const flags = ['--headless=new', ...chromiumLaunch.args.filter((arg) => arg !== '--headless')].join(' ');
const run = spawnSync(
  'pnpm',
  [
    'exec',
    'lighthouse',
    URL_,
    '--quiet',
    '--output=json',
    `--output-path=${ARTIFACTS}lighthouse.json`,
    `--chrome-flags=${flags}`,
    '--only-categories=performance,accessibility,best-practices,seo',
  ],
  { stdio: 'inherit', env: { ...process.env, CHROME_PATH: chromiumLaunch.executablePath } },
);
stop();
if (run.status !== 0) {
  console.error('lighthouse did not finish');
  process.exit(1);
}
const report = JSON.parse(readFileSync(`${ARTIFACTS}lighthouse.json`, 'utf8'));
console.log(`Lighthouse ${report.lighthouseVersion} on ${URL_} (${report.configSettings.formFactor}, simulated throttling)`);
for (const [id, category] of Object.entries(report.categories)) console.log(`  ${id.padEnd(16)} ${category.score}`);
for (const id of ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index']) {
  console.log(`  ${id.padEnd(26)} ${report.audits[id]?.displayValue}`);
}
const failing = Object.values(report.categories.accessibility.auditRefs)
  .map((ref) => report.audits[ref.id])
  .filter((audit) => audit.score !== null && audit.score < 1)
  .map((audit) => audit.id);
if (failing.length > 0) console.log(`  accessibility audits below 1: ${failing.join(', ')}`);
