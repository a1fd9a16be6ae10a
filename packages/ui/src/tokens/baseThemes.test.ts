import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

describe('baseThemes.ts', () => {
  it('matches theme.css (generate-base-themes.mjs --check)', () => {
    const script = new URL('./generate-base-themes.mjs', import.meta.url).pathname;
    const run = spawnSync(process.execPath, [script, '--check'], { encoding: 'utf8' });
    expect([run.status, run.stderr]).toEqual([0, '']);
  });
});
