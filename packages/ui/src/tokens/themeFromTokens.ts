import { createTheme, type Theme, type ThemeTokens } from '../createTheme.js';
import { baseThemes } from './baseThemes.js';
import { toHex } from './color.js';
import { kindOf } from './kindOf.js';
import { finder, isObject, own, type ReadToken, readTokens, type Warning } from './readTokens.js';

export interface ThemeFromTokensOptions {
  /** Kit token (`'color-error'`) → the token's path as an alias writes it, braces optional. Default: guessed from common names, each guess a warning. */
  map?: Record<string, string>;
  /** The mode a Figma export keeps in `$extensions` (`'dark'`). Default: the tokens' own values. */
  mode?: string;
  /** The shipped theme the tokens go over. Default: `'light'`. */
  base?: 'light' | 'dark' | 'high-contrast';
}

export interface ThemeFromTokensResult {
  theme: Theme;
  /** What was guessed, skipped or could not be read, by token path (`''` for the whole file). */
  warnings: Warning[];
  /** Kit tokens left at the base theme's value. */
  unmapped: (keyof ThemeTokens)[];
}

type Kit = keyof ThemeTokens;
const KIT = Object.keys(baseThemes.light) as Kit[];

const E = 'danger|error|negative|critical';
const B = 'bg|background|surface|container|subtle|weak|fill';
// Common design-system names for each kit token, most specific first; a path one kit token
// takes is not offered to the next. [kit token, name pattern, must not match].
const GUESSES: [Kit, RegExp, RegExp?][] = [
  ['color-on-accent', /on-(accent|primary|brand)|(accent|primary|brand)-(fg|foreground|text|on|contrast)/],
  ['color-error-bg', RegExp(`(${E}).*(${B})|(${B}).*(${E})`)],
  ['color-error', RegExp(E)],
  ['color-warning', /warn|caution|attention/, RegExp(B)],
  ['focus-width', /(focus|ring|outline).*width/],
  ['border-width', /(border|stroke).*width/],
  ['color-focus', /focus|ring/],
  ['color-border', /border|outline|stroke|divider/],
  ['color-muted', /muted|subtle|secondary|subdued|tertiary/],
  ['color-accent', /accent|primary|brand|action|interactive/],
  ['color-text', /text|foreground|fg|body/],
  ['color-bg', /background|surface|canvas|bg|page/],
  ['radius', /radius|rounded|corner/],
  ['font-family', /famil|typeface/],
  ['font-size-small', /font-size.*(sm|small|caption)/],
  ['font-size-heading', /font-size.*(heading|title|lg|large)/],
  ['font-size', /font-size(.*(base|body|md|medium|default))?$/],
  ['line-height', /line-height|leading/],
  ['font-weight-strong', /font-weight.*(bold|strong|semi|heavy)/],
];

/** A design-token file (DTCG 2025.10, legacy strings, Tokens Studio, Figma modes) as a kit theme. Never throws. */
export function themeFromTokens(tokens: unknown, { map, mode, base = 'light' }: ThemeFromTokensOptions = {}): ThemeFromTokensResult {
  const warnings: Warning[] = [];
  const warn = (token: string, message: string) => void warnings.push({ token, message });
  const read = readTokens(tokens, mode, warn);
  const find = finder(read, warn);
  const chosen = map === undefined ? guess(read, warn) : new Map<Kit, string>();
  for (const [kit, target] of isObject(map) ? Object.entries(map) : []) {
    // Braces optional: `{a.b}` and `a.b` name the same token.
    const path =
      KIT.includes(kit as Kit) && typeof target === 'string'
        ? find(target.replace(/[{}]/g, '').trim(), kit)
        : warn(kit, 'map: not a kit token and a path');
    if (path !== undefined) chosen.set(kit as Kit, path);
  }
  const values: Partial<ThemeTokens> = {};
  for (const [kit, path] of chosen) {
    const value = toCss(kit, read.get(path)?.value);
    if (value === undefined) warn(path, `not usable as ${kit}`);
    else values[kit] = value;
  }
  return { theme: createTheme(values, base), warnings, unmapped: KIT.filter((kit) => !Object.hasOwn(values, kit)) };
}

