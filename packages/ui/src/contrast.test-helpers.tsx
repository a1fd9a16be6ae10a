// Contrast computed in the browser from rendered styles (WCAG 2), and a checkout with a field
// error, a summary and a decline on show: shared by the theme tests.
import { useCheckoutErrors } from '@checkout-errors/react';
import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import { expect } from 'vitest';
import { CardCvcField } from './cardFields.js';
import { DeclineNotice } from './DeclineNotice.js';
import { ErrorSummary } from './ErrorSummary.js';

const channel = (c: number) => {
  const s = c / 255;
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
};
const luminance = (rgb: readonly number[]) => 0.2126 * channel(rgb[0] ?? 0) + 0.7152 * channel(rgb[1] ?? 0) + 0.0722 * channel(rgb[2] ?? 0);
const parse = (color: string) => (color.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
export const contrast = (a: string, b: string) => {
  const [l1, l2] = [luminance(parse(a)), luminance(parse(b))].sort((x, y) => y - x) as [number, number];
  return (l1 + 0.05) / (l2 + 0.05);
};
/** The first opaque background behind an element. */
export const backgroundOf = (element: Element): string => {
  for (let e: Element | null = element; e; e = e.parentElement) {
    const bg = getComputedStyle(e).backgroundColor;
    if (!/rgba\(.*, 0\)$/.test(bg) && bg !== 'transparent') return bg;
  }
  return 'rgb(255, 255, 255)';
};

export function Failed() {
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

/** Asserts 4.5:1 for every text part and 3:1 for the invalid border and the icon; returns the figures. */
export function expectReadable(container: Element, label: string): string[] {
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
    expect(ratio, `${label}: ${name}`).toBeGreaterThanOrEqual(4.5);
  }
  const input = pick('.ce-Field-control');
  const border = contrast(getComputedStyle(input).borderTopColor, backgroundOf(input.parentElement as Element));
  const icon = contrast(getComputedStyle(pick('.ce-FieldError .ce-Icon')).color, backgroundOf(pick('.ce-FieldError')));
  report.push(`invalid border ${border.toFixed(2)}`, `icon ${icon.toFixed(2)}`);
  expect(border, `${label}: invalid input border`).toBeGreaterThanOrEqual(3);
  expect(icon, `${label}: error icon`).toBeGreaterThanOrEqual(3);
  return report;
}
