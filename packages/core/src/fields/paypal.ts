import type { FieldUpdate } from './state.js';

// PayPal's Card Fields (paypal-js `paypal.CardFields({ … })`): one component renders its fields
// (NumberField, ExpiryField, CVVField, NameField) and reports through `inputEvents` (onChange,
// onFocus, onBlur), each with the whole form's state: `emittedBy` (name, number, cvv, expiry),
// `errors` (INVALID_NUMBER, INVALID_EXPIRY, INVALID_CVV, INVALID_NAME, INELIGIBLE_CARD_VENDOR) and
// per field isFocused / isEmpty / isValid / isPotentiallyValid. Never read: `cards` (the brand
// guessed from the digits). Types: @paypal/paypal-js 11.3.0 types/components/card-fields.d.ts
// (PayPalCardFieldsStateObject, PayPalCardFieldsInputEvents, PayPalCardFieldsIndividualField).

/** One field's state in PayPal's state object. */
export interface PayPalFieldData {
  readonly isFocused: boolean;
  readonly isEmpty: boolean;
  readonly isValid: boolean;
  readonly isPotentiallyValid: boolean;
}

/** PayPal's Card Fields state object, structurally. */
export interface PayPalCardFieldsState {
  readonly emittedBy?: string | undefined;
  readonly errors?: readonly string[] | undefined;
  readonly fields?: { readonly [name: string]: PayPalFieldData | undefined } | undefined;
}

// PayPal's state keys and emittedBy names → the kit's field, its invalid and incomplete codes.
// The per-field flags decide; of `errors` only INELIGIBLE_CARD_VENDOR adds what they do not say.
const FIELDS: readonly (readonly [key: string, emitter: string, field: string, invalid: string, incomplete: string])[] = [
  ['cardNumberField', 'number', 'cardNumber', 'invalid_number', 'incomplete_number'],
  ['cardExpiryField', 'expiry', 'cardExpiry', 'invalid_expiry_year', 'incomplete_expiry'],
  ['cardCvvField', 'cvv', 'cardCvc', 'invalid_cvc', 'incomplete_cvc'],
];

/**
 * The kit's updates for one inputEvents callback: the emitting field's, then the others' as a
 * re-check. While typing only an entry that can no longer become valid is an error (a card brand
 * the merchant cannot take, INELIGIBLE_CARD_VENDOR, is `invalid_card_type`); on blur an
 * incomplete one is too.
 */
export function paypalFieldUpdates(callback: 'onChange' | 'onFocus' | 'onBlur', state: PayPalCardFieldsState): FieldUpdate[] {
  const fields = state && typeof state === 'object' && state.fields && typeof state.fields === 'object' ? state.fields : undefined;
  if (!fields) return [];
  const errors = Array.isArray(state.errors) ? state.errors : [];
  const updates: FieldUpdate[] = [];
  for (const [key, emitter, field, invalid, incomplete] of FIELDS) {
    const data = fields[key];
    if (!data || typeof data !== 'object') continue;
    const base = { complete: data.isValid === true, empty: data.isEmpty === true, focused: data.isFocused === true };
    if (state.emittedBy !== emitter) {
      updates.push({ field, event: 'sync', state: base });
      continue;
    }
    const ineligible = field === 'cardNumber' && errors.includes('INELIGIBLE_CARD_VENDOR');
    const wrong = !data.isValid && !data.isEmpty && (!data.isPotentiallyValid || callback === 'onBlur');
    const code = ineligible ? 'invalid_card_type' : !wrong ? null : data.isPotentiallyValid ? incomplete : invalid;
    const event = callback === 'onFocus' ? 'focus' : callback === 'onBlur' ? 'blur' : 'edit';
    updates.unshift({ field, event, state: { ...base, code } });
  }
  return updates;
}
