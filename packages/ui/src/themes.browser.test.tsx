import '../src/theme.css';
import '../src/styles.css';
import '../src/brand-example.css';
import { useCheckoutErrors } from '@checkout-errors/react';
import { act, render } from '@testing-library/react';
import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import { describe, expect, it } from 'vitest';
import { CheckoutErrorsProvider } from './CheckoutErrorsProvider.js';
import { CardCvcField } from './cardFields.js';
import { DeclineNotice } from './DeclineNotice.js';
import { ErrorSummary } from './ErrorSummary.js';

// Contrast of every shipped theme, computed in Debian's chromium from the rendered styles:
// text 4.5:1 and borders and icons 3:1 against what is behind them (WCAG 1.4.3, 1.4.11).

const channel = (c: number) => {
  const s = c / 255;
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
};
const luminance = (rgb: readonly number[]) => 0.2126 * channel(rgb[0] ?? 0) + 0.7152 * channel(rgb[1] ?? 0) + 0.0722 * channel(rgb[2] ?? 0);
const parse = (color: string) => (color.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
const contrast = (a: string, b: string) => {
  const [l1, l2] = [luminance(parse(a)), luminance(parse(b))].sort((x, y) => y - x) as [number, number];
  return (l1 + 0.05) / (l2 + 0.05);
};
/** The first opaque background behind an element. */
const backgroundOf = (element: Element): string => {
  for (let e: Element | null = element; e; e = e.parentElement) {
    const bg = getComputedStyle(e).backgroundColor;
    if (!/rgba\(.*, 0\)$/.test(bg) && bg !== 'transparent') return bg;
  }
  return 'rgb(255, 255, 255)';
};

function Failed() {
  const form = useForm({ defaultValues: { cardCvc: '' } });
  const errors = useCheckoutErrors({ form });
  useEffect(() => {
    errors.apply(
      [
        { error: { type: 'card_error', code: 'incorrect_cvc', param: 'cvc' } },
        { error: { type: 'card_error', code: 'card_declined', decline_code: 'insufficient_funds' } },
      ],
      { context: { status: 402 }, source: 'background' },
    );
  }, [errors.apply]);
  return (
    <>
      <ErrorSummary errors={errors} withoutDeclines />
      <DeclineNotice errors={errors} />
      <CardCvcField errors={errors}>{(props) => <input {...props} {...form.register('cardCvc')} />}</CardCvcField>
    </>
  );
}

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
    const pick = (selector: string) => {
      const element = container.querySelector(selector);
      if (!element) throw new Error(`${selector} is not rendered`);
      return element;
    };
    const text: Array<[string, Element]> = [
      ['field error', pick('.ce-FieldError')],
      ['label', pick('.ce-Field-label')],
      ['hint', pick('.ce-Field-hint')],
      ['summary heading', pick('.ce-ErrorSummary-heading')],
      ['summary link', pick('.ce-ErrorSummary-link')],
      ['decline message', pick('.ce-DeclineNotice-message')],
      ['input text', pick('.ce-Field-control')],
    ];
    const report: string[] = [];
    for (const [name, element] of text) {
      const ratio = contrast(getComputedStyle(element).color, backgroundOf(element));
      report.push(`${name} ${ratio.toFixed(2)}`);
      expect(ratio, `${theme}: ${name}`).toBeGreaterThanOrEqual(4.5);
    }
    const input = pick('.ce-Field-control');
    const border = contrast(getComputedStyle(input).borderTopColor, backgroundOf(input.parentElement as Element));
    const icon = contrast(getComputedStyle(pick('.ce-FieldError .ce-Icon')).color, backgroundOf(pick('.ce-FieldError')));
    report.push(`invalid border ${border.toFixed(2)}`, `icon ${icon.toFixed(2)}`);
    expect(border, `${theme}: invalid input border`).toBeGreaterThanOrEqual(3);
    expect(icon, `${theme}: error icon`).toBeGreaterThanOrEqual(3);
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
