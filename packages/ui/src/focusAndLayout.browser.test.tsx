import '../src/theme.css';
import '../src/styles.css';
import ar from '@checkout-errors/core/locales/ar';
import { type UseCheckoutErrorsResult, useCheckoutErrors } from '@checkout-errors/react';
import { act, render } from '@testing-library/react';
import { useForm } from 'react-hook-form';
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { CheckoutErrorsProvider, useCheckoutErrorsConfig } from './CheckoutErrorsProvider.js';
import { CardCvcInput, CardExpiryInput, CardNumberInput, PostalCodeInput } from './card-inputs/index.js';
import { CardCvcField, CardExpiryField, CardNumberField, PostalCodeField } from './cardFields.js';
import { DeclineNotice } from './DeclineNotice.js';
import { ErrorSummary } from './ErrorSummary.js';
import { LiveRegion } from './LiveRegion.js';

// What jsdom cannot see: where focus really goes, DOM identity of hidden declines, reflow.

let errors: UseCheckoutErrorsResult | undefined;
function Checkout() {
  const form = useForm<Record<string, string>>();
  errors = useCheckoutErrors({ form, ...useCheckoutErrorsConfig() });
  const e = errors;
  return (
    <form noValidate>
      <ErrorSummary errors={e} withoutDeclines />
      <DeclineNotice errors={e} />
      <CardNumberField errors={e}>{(c) => <CardNumberInput {...c} {...form.register('cardNumber')} errors={e} />}</CardNumberField>
      <CardExpiryField errors={e}>{(c) => <CardExpiryInput {...c} {...form.register('cardExpiry')} errors={e} />}</CardExpiryField>
      <CardCvcField errors={e}>{(c) => <CardCvcInput {...c} {...form.register('cardCvc')} errors={e} />}</CardCvcField>
      <PostalCodeField errors={e}>{(c) => <PostalCodeInput {...c} {...form.register('postalCode')} errors={e} />}</PostalCodeField>
      <LiveRegion errors={e} />
    </form>
  );
}

const renderCheckout = (props: { locale?: string } = {}) =>
  render(
    <CheckoutErrorsProvider locale={props.locale ?? 'en-US'} locales={[ar]}>
      <Checkout />
    </CheckoutErrorsProvider>,
  );
const apply = (body: unknown, status = 402) => act(() => void errors?.apply(body, { context: { status } }));

afterEach(async () => {
  await page.viewport(414, 896);
});

describe('focus after a failed submit, in chromium', () => {
  it('one field error: focus goes to that field, whose description is its message', async () => {
    renderCheckout();
    await apply({ error: { type: 'card_error', code: 'incorrect_cvc', param: 'cvc' } });
    const cvc = page.getByLabelText('Security code');
    await expect.element(cvc).toHaveFocus();
    await expect.element(cvc).toHaveAccessibleDescription(/Error: Check the security code/);
  });

  it('several errors: focus goes to the summary; its links move focus to each field', async () => {
    renderCheckout();
    await apply([
      { error: { type: 'card_error', code: 'incorrect_number', param: 'number' } },
      { error: { type: 'card_error', code: 'incorrect_zip', param: 'address_zip' } },
    ]);
    const summary = document.querySelector('[data-part="summary"]');
    expect(document.activeElement).toBe(summary);
    await userEvent.click(page.getByRole('link', { name: /ZIP code/ }));
    await expect.element(page.getByLabelText('ZIP code')).toHaveFocus();
    await userEvent.click(page.getByRole('link', { name: /card number/ }));
    await expect.element(page.getByLabelText('Card number')).toHaveFocus();
  });

  it('a decline alone (summary showing fields only): focus goes to the decline notice, with no role=alert', async () => {
    renderCheckout();
    await apply({ error: { type: 'card_error', code: 'card_declined', decline_code: 'insufficient_funds' } });
    const notice = document.querySelector('[data-part="decline"]');
    expect(document.activeElement).toBe(notice);
    expect(notice).toHaveTextContent('Error: Your card doesn’t have enough funds. Use another card.');
    expect(document.querySelector('[role="alert"]')).toBeNull();
  });

  it('a decline with a field error: focus goes to the summary, which lists the field', async () => {
    renderCheckout();
    await apply([
      { error: { type: 'card_error', code: 'card_declined', decline_code: 'generic_decline' } },
      { error: { type: 'card_error', code: 'incorrect_zip', param: 'address_zip' } },
    ]);
    expect(document.activeElement).toBe(document.querySelector('[data-part="summary"]'));
  });
});

