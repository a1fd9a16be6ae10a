// The logic of `checkout-errors-theme` (bin/checkout-errors-theme.mjs), with the file system and
// the console passed in, so tests run it without spawning Node or building.
import { checkTheme } from './checkTheme.js';
import { type ThemeFromTokensOptions, themeFromTokens } from './themeFromTokens.js';
import { themeToCss } from './themeToCss.js';

/** What the CLI touches. */
export interface CliIo {
  readFile(path: string): string;
  writeFile(path: string, text: string): void;
  stdout(line: string): void;
  stderr(line: string): void;
}

const USAGE =
  'usage: checkout-errors-theme tokens.json [--map map.json] [--mode dark] [--base light|dark|high-contrast] [--out theme.css] [--strict]';
const BASES = ['light', 'dark', 'high-contrast'] as const;

/** Runs the CLI; returns the exit code: 0 done, 1 a contrast failure under `--strict`, 2 bad input. */
export function runCli(argv: readonly string[], io: CliIo): number {
  const flags = new Map<string, string>();
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--strict') flags.set(arg, '');
    else if (['--map', '--mode', '--base', '--out'].includes(arg) && argv[i + 1] !== undefined) flags.set(arg, argv[++i] as string);
    else if (!arg.startsWith('--')) files.push(arg);
    else return fail(io, `unknown or incomplete option ${arg}`);
  }
  const [file] = files;
  if (file === undefined || files.length > 1) return fail(io, files.length > 1 ? 'one token file at a time' : 'no token file');
  const base = flags.get('--base') ?? 'light';
  if (!BASES.includes(base as (typeof BASES)[number])) return fail(io, `--base must be one of ${BASES.join(', ')}`);

  const tokens = readJson(io, file);
  if (tokens === undefined) return 2;
  const options: ThemeFromTokensOptions = { base: base as (typeof BASES)[number] };
  const mapFile = flags.get('--map');
  if (mapFile !== undefined) {
    const map = readJson(io, mapFile);
    if (map === undefined) return 2;
    options.map = map as Record<string, string>;
  }
  const mode = flags.get('--mode');
  if (mode !== undefined) options.mode = mode;

  const { theme, warnings, unmapped } = themeFromTokens(tokens, options);
  for (const { token, message } of warnings) io.stdout(`warning ${token || file}: ${message}`);
  if (unmapped.length > 0) io.stdout(`unmapped (${base} values kept): ${unmapped.join(', ')}`);
  let failed = 0;
  for (const { pair, ratio, required, level, suggestion } of checkTheme(theme)) {
    if (level === 'fail') failed++;
    const measured = ratio === null ? 'not measurable here' : `${ratio.toFixed(2)}:1`;
    io.stdout(`${level.padEnd(9)} ${pair[0]} on ${pair[1]}: ${measured} (needs ${required}:1)${suggestion ? `, try ${suggestion}` : ''}`);
  }
  const out = flags.get('--out');
  if (out !== undefined) {
    try {
      io.writeFile(out, `${themeToCss(theme)}\n`);
    } catch (error) {
      return fail(io, `cannot write ${out}: ${(error as Error).message}`);
    }
    io.stdout(`wrote ${out}`);
  }
  return failed > 0 && flags.has('--strict') ? 1 : 0;
}

function readJson(io: CliIo, path: string): unknown {
  try {
    return JSON.parse(io.readFile(path)) as unknown;
  } catch (error) {
    io.stderr(`checkout-errors-theme: cannot read ${path}: ${(error as Error).message}`);
    return undefined;
  }
}

function fail(io: CliIo, message: string): number {
  io.stderr(`checkout-errors-theme: ${message}\n${USAGE}`);
  return 2;
}
