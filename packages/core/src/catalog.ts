import type { CheckoutField, RetryMode } from './types.js';

// The kit's error catalog: every row of the spec's codes.tsv, grouped by the message the shopper
// sees. A group is [messageKey, default field, retry mode, space-separated codes]. `by_param` in
// the spec (the param alone decides) is written as `form` here, since an unknown param goes to
// the form anyway. Rows whose spec `reveal` is `generic` use `shop.unavailable` (merchant-side
// problems) or, for declines, the HIDDEN_DECLINES list below. Kept as strings: this table is most
// of the core's bytes, and brotli packs repeated words well.

type Group = readonly [key: string, field: CheckoutField, retry: RetryMode, codes: string];

/**
 * Merchant-side `invalid_request_error` codes (400, 401, 404) whose row says exactly what their
 * kind already says: `shop.unavailable`, the form, never retried. They need no run-time row (the
 * kind decides, and catalog.test.ts holds every one of them to its spec row); they stay known to
 * the `ErrorCode` type. About 130 bytes of the typical checkout.
 */
type SetupCodes =
  'account_invalid alipay_upgrade_required api_key_expired balance_insufficient bitcoin_upgrade_required charge_already_captured charge_already_refunded charge_disputed charge_expired_for_capture instant_payouts_unsupported invoice_no_customer_line_items invoice_no_subscription_line_items invoice_not_editable invoice_upcoming_none livemode_mismatch missing order_status_invalid parameter_unknown payouts_not_allowed platform_api_key_expired resource_already_exists resource_missing secret_key_required testmode_charges_only tls_version_unsupported transfers_not_allowed url_invalid invalid_source_usage payment_intent_unexpected_state invalid_state_transition';

/** `code` values of the `stripe`, `payments-api` and `client-validation` dialects. */
const CODE_GROUPS = [
  ['email.account_exists', 'email', 'never', 'account_already_exists'],
  ['address.unsupported', 'billingAddress', 'never', 'account_country_invalid_address country_unsupported state_unsupported'],
  ['shop.unavailable', 'form', 'shopper', 'payment_not_initialized idempotency_key_reuse'],
  ['shop.unavailable', 'form', 'auto', 'internal_error'],
  [
    'payment.bank_account_invalid',
    'form',
    'never',
    'account_number_invalid bank_account_exists bank_account_unusable bank_account_unverified routing_number_invalid',
  ],
  ['amount.too_large', 'amount', 'never', 'amount_too_large'],
  ['amount.too_small', 'amount', 'never', 'amount_too_small'],
  ['amount.invalid', 'amount', 'never', 'invalid_charge_amount amount_invalid'],
  ['decline.generic', 'form', 'never', 'card_declined'],
  ['order.coupon_expired', 'form', 'never', 'coupon_expired'],
  ['order.limit_reached', 'form', 'never', 'customer_max_subscriptions'],
  ['email.invalid', 'email', 'never', 'email_invalid'],
  ['card.expired', 'cardExpiry', 'never', 'expired_card invalid_expiry_year_past invalid_expiry_month_past'],
  ['card.address_mismatch', 'billingAddress', 'never', 'incorrect_address'],
  ['card.cvc_invalid', 'cardCvc', 'never', 'incorrect_cvc invalid_cvc'],
  ['card.number_invalid', 'cardNumber', 'never', 'incorrect_number invalid_number'],
  ['card.postal_code_mismatch', 'postalCode', 'never', 'incorrect_zip'],
  ['card.postal_code_invalid', 'postalCode', 'never', 'postal_code_invalid invalid_zip'],
  ['card.type_unsupported', 'cardNumber', 'never', 'invalid_card_type'],
  ['card.expiry_invalid', 'cardExpiry', 'never', 'invalid_expiry_month invalid_expiry_year'],
  ['card.number_incomplete', 'cardNumber', 'never', 'incomplete_number'],
  ['card.expiry_incomplete', 'cardExpiry', 'never', 'incomplete_expiry'],
  ['card.cvc_incomplete', 'cardCvc', 'never', 'incomplete_cvc'],
  ['card.postal_code_incomplete', 'postalCode', 'never', 'incomplete_zip'],
  ['order.failed', 'form', 'never', 'order_creation_failed order_required_settings upstream_order_creation_failed'],
  ['order.out_of_stock', 'form', 'never', 'out_of_inventory product_inactive sku_inactive'],
  [
    'value.missing',
    'form',
    'never',
    'parameter_invalid_empty parameter_invalid_string_blank parameter_invalid_string_empty parameter_missing',
  ],
  ['value.invalid', 'form', 'never', 'parameter_invalid_integer parameter_invalid'],
  ['payment.method_unavailable', 'form', 'never', 'payment_method_unactivated sepa_unsupported_account'],
  ['decline.try_again', 'form', 'shopper', 'processing_error'],
  ['service.try_again', 'form', 'shopper', 'taxes_calculation_failed'],
  ['service.try_again', 'form', 'auto', 'order_upstream_timeout'],
  ['service.busy', 'form', 'cooldown', 'rate_limit'],
  ['shipping.failed', 'billingAddress', 'never', 'shipping_calculation_failed'],
  ['order.tax_id_invalid', 'form', 'never', 'tax_id_invalid'],
  ['session.expired', 'form', 'never', 'token_already_used'],
  ['service.in_progress', 'form', 'auto', 'token_in_use idempotency_key_in_use lock_timeout'],
] as const satisfies readonly Group[];

