import { kitField } from '@checkout-errors/core/fields';
import {
  BRAINTREE_FIELD_EVENTS,
  type BraintreeFieldData,
  type BraintreeFieldEvent,
  type BraintreeHostedFieldsEvent,
  braintreeFieldUpdates,
} from '@checkout-errors/core/fields/braintree';
import type { CheckoutErrorsControl } from '../checkoutErrorsTypes.js';
import { applyFieldUpdate } from './applyFieldUpdate.js';

/**
 * A Braintree Hosted Fields instance (`braintree.hostedFields.create(…)`), structurally: what
 * `connectBraintree` calls. `@types/braintree-web`'s `HostedFields` passes without a cast.
 */
export interface BraintreeHostedFieldsLike {
  on(event: BraintreeFieldEvent, handler: (payload: BraintreeHostedFieldsEvent) => void): void;
  off(event: BraintreeFieldEvent, handler: (payload: BraintreeHostedFieldsEvent) => void): void;
  /** The page cannot focus inside the iframes: Hosted Fields focuses its own field. */
  focus(field: never): unknown;
  getState(): { readonly fields: { readonly [name: string]: BraintreeFieldData | undefined } };
}

/**
 * Connects Braintree Hosted Fields to the kit: each field's events give the same field errors,
 * aria state, clear-on-edit, blur announcement and `validateHostedFields()` as the kit's own
 * inputs, and an error's focus goes into the right iframe through `hostedFields.focus(name)`.
 * Braintree's `number`, `expirationDate` (or `expirationMonth` / `expirationYear`), `cvv` and
 * `postalCode` become `cardNumber`, `cardExpiry`, `cardCvc` and `postalCode`. Returns the
 * disconnect (call it before `teardown()`).
 */
export function connectBraintree(hostedFields: BraintreeHostedFieldsLike, errors: { readonly control: CheckoutErrorsControl }): () => void {
  const { control } = errors;
  const names = Object.keys(hostedFields.getState()?.fields ?? {});
  const fields = new Set(names.map(kitField));
  for (const name of names) {
    const field = kitField(name);
    const data = hostedFields.getState().fields[name];
    if (data)
      applyFieldUpdate(control, { field, event: 'sync', state: { complete: data.isValid, empty: data.isEmpty, focused: data.isFocused } });
    // A split expiry (month, year) focuses the month: the first of its fields registered.
    if (!names.slice(0, names.indexOf(name)).some((other) => kitField(other) === field))
      control.registerFocus(field, { focus: () => hostedFields.focus(name as never) });
  }
  const handlers = BRAINTREE_FIELD_EVENTS.map((event) => {
    const handler = (payload: BraintreeHostedFieldsEvent) => {
      // Only the fields this instance was created with (getState), whatever a payload holds.
      for (const update of braintreeFieldUpdates(event, payload)) if (fields.has(update.field)) applyFieldUpdate(control, update);
    };
    hostedFields.on(event, handler);
    return [event, handler] as const;
  });
  return () => {
    for (const [event, handler] of handlers) hostedFields.off(event, handler);
    for (const field of fields) {
      control.hosted.delete(field);
      control.registerFocus(field, null);
    }
  };
}
