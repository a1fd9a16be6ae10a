import { EMPTY_FIELD } from '@checkout-errors/core/fields';
import {
  type AdyenCardState,
  type AdyenFocusData,
  adyenChangeUpdates,
  adyenFieldValidUpdate,
  adyenFocusUpdate,
} from '@checkout-errors/core/fields/adyen';
import type { CheckoutErrorsControl } from '../checkoutErrorsTypes.js';
import { applyFieldUpdate } from './applyFieldUpdate.js';

/** The Card component, structurally: the page cannot focus inside its iframes, `setFocusOn` can. */
export interface AdyenCardLike {
  setFocusOn(fieldType: string): unknown;
}

/** The callbacks to spread into Adyen Web's Card configuration, and `attach` for the created Card. */
export interface AdyenCardAdapter {
  readonly handlers: {
    onChange(state: AdyenCardState): void;
    onFieldValid(data: { readonly fieldType?: string }): void;
    onFocus(data: AdyenFocusData): void;
    onBlur(data: AdyenFocusData): void;
  };
  /** Registers the Card's `setFocusOn` for its fields; returns the disconnect. */
  attach(card: AdyenCardLike): () => void;
}

// The kit's card fields and the secured field Adyen focuses for each.
const FOCUS: readonly (readonly [string, string])[] = [
  ['cardNumber', 'encryptedCardNumber'],
  ['cardExpiry', 'encryptedExpiryDate'],
  ['cardCvc', 'encryptedSecurityCode'],
];

/**
 * Connects Adyen Web's Card component (v5 and v6) to the kit: spread `handlers` into the Card's
 * configuration (`new Card(checkout, { ...adyen.handlers })`, or `checkout.create('card', …)` in
 * v5), then `attach(card)`. Its fields give the same field errors, aria state, blur announcement
 * and `validateHostedFields()` as the kit's own inputs; `encryptedCardNumber`,
 * `encryptedExpiryDate`, `encryptedSecurityCode` and the billing address's postal code become
 * `cardNumber`, `cardExpiry`, `cardCvc` and `postalCode`. An error on show goes with the
 * field's next change Adyen reports (it reports no keystrokes).
 */
export function adyenCard(errors: { readonly control: CheckoutErrorsControl }): AdyenCardAdapter {
  const { control } = errors;
  const apply = (update: Parameters<typeof applyFieldUpdate>[1] | undefined) => update && applyFieldUpdate(control, update);
  return {
    handlers: {
      onChange: (state) => {
        for (const update of adyenChangeUpdates(state, (field) => control.hosted.get(field))) applyFieldUpdate(control, update);
      },
      onFieldValid: (data) => apply(adyenFieldValidUpdate(data)),
      onFocus: (data) => apply(adyenFocusUpdate(data)),
      onBlur: (data) => apply(adyenFocusUpdate(data)),
    },
    attach(card) {
      for (const [field, secured] of FOCUS) {
        if (!control.hosted.has(field)) control.hosted.set(field, EMPTY_FIELD);
        control.registerFocus(field, { focus: () => card.setFocusOn(secured) });
      }
      return () => {
        for (const [field] of FOCUS) {
          control.hosted.delete(field);
          control.registerFocus(field, null);
        }
        control.hosted.delete('postalCode');
      };
    },
  };
}
