import { type FieldUpdate, kitField } from './state.js';

// Square's Web Payments SDK card (`payments.card()`): one instance owns the four fields and
// emits CardInputEvents through `card.addEventListener(type, listener)`. Read: the event's
// `field` and `currentState` (hasErrorClass, hasFocusClass, isCompletelyValid, isEmpty,
// isPotentiallyValid). Never read: `cardBrand` and `postalCodeValue` (what the shopper typed).
// Square's docs show the event both as the CardInputEvent itself and wrapped in an SqEvent's
// `detail`: both are accepted. Types: @square/web-payments-sdk-types 1.84.5
// (payment-method/cards/types.d.ts CardInputEvent, CardInputEventState; enum.d.ts
// CardInputEventTypes, CardFieldNames; payment-method-types.d.ts SqEvent).

/** A CardInputEvent's field state, structurally. */
export interface SquareFieldState {
  readonly hasErrorClass: boolean;
  readonly hasFocusClass: boolean;
  readonly isCompletelyValid: boolean;
  readonly isEmpty: boolean;
  readonly isPotentiallyValid: boolean;
}

/** A CardInputEvent, or an SqEvent carrying one in `detail`. */
export type SquareCardInputEvent =
  | { readonly field: string; readonly currentState: SquareFieldState }
  | { readonly detail: { readonly field: string; readonly currentState: SquareFieldState } };

/** The card events the kit listens to (never `escape` or `submit`, which are the shop's). */
export const SQUARE_FIELD_EVENTS = [
  'focusClassAdded',
  'focusClassRemoved',
  'errorClassAdded',
  'errorClassRemoved',
  'cardBrandChanged',
  'postalCodeChanged',
] as const;
export type SquareFieldEvent = (typeof SQUARE_FIELD_EVENTS)[number];

// The kit's codes per field: one that can no longer become valid, and one left incomplete.
const CODES: Record<string, readonly [invalid: string, incomplete: string]> = {
  cardNumber: ['invalid_number', 'incomplete_number'],
  cardExpiry: ['invalid_expiry_year', 'incomplete_expiry'],
  cardCvc: ['invalid_cvc', 'incomplete_cvc'],
  postalCode: ['invalid_zip', 'incomplete_zip'],
};

/**
 * The kit's update for one Square card event. Square adds its error class when an entry is wrong
 * or, as the shopper leaves, incomplete: an error class added to a field without focus is that
 * field's blur, so it is announced.
 */
export function squareFieldUpdate(type: SquareFieldEvent, event: SquareCardInputEvent): FieldUpdate | undefined {
  const input = event && typeof event === 'object' ? ('detail' in event && event.detail ? event.detail : event) : undefined;
  const name = input && 'field' in input ? input.field : undefined;
  const current = input && 'currentState' in input ? input.currentState : undefined;
  if (typeof name !== 'string' || !current || typeof current !== 'object') return undefined;
  const field = kitField(name);
  const codes = Object.hasOwn(CODES, field) ? CODES[field] : undefined;
  const state = { complete: current.isCompletelyValid === true, empty: current.isEmpty === true, focused: current.hasFocusClass === true };
  const code = !codes || !current.hasErrorClass || state.complete || state.empty ? null : current.isPotentiallyValid ? codes[1] : codes[0];
  if (type === 'focusClassAdded') return { field, event: 'focus', state: { ...state, focused: true } };
  if (type === 'focusClassRemoved') return { field, event: 'blur', state: { ...state, focused: false, code } };
  if (type === 'cardBrandChanged') return { field, event: 'sync', state };
  return { field, event: type === 'errorClassAdded' && !state.focused ? 'blur' : 'edit', state: { ...state, code } };
}
