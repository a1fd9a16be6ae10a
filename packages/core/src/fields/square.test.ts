import { squareCardSequences } from '@checkout-errors/testing';
import type { CardInputEvent, SqEvent } from '@square/web-payments-sdk-types';
import { describe, expect, it } from 'vitest';
import { type SquareFieldEvent, squareFieldUpdate } from './square.js';
import type { FieldUpdate } from './state.js';

// Shopper data Square sends along: reading any of it throws.
const guarded = <T extends object>(event: T): T =>
  new Proxy(event, {
    get(target, key) {
      if (key === 'cardBrand' || key === 'postalCodeValue') throw new Error(`read ${String(key)}`);
      const value = Reflect.get(target, key);
      return key === 'detail' && value ? guarded(value) : value;
    },
  });

const replay = (steps: readonly { type: SquareFieldEvent; event: object }[]) =>
  steps.map(({ type, event }) => squareFieldUpdate(type, guarded(event) as never)).filter((u) => u !== undefined);

describe('Square’s card events in the kit’s words', () => {
  it('an entry that cannot become valid is an edit with its code, the blur carries it, the fix clears it', () => {
    expect(
      replay(squareCardSequences.invalidNumberThenFixed).map((u) => [u.field, u.event, u.state.code ?? null, u.state.focused]),
    ).toEqual([
      ['cardNumber', 'focus', null, true],
      ['cardNumber', 'edit', 'invalid_number', true],
      ['cardNumber', 'blur', 'invalid_number', false],
      ['cardNumber', 'focus', null, true],
      ['cardNumber', 'edit', null, true],
    ]);
  });

  it('reads an SqEvent’s detail as well: an error class added after the shopper left is that field’s blur', () => {
    const last = replay(squareCardSequences.cvvLeftIncomplete).at(-1);
    expect(last).toEqual({
      field: 'cardCvc',
      event: 'blur',
      state: { complete: false, empty: false, focused: false, code: 'incomplete_cvc' },
    });
  });

  it('maps Square’s field names: expirationDate is the expiry, cvv the CVC', () => {
    const at = (field: string) =>
      squareFieldUpdate('cardBrandChanged', {
        field,
        currentState: { hasErrorClass: false, hasFocusClass: false, isCompletelyValid: false, isEmpty: true, isPotentiallyValid: true },
      });
    expect(['cardNumber', 'expirationDate', 'cvv', 'postalCode'].map((field) => at(field)?.field)).toEqual([
      'cardNumber',
      'cardExpiry',
      'cardCvc',
      'postalCode',
    ]);
  });

  it('answers garbage with nothing, never a throw', () => {
    for (const event of [null, undefined, 'x', {}, { detail: null }, { field: 'cvv' }, { detail: { field: 3, currentState: {} } }])
      expect(squareFieldUpdate('errorClassAdded', event as never)).toBeUndefined();
  });
});

// Type test (pnpm typecheck): Square's own events pass without a cast, bare and wrapped.
export const typeCheck = (event: CardInputEvent, wrapped: SqEvent<CardInputEvent>): (FieldUpdate | undefined)[] => [
  squareFieldUpdate('errorClassAdded', event),
  squareFieldUpdate('errorClassAdded', wrapped),
];
