import { paypalCardFieldsSequences, type SquareCardStep, squareCardSequences } from '@checkout-errors/testing';
import type { PayPalCardFieldsComponentOptions, PayPalCardFieldsIndividualField } from '@paypal/paypal-js';
import type { Card } from '@square/web-payments-sdk-types';
import { act, render, screen } from '@testing-library/react';
import { useEffect, useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { describe, expect, it, vi } from 'vitest';
import type { UseCheckoutErrorsResult } from '../checkoutErrorsTypes.js';
import { useCheckoutErrors } from '../useCheckoutErrors.js';
import { useFieldError } from '../useFieldError.js';
import { type PayPalCardFieldsAdapter, paypalCardFields } from './paypal.js';
import { connectSquare, type SquareCardLike } from './square.js';

function Frame({ errors, field, label }: { errors: UseCheckoutErrorsResult; field: string; label: string }) {
  const { fieldProps, errorProps, message } = useFieldError(errors.control, field);
  return (
    <div>
      <fieldset aria-label={label} {...fieldProps} />
      <p {...errorProps}>{message}</p>
    </div>
  );
}
function Frames({ errors }: { errors: UseCheckoutErrorsResult }) {
  return (
    <>
      <Frame errors={errors} field="cardNumber" label="Card number" />
      <Frame errors={errors} field="cardExpiry" label="Expiry date" />
      <Frame errors={errors} field="cardCvc" label="Security code" />
      <div {...errors.getSummaryProps()}>
        <h2 {...errors.getSummaryHeadingProps()}>{errors.summaryHeading}</h2>
      </div>
      <div {...errors.getLiveRegionProps()} data-testid="live" />
    </>
  );
}

// A stand-in for Square's card: the page gets its events and its focus(name).
function fakeSquareCard() {
  const listeners = new Map<string, Set<(event: never) => void>>();
  const card = {
    addEventListener: (type: string, listener: (event: never) => void) =>
      void listeners.set(type, (listeners.get(type) ?? new Set()).add(listener)),
    removeEventListener: (type: string, listener: (event: never) => void) => void listeners.get(type)?.delete(listener),
    focus: vi.fn(),
  } satisfies SquareCardLike;
  const emit = (steps: readonly SquareCardStep[]) =>
    act(() => {
      for (const { type, event } of steps) for (const listener of listeners.get(type) ?? []) listener(event as never);
    });
  return { card, emit, count: () => [...listeners.values()].reduce((n, set) => n + set.size, 0) };
}

let latest: UseCheckoutErrorsResult | undefined;
function SquareCheckout({ card }: { card: SquareCardLike }) {
  const errors = useCheckoutErrors({ form: useForm() });
  latest = errors;
  const { control } = errors;
  useEffect(() => connectSquare(card, { control }), [card, control]);
  return <Frames errors={errors} />;
}

let paypal: PayPalCardFieldsAdapter | undefined;
const paypalFocus = vi.fn();
function PayPalCheckout() {
  const errors = useCheckoutErrors({ form: useForm() });
  latest = errors;
  const { control } = errors;
  const adapter = useMemo(() => paypalCardFields({ control }), [control]);
  paypal = adapter;
  useEffect(
    () =>
      adapter.attach({
        number: { focus: () => paypalFocus('number') },
        expiry: { focus: () => paypalFocus('expiry') },
        cvv: { focus: () => paypalFocus('cvv') },
      }),
    [adapter],
  );
  return <Frames errors={errors} />;
}

describe('connectSquare', () => {
  it('announces the invalid number on blur, clears it as it turns valid, and disconnects every listener', () => {
    const { card, emit, count } = fakeSquareCard();
    const { unmount } = render(<SquareCheckout card={card} />);
    const steps = squareCardSequences.invalidNumberThenFixed;
    emit(steps.slice(0, 3));
    const number = screen.getByRole('group', { name: 'Card number' });
    expect(number).toHaveAccessibleDescription('This card number doesn’t look right. Check it, or use another card.');
    expect(screen.getByTestId('live')).toHaveTextContent('This card number doesn’t look right.');
    emit(steps.slice(3));
    expect(number).not.toHaveAttribute('aria-invalid');
    expect(count()).toBe(6);
    unmount();
    expect(count()).toBe(0);
  });

  it('on submit fails the incomplete fields and focuses inside Square’s iframe through card.focus', () => {
    const { card, emit } = fakeSquareCard();
    render(<SquareCheckout card={card} />);
    emit(squareCardSequences.cvvLeftIncomplete);
    expect(screen.getByRole('group', { name: 'Security code' })).toHaveAccessibleDescription(
      'Enter the full security code from your card.',
    );
    act(() => {
      latest?.validateHostedFields();
    });
    expect(latest?.shown.map((s) => s.error.code)).toEqual(['incomplete_number', 'incomplete_expiry', 'incomplete_cvc', 'incomplete_zip']);
    act(() => {
      latest?.focusField('cardExpiry');
    });
    expect(card.focus).toHaveBeenLastCalledWith('expirationDate');
  });
});

describe('paypalCardFields', () => {
  it('announces the invalid number on blur, clears it as it turns valid', () => {
    render(<PayPalCheckout />);
    const steps = paypalCardFieldsSequences.invalidNumberThenFixed;
    act(() => {
      for (const { on, state } of steps.slice(0, 3)) paypal?.inputEvents[on](state);
    });
    const number = screen.getByRole('group', { name: 'Card number' });
    expect(number).toHaveAccessibleDescription('This card number doesn’t look right. Check it, or use another card.');
    act(() => {
      for (const { on, state } of steps.slice(3)) paypal?.inputEvents[on](state);
    });
    expect(number).not.toHaveAttribute('aria-invalid');
  });

  it('on submit fails what is incomplete and focuses the rendered field', () => {
    render(<PayPalCheckout />);
    act(() => {
      latest?.validateHostedFields();
    });
    expect(latest?.shown.map((s) => s.error.code)).toEqual(['incomplete_number', 'incomplete_expiry', 'incomplete_cvc']);
    act(() => {
      latest?.focusField('cardCvc');
    });
    expect(paypalFocus).toHaveBeenLastCalledWith('cvv');
  });
});

// Type tests (pnpm typecheck): Square's Card connects, PayPal's inputEvents fit its options and
// its rendered fields attach, all without a cast.
export function typeCheck(card: Card, errors: UseCheckoutErrorsResult, field: PayPalCardFieldsIndividualField) {
  connectSquare(card, errors);
  const adapter = paypalCardFields(errors);
  adapter.attach({ number: field, expiry: field, cvv: field });
  const options: Pick<PayPalCardFieldsComponentOptions, 'inputEvents'> = { inputEvents: adapter.inputEvents };
  return options;
}
