import { aliasTokens, dtcgMap, dtcgTokens, figmaTokens, garbageTokens, legacyTokens, tokensStudioTokens } from '@checkout-errors/testing';
import { describe, expect, it } from 'vitest';
import { themeFromTokens } from './themeFromTokens.js';

describe('themeFromTokens', () => {
  it('reads a DTCG 2025.10 file through a map: colour and dimension objects, aliases, font lists, weight names', () => {
    const { theme, warnings, unmapped } = themeFromTokens(dtcgTokens, { map: dtcgMap });
    expect(theme.properties).toEqual({
      '--ce-color-error': '#b3261e',
      '--ce-color-error-bg': '#fdf2f1',
      '--ce-color-text': '#1a1d21',
      '--ce-color-bg': '#ffffff',
      '--ce-color-accent': '#0b6e4f',
      '--ce-radius': '4px',
      '--ce-space-1': '0.25rem',
      '--ce-font-family': '"Inter Variable", system-ui, sans-serif',
      '--ce-font-weight-strong': '600',
    });
    expect(theme.name).toBe('light');
    expect(warnings).toEqual([]);
    expect(unmapped).toEqual([
      'color-muted',
      'color-border',
      'color-focus',
      'color-warning',
      'color-on-accent',
      'border-width',
      'focus-width',
      'space-2',
      'space-3',
      'space-4',
      'font-size',
      'font-size-small',
      'font-size-heading',
      'line-height',
    ]);
  });

  it('guesses the same DTCG file without a map and says so for each guess (a kit-named token, font.family, is no guess)', () => {
    const { theme, warnings } = themeFromTokens(dtcgTokens, { base: 'dark' });
    expect(theme.name).toBe('dark');
    expect(theme.properties).toEqual({
      '--ce-color-error-bg': '#fdf2f1',
      '--ce-color-error': '#b3261e',
      '--ce-color-accent': '#0b6e4f',
      '--ce-color-text': '#1a1d21',
      '--ce-color-bg': '#ffffff',
      '--ce-radius': '4px',
      '--ce-font-family': '"Inter Variable", system-ui, sans-serif',
      '--ce-font-weight-strong': '600',
    });
    expect(warnings).toEqual([
      { token: 'semantic.color.danger.surface', message: 'guessed as color-error-bg: pass a map to choose' },
      { token: 'semantic.color.danger.text', message: 'guessed as color-error: pass a map to choose' },
      { token: 'semantic.color.brand.primary', message: 'guessed as color-accent: pass a map to choose' },
      { token: 'semantic.color.text.default', message: 'guessed as color-text: pass a map to choose' },
      { token: 'semantic.color.background.page', message: 'guessed as color-bg: pass a map to choose' },
      { token: 'primitive.size.radius.200', message: 'guessed as radius: pass a map to choose' },
      { token: 'semantic.font.weight.bold', message: 'guessed as font-weight-strong: pass a map to choose' },
    ]);
  });

  it('reads legacy string values: hex kept as written, unitless sizes as px, rem and em kept, unitless line height', () => {
    const { theme, warnings } = themeFromTokens(legacyTokens);
    expect(theme.properties).toEqual({
      '--ce-color-error': '#B3261E',
      '--ce-color-error-bg': '#fdf2f1',
      '--ce-color-border': '#00000080',
      '--ce-radius': '8px',
      '--ce-border-width': '2px',
      '--ce-font-size': '1.0625rem',
      '--ce-space-2': '0.5em',
      '--ce-line-height': '1.4',
    });
    // Named like kit tokens (`color.error` is `color-error`): no guesses to report.
    expect(warnings).toEqual([]);
  });

  it('reads a Tokens Studio export: value/type without $, sets left out of aliases, unitless radius as px', () => {
    const { theme, warnings } = themeFromTokens(tokensStudioTokens, {
      map: {
        'color-error': 'semantic.fg.danger',
        'color-text': 'fg.default',
        'color-bg': 'semantic.bg.canvas',
        radius: 'semantic.radius.control',
        'font-family': 'fontFamilies.body',
      },
    });
    expect(theme.properties).toEqual({
      '--ce-color-error': '#b3261e',
      '--ce-color-text': '#1a1d21',
      '--ce-color-bg': '#ffffff',
      '--ce-radius': '6px',
      '--ce-font-family': 'Inter, sans-serif',
    });
    expect(warnings).toEqual([]);
  });

  it('picks a Figma mode from $extensions and resolves wrong-case aliases with a warning', () => {
    const dark = themeFromTokens(figmaTokens, {
      mode: 'dark',
      map: { 'color-error': 'semantic.error', 'color-bg': 'semantic.background' },
    });
    expect(dark.theme.properties).toEqual({ '--ce-color-error': '#ff9b93', '--ce-color-bg': '#15171a' });
    expect(dark.warnings).toEqual([
      { token: 'semantic.error', message: '{Primitives.Red 300} read as primitives.red300: case or spaces differ' },
      { token: 'semantic.background', message: '{PRIMITIVES.grey950} read as primitives.grey950: case or spaces differ' },
    ]);
    const light = themeFromTokens(figmaTokens, { map: { 'color-error': 'semantic.error', 'color-bg': 'semantic.background' } });
    expect(light.theme.properties).toEqual({ '--ce-color-error': '#b3261e', '--ce-color-bg': '#ffffff' });
    expect(light.warnings).toEqual([]);
    expect(themeFromTokens(figmaTokens, { mode: 'sepia', map: {} }).warnings).toEqual([{ token: '', message: 'no token has mode sepia' }]);
  });

  it('follows alias chains; a cycle or a missing target is a warning, not a throw', () => {
    const { theme, warnings } = themeFromTokens(aliasTokens, {
      map: { 'color-error': 'danger', 'color-focus': 'loop.a', 'color-border': 'ghost' },
    });
    expect(theme.properties).toEqual({ '--ce-color-error': '#b3261e' });
    expect(warnings).toEqual([
      { token: 'loop.a', message: 'alias cycle: loop.a → loop.b → loop.a' },
      { token: 'loop.b', message: 'alias cycle: loop.b → loop.a → loop.b' },
      { token: 'ghost', message: '{does.not.exist} names no token' },
      { token: 'color-focus', message: '{loop.a} names no token' },
      { token: 'color-border', message: '{ghost} names no token' },
    ]);
  });

  it('warns about map entries that name no kit token', () => {
    const { theme, warnings } = themeFromTokens(
      { danger: { $value: '#b3261e' } },
      { map: { 'color-danger': 'danger', ['__proto__']: 'danger' } },
    );
    expect(theme.properties).toEqual({});
    expect(warnings).toEqual([
      { token: 'color-danger', message: 'map: not a kit token and a path' },
      { token: '__proto__', message: 'map: not a kit token and a path' },
    ]);
  });

  it.each(garbageTokens)('gives the base theme and warnings for $name, without touching prototypes', ({ tokens }) => {
    const { theme, warnings, unmapped } = themeFromTokens(tokens, { base: 'high-contrast' });
    expect(theme.name).toBe('high-contrast');
    expect(theme.properties).toEqual({});
    expect(warnings.length).toBeGreaterThan(0);
    expect(unmapped).toHaveLength(23);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('stops at 20,000 tokens and reads a wide file of broken aliases quickly', () => {
    const wide = {
      group: Object.fromEntries(Array.from({ length: 30_000 }, (_, i) => [`t${i}`, { $type: 'color', $value: `{missing.t${i}}` }])),
    };
    const started = performance.now();
    const { warnings } = themeFromTokens(wide, { map: {} });
    expect(performance.now() - started).toBeLessThan(2000);
    expect(warnings[0]).toEqual({ token: '', message: 'over 64 levels deep or 20000 nodes: the rest ignored' });
    expect(warnings).toHaveLength(1 + 19_998);
  });

  it('reads a Figma alias written with the variable’s name for a slug key, and a font stack given as one entry', () => {
    const tokens = {
      p: {
        'family-sans': { $type: 'fontFamily', $value: 'Inter' },
        stack: { $type: 'fontFamily', $value: ["-apple-system, 'Segoe UI', sans-serif"] },
      },
      b: { $type: 'fontFamily', $value: '{p.Family Sans}' },
    };
    const figma = themeFromTokens(tokens, { map: { 'font-family': 'b' } });
    expect(figma.theme.properties['--ce-font-family']).toBe('Inter');
    expect(figma.warnings.map((w) => w.message)).toEqual(['{p.Family Sans} read as p.family-sans: case or spaces differ']);
    const primer = themeFromTokens(tokens, { map: { 'font-family': 'p.stack' } });
    expect(primer.theme.properties['--ce-font-family']).toBe("-apple-system, 'Segoe UI', sans-serif");
    const listed = themeFromTokens(
      { f: { $type: 'fontFamily', $value: ["'Segoe UI'", 'Open Sans', 'sans-serif'] } },
      { map: { 'font-family': 'f' } },
    );
    expect(listed.theme.properties['--ce-font-family']).toBe(`'Segoe UI', "Open Sans", sans-serif`);
  });
});