describe('hidden declines', () => {
  const markup = async (declineCode: string) => {
    const { container, unmount } = renderCheckout();
    await apply({ error: { type: 'card_error', code: 'card_declined', decline_code: declineCode, message: `Reason: ${declineCode}` } });
    // React's useId values differ between two renders; everything else must match byte for byte.
    const html = container.innerHTML.replace(/_r_[0-9a-z]+_/g, '_r_id_');
    unmount();
    return html;
  };

  it.each(['fraudulent', 'lost_card', 'stolen_card', 'merchant_blacklist', 'pickup_card'])(
    '%s renders byte-identical DOM to the generic decline',
    async (code) => {
      const generic = await markup('generic_decline');
      expect(generic).toContain('Your card was declined');
      expect(await markup(code)).toBe(generic);
    },
  );

  it('a decline the shopper may know about renders differently (the check can fail)', async () => {
    expect(await markup('insufficient_funds')).not.toBe(await markup('generic_decline'));
  });
});

describe('reflow (WCAG 1.4.10) and right to left', () => {
  const overflow = () => document.documentElement.scrollWidth - document.documentElement.clientWidth;

  it('fits 320 CSS pixels with every error on show, without horizontal scrolling', async () => {
    await page.viewport(320, 640);
    renderCheckout();
    await apply([
      { error: { type: 'card_error', code: 'incorrect_number', param: 'number' } },
      { error: { type: 'card_error', code: 'incorrect_zip', param: 'address_zip' } },
      { error: { type: 'card_error', code: 'invalid_expiry_year', param: 'exp_year' } },
    ]);
    expect(overflow()).toBe(0);
    for (const input of document.querySelectorAll('input')) expect(input.getBoundingClientRect().right).toBeLessThanOrEqual(320);
  });

  it('at 200 % zoom (640 px at twice the size) nothing is cut off', async () => {
    await page.viewport(640, 480);
    document.documentElement.style.fontSize = '200%';
    try {
      renderCheckout();
      await apply({ error: { type: 'card_error', code: 'card_declined', decline_code: 'generic_decline' } });
      expect(overflow()).toBe(0);
      const notice = document.querySelector('[data-part="decline"]') as HTMLElement;
      expect(notice.scrollWidth).toBeLessThanOrEqual(notice.clientWidth);
    } finally {
      document.documentElement.style.fontSize = '';
    }
  });

  it('in Arabic the page is right to left, the invalid border is on the right, card digits stay left to right', async () => {
    renderCheckout({ locale: 'ar' });
    await apply({ error: { type: 'card_error', code: 'incorrect_number', param: 'number' } });
    const root = document.querySelector('[data-part="root"]') as HTMLElement;
    expect(root.dir).toBe('rtl');
    const number = document.querySelector('input[autocomplete="cc-number"]') as HTMLInputElement;
    expect(number.dir).toBe('ltr');
    const style = getComputedStyle(number);
    expect(Number.parseFloat(style.borderRightWidth)).toBeGreaterThan(Number.parseFloat(style.borderLeftWidth));
    expect(style.textAlign).toBe('right');
    const label = document.querySelector(`label[for="${number.id}"]`) as HTMLElement;
    expect(label.getBoundingClientRect().right).toBeCloseTo(number.getBoundingClientRect().right, 0);
  });
});
