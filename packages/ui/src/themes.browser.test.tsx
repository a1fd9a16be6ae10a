import '../src/theme.css';
import '../src/styles.css';
import '../src/brand-example.css';
import { act, render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CheckoutErrorsProvider } from './CheckoutErrorsProvider.js';
import { expectReadable, Failed } from './contrast.test-helpers.js';

// Contrast of every shipped theme, computed in Debian's chromium from the rendered styles:
// text 4.5:1 and borders and icons 3:1 against what is behind them (WCAG 1.4.3, 1.4.11).

describe.each(['light', 'dark', 'high-contrast', 'brand-example'])('the %s theme', (theme) => {
  it('meets 4.5:1 for text and 3:1 for borders and icons', async () => {
    const { container } = render(
      <CheckoutErrorsProvider theme={theme}>
        <div style={{ background: 'var(--ce-color-bg)', padding: 16 }}>
          <Failed />
        </div>
      </CheckoutErrorsProvider>,
    );
    await act(async () => {});
    const report = expectReadable(container, theme);
    console.info(`contrast, ${theme}: ${report.join(', ')}`);
  });
});

describe('right to left', () => {
  it('puts the thick invalid border on the reading start: right in Arabic, left in English', async () => {
    const widths = (dir: 'ltr' | 'rtl') => {
      const { container, unmount } = render(
        <CheckoutErrorsProvider dir={dir}>
          <Failed />
        </CheckoutErrorsProvider>,
      );
      const style = getComputedStyle(container.querySelector('.ce-Field-control') as Element);
      const out = { left: style.borderLeftWidth, right: style.borderRightWidth };
      unmount();
      return out;
    };
    await act(async () => {});
    expect(widths('ltr')).toEqual({ left: '4px', right: '1px' });
    expect(widths('rtl')).toEqual({ left: '1px', right: '4px' });
  });
});
