import { type UseCheckoutErrorsResult, useCheckoutErrors } from '@checkout-errors/react';
import { act, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { describe, expect, it } from 'vitest';
import { CheckoutErrorsProvider, useCheckoutErrorsConfig } from '../CheckoutErrorsProvider.js';
import { CardCvcField, CardExpiryField, CardNumberField, PostalCodeField } from '../cardFields.js';
import { ErrorSummary } from '../ErrorSummary.js';
import type { CardBrand } from './checks.js';
import { CardCvcInput, CardExpiryInput, CardNumberInput, PostalCodeInput } from './inputs.js';

let errors: UseCheckoutErrorsResult | undefined;
let submitted: Record<string, string> | undefined;

function Checkout() {
  const form = useForm<Record<string, string>>();
  errors = useCheckoutErrors({ form, ...useCheckoutErrorsConfig() });
  const [brand, setBrand] = useState<CardBrand | null>(null);
  const e = errors;
  return (
    <form
      noValidate
      onSubmit={form.handleSubmit((values) => {
        if (e.validateHostedFields().length === 0) submitted = values;
      })}
    >
      <ErrorSummary errors={e} />
      <CardNumberField errors={e}>
        {(control) => <CardNumberInput {...control} {...form.register('cardNumber')} errors={e} onBrandChange={setBrand} />}
      </CardNumberField>
      <CardExpiryField errors={e}>
        {(control) => <CardExpiryInput {...control} {...form.register('cardExpiry')} errors={e} now={() => new Date(2026, 5, 15)} />}
      </CardExpiryField>
      <CardCvcField errors={e}>
        {(control) => <CardCvcInput {...control} {...form.register('cardCvc')} errors={e} brand={brand} />}
      </CardCvcField>
      <PostalCodeField errors={e}>
        {(control) => <PostalCodeInput {...control} {...form.register('postalCode')} errors={e} />}
      </PostalCodeField>
      <button type="submit">Pay</button>
    </form>
  );
}

const renderCheckout = (country = 'US') =>
  render(
    <CheckoutErrorsProvider locale="en-US" country={country}>
      <Checkout />
    </CheckoutErrorsProvider>,
  );
const number = () => screen.getByLabelText('Card number') as HTMLInputElement;

describe('card inputs', () => {
  it('formats the number as typed, detects the brand, and never writes it into a value attribute', async () => {
    renderCheckout();
    await userEvent.type(number(), '4242424242424242');
    expect(number()).toHaveValue('4242 4242 4242 4242');
    expect(number()).toHaveAttribute('data-brand', 'visa');
    expect(number().getAttribute('value')).toBeNull();
    expect(number()).toHaveAttribute('autocomplete', 'cc-number');
    expect(number()).toHaveAttribute('inputmode', 'numeric');
    expect(number()).toHaveAttribute('dir', 'ltr');
  });

  it('takes pasted spaces, full-width and Eastern-Arabic digits', async () => {
    renderCheckout();
    await userEvent.click(number());
    await userEvent.paste('４２４２ ٤٢٤٢ 4242-4242');
    expect(number()).toHaveValue('4242 4242 4242 4242');
  });

  it('a backspace just after a space removes the digit before it', async () => {
    renderCheckout();
    await userEvent.type(number(), '42424');
    expect(number()).toHaveValue('4242 4');
    number().setSelectionRange(5, 5);
    await userEvent.keyboard('{Backspace}');
    expect(number()).toHaveValue('4244');
  });

  it('leaves IME composition alone and formats when it ends', () => {
    renderCheckout();
    const input = number();
    input.focus();
    fireEvent.compositionStart(input);
    fireEvent.input(input, { target: { value: '４２４２４' }, isComposing: true });
    expect(input).toHaveValue('４２４２４');
    fireEvent.compositionEnd(input);
    expect(input).toHaveValue('4242 4');
  });

  it('shows a wrong number when the shopper leaves the field, and clears it on the next edit', async () => {
    renderCheckout();
    await userEvent.type(number(), '4242424242424241');
    expect(number()).not.toHaveAttribute('aria-invalid');
    await userEvent.tab();
    expect(number()).toHaveAttribute('aria-invalid', 'true');
    expect(number()).toHaveAccessibleDescription('Error: This card number doesn’t look right. Check it, or use another card.');
    await userEvent.type(number(), '{Backspace}2');
    expect(number()).not.toHaveAttribute('aria-invalid');
    expect(number()).toHaveValue('4242 4242 4242 4242');
  });

  it('checks the expiry against today and the CVC against the brand', async () => {
    renderCheckout();
    const expiry = screen.getByLabelText('Expiry date');
    await userEvent.type(expiry, '0526');
    expect(expiry).toHaveValue('05 / 26');
    await userEvent.tab();
    expect(expiry).toHaveAccessibleDescription(/Error: This card has expired/);

    await userEvent.type(number(), '378282246310005');
    expect(number()).toHaveValue('3782 822463 10005');
    const cvc = screen.getByLabelText('Security code');
    await userEvent.type(cvc, '123');
    await userEvent.tab();
    expect(cvc).toHaveAccessibleDescription(/Error: Enter the full security code from your card\./);
    await userEvent.type(cvc, '45');
    expect(cvc).toHaveValue('1234');
  });

  it('checks the postal code by country, with the right keypad', async () => {
    const { unmount } = renderCheckout('GB');
    const postcode = screen.getByLabelText('Postcode');
    expect(postcode).toHaveAttribute('inputmode', 'text');
    expect(postcode).toHaveAttribute('autocomplete', 'postal-code');
    await userEvent.type(postcode, 'sw1a 1a');
    await userEvent.tab();
    expect(postcode).toHaveAccessibleDescription('Error: Enter your full postcode.');
    unmount();

    renderCheckout('US');
    const zip = screen.getByLabelText('ZIP code');
    expect(zip).toHaveAttribute('inputmode', 'numeric');
    await userEvent.type(zip, 'SW1A');
    await userEvent.tab();
    expect(zip).toHaveAccessibleDescription('Error: Check your ZIP code.');
  });

  it('a submit with empty card fields lists them all in the summary; a complete form submits its values', async () => {
    submitted = undefined;
    const { container } = renderCheckout();
    await userEvent.click(screen.getByRole('button', { name: 'Pay' }));
    expect(submitted).toBeUndefined();
    const summary = screen.getByRole('heading', { name: /There is a problem/ }).closest('[data-part="summary"]');
    expect(summary).toHaveFocus();
    expect(screen.getAllByRole('link').map((link) => link.textContent)).toEqual([
      'Your card number is incomplete.',
      'Enter the card’s expiry date in full.',
      'Enter the full security code from your card.',
      'Enter your full ZIP code.',
    ]);
    const result = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(result.violations.map((v) => v.id)).toEqual([]);

    await userEvent.type(number(), '4242424242424242');
    await userEvent.type(screen.getByLabelText('Expiry date'), '1230');
    await userEvent.type(screen.getByLabelText('Security code'), '123');
    await userEvent.type(screen.getByLabelText('ZIP code'), '94103');
    await userEvent.click(screen.getByRole('button', { name: 'Pay' }));
    expect(submitted).toEqual({ cardNumber: '4242 4242 4242 4242', cardExpiry: '12 / 30', cardCvc: '123', postalCode: '94103' });
  });

  it('keeps what the shopper typed when the server declines', async () => {
    renderCheckout();
    await userEvent.type(number(), '4000000000000002');
    await userEvent.type(screen.getByLabelText('Security code'), '123');
    act(() => void errors?.apply({ error: { type: 'card_error', code: 'card_declined', decline_code: 'generic_decline' } }));
    expect(screen.getByText('Your card was declined. Use another card, or contact your bank.')).toBeVisible();
    expect(number()).toHaveValue('4000 0000 0000 0002');
    expect(screen.getByLabelText('Security code')).toHaveValue('123');
  });

  it('puts the field’s own state on its frame: focused, empty, complete, each present only when true', async () => {
    renderCheckout();
    const frame = number().closest('[data-part="field"]') as HTMLElement;
    expect(frame).toHaveAttribute('data-empty');
    expect(frame).not.toHaveAttribute('data-focused');
    await userEvent.click(number());
    expect(frame).toHaveAttribute('data-focused');
    await userEvent.type(number(), '4242424242424242');
    expect(frame).toHaveAttribute('data-complete');
    expect(frame).not.toHaveAttribute('data-empty');
    // jsdom has no autofill: the attribute stays absent rather than guessed.
    expect(frame).not.toHaveAttribute('data-autofilled');
    await userEvent.tab();
    expect(frame).not.toHaveAttribute('data-focused');
    // The CVC, never touched, is still empty and not focused.
    const cvcFrame = screen.getByLabelText('Security code').closest('[data-part="field"]') as HTMLElement;
    expect(cvcFrame).toHaveAttribute('data-empty');
    expect(cvcFrame).not.toHaveAttribute('data-focused');
  });
});
