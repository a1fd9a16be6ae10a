import { describe, expect, it } from 'vitest';
import { createTheme } from '../createTheme.js';
import { baseThemes } from './baseThemes.js';
import { themeFromTokens } from './themeFromTokens.js';
import { themeToCss } from './themeToCss.js';
import { themeToTokens } from './themeToTokens.js';

const brand = createTheme(
  {
    'color-error': '#b3261e',
    'color-error-bg': '#fdf2f180',
    'color-accent': '#0B6E4F',
    'color-text': 'rgb(26 29 33)',
    radius: '2px',
    'space-2': '0.5rem',
    'focus-width': '.2em',
    'font-family': '"Segoe UI", Roboto, sans-serif',
    'line-height': '1.45',
    'font-weight-strong': '700',
  },
  'dark',
);

describe('themeToTokens', () => {
  it('writes DTCG 2025.10 objects where they give the value back exactly, strings elsewhere', () => {
    expect(themeToTokens(brand)).toEqual({
      ce: {
        'color-error': { $type: 'color', $value: { colorSpace: 'srgb', components: [0.702, 0.149, 0.1176], hex: '#b3261e' } },
        'color-error-bg': {
          $type: 'color',
          $value: { colorSpace: 'srgb', components: [0.9922, 0.949, 0.9451], hex: '#fdf2f1', alpha: 0.502 },
        },
        'color-accent': { $type: 'color', $value: '#0B6E4F' },
        'color-text': { $type: 'color', $value: 'rgb(26 29 33)' },
        radius: { $type: 'dimension', $value: { value: 2, unit: 'px' } },
        'space-2': { $type: 'dimension', $value: { value: 0.5, unit: 'rem' } },
        'focus-width': { $type: 'dimension', $value: '.2em' },
        'font-family': { $type: 'fontFamily', $value: '"Segoe UI", Roboto, sans-serif' },
        'line-height': { $type: 'number', $value: 1.45 },
        'font-weight-strong': { $type: 'fontWeight', $value: 700 },
      },
    });
  });

  it('round-trips: themeFromTokens reads it back with no map, no warnings, to the same properties', () => {
    const back = themeFromTokens(JSON.parse(JSON.stringify(themeToTokens(brand))), { base: 'dark' });
    expect(back.warnings).toEqual([]);
    expect(back.theme.properties).toEqual(brand.properties);
    for (const name of ['light', 'dark', 'high-contrast'] as const) {
      const shipped = createTheme(baseThemes.light, name);
      expect(themeFromTokens(themeToTokens(shipped), { base: name }).theme).toEqual(shipped);
    }
  });
});

describe('themeToCss', () => {
  it('writes every token, the base theme’s under the theme’s own, as one rule', () => {
    const css = themeToCss(createTheme({ 'color-error': '#a00000' }, 'dark'), { selector: '.checkout' });
    expect(css.startsWith('.checkout{--ce-color-bg:#15171a;--ce-color-text:#f1f3f5;')).toBe(true);
    expect(css).toContain(';--ce-color-error:#a00000;');
    expect(css).toContain(
      ';--ce-font-family:system-ui, -apple-system, Segoe UI, Roboto, Noto Sans, Noto Sans Arabic, Noto Sans CJK JP, sans-serif;',
    );
    expect(css.match(/--ce-/g)).toHaveLength(23);
    expect(themeToCss(createTheme({}))).toMatch(/^\.ce-Root\{--ce-color-bg:#ffffff;/);
  });
});
