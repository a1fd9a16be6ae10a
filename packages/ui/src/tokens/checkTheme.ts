import type { Theme, ThemeTokens } from '../createTheme.js';
import { baseThemes } from './baseThemes.js';
import { contrast, over, parseColor, type Rgba, toHex } from './color.js';

type ColorToken = Extract<keyof ThemeTokens, `color-${string}`>;

/** One pair of colours the components draw together, and how it measures. */
export interface ContrastFinding {
  /** The foreground token, then the token it is drawn on. */
  pair: [ColorToken, ColorToken];
  /** WCAG 2 contrast ratio, rounded down to two decimals; null when it needs a browser to know. */
  ratio: number | null;
  /** 4.5 for text, 3 for borders, icons and the focus ring (WCAG 1.4.3, 1.4.11). */
  required: number;
  /** `warn`: passes, but over a translucent page background (measured over white). `unchecked`: not a hex colour (var(), color-mix(), currentColor…). */
  level: 'pass' | 'fail' | 'warn' | 'unchecked';
  /** For a failure: the nearest foreground (mixed toward black or white) that passes. */
  suggestion?: string;
}

// What styles.css draws on what, with WCAG's minimum for each: text 4.5 (left out), non-text 3.
const PAIRS: [ColorToken, ColorToken, number?][] = [
  ['color-error', 'color-bg'],
  ['color-error', 'color-error-bg'],
  ['color-text', 'color-bg'],
  ['color-muted', 'color-bg'],
  ['color-border', 'color-bg', 3],
  ['color-error', 'color-bg', 3], // the error icon
  ['color-focus', 'color-bg', 3],
  ['color-on-accent', 'color-accent'],
];
const WHITE = [255, 255, 255];

/** The theme's colours (its own over its base theme's) measured pair by pair, WCAG 2. */
export function checkTheme(theme: Pick<Theme, 'name' | 'properties'>): ContrastFinding[] {
  const values = themeValues(theme);
  const color = (token: ColorToken) => parseColor(values[token]);
  // What is beneath the checkout is the shop's: a translucent page background is measured over white.
  const page = color('color-bg');
  const bg = page && over(page, WHITE);
  return PAIRS.map(([fg, on, required = 4.5]) => {
    const top = color(fg);
    const under = color(on);
    const bottom = bg && under && (on === 'color-bg' ? bg : over(under, bg));
    const finding: ContrastFinding = { pair: [fg, on], ratio: null, required, level: 'unchecked' };
    if (!top || !bottom) return finding;
    const opaque = over(top, bottom);
    const ratio = Math.floor(contrast(opaque, bottom) * 100) / 100;
    finding.ratio = ratio;
    finding.level = ratio < required ? 'fail' : page?.[3] === 1 ? 'pass' : 'warn';
    // 1% at a time toward black and white (black first); the first that passes once written as hex.
    for (let step = 1; ratio < required && !finding.suggestion && step <= 100; step++) {
      const hex = [[0, 0, 0], WHITE]
        .map((to) => toHex(over(to, opaque, step / 100)))
        .find((hex) => contrast(parseColor(hex) as Rgba, bottom) >= required);
      if (hex) finding.suggestion = hex;
    }
    return finding;
  });
}

/** Every token's value: the theme's own, else its base theme's, else light's. */
export function themeValues(theme: Pick<Theme, 'name' | 'properties'>): ThemeTokens {
  const values: ThemeTokens = {
    ...baseThemes.light,
    ...(theme.name === 'dark' || theme.name === 'high-contrast' ? baseThemes[theme.name] : {}),
  };
  for (const token of Object.keys(values) as (keyof ThemeTokens)[]) {
    const own = Object.hasOwn(theme.properties, `--ce-${token}`) ? theme.properties[`--ce-${token}`] : undefined;
    if (typeof own === 'string') values[token] = own;
  }
  return values;
}