// `semantic.color.dangerText` → `semantic-color-danger-text`, for the name patterns.
const words = (path: string) =>
  path
    .replace(/([a-z\d])([A-Z])/g, '$1-$2')
    .replace(/[\s._]+/g, '-')
    .toLowerCase();

function guess(read: Map<string, ReadToken>, warn: (token: string, message: string) => void): Map<Kit, string> {
  const chosen = new Map<Kit, string>();
  const taken = (path: string) => [...chosen.values()].includes(path);
  // Named like a kit token (`ce.color-error`, what themeToTokens writes; `color.error`): no guess.
  for (const path of read.keys()) {
    const kit = KIT.find((k) => `-${words(path)}`.endsWith(`-${k}`));
    if (kit && !chosen.has(kit)) chosen.set(kit, path);
  }
  for (const [kit, pattern, unless] of GUESSES) {
    for (const [path, { value, type }] of chosen.has(kit) ? [] : read) {
      const name = words(path);
      // Untyped tokens are colours when they read as one; Tokens Studio spells types its own way.
      const color = type === undefined ? colorCss(value) !== undefined : /colou?r/i.test(type);
      if (taken(path) || !pattern.test(name) || unless?.test(name) || color !== (kindOf(kit) === 'color')) continue;
      chosen.set(kit, path);
      warn(path, `guessed as ${kit}: pass a map to choose`);
      break;
    }
  }
  return chosen;
}

// CSS Fonts' weight names, 100 to 900 (DTCG fontWeight allows them), spaces and dashes folded.
// `normal` is `regular`; the replace folds it (a one-letter match has no m[1]).
const WEIGHTS = 'thin extralight light regular medium semibold bold extrabold black'.split(' ');
// Anything that could end a declaration or a rule is refused here; themeCss refuses it again.
const safe = (css: string) => (/[<>{};\\]/.test(css) ? undefined : css);

/** The token's value as CSS for `kit`, or undefined when it is not that kind of value. */
export function toCss(kit: Kit | string, value: unknown): string | undefined {
  const kind = kindOf(kit);
  if (kind === 'color') return colorCss(value);
  // DTCG fontFamily: a name or a list of them; a list's names with spaces get quotes, unless an
  // entry is quoted already or is a whole stack itself (Primer's exports write one).
  if (kind === 'fontFamily') {
    const names = Array.isArray(value) ? value.map((n) => (/^[^,'"]* [^,'"]*$/.test(n) ? `"${n}"` : n)) : [value];
    return names.every((n) => typeof n === 'string') ? safe(names.join(', ')) : undefined;
  }
  // A DTCG dimension object's value must be a number.
  const number = own(value, 'value');
  const text = String(isObject(value) ? `${typeof number === 'number' ? number : Number.NaN}${own(value, 'unit')}` : value).trim();
  if (kind === 'fontWeight') {
    const index = WEIGHTS.indexOf(text.toLowerCase().replace(/[\s_-]|^normal$/g, (m) => (m[1] ? 'regular' : '')));
    return index < 0 ? /^\d{3}$/.exec(text)?.[0] : `${index + 1}00`;
  }
  // A unitless number is px, except for line heights (a multiple of the font size).
  const length = /^(-?\d*\.?\d+)(px|r?em|%)?$/.exec(text);
  return length ? length[1] + (length[2] ?? (kind === 'number' ? '' : 'px')) : undefined;
}

function colorCss(value: unknown): string | undefined {
  if (typeof value === 'string') {
    const css = value.trim();
    return /^(#[\da-f]{3,8}|[a-z-]+\(.*\)|[a-z]+)$/i.test(css) ? safe(css) : undefined;
  }
  const components = own(value, 'components');
  const alpha = own(value, 'alpha');
  const hex = own(value, 'hex');
  const tail = typeof alpha === 'number' && alpha < 1 ? [alpha * 255] : [];
  // `none` components (DTCG allows them) count as 0.
  if (own(value, 'colorSpace') === 'srgb' && Array.isArray(components) && components.length === 3)
    return toHex([...components.map((c) => (typeof c === 'number' ? c * 255 : 0)), ...tail]);
  // Another colour space: its `hex` fallback, sRGB by DTCG's rules.
  return typeof hex === 'string' && /^#[\da-f]{6}$/i.test(hex) ? hex.toLowerCase() + toHex(tail).slice(1) : undefined;
}