/** `decline_code` values of a `card_declined` card error. */
const DECLINE_GROUPS = [
  ['decline.authenticate', 'form', 'authenticate', 'authentication_required authentication_not_handled'],
  ['decline.contact_issuer', 'form', 'shopper', 'approve_with_id'],
  [
    'decline.contact_issuer',
    'form',
    'never',
    'call_issuer do_not_honor do_not_try_again invalid_account invalid_amount new_account_information_available no_action_taken not_permitted revocation_of_all_authorizations revocation_of_authorization service_not_allowed stop_payment_order transaction_not_allowed',
  ],
  ['decline.use_other_card', 'form', 'never', 'card_not_supported currency_not_supported'],
  ['decline.insufficient_funds', 'form', 'never', 'insufficient_funds'],
  ['decline.limit_reached', 'form', 'never', 'card_velocity_exceeded withdrawal_count_limit_exceeded'],
  ['decline.duplicate', 'form', 'never', 'duplicate_transaction'],
  ['card.expired', 'cardExpiry', 'never', 'expired_card'],
  ['card.address_mismatch', 'billingAddress', 'never', 'incorrect_address'],
  ['card.cvc_invalid', 'cardCvc', 'never', 'incorrect_cvc invalid_cvc'],
  ['card.number_invalid', 'cardNumber', 'never', 'incorrect_number invalid_number'],
  ['card.postal_code_mismatch', 'postalCode', 'never', 'incorrect_zip'],
  ['card.expiry_invalid', 'cardExpiry', 'never', 'invalid_expiry_month invalid_expiry_year'],
  ['decline.generic', 'form', 'never', 'generic_decline'],
  [
    'decline.card_present_only',
    'form',
    'never',
    'incorrect_pin invalid_pin offline_pin_required online_or_offline_pin_required pin_try_exceeded mobile_device_authentication_required',
  ],
  ['decline.try_again', 'form', 'shopper', 'issuer_not_available processing_error reenter_transaction try_again_later'],
  ['decline.test_card', 'cardNumber', 'never', 'testmode_decline'],
] as const satisfies readonly Group[];

/** `advice_code` values: they refine the retry guidance of a decline. */
const ADVICE_GROUPS = [
  ['advice.do_not_try_again', 'form', 'never', 'do_not_try_again'],
  ['advice.try_again_later', 'form', 'shopper', 'try_again_later'],
  ['advice.confirm_card_data', 'form', 'never', 'confirm_card_data'],
] as const satisfies readonly Group[];

/**
 * The reveal-nothing declines: shown exactly like `generic_decline`. The provider asks this for
 * fraudulent, lost_card, stolen_card and merchant_blacklist; the kit adds pickup_card,
 * restricted_card and security_violation as a policy (they tell a card thief the same story).
 */
const HIDDEN = 'fraudulent lost_card stolen_card pickup_card restricted_card merchant_blacklist security_violation';

type Words<S extends string, Acc = never> = S extends `${infer Head} ${infer Tail}` ? Words<Tail, Acc | Head> : Acc | S;

/** Every error `code` the catalog knows. */
export type ErrorCode = Words<(typeof CODE_GROUPS)[number][3]> | Words<SetupCodes>;
/** Every `decline_code` the catalog knows, the reveal-nothing ones included. */
export type DeclineCode = Words<(typeof DECLINE_GROUPS)[number][3]> | Words<typeof HIDDEN>;
/** Every `advice_code` the catalog knows. */
export type AdviceCode = Words<(typeof ADVICE_GROUPS)[number][3]>;

/** What the catalog says about one code. */
export interface CatalogEntry {
  readonly messageKey: string;
  readonly field: CheckoutField;
  readonly retry: RetryMode;
}

// Maps, so a code of `constructor` or `__proto__` finds nothing (own entries only).
const index = (groups: readonly Group[]): ReadonlyMap<string, CatalogEntry> => {
  const map = new Map<string, CatalogEntry>();
  for (const [messageKey, field, retry, codes] of groups) {
    const entry = { messageKey, field, retry };
    for (const code of codes.split(' ')) map.set(code, entry);
  }
  return map;
};

let built:
  | {
      codes: ReadonlyMap<string, CatalogEntry>;
      declines: ReadonlyMap<string, CatalogEntry>;
      advice: ReadonlyMap<string, CatalogEntry>;
      hidden: ReadonlySet<string>;
    }
  | undefined;

/** The catalog as look-up maps, built on first use so that importing the module costs nothing. */
export const catalog = () =>
  (built ??= {
    codes: index(CODE_GROUPS),
    declines: index(DECLINE_GROUPS),
    advice: index(ADVICE_GROUPS),
    hidden: new Set(HIDDEN.split(' ')),
  });
