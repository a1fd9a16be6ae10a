import '../theme.css';
import '../styles.css';
import { figmaTokens } from '@checkout-errors/testing';
import { act, render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CheckoutErrorsProvider } from '../CheckoutErrorsProvider.js';
import { expectReadable, Failed } from '../contrast.test-helpers.js';
import { checkTheme } from './checkTheme.js';
import { themeFromTokens } from './themeFromTokens.js';
import { themeToCss } from './themeToCss.js';

// The Figma export's dark mode (packages/testing/src/tokens/figma.ts), over the shipped dark theme.
const { theme } = themeFromTokens(figmaTokens, {
  mode: 'dark',
  base: 'dark',
  map: { 'color-error': 'semantic.error', 'color-bg': 'semantic.background' },
});

describe('a theme built from a token file, in chromium', () => {
  it("the Figma file's dark mode meets the shipped dark theme's contrast goals, computed from rendered styles", async () => {
    expect(theme.properties).toEqual({ '--ce-color-error': '#ff9b93', '--ce-color-bg': '#15171a' });
    expect(checkTheme(theme).filter((finding) => finding.level !== 'pass')).toEqual([]);
    const { container } = render(
      <CheckoutErrorsProvider theme={theme}>
        <div style={{ background: 'var(--ce-color-bg)', padding: 16 }}>
          <Failed />
        </div>
      </CheckoutErrorsProvider>,
    );
    await act(async () => {});
    console.info(`contrast, Figma dark mode: ${expectReadable(container, 'Figma dark mode').join(', ')}`);
  });

  it('themeToCss in a stylesheet renders the same computed colours as the theme through the provider', async () => {
    const style = document.createElement('style');
    // A served stylesheet targets the provider's element, where a shipped theme's data-ce-theme also sets them.
    style.textContent = themeToCss(theme, { selector: '.from-css .ce-Root' });
    document.head.append(style);
    try {
      const { container } = render(
        <>
          <div data-testid="provider">
            <CheckoutErrorsProvider theme={theme}>
              <Failed />
            </CheckoutErrorsProvider>
          </div>
          <div data-testid="css" className="from-css">
            <CheckoutErrorsProvider>
              <Failed />
            </CheckoutErrorsProvider>
          </div>
        </>,
      );
      await act(async () => {});
      const colours = (testId: string) => {
        const root = container.querySelector(`[data-testid="${testId}"]`) as Element;
        const seen = (selector: string, property: 'color' | 'backgroundColor' | 'borderTopColor') =>
          getComputedStyle(root.querySelector(selector) as Element)[property];
        return [
          seen('.ce-FieldError', 'color'),
          seen('.ce-Field-control', 'borderTopColor'),
          seen('.ce-Field-control', 'backgroundColor'),
          seen('.ce-ErrorSummary', 'backgroundColor'),
          seen('.ce-Field-label', 'color'),
        ];
      };
      expect(colours('css')).toEqual(colours('provider'));
      expect(colours('css')[0]).toBe('rgb(255, 155, 147)');
    } finally {
      style.remove();
    }
  });
});
