import { adyenCardSequences } from '@checkout-errors/testing';
import { describe, expect, it } from 'vitest';
import { adyenChangeUpdates, adyenFieldValidUpdate, adyenFocusUpdate } from './adyen.js';
import { type FieldUpdate, type HostedFieldState, nextFieldState } from './state.js';

/** Replays callbacks the way the react adapter does, keeping each field's state. */
function replay(steps: readonly { on: string; payload: Readonly<Record<string, unknown>> }[]) {
  const states = new Map<string, HostedFieldState>();
  const updates: FieldUpdate[] = [];
  for (const { on, payload } of steps) {
    const found =
      on === 'onChange'
        ? adyenChangeUpdates(payload, (field) => states.get(field))
        : [on === 'onFieldValid' ? adyenFieldValidUpdate(payload) : adyenFocusUpdate(payload)].filter((u) => u !== undefined);
    for (const update of found) {
      updates.push(update);
      states.set(update.field, nextFieldState(states.get(update.field), update));
    }
  }
  return { updates, states };
}

// Shopper data Adyen sends along: reading any of it throws.
const guarded = (payload: Readonly<Record<string, unknown>>) =>
  new Proxy(payload, {
    get(target, key) {
      if (['endDigits', 'issuerBin', 'blob', 'expiryDate', 'data', 'numChars', 'binValue'].includes(String(key)))
        throw new Error(`read ${String(key)}`);
      return Reflect.get(target, key);
    },
  });

describe('Adyen Web’s Card callbacks in the kit’s words', () => {
  it('v6: a Luhn failure that arrives after the shopper left is the blur’s error; valid again is an edit that clears it', () => {
    const { updates, states } = replay(
      adyenCardSequences.invalidNumberThenFixed.map((step) => ({ ...step, payload: guarded(step.payload) })),
    );
    expect(updates.filter((u) => u.field === 'cardNumber').map((u) => [u.event, u.state.code ?? null])).toEqual([
      ['focus', null],
      ['blur', null],
      ['blur', 'invalid_number'],
      ['focus', null],
      ['edit', null],
      ['edit', null],
    ]);
    expect(states.get('cardNumber')).toEqual({ complete: true, empty: false, focused: true, autofilled: false, code: null });
    expect(states.get('cardExpiry')).toMatchObject({ complete: false, code: null });
  });

  it('v5: its own codes, a billing postal code left empty as incomplete_zip', () => {
    const [step] = adyenCardSequences.v5ExpiryAndCvcAndPostal;
    const updates = adyenChangeUpdates(step.payload);
    expect(updates.map((u) => [u.field, u.state.code, u.state.complete])).toEqual([
      ['cardNumber', null, true],
      ['cardExpiry', 'invalid_expiry_year_past', false],
      ['cardCvc', 'incomplete_cvc', false],
      ['postalCode', 'incomplete_zip', false],
    ]);
  });

  it('an expiry is complete only when Adyen says month and year both are', () => {
    const both = adyenChangeUpdates({ valid: { encryptedExpiryMonth: true, encryptedExpiryYear: true } });
    const half = adyenChangeUpdates({ valid: { encryptedExpiryMonth: true, encryptedExpiryYear: false } });
    expect(both.find((u) => u.field === 'cardExpiry')?.state.complete).toBe(true);
    expect(half.find((u) => u.field === 'cardExpiry')?.state.complete).toBe(false);
  });

  it('takes focus from a non-iframe field’s { fieldType, event } as well', () => {
    expect(adyenFocusUpdate({ fieldType: 'postalCode', event: { type: 'focus' } })).toEqual({
      field: 'postalCode',
      event: 'focus',
      state: { focused: true },
    });
    expect(adyenFocusUpdate({ fieldType: 'holderName', event: { type: 'blur' } })).toBeUndefined();
  });

  it('answers garbage with nothing, never a throw', () => {
    for (const payload of [null, undefined, 'x', 4, {}, { errors: 'x' }, { errors: { encryptedCardNumber: 7 } }]) {
      expect(() => adyenChangeUpdates(payload as never)).not.toThrow();
      expect(adyenFocusUpdate(payload as never)).toBeUndefined();
      expect(adyenFieldValidUpdate(payload as never)).toBeUndefined();
    }
  });
});
