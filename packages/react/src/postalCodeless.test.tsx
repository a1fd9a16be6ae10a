import { act, render, screen } from '@testing-library/react';
import { useForm } from 'react-hook-form';
import { describe, expect, it } from 'vitest';
import type { UseCheckoutErrorsResult } from './checkoutErrorsTypes.js';
import { useCheckoutErrors } from './useCheckoutErrors.js';
import { useHostedField } from './useHostedField.js';

// Hong Kong, the Emirates, Qatar… have no postal codes: a checkout there asks for none, and a
// provider's postal-code error is about the billing address.
let latest: UseCheckoutErrorsResult | undefined;
function PostalField({ errors }: { errors: UseCheckoutErrorsResult }) {
  const hosted = useHostedField(errors.control, 'postalCode');
  return <fieldset aria-label="Postal code" {...hosted.fieldProps} />;
}
function Checkout({ country }: { country: string }) {
  const form = useForm();
  const errors = useCheckoutErrors({ form, country });
  latest = errors;
  return (
    <form>
      <PostalField errors={errors} />
      <div {...errors.getSummaryProps()}>
        <h2 {...errors.getSummaryHeadingProps()}>{errors.summaryHeading}</h2>
      </div>
    </form>
  );
}

const zipDecline = { error: { type: 'card_error', code: 'incorrect_zip', param: 'address_zip' } };

describe('a country without postal codes', () => {
  it('shows a postal-code error from the server as an address mismatch on the billing address, and focuses the summary', () => {
    render(<Checkout country="AE" />);
    act(() => {
      latest?.apply(zipDecline);
    });
    expect(latest?.shown.map((s) => [s.error.field, s.error.messageKey])).toEqual([['billingAddress', 'card.address_mismatch']]);
    expect(latest?.messageFor('billingAddress')).toBe('The billing address doesn’t match your card. Check it, or use another card.');
    expect(latest?.messageFor('postalCode')).toBeUndefined();
    expect(document.activeElement).toBe(document.getElementById(latest?.getSummaryProps().id ?? ''));
  });

  it('does not ask for a postal code on submit', () => {
    render(<Checkout country="hk" />);
    let found: ReturnType<UseCheckoutErrorsResult['validateHostedFields']> = [];
    act(() => {
      found = latest?.validateHostedFields() ?? [];
    });
    expect(found).toEqual([]);
    expect(screen.getByRole('group', { name: 'Postal code' })).not.toHaveAttribute('aria-invalid');
  });

  it('leaves a country with postal codes as it was: the error on the postal code, which is asked for', () => {
    render(<Checkout country="GB" />);
    act(() => {
      latest?.apply(zipDecline);
    });
    expect(latest?.shown.map((s) => s.error.field)).toEqual(['postalCode']);
    expect(latest?.messageFor('postalCode')).toContain('postcode');
    let found: ReturnType<UseCheckoutErrorsResult['validateHostedFields']> = [];
    act(() => {
      found = latest?.validateHostedFields({ show: false }) ?? [];
    });
    expect(found.map((e) => e.code)).toEqual(['incomplete_zip']);
  });
});
