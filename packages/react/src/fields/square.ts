import { EMPTY_FIELD } from '@checkout-errors/core/fields';
import {
  SQUARE_FIELD_EVENTS,
  type SquareCardInputEvent,
  type SquareFieldEvent,
  squareFieldUpdate,
} from '@checkout-errors/core/fields/square';
import type { CheckoutErrorsControl } from '../checkoutErrorsTypes.js';
import { applyFieldUpdate } from './applyFieldUpdate.js';

/**
 * Square's card (`await payments.card()`), structurally: what `connectSquare` calls.
 * `@square/web-payments-sdk-types`' `Card` passes without a cast.
 */
export interface SquareCardLike {
  addEventListener(type: SquareFieldEvent, listener: (event: SquareCardInputEvent) => void): void;
  removeEventListener(type: SquareFieldEvent, listener: (event: SquareCardInputEvent) => void): void;
  /** The page cannot focus inside the iframe: Square focuses its own field. */
  focus(field: never): unknown;
}

// The kit's fields and Square's names for them.
const FIELDS: readonly (readonly [string, string])[] = [
  ['cardNumber', 'cardNumber'],
  ['cardExpiry', 'expirationDate'],
  ['cardCvc', 'cvv'],
  ['postalCode', 'postalCode'],
];

/**
 * Connects Square's Web Payments card to the kit: its fields give the same field errors, aria
 * state, clear-on-edit, blur announcement and `validateHostedFields()` as the kit's own inputs,
 * and an error's focus lands in the right field through `card.focus(name)`. Returns the
 * disconnect (call it before `card.destroy()`).
 */
export function connectSquare(card: SquareCardLike, errors: { readonly control: CheckoutErrorsControl }): () => void {
  const { control } = errors;
  for (const [field, name] of FIELDS) {
    if (!control.hosted.has(field)) control.hosted.set(field, EMPTY_FIELD);
    control.registerFocus(field, { focus: () => card.focus(name as never) });
  }
  const listeners = SQUARE_FIELD_EVENTS.map((type) => {
    const listener = (event: SquareCardInputEvent) => {
      const update = squareFieldUpdate(type, event);
      if (update) applyFieldUpdate(control, update);
    };
    card.addEventListener(type, listener);
    return [type, listener] as const;
  });
  return () => {
    for (const [type, listener] of listeners) card.removeEventListener(type, listener);
    for (const [field] of FIELDS) {
      control.hosted.delete(field);
      control.registerFocus(field, null);
    }
  };
}
