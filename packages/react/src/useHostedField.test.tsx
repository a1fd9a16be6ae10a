import { act, render, screen } from '@testing-library/react';
import { useEffect, useRef } from 'react';
import { useForm } from 'react-hook-form';
import { describe, expect, it, vi } from 'vitest';
import type { UseCheckoutErrorsResult } from './checkoutErrorsTypes.js';
import { useCheckoutErrors } from './useCheckoutErrors.js';
import { type HostedFieldChangeEvent, useHostedField } from './useHostedField.js';

// A stand-in for a provider's iframe card field: the page cannot reach inside it, it only gets
// change events and a focus() handle from the provider's SDK.
const providerFocus = vi.fn();
let emit: (field: string, event: HostedFieldChangeEvent) => void = () => {};
let blur: (field: string) => void = () => {};

function HostedField({ errors, field, label }: { errors: UseCheckoutErrorsResult; field: string; label: string }) {
  const hosted = useHostedField(errors.control, field);
  const handlers = useRef(hosted);
  handlers.current = hosted;
  useEffect(() => {
    hosted.registerFocus({ focus: () => providerFocus(field) });
  }, [hosted.registerFocus, field]);
  useEffect(() => {
    const previousEmit = emit;
    const previousBlur = blur;
    emit = (name, event) => (name === field ? handlers.current.onChange(event) : previousEmit(name, event));
    blur = (name) => (name === field ? handlers.current.onBlur() : previousBlur(name));
  }, [field]);
  return (
    <div>
      <span id={`${field}-label`}>{label}</span>
      <fieldset aria-labelledby={`${field}-label`} {...hosted.fieldProps} />
      <p {...hosted.errorProps}>{hosted.message}</p>
    </div>
  );
}

let latest: UseCheckoutErrorsResult | undefined;
function HostedForm() {
  const form = useForm();
  const errors = useCheckoutErrors({ form });
  latest = errors;
  return (
    <form>
      <HostedField errors={errors} field="cardNumber" label="Card number" />
      <HostedField errors={errors} field="cardCvc" label="Security code" />
      <div {...errors.getSummaryProps()}>
        <h2 {...errors.getSummaryHeadingProps()}>{errors.summaryHeading}</h2>
      </div>
      <div {...errors.getLiveRegionProps()} data-testid="live" />
    </form>
  );
}

// Stripe's own event type has this shape (plus brand and more): it must pass without a cast.
const stripeLikeEvent = {
  elementType: 'cardNumber' as const,
  brand: 'visa',
  complete: false,
  empty: false,
  value: undefined,
  error: { type: 'validation_error' as const, code: 'invalid_number', message: 'Your card number is invalid.' },
};

describe('useHostedField', () => {
  it('announces a hosted field’s invalid entry when the shopper leaves it, and clears it on the next edit', () => {
    render(<HostedForm />);
    act(() => emit('cardNumber', stripeLikeEvent));
    // Not while typing: only on blur.
    expect(screen.getByTestId('live')).toHaveTextContent('');
    act(() => blur('cardNumber'));
    const group = screen.getByRole('group', { name: 'Card number' });
    expect(group).toHaveAttribute('aria-invalid', 'true');
    expect(group).toHaveAccessibleDescription('This card number doesn’t look right. Check it, or use another card.');
    expect(screen.getByTestId('live')).toHaveTextContent('This card number doesn’t look right.');
    act(() => emit('cardNumber', { elementType: 'cardNumber', complete: false, empty: false }));
    expect(group).not.toHaveAttribute('aria-invalid');
  });

  it('on submit fails every incomplete hosted field and focuses through the provider’s handle', () => {
    render(<HostedForm />);
    act(() => emit('cardNumber', { elementType: 'cardNumber', complete: true, empty: false }));
    let found: ReturnType<UseCheckoutErrorsResult['validateHostedFields']> = [];
    act(() => {
      found = latest?.validateHostedFields() ?? [];
    });
    // One incomplete field (the CVC was never touched): focus goes into its iframe.
    expect(found.map((e) => [e.field, e.code])).toEqual([['cardCvc', 'incomplete_cvc']]);
    expect(providerFocus).toHaveBeenLastCalledWith('cardCvc');
    expect(screen.getByRole('group', { name: 'Security code' })).toHaveAccessibleDescription(
      'Enter the full security code from your card.',
    );
  });

  it('with { show: false } only reports, so the shop’s own checks are shown with it in one summary', () => {
    providerFocus.mockClear();
    render(<HostedForm />);
    let found: ReturnType<UseCheckoutErrorsResult['validateHostedFields']> = [];
    act(() => {
      found = latest?.validateHostedFields({ show: false }) ?? [];
    });
    expect(found.map((e) => e.code)).toEqual(['incomplete_number', 'incomplete_cvc']);
    // Nothing shown yet, nothing focused.
    expect(screen.getByRole('group', { name: 'Card number' })).not.toHaveAttribute('aria-invalid');
    expect(latest?.shown).toEqual([]);
    expect(providerFocus).not.toHaveBeenCalled();
    // The shop's email check first (it comes first on its page), then the card fields, at once.
    const email = latest?.control.normalizeError({ error: { type: 'invalid_request_error', code: 'email_invalid', param: 'email' } });
    act(() => latest?.show(email ? [email, ...found] : found));
    expect(latest?.shown.map((s) => s.error.field)).toEqual(['email', 'cardNumber', 'cardCvc']);
    expect(document.activeElement).toBe(document.getElementById(latest?.getSummaryProps().id ?? ''));
  });
});
