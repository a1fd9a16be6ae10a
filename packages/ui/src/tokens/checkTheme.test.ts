import { lowContrastTokens, uncheckableTokens } from '@checkout-errors/testing';
import { describe, expect, it } from 'vitest';
import { createTheme } from '../createTheme.js';
import { checkTheme } from './checkTheme.js';
import { themeFromTokens } from './themeFromTokens.js';

const summary = (theme: Parameters<typeof checkTheme>[0]) =>
  checkTheme(theme).map(({ pair, ratio, required, level, suggestion }) => [`${pair[0]} on ${pair[1]}`, ratio, required, level, suggestion]);

describe('checkTheme', () => {
  it('passes every pair of the shipped light theme, with WCAG 2 ratios', () => {
    expect(summary(createTheme({}, 'light'))).toEqual([
      ['color-error on color-bg', 6.53, 4.5, 'pass', undefined],
      ['color-error on color-error-bg', 5.95, 4.5, 'pass', undefined],
      ['color-text on color-bg', 16.91, 4.5, 'pass', undefined],
      ['color-muted on color-bg', 7.55, 4.5, 'pass', undefined],
      ['color-border on color-bg', 4.83, 3, 'pass', undefined],
      ['color-error on color-bg', 6.53, 3, 'pass', undefined],
      ['color-focus on color-bg', 6.7, 3, 'pass', undefined],
      ['color-on-accent on color-accent', 6.7, 4.5, 'pass', undefined],
    ]);
  });

  it.each(['dark', 'high-contrast'] as const)('passes every pair of the shipped %s theme', (name) => {
    expect(checkTheme(createTheme({}, name)).map((f) => f.level)).toEqual(Array(8).fill('pass'));
  });

  it('fails low-contrast colours and suggests the nearest colour that passes', () => {
    const { theme } = themeFromTokens(lowContrastTokens);
    const findings = checkTheme(theme);
    expect(findings.filter((f) => f.level === 'fail').map((f) => [f.pair.join(' on '), f.ratio, f.required, f.suggestion])).toEqual([
      ['color-error on color-bg', 2.28, 4.5, '#b05f58'],
      ['color-error on color-error-bg', 2.08, 4.5, '#a65a53'],
      ['color-border on color-bg', 1.23, 3, '#939496'],
      ['color-error on color-bg', 2.28, 3, '#db776e'],
      ['color-on-accent on color-accent', 2.54, 4.5, '#383838'],
    ]);
    // Each suggestion, put in place of the failing colour, passes.
    for (const { pair, required, suggestion } of findings.filter((f) => f.level === 'fail')) {
      const fixed = createTheme(
        { ...Object.fromEntries(Object.entries(theme.properties).map(([k, v]) => [k.slice(5), v])), [pair[0]]: suggestion },
        'light',
      );
      const again = checkTheme(fixed).find((f) => f.pair.join() === pair.join() && f.required === required);
      expect(again?.level).toBe('pass');
    }
  });

  it('composites a translucent colour over the background before measuring', () => {
    // #00000080 is 50.2% black: #7f7f7f over white, 4.00:1.
    const [, , , , border] = checkTheme(createTheme({ 'color-border': '#00000080' }));
    expect(border).toEqual({ pair: ['color-border', 'color-bg'], ratio: 4, required: 3, level: 'pass' });
  });

  it('warns when the page background itself is translucent (what is beneath it is the shop’s)', () => {
    expect(checkTheme(createTheme({ 'color-bg': '#ffffffcc' })).map((f) => f.level)).toEqual(Array(8).fill('warn'));
  });

  it('leaves var(), color-mix() and currentColor unchecked, never passed', () => {
    const { theme } = themeFromTokens(uncheckableTokens);
    expect(summary(theme).filter(([, , , level]) => level === 'unchecked')).toEqual([
      ['color-error on color-bg', null, 4.5, 'unchecked', undefined],
      ['color-error on color-error-bg', null, 4.5, 'unchecked', undefined],
      ['color-text on color-bg', null, 4.5, 'unchecked', undefined],
      ['color-error on color-bg', null, 3, 'unchecked', undefined],
      ['color-focus on color-bg', null, 3, 'unchecked', undefined],
    ]);
  });
});
