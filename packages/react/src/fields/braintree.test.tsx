import { type BraintreeHostedFieldsStep, braintreeHostedFieldsSequences } from '@checkout-errors/testing';
import { act, render, screen } from '@testing-library/react';
import type { HostedFields } from 'braintree-web';
import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import { describe, expect, it, vi } from 'vitest';
import type { UseCheckoutErrorsResult } from '../checkoutErrorsTypes.js';
import { useCheckoutErrors } from '../useCheckoutErrors.js';
import { useFieldError } from '../useFieldError.js';
import { useHostedFieldState } from '../useHostedFieldState.js';

const renders = new Map<string, number>();

import { type BraintreeHostedFieldsLike, connectBraintree } from './braintree.js';

// A stand-in for a Hosted Fields instance: the page only gets its events and its focus(name).
function fakeHostedFields(names: readonly string[]) {
  const handlers = new Map<string, Set<(payload: BraintreeHostedFieldsStep['payload']) => void>>();
  const blank = { isValid: false, isPotentiallyValid: true, isEmpty: true, isFocused: false };
  const instance = {
    on: vi.fn((event: string, handler: (payload: BraintreeHostedFieldsStep['payload']) => void) => {
      handlers.set(event, (handlers.get(event) ?? new Set()).add(handler));
    }),
    off: vi.fn((event: string, handler: (payload: BraintreeHostedFieldsStep['payload']) => void) => handlers.get(event)?.delete(handler)),
    focus: vi.fn(),
    getState: () => ({ fields: Object.fromEntries(names.map((name) => [name, blank])) }),
  } satisfies BraintreeHostedFieldsLike;
  const emit = (steps: readonly BraintreeHostedFieldsStep[]) =>
    act(() => {
      for (const { event, payload } of steps) for (const handler of handlers.get(event) ?? []) handler(payload);
    });
  return { instance, emit, listeners: () => [...handlers.values()].reduce((n, set) => n + set.size, 0) };
}

function Frame({ errors, field, label }: { errors: UseCheckoutErrorsResult; field: string; label: string }) {
  const { fieldProps, errorProps, message } = useFieldError(errors.control, field);
  const state = useHostedFieldState(errors.control, field);
  renders.set(field, (renders.get(field) ?? 0) + 1);
  return (
    <div data-testid={field} data-focused={state?.focused || undefined} data-complete={state?.complete || undefined}>
      <fieldset aria-label={label} {...fieldProps} />
      <p {...errorProps}>{message}</p>
    </div>
  );
}

let latest: UseCheckoutErrorsResult | undefined;
function Checkout({ hostedFields }: { hostedFields: BraintreeHostedFieldsLike }) {
  const errors = useCheckoutErrors({ form: useForm() });
  latest = errors;
  const { control } = errors;
  useEffect(() => connectBraintree(hostedFields, { control }), [hostedFields, control]);
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

describe('connectBraintree', () => {
  it('announces an invalid number when the shopper leaves it, on its field, and clears it as the shopper fixes it', () => {
    const { instance, emit } = fakeHostedFields(['number', 'expirationDate', 'cvv']);
    render(<Checkout hostedFields={instance} />);
    const [typed, left, fixed] = [
      braintreeHostedFieldsSequences.invalidNumberThenFixed.slice(0, 3),
      braintreeHostedFieldsSequences.invalidNumberThenFixed.slice(3, 4),
      braintreeHostedFieldsSequences.invalidNumberThenFixed.slice(4),
    ];
    emit(typed);
    const number = screen.getByRole('group', { name: 'Card number' });
    expect(number).not.toHaveAttribute('aria-invalid');
    emit(left);
    expect(number).toHaveAttribute('aria-invalid', 'true');
    expect(number).toHaveAccessibleDescription('This card number doesn’t look right. Check it, or use another card.');
    expect(screen.getByTestId('live')).toHaveTextContent('This card number doesn’t look right.');
    emit(fixed);
    expect(number).not.toHaveAttribute('aria-invalid');
  });

  it('on submit fails the incomplete fields and focuses inside the right iframe through hostedFields.focus', () => {
    const { instance, emit } = fakeHostedFields(['number', 'expirationDate', 'cvv']);
    render(<Checkout hostedFields={instance} />);
    emit(braintreeHostedFieldsSequences.cvvLeftIncompleteThenSubmit.map((step) => ({ ...step, payload: { ...step.payload } })));
    act(() => {
      latest?.validateHostedFields();
    });
    // Number and expiry are complete; the CVV is not, and the postal code is not one of this form's fields.
    expect(latest?.shown.map((s) => [s.error.field, s.error.code])).toEqual([['cardCvc', 'incomplete_cvc']]);
    expect(instance.focus).toHaveBeenLastCalledWith('cvv');
    expect(screen.getByRole('group', { name: 'Security code' })).toHaveAccessibleDescription(
      'Enter the full security code from your card.',
    );
  });

  it('an empty submit lists every field in one summary, and focuses the summary', () => {
    const { instance } = fakeHostedFields(['number', 'expirationMonth', 'expirationYear', 'cvv']);
    render(<Checkout hostedFields={instance} />);
    act(() => {
      latest?.validateHostedFields();
    });
    expect(latest?.shown.map((s) => s.error.code)).toEqual(['incomplete_number', 'incomplete_expiry', 'incomplete_cvc']);
    expect(document.activeElement).toBe(document.getElementById(latest?.getSummaryProps().id ?? ''));
  });

  it('gives each frame its field’s state, subscribed: focus and completeness show, other frames do not re-render', () => {
    const { instance, emit } = fakeHostedFields(['number', 'expirationDate', 'cvv']);
    render(<Checkout hostedFields={instance} />);
    const cvcRenders = renders.get('cardCvc');
    emit(braintreeHostedFieldsSequences.invalidNumberThenFixed.slice(0, 1));
    expect(screen.getByTestId('cardNumber')).toHaveAttribute('data-focused');
    emit(braintreeHostedFieldsSequences.invalidNumberThenFixed.slice(4));
    expect(screen.getByTestId('cardNumber')).toHaveAttribute('data-complete');
    expect(screen.getByTestId('cardCvc')).not.toHaveAttribute('data-focused');
    expect(renders.get('cardCvc')).toBe(cvcRenders);
  });

  it('disconnects: every listener off, its fields forgotten', () => {
    const { instance, listeners } = fakeHostedFields(['number', 'cvv']);
    const { unmount } = render(<Checkout hostedFields={instance} />);
    expect(listeners()).toBe(6);
    const control = latest?.control;
    unmount();
    expect(listeners()).toBe(0);
    expect(control?.hosted.size).toBe(0);
  });
});

// Type test (pnpm typecheck): @types/braintree-web's HostedFields connects without a cast.
export const typeCheck = (hostedFields: HostedFields, errors: UseCheckoutErrorsResult) => connectBraintree(hostedFields, errors);
