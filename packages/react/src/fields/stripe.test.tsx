import { createCheckoutErrors } from '@checkout-errors/core';
import { type StripeElementStep, stripeElementSequences } from '@checkout-errors/testing';
import type {
  StripeCardCvcElementChangeEvent,
  StripeCardElementChangeEvent,
  StripeCardExpiryElementChangeEvent,
  StripeCardNumberElementChangeEvent,
} from '@stripe/stripe-js';
import { act, render, screen } from '@testing-library/react';
import { useEffect, useRef } from 'react';
import { useForm } from 'react-hook-form';
import { describe, expect, it, vi } from 'vitest';
import type { UseCheckoutErrorsResult } from '../checkoutErrorsTypes.js';
import { useCheckoutErrors } from '../useCheckoutErrors.js';
import { type UseHostedFieldResult, useHostedField } from '../useHostedField.js';

// Stripe's Elements give one element per field: useHostedField is the adapter. A stand-in
// element: the page only gets its events and its focus().
const elementFocus = vi.fn();
let deliver: (steps: readonly StripeElementStep[]) => void = () => {};

function Element({ errors, field, label }: { errors: UseCheckoutErrorsResult; field: string; label: string }) {
  const hosted = useHostedField(errors.control, field);
  const latestHosted = useRef<UseHostedFieldResult>(hosted);
  latestHosted.current = hosted;
  useEffect(() => hosted.registerFocus({ focus: () => elementFocus(field) }), [hosted.registerFocus, field]);
  useEffect(() => {
    deliver = (steps) =>
      act(() => {
        for (const step of steps)
          if (step.on === 'change') latestHosted.current.onChange(step.event);
          else if (step.on === 'focus') latestHosted.current.onFocus();
          else latestHosted.current.onBlur();
      });
  }, []);
  return (
    <div>
      <fieldset aria-label={label} {...hosted.fieldProps} />
      <p {...hosted.errorProps}>{hosted.message}</p>
    </div>
  );
}

// The single Card Element holds four fields in one frame: the shop moves the kit's expiry, CVC
// and postal-code fields onto it, so server errors land there too.
const oneFrame = createCheckoutErrors({ paramToField: { cardExpiry: 'cardNumber', cardCvc: 'cardNumber', postalCode: 'cardNumber' } });

let latest: UseCheckoutErrorsResult | undefined;
function Checkout({ field, label, single = false }: { field: string; label: string; single?: boolean }) {
  const errors = useCheckoutErrors({ form: useForm(), ...(single ? { checkoutErrors: oneFrame } : {}) });
  latest = errors;
  return (
    <form>
      <Element errors={errors} field={field} label={label} />
      <div {...errors.getLiveRegionProps()} data-testid="live" />
    </form>
  );
}

describe('Stripe Elements through useHostedField', () => {
  it('split Card Number Element: an invalid number is announced on blur, its focus recorded, and the fix clears it', () => {
    render(<Checkout field="cardNumber" label="Card number" />);
    const [typed, left, fixed] = [
      stripeElementSequences.invalidNumberThenFixed.slice(0, 3),
      stripeElementSequences.invalidNumberThenFixed.slice(3, 4),
      stripeElementSequences.invalidNumberThenFixed.slice(4),
    ];
    deliver(typed);
    expect(latest?.control.hosted.get('cardNumber')).toMatchObject({ focused: true, code: 'invalid_number', complete: false });
    deliver(left);
    const group = screen.getByRole('group', { name: 'Card number' });
    expect(group).toHaveAccessibleDescription('This card number doesn’t look right. Check it, or use another card.');
    expect(screen.getByTestId('live')).toHaveTextContent('This card number doesn’t look right.');
    expect(latest?.control.hosted.get('cardNumber')?.focused).toBe(false);
    deliver(fixed);
    expect(group).not.toHaveAttribute('aria-invalid');
    expect(latest?.control.hosted.get('cardNumber')).toMatchObject({ complete: true, focused: true, code: null });
  });

  it('single Card Element: its errors show in the one frame it is mounted in, and focus goes to the element', () => {
    elementFocus.mockClear();
    render(<Checkout field="cardNumber" label="Card details" single />);
    deliver(stripeElementSequences.cardElementCvcLeftIncomplete);
    const frame = screen.getByRole('group', { name: 'Card details' });
    expect(frame).toHaveAccessibleDescription('Enter the full security code from your card.');
    // The server's CVC decline names the CVC: it lands on the same frame, and focuses the element.
    act(() => {
      latest?.apply({ error: { type: 'card_error', code: 'incorrect_cvc', param: 'cvc' } });
    });
    expect(latest?.shown.map((s) => s.error.field)).toEqual(['cardNumber']);
    expect(frame).toHaveAccessibleDescription('Check the security code, or use another card.');
    expect(elementFocus).toHaveBeenLastCalledWith('cardNumber');
  });
});

// Type test (pnpm typecheck): Stripe's own change events pass to the adapter without a cast.
export function typeCheck(
  hosted: UseHostedFieldResult,
  events: [
    StripeCardNumberElementChangeEvent,
    StripeCardExpiryElementChangeEvent,
    StripeCardCvcElementChangeEvent,
    StripeCardElementChangeEvent,
  ],
) {
  for (const event of events) hosted.onChange(event);
}
