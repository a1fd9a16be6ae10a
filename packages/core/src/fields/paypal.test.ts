import { paypalCardFieldsSequences } from '@checkout-errors/testing';
import type { PayPalCardFieldsStateObject } from '@paypal/paypal-js';
import { describe, expect, it } from 'vitest';
import { paypalFieldUpdates } from './paypal.js';
import type { FieldUpdate } from './state.js';

describe('PayPal Card Fields’ inputEvents in the kit’s words', () => {
  it('a number that cannot become valid is an edit with invalid_number, the blur carries it, the fix clears it', () => {
    const number = paypalCardFieldsSequences.invalidNumberThenFixed.map(({ on, state }) => paypalFieldUpdates(on, state)[0]);
    expect(number.map((u) => [u?.field, u?.event, u?.state.code])).toEqual([
      ['cardNumber', 'focus', null],
      ['cardNumber', 'edit', 'invalid_number'],
      ['cardNumber', 'blur', 'invalid_number'],
      ['cardNumber', 'focus', 'invalid_number'],
      ['cardNumber', 'edit', null],
    ]);
  });

  it('keeps the other fields’ state as a re-check, and leaves the name field to the shop', () => {
    const [step] = paypalCardFieldsSequences.invalidNumberThenFixed;
    expect(paypalFieldUpdates(step.on, step.state).map((u) => [u.field, u.event])).toEqual([
      ['cardNumber', 'focus'],
      ['cardExpiry', 'sync'],
      ['cardCvc', 'sync'],
    ]);
  });

  it('a card brand the merchant cannot take is invalid_card_type', () => {
    const [step] = paypalCardFieldsSequences.ineligibleBrand;
    expect(paypalFieldUpdates(step.on, step.state)[0]?.state.code).toBe('invalid_card_type');
  });

  it('a half-typed CVV is incomplete only once the shopper leaves it', () => {
    const cvv = (isFocused: boolean) => ({ isFocused, isEmpty: false, isValid: false, isPotentiallyValid: true });
    expect(
      paypalFieldUpdates('onChange', { emittedBy: 'cvv', errors: ['INVALID_CVV'], fields: { cardCvvField: cvv(true) } })[0]?.state.code,
    ).toBeNull();
    expect(
      paypalFieldUpdates('onBlur', { emittedBy: 'cvv', errors: ['INVALID_CVV'], fields: { cardCvvField: cvv(false) } })[0]?.state.code,
    ).toBe('incomplete_cvc');
  });

  it('answers garbage with nothing, never a throw', () => {
    for (const state of [null, undefined, 'x', {}, { fields: null }, { fields: { cardNumberField: 'x' } }, { errors: 'x', fields: {} }])
      expect(paypalFieldUpdates('onChange', state as never)).toEqual([]);
  });
});

// Type test (pnpm typecheck): PayPal's own state object passes without a cast.
export const typeCheck = (state: PayPalCardFieldsStateObject): FieldUpdate[] => paypalFieldUpdates('onBlur', state);
