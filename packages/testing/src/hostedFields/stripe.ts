// Stripe Elements event sequences, as `element.on('change' | 'focus' | 'blur', …)` delivers them.
// Constructed: no recording exists outside a live iframe. Built from @stripe/stripe-js 10.2.1's
// types (elements/base.d.ts StripeElementChangeEvent: { elementType, empty, complete, error?:
// { type: 'validation_error', code, message } }; elements/card-number.d.ts adds `brand`;
// elements/card.d.ts's single Card Element adds `value: { postalCode }` and `brand`) and Stripe's
// client-validation codes (invalid_number when the digits fail Luhn at full length;
// incomplete_* when the shopper leaves a part-filled element). Plain data; the kit reads
// elementType, complete, empty and error.code only, never `value` or `brand`.

/** One event: `change` with its payload, or a `focus` / `blur` (whose payload is `{ elementType }`). */
export type StripeElementStep =
  | {
      readonly on: 'change';
      readonly event: {
        readonly elementType: string;
        readonly complete: boolean;
        readonly empty: boolean;
        readonly error: { readonly type: 'validation_error'; readonly code: string; readonly message: string } | undefined;
        readonly brand?: string;
        readonly value?: { readonly postalCode: string };
      };
    }
  | { readonly on: 'focus' | 'blur'; readonly event: { readonly elementType: string } };

const invalid = { type: 'validation_error', code: 'invalid_number', message: 'Your card number is invalid.' } as const;
const incompleteCvc = { type: 'validation_error', code: 'incomplete_cvc', message: 'Your card’s security code is incomplete.' } as const;

export const stripeElementSequences = {
  /** The split Card Number Element: 4242 4242 4242 4241 typed, left, corrected. */
  invalidNumberThenFixed: [
    { on: 'focus', event: { elementType: 'cardNumber' } },
    { on: 'change', event: { elementType: 'cardNumber', complete: false, empty: false, error: undefined, brand: 'visa' } },
    { on: 'change', event: { elementType: 'cardNumber', complete: false, empty: false, error: invalid, brand: 'visa' } },
    { on: 'blur', event: { elementType: 'cardNumber' } },
    { on: 'focus', event: { elementType: 'cardNumber' } },
    { on: 'change', event: { elementType: 'cardNumber', complete: true, empty: false, error: undefined, brand: 'visa' } },
  ],
  /** The single Card Element: a full number and expiry, two CVC digits, then the shopper leaves. */
  cardElementCvcLeftIncomplete: [
    { on: 'focus', event: { elementType: 'card' } },
    {
      on: 'change',
      event: { elementType: 'card', complete: false, empty: false, error: undefined, brand: 'visa', value: { postalCode: '' } },
    },
    {
      on: 'change',
      event: { elementType: 'card', complete: false, empty: false, error: incompleteCvc, brand: 'visa', value: { postalCode: '' } },
    },
    { on: 'blur', event: { elementType: 'card' } },
  ],
} as const satisfies Record<string, readonly StripeElementStep[]>;
