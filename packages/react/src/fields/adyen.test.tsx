import type { CardConfiguration, Card as CardV6 } from '@adyen/adyen-web';
import type AdyenCheckoutV5 from '@adyen/adyen-web-v5';
import { type AdyenCardStep, adyenCardSequences } from '@checkout-errors/testing';
import { act, render, screen } from '@testing-library/react';
import { useEffect, useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { describe, expect, it, vi } from 'vitest';
import type { UseCheckoutErrorsResult } from '../checkoutErrorsTypes.js';
import { useCheckoutErrors } from '../useCheckoutErrors.js';
import { useFieldError } from '../useFieldError.js';
import { type AdyenCardAdapter, adyenCard } from './adyen.js';

function Frame({ errors, field, label }: { errors: UseCheckoutErrorsResult; field: string; label: string }) {
  const { fieldProps, errorProps, message } = useFieldError(errors.control, field);
  return (
    <div>
      <fieldset aria-label={label} {...fieldProps} />
      <p {...errorProps}>{message}</p>
    </div>
  );
}

// A stand-in for the Card component: the page gets its callbacks and its setFocusOn.
const setFocusOn = vi.fn();
let adapter: AdyenCardAdapter | undefined;
let latest: UseCheckoutErrorsResult | undefined;
function Checkout() {
  const errors = useCheckoutErrors({ form: useForm() });
  latest = errors;
  const { control } = errors;
  const adyen = useMemo(() => adyenCard({ control }), [control]);
  adapter = adyen;
  useEffect(() => adyen.attach({ setFocusOn }), [adyen]);
  return (
    <form>
      <Frame errors={errors} field="cardNumber" label="Card number" />
      <Frame errors={errors} field="cardExpiry" label="Expiry date" />
      <Frame errors={errors} field="cardCvc" label="Security code" />
      <div {...errors.getSummaryProps()}>
        <h2 {...errors.getSummaryHeadingProps()}>{errors.summaryHeading}</h2>
      </div>
      <div {...errors.getLiveRegionProps()} data-testid="live" />
    </form>
  );
}

const call = (steps: readonly AdyenCardStep[]) =>
  act(() => {
    for (const { on, payload } of steps) adapter?.handlers[on](payload as never);
  });

describe('adyenCard', () => {
  it('announces the Luhn failure Adyen reports after the shopper left, on its field, and clears it when the number turns valid', () => {
    render(<Checkout />);
    const steps = adyenCardSequences.invalidNumberThenFixed;
    call(steps.slice(0, 3));
    const number = screen.getByRole('group', { name: 'Card number' });
    expect(number).toHaveAttribute('aria-invalid', 'true');
    expect(number).toHaveAccessibleDescription('This card number doesn’t look right. Check it, or use another card.');
    expect(screen.getByTestId('live')).toHaveTextContent('This card number doesn’t look right.');
    call(steps.slice(3));
    expect(number).not.toHaveAttribute('aria-invalid');
  });

  it('on submit fails what is incomplete and focuses inside the right iframe through setFocusOn', () => {
    setFocusOn.mockClear();
    render(<Checkout />);
    call([{ on: 'onChange', payload: { valid: { encryptedCardNumber: true, encryptedExpiryMonth: true, encryptedExpiryYear: true } } }]);
    act(() => {
      latest?.validateHostedFields();
    });
    expect(latest?.shown.map((s) => [s.error.field, s.error.code])).toEqual([['cardCvc', 'incomplete_cvc']]);
    expect(setFocusOn).toHaveBeenLastCalledWith('encryptedSecurityCode');
  });

  it('reads v5’s codes the same way: an expired card on the expiry, the incomplete CVC on the CVC', () => {
    render(<Checkout />);
    call(adyenCardSequences.v5ExpiryAndCvcAndPostal);
    expect(screen.getByRole('group', { name: 'Expiry date' })).toHaveAccessibleDescription(
      'This card has expired. Check the expiry date, or use another card.',
    );
    expect(screen.getByRole('group', { name: 'Security code' })).toHaveAccessibleDescription(
      'Enter the full security code from your card.',
    );
  });
});

// Type tests (pnpm typecheck): the handlers fit Adyen Web 6's CardConfiguration and v5's
// checkout.create('card', …) without a cast, and either Card attaches.
export function typeCheckV6(errors: UseCheckoutErrorsResult, card: CardV6): CardConfiguration {
  const adyen = adyenCard(errors);
  adyen.attach(card);
  return { ...adyen.handlers };
}
export function typeCheckV5(errors: UseCheckoutErrorsResult, checkout: Awaited<ReturnType<typeof AdyenCheckoutV5>>) {
  const adyen = adyenCard(errors);
  adyen.attach(checkout.create<'card'>('card', { ...adyen.handlers }));
}
