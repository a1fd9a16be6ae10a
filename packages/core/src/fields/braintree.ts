import { type FieldUpdate, kitField } from './state.js';

// Braintree Hosted Fields (braintree-web 3.x): one instance owns every card field, and each
// event's payload is the whole form's state with `emittedBy` naming the field it came from; the
// payload does not name its event, so the adapter is told which event it is handling. Read:
// each field's isValid / isPotentiallyValid / isEmpty / isFocused. Never read: `cards` (the
// brand guess from the digits typed) and the `binAvailable` event, which carries the BIN.
// Types: @types/braintree-web's HostedFieldsEvent (hosted-fields.d.ts); events from braintree-web's
// HostedFields#on docs (blur, focus, empty, notEmpty, cardTypeChange, validityChange).

/** One field's state in a Hosted Fields payload. */
export interface BraintreeFieldData {
  readonly isValid: boolean;
  readonly isPotentiallyValid: boolean;
  readonly isEmpty: boolean;
  readonly isFocused: boolean;
}

/** A Hosted Fields event payload, structurally: `emittedBy` and every field's state. */
export interface BraintreeHostedFieldsEvent {
  readonly emittedBy: string;
  readonly fields: { readonly [name: string]: BraintreeFieldData | undefined };
}

/** The Hosted Fields events the kit listens to (never `binAvailable`, which carries the BIN). */
export const BRAINTREE_FIELD_EVENTS = ['focus', 'blur', 'empty', 'notEmpty', 'validityChange', 'cardTypeChange'] as const;
export type BraintreeFieldEvent = (typeof BRAINTREE_FIELD_EVENTS)[number];

// The kit's codes per field: what a field that can no longer become valid, and one left
// incomplete, fail with. Hosted Fields does not say why an expiry is invalid (past, or month 13).
const CODES: Record<string, readonly [invalid: string, incomplete: string]> = {
  cardNumber: ['invalid_number', 'incomplete_number'],
  cardExpiry: ['invalid_expiry_year', 'incomplete_expiry'],
  cardCvc: ['invalid_cvc', 'incomplete_cvc'],
  postalCode: ['invalid_zip', 'incomplete_zip'],
};

/**
 * The kit's updates for one Hosted Fields event: the emitting field's, then every other field's
 * state as a re-check (the payload carries them all; a brand change alters what a CVV must be).
 * A split expiry (month and year) is one kit field: complete when both are, focused when either
 * is. While typing only an entry that can no longer become valid is an error; on blur an
 * incomplete one is too, so leaving a half-typed number is announced.
 */
export function braintreeFieldUpdates(event: BraintreeFieldEvent, payload: BraintreeHostedFieldsEvent): FieldUpdate[] {
  const states = new Map<string, { complete: boolean; empty: boolean; focused: boolean }>();
  let emitted: { field: string; code: string | null } | undefined;
  for (const [name, data] of Object.entries(payload?.fields ?? {})) {
    if (!data || typeof data !== 'object') continue;
    const field = kitField(name);
    const before = states.get(field);
    states.set(field, {
      complete: data.isValid === true && (before?.complete ?? true),
      empty: data.isEmpty === true && (before?.empty ?? true),
      focused: data.isFocused === true || (before?.focused ?? false),
    });
    if (name !== payload.emittedBy) continue;
    const codes = Object.hasOwn(CODES, field) ? CODES[field] : undefined;
    const incomplete = event === 'blur' && !data.isEmpty;
    const code = !codes || data.isValid || data.isEmpty ? null : !data.isPotentiallyValid ? codes[0] : incomplete ? codes[1] : null;
    emitted = { field, code };
  }
  const kind = event === 'focus' || event === 'blur' ? event : 'edit';
  const updates: FieldUpdate[] = [];
  for (const [field, state] of states)
    if (field === emitted?.field) updates.unshift({ field, event: kind, state: { ...state, code: emitted.code } });
    else updates.push({ field, event: 'sync', state });
  return updates;
}
