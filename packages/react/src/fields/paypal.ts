import { EMPTY_FIELD } from '@checkout-errors/core/fields';
import { type PayPalCardFieldsState, paypalFieldUpdates } from '@checkout-errors/core/fields/paypal';
import type { CheckoutErrorsControl } from '../checkoutErrorsTypes.js';
import { applyFieldUpdate } from './applyFieldUpdate.js';

/** One of PayPal's rendered card fields (`cardFields.NumberField()` …): only `focus()` is called. */
export interface PayPalCardFieldLike {
  focus(): void;
}

/** `inputEvents` for `paypal.CardFields({ … })`, and `attach` for the fields it renders. */
export interface PayPalCardFieldsAdapter {
  readonly inputEvents: {
    onChange(state: PayPalCardFieldsState): void;
    onFocus(state: PayPalCardFieldsState): void;
    onBlur(state: PayPalCardFieldsState): void;
  };
  /** Registers each rendered field's own `focus()`; returns the disconnect. */
  attach(fields: {
    readonly number?: PayPalCardFieldLike;
    readonly expiry?: PayPalCardFieldLike;
    readonly cvv?: PayPalCardFieldLike;
  }): () => void;
}

/**
 * Connects PayPal's Card Fields to the kit: pass `inputEvents` to `paypal.CardFields({ …,
 * inputEvents })`, render the fields, then `attach({ number, expiry, cvv })`. Its fields give the
 * same field errors, aria state, clear-on-edit, blur announcement and `validateHostedFields()` as
 * the kit's own inputs; number, expiry and cvv become cardNumber, cardExpiry and cardCvc (the name
 * field stays the shop's).
 */
export function paypalCardFields(errors: { readonly control: CheckoutErrorsControl }): PayPalCardFieldsAdapter {
  const { control } = errors;
  const on = (callback: 'onChange' | 'onFocus' | 'onBlur') => (state: PayPalCardFieldsState) => {
    // Only the fields attached, whatever the state object lists.
    for (const update of paypalFieldUpdates(callback, state)) if (control.hosted.has(update.field)) applyFieldUpdate(control, update);
  };
  return {
    inputEvents: { onChange: on('onChange'), onFocus: on('onFocus'), onBlur: on('onBlur') },
    attach(fields) {
      const given: [string, PayPalCardFieldLike | undefined][] = [
        ['cardNumber', fields.number],
        ['cardExpiry', fields.expiry],
        ['cardCvc', fields.cvv],
      ];
      const attached = given.filter((entry): entry is [string, PayPalCardFieldLike] => entry[1] !== undefined);
      for (const [field, rendered] of attached) {
        control.hosted.set(field, control.hosted.get(field) ?? EMPTY_FIELD);
        control.registerFocus(field, { focus: () => rendered.focus() });
      }
      return () => {
        for (const [field] of attached) {
          control.hosted.delete(field);
          control.registerFocus(field, null);
        }
      };
    },
  };
}
