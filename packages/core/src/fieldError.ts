import { catalog, type ErrorCode } from './catalog.js';
import type { CheckoutError } from './types.js';

/** The shop's own words for one problem, per locale tag: `{ en: 'This code has expired.', de: '…' }`. */
export type ShopText = Readonly<Record<string, string>>;

/** What `fieldError` says: a catalog code (the kit's words in every locale), or the shop's own text. */
export type FieldErrorMessage = { readonly code: ErrorCode } | { readonly text: ShopText };

/** A CheckoutError the shop raised itself; `text`, when present, is what the shopper reads. */
export interface ShopFieldError<Field extends string = string> extends CheckoutError<Field> {
  /** The shop's words per locale; `shopperMessage` follows the locale's chain (de-AT → de → en), else takes the first. */
  readonly text?: ShopText;
}

const NO_FACTS = {
  dialect: 'shop',
  message: null,
  declineCode: null,
  docUrl: null,
  requestLogUrl: null,
  requestId: null,
  adviceCode: null,
  networkDeclineCode: null,
  networkAdviceCode: null,
  paymentMethodType: null,
  chargeId: null,
  providerCode: null,
} as const;

/**
 * A problem the shop found itself (an invalid email, an expired coupon, a phone number), as a
 * CheckoutError, so it joins the kit's errors in one summary with the same focus, announcement
 * and clear-on-edit: `errors.show([fieldError('email', { code: 'email_invalid' }), …])`. With a
 * catalog `code` the kit's words are used in every locale; a field the kit has no message for
 * (a coupon box) brings its own `text` per locale. Never throws: a malformed message reads as
 * the kit's "check this field".
 */
export function fieldError<const Field extends string>(field: Field, message: FieldErrorMessage): ShopFieldError<Field> {
  const code = typeof (message as { code?: unknown })?.code === 'string' ? (message as { code: string }).code : null;
  const given = (message as { text?: unknown })?.text;
  const text =
    given !== null && typeof given === 'object'
      ? Object.fromEntries(Object.entries(given).filter((entry): entry is [string, string] => typeof entry[1] === 'string'))
      : undefined;
  return {
    kind: 'validation',
    code,
    declineCode: null,
    field,
    param: null,
    status: null,
    retry: { mode: 'never', retryable: false, sameIdempotencyKey: false, afterMs: null },
    messageKey: (code !== null && catalog().codes.get(code)?.messageKey) || 'value.invalid',
    developer: NO_FACTS,
    ...(text && Object.keys(text).length > 0 ? { text } : {}),
  };
}
