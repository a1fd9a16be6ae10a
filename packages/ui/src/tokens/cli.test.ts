import { dtcgMap, dtcgTokens, figmaTokens, lowContrastTokens } from '@checkout-errors/testing';
import { describe, expect, it } from 'vitest';
import { type CliIo, runCli } from './cli.js';

// An in-memory file system and console for runCli.
function io(files: Record<string, string>) {
  const out: string[] = [];
  const err: string[] = [];
  const written = new Map<string, string>();
  const fs: CliIo = {
    readFile: (path) => {
      if (!Object.hasOwn(files, path)) throw new Error('ENOENT: no such file');
      return files[path] as string;
    },
    writeFile: (path, text) => void written.set(path, text),
    stdout: (line) => void out.push(line),
    stderr: (line) => void err.push(line),
  };
  return { fs, out, err, written };
}

const files = {
  'good.json': JSON.stringify(dtcgTokens),
  'map.json': JSON.stringify(dtcgMap),
  'bad.json': JSON.stringify(lowContrastTokens),
  'figma.json': JSON.stringify(figmaTokens),
  'broken.json': '{"color": ',
};

describe('checkout-errors-theme', () => {
  it('prints the contrast of a passing file and writes its CSS; --strict exits 0', () => {
    const run = io(files);
    expect(runCli(['good.json', '--map', 'map.json', '--strict', '--out', 'theme.css'], run.fs)).toBe(0);
    expect(run.out).toEqual([
      'unmapped (light values kept): color-muted, color-border, color-focus, color-warning, color-on-accent, border-width, focus-width, space-2, space-3, space-4, font-size, font-size-small, font-size-heading, line-height',
      'pass      color-error on color-bg: 6.53:1 (needs 4.5:1)',
      'pass      color-error on color-error-bg: 5.95:1 (needs 4.5:1)',
      'pass      color-text on color-bg: 16.91:1 (needs 4.5:1)',
      'pass      color-muted on color-bg: 7.55:1 (needs 4.5:1)',
      'pass      color-border on color-bg: 4.83:1 (needs 3:1)',
      'pass      color-error on color-bg: 6.53:1 (needs 3:1)',
      'pass      color-focus on color-bg: 6.70:1 (needs 3:1)',
      'pass      color-on-accent on color-accent: 6.25:1 (needs 4.5:1)',
      'wrote theme.css',
    ]);
    expect(run.written.get('theme.css')).toMatch(/^\.ce-Root\{--ce-color-bg:#ffffff;.*--ce-color-accent:#0b6e4f;.*--ce-radius:4px;/);
  });

  it('prints failures with a suggestion; --strict exits 1, without it 0', () => {
    const run = io(files);
    expect(runCli(['bad.json', '--strict'], run.fs)).toBe(1);
    expect(run.out.filter((line) => line.startsWith('fail'))).toEqual([
      'fail      color-error on color-bg: 2.28:1 (needs 4.5:1), try #b05f58',
      'fail      color-error on color-error-bg: 2.08:1 (needs 4.5:1), try #a65a53',
      'fail      color-border on color-bg: 1.23:1 (needs 3:1), try #939496',
      'fail      color-error on color-bg: 2.28:1 (needs 3:1), try #db776e',
      'fail      color-on-accent on color-accent: 2.54:1 (needs 4.5:1), try #383838',
    ]);
    expect(runCli(['bad.json'], io(files).fs)).toBe(0);
  });

  it('prints the warnings: guesses, wrong-case aliases', () => {
    const run = io(files);
    expect(runCli(['figma.json', '--mode', 'dark', '--base', 'dark'], run.fs)).toBe(0);
    expect(run.out.filter((line) => line.startsWith('warning'))).toEqual([
      'warning semantic.error: {Primitives.Red 300} read as primitives.red300: case or spaces differ',
      'warning semantic.background: {PRIMITIVES.grey950} read as primitives.grey950: case or spaces differ',
      'warning semantic.error: guessed as color-error: pass a map to choose',
      'warning semantic.background: guessed as color-bg: pass a map to choose',
    ]);
  });

  it.each([
    [['missing.json'], 'checkout-errors-theme: cannot read missing.json: ENOENT: no such file'],
    [['broken.json'], 'checkout-errors-theme: cannot read broken.json: '],
    [['good.json', '--map', 'missing.json'], 'checkout-errors-theme: cannot read missing.json: ENOENT: no such file'],
    [[], 'checkout-errors-theme: no token file'],
    [['good.json', '--base', 'sepia'], 'checkout-errors-theme: --base must be one of light, dark, high-contrast'],
    [['good.json', '--mode'], 'checkout-errors-theme: unknown or incomplete option --mode'],
  ])('exits 2 on unreadable input: %j', (argv, message) => {
    const run = io(files);
    expect(runCli(argv, run.fs)).toBe(2);
    expect(run.err[0]?.startsWith(message)).toBe(true);
  });
});
