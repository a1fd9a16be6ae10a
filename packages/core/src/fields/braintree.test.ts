import { braintreeHostedFieldsSequences } from '@checkout-errors/testing';
import type { HostedFields, HostedFieldsEvent } from 'braintree-web';
import { describe, expect, it } from 'vitest';
import { BRAINTREE_FIELD_EVENTS, braintreeFieldUpdates } from './braintree.js';
import { type FieldUpdate, type HostedFieldState, kitField, nextFieldState } from './state.js';

/** Replays a sequence and returns every update and each field's final state. */
function replay(
  steps: readonly { event: (typeof BRAINTREE_FIELD_EVENTS)[number]; payload: Parameters<typeof braintreeFieldUpdates>[1] }[],
) {
  const updates: FieldUpdate[] = [];
  const states = new Map<string, HostedFieldState>();
  for (const { event, payload } of steps)
    for (const update of braintreeFieldUpdates(event, payload)) {
      updates.push(update);
      states.set(update.field, nextFieldState(states.get(update.field), update));
    }
  return { updates, states };
}

describe('Braintree Hosted Fields in the kit’s words', () => {
  it('maps Braintree’s field names to the kit’s', () => {
    expect(['number', 'expirationDate', 'expirationMonth', 'expirationYear', 'cvv', 'postalCode', 'cardholderName'].map(kitField)).toEqual([
      'cardNumber',
      'cardExpiry',
      'cardExpiry',
      'cardExpiry',
      'cardCvc',
      'postalCode',
      'cardholderName',
    ]);
  });

  it('an invalid number is an edit with invalid_number, its blur carries it, and the fix clears it', () => {
    const { updates, states } = replay(braintreeHostedFieldsSequences.invalidNumberThenFixed);
    const number = updates.filter((u) => u.field === 'cardNumber').map((u) => [u.event, u.state.code]);
    expect(number).toEqual([
      ['focus', null],
      ['edit', null],
      ['edit', 'invalid_number'],
      ['blur', 'invalid_number'],
      ['focus', 'invalid_number'],
      ['edit', null],
    ]);
    expect(states.get('cardNumber')).toEqual({ complete: true, empty: false, focused: true, autofilled: false, code: null });
  });

  it('a half-typed number is no error while typing, and incomplete_number once the shopper leaves', () => {
    const { updates } = replay(braintreeHostedFieldsSequences.halfNumberLeft);
    expect(updates.filter((u) => u.field === 'cardNumber').map((u) => [u.event, u.state.code])).toEqual([
      ['focus', null],
      ['edit', null],
      ['blur', 'incomplete_number'],
    ]);
  });

  it('keeps every field’s state from each payload, so a submit knows what is incomplete', () => {
    const { states } = replay(braintreeHostedFieldsSequences.cvvLeftIncompleteThenSubmit);
    expect(Object.fromEntries([...states].map(([field, s]) => [field, [s.complete, s.empty, s.focused]]))).toEqual({
      cardNumber: [true, false, false],
      cardExpiry: [true, false, false],
      cardCvc: [false, false, true],
      postalCode: [false, true, false],
    });
  });

  it('one split expiry: complete only when month and year both are, focused when either is', () => {
    const data = (isValid: boolean, isFocused: boolean) => ({ isValid, isPotentiallyValid: true, isEmpty: false, isFocused });
    const [expiry] = braintreeFieldUpdates('validityChange', {
      emittedBy: 'expirationYear',
      fields: { expirationMonth: data(false, false), expirationYear: data(true, true) },
    });
    expect(expiry).toEqual({ field: 'cardExpiry', event: 'edit', state: { complete: false, empty: false, focused: true, code: null } });
  });

  it('answers garbage with no updates, never a throw', () => {
    for (const payload of [
      null,
      undefined,
      {},
      { emittedBy: 'number' },
      { emittedBy: 'number', fields: null },
      { fields: { number: 'x' } },
    ])
      expect(braintreeFieldUpdates('blur', payload as never)).toEqual([]);
  });

  it('never listens to binAvailable (it carries the BIN)', () => {
    expect(BRAINTREE_FIELD_EVENTS).not.toContain('binAvailable');
  });
});

// Type test (pnpm typecheck): Braintree's own event type passes without a cast, for every event the
// kit listens to, through the instance's own `on`.
export function typeCheck(instance: HostedFields, event: HostedFieldsEvent): FieldUpdate[] {
  for (const name of BRAINTREE_FIELD_EVENTS) instance.on(name, (payload) => braintreeFieldUpdates(name, payload));
  return braintreeFieldUpdates('validityChange', event);
}
