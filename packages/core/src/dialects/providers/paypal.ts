import { type Bag, isBag, str } from '../../read.js';
import type { Dialect, ErrorFacts } from '../../types.js';
import { groupsToMap, target } from '../tables.js';

// PayPal (Orders v2, Payments v2, OAuth) in the kit's words: each PayPal failure is read into the
// catalog codes Stripe uses, so the same failure reads the same. Sources, cited below by tag:
//  [SPEC] paypal/paypal-rest-api-specifications openapi/checkout_orders_v2.json (v2.13) and
//         payments_payment_v2.json @ec4d8f36: error_4xx/5xx, error_details, the per-operation
//         issue enums, order_status, capture_status, authorization_status, processor_response;
//  [TS]   paypal/PayPal-TypeScript-Server-SDK @4f10a017 doc/models/processor-response-code.md (the
//         meanings of response_code, which [SPEC] lists without them), payment-advice-code.md,
//         order-status.md; src/errors/customError.ts (CustomError's statusCode, result, body);
//  [NODE] paypal/Checkout-NodeJS-SDK samples/Common/errorSample.js (the body as JSON in `message`);
//  [CARD] https://developer.paypal.com/tools/sandbox/card-testing/ (201 COMPLETED orders whose
//         capture is DECLINED, and the CCREJECT triggers' response codes);
//  [OAUTH] RFC 6749 bodies PayPal answers: paypal/PayPal-PHP-SDK#916, paypal-examples/docs-examples#148.
// `details[].value` echoes what the buyer entered (it can be card data) and `description` "can
// change over the lifetime of an API, so clients must not depend on this value" [SPEC]: neither
// is read.

// One table, groups as in ../tables.ts (`!code` an error code, `#kind` a kind, else a decline;
// each code's field is the catalog's), of two kinds of key that cannot meet: an error detail's
// `issue` [SPEC per-operation enums] and a declined capture's four-character
// processor_response.response_code [SPEC enum; meanings TS]. The field a detail's JSON Pointer
// names (`/payment_source/card/security_code`) wins over the code's own. Issues not listed (the
// shop's own request: ORDER_NOT_APPROVED, PAYEE_ACCOUNT_*, MERCHANT_INITIATED_*, the vault and
// network-token ones) leave the kind to the status and the words to "try later, or contact the
// shop"; response codes not listed (5100 GENERIC_DECLINE, 9540 REFUSED_CARD, and the
// reveal-nothing 9500 SUSPECTED_FRAUD [CARD: CCREJECT-SF], 9510 SECURITY_VIOLATION, 9520
// LOST_OR_STOLEN [CARD: CCREJECT-LS], 5150 PICKUP_CARD_SPECIAL_CONDITIONS, 5180
// INVALID_OR_RESTRICTED_CARD [CARD: CCREJECT-IRC]) read as the generic decline.
const CODES =
  '!expired_card CARD_EXPIRED 5400|' + // [SPEC 422; the docs' own CARD_EXPIRED body]; EXPIRED_CARD [TS; CARD: CCREJECT-EC]
  '!invalid_expiry_year INVALID_EXPIRY_DATE|' + // "should be a date in future" [SPEC 422]
  '!invalid_cvc INVALID_SECURITY_CODE_LENGTH|' + // [SPEC 422]
  '!incorrect_cvc 5110 00N7|' + // CVV2_FAILURE, CVV2_FAILURE_POSSIBLE_RETRY_WITH_CVV [TS; CARD: CCREJECT-CVV_F]
  '!invalid_card_type CARD_TYPE_NOT_SUPPORTED CARD_BRAND_NOT_SUPPORTED|' + // [SPEC 422]
  '!incorrect_address PAYMENT_SOURCE_INFO_CANNOT_BE_VERIFIED 5170|' + // name and address "could not be verified" [SPEC 422]; AVS_FAILURE [TS]
  'do_not_honor 0500|' + // DO_NOT_HONOR [TS; CARD: CCREJECT-REFUSED]
  'insufficient_funds 5120|' + // INSUFFICIENT_FUNDS [TS; CARD: CCREJECT-IF]
  'invalid_account 1330 5140|' + // INVALID_ACCOUNT [TS; CARD: CCREJECT-IA], CARD_CLOSED [TS]
  'try_again_later 5920 9100|' + // ISSUER_NOT_AVAILABLE_RETRIABLE, DECLINED_PLEASE_RETRY [TS]
  'card_velocity_exceeded TRANSACTION_LIMIT_EXCEEDED|' + // "exceeded transaction limit" [SPEC 422]
  'do_not_try_again MAX_NUMBER_OF_PAYMENT_ATTEMPTS_EXCEEDED|' + // [SPEC 422]
  'authentication_required PAYER_ACTION_REQUIRED 5650|' + // "instruct the buyer to return to PayPal" (3D Secure) [SPEC 422]; DECLINED_SCA_REQUIRED [TS]
  'duplicate_transaction ORDER_ALREADY_CAPTURED DUPLICATE_INVOICE_ID 5200|' + // already paid, or its invoice ID was [SPEC 422]; DUPLICATE_TRANSACTION [TS]
  '#conflict ORDER_COMPLETION_IN_PROGRESS|' + // still capturing, "try your request again" [SPEC 422 capture]
  // A required or invalid value, on the field its pointer names, as Stripe's parameter_missing
  // and parameter_invalid read [SPEC 400, 422]. A pointer that names no shopper's field (the
  // items, the payee) reads as the form's, as Stripe's own do.
  '!parameter_missing MISSING_REQUIRED_PARAMETER CARD_NUMBER_REQUIRED CARD_EXPIRY_REQUIRED POSTAL_CODE_REQUIRED|' + // [SPEC 400, 422]
  '!parameter_invalid INVALID_PARAMETER_VALUE INVALID_STRING_LENGTH BILLING_ADDRESS_INVALID'; // [SPEC 400, 422]
// Declined by the processor, the bank or PayPal, or for risk (the payee's fraud settings, a
// compliance block, the payer's restricted or closed account): the generic decline, revealing
// nothing [SPEC 422: INSTRUMENT_DECLINED, PAYMENT_SOURCE_DECLINED_BY_PROCESSOR, ALIAS_DECLINED_BY_PROCESSOR,
// DECLINED_DUE_TO_RELATED_TXN, TRANSACTION_REFUSED, TRANSACTION_BLOCKED_BY_PAYEE,
// PAYEE_BLOCKED_TRANSACTION, COMPLIANCE_VIOLATION, PAYER_CANNOT_PAY, PAYER_ACCOUNT_RESTRICTED,
// PAYER_ACCOUNT_LOCKED_OR_CLOSED, PAYMENT_SOURCE_CANNOT_BE_USED, REDIRECT_PAYER_FOR_ALTERNATE_FUNDING].
// Of the spec's 201 issue names, only these 13 match (paypal.test.ts checks it).
const DECLINED = /DECLINED|REFUSED|BLOCKED|COMPLIANCE|^PAYER_(CANNOT|ACCOUNT)|CANNOT_BE_USED|ALTERNATE_FUNDING/;

// The RFC 6749 `error` strings of PayPal's token endpoint and bearer checks (invalid_client,
// invalid_token, unauthorized_client, unsupported_grant_type …) [OAUTH; TS oAuthProviderError].
const OAUTH = /^(invalid|unauthorized|unsupported)_/;
// At most this many details, purchase units and links are read: real bodies hold a handful.
const MAX = 10;

let map: Map<string, string> | undefined;
const codes = () => (map ??= groupsToMap(CODES));

/** The array at `bag[key]`, at most MAX entries; [] for anything else. (A throwing getter or Proxy trap is caught by the kit.) */
const list = (bag: unknown, key: string): unknown[] => {
  const value = (bag as Bag | undefined)?.[key];
  return Array.isArray(value) ? value.slice(0, MAX) : [];
};

/** A table target; a decline gets Stripe's card_declined around it. */
const decline = (entry: string, fact: ErrorFacts): ErrorFacts => {
  if (entry) target(entry, fact);
  if (fact.declineCode) Object.assign(fact, { type: 'card_error', code: 'card_declined' });
  return fact;
};

/** A failure's facts, or the outcome of a body that says nothing wrong. */
type Parsed = [facts: ErrorFacts[] | undefined, outcome?: 'succeeded' | 'pending' | 'action'];

/** An error envelope `{name, message, debug_id, details}`: one fact per detail. */
function readEnvelope(bag: Bag, debugId: string): ErrorFacts[] {
  const base: ErrorFacts = { message: str(bag.message, 500), requestId: debugId };
  const facts = list(bag, 'details').map((detail) => {
    const issue = str((detail as Bag)?.issue);
    // The pointer is the param: the kit reads `/payment_source/card/security_code` as the CVC.
    const param = str((detail as Bag)?.field, 300);
    const entry = issue && (DECLINED.test(issue) ? 'generic_decline' : codes().get(issue));
    return decline(entry || '', { ...base, param, providerCode: `issue:${issue}` });
  });
  return facts.length ? facts : [base];
}

/** A 2xx order: its status, and the first capture or authorization of each purchase unit. */
function readOrder(bag: Bag, orderStatus: string): Parsed {
  const requestId = str(bag.id);
  // The step gets the order itself: "redirect the payer to the rel:payer-action HATEOAS link"
  // [TS order-status.md], which some payment sources lack (MB WAY).
  if (orderStatus === 'PAYER_ACTION_REQUIRED') return [undefined, 'action'];
  // VOIDED (every purchase unit voided) is no payment: "something went wrong".
  if (orderStatus === 'VOIDED') return [[{ requestId }]];
  let paid = orderStatus === 'COMPLETED';
  let seen = false;
  for (const unit of list(bag, 'purchase_units')) {
    for (const key of ['captures', 'authorizations']) {
      const payment = list((unit as Bag)?.payments, key)[0];
      if (!isBag(payment)) continue;
      seen = true;
      const state = str(payment.status) ?? '';
      // A capture is paid once COMPLETED (refunds come later), an authorization once CREATED
      // (authorized) or CAPTURED; DECLINED, FAILED and DENIED failed [SPEC capture_status, authorization_status].
      if (/^(DECLINED|FAILED|DENIED)$/.test(state)) {
        const code = str((payment.processor_response as Bag)?.response_code);
        return [
          [
            decline(codes().get(code as string) ?? 'generic_decline', {
              type: 'card_error',
              requestId,
              chargeId: str(payment.id),
              providerCode: code && `response_code:${code}`,
            }),
          ],
        ];
      }
      paid &&= /^(COMPLETED|CREATED|CAPTURED)$/.test(state);
    }
  }
  // A COMPLETED order without its payments (the default `Prefer: return=minimal` answer) says
  // nothing of the capture, which may be DECLINED [TS order-status.md]: not booked as paid.
  // CREATED, SAVED and APPROVED wait.
  return [undefined, paid && seen ? 'succeeded' : 'pending'];
}

/** What an input says, each property read once; undefined when it is not PayPal's. */
function parse(input: unknown): Parsed | undefined {
  // The TypeScript server SDK's CustomError carries the parsed body in `result` [TS
  // customError.ts] (normalizeError peels its statusCode and body like any `{status, body}` pair).
  if (!isBag(input)) return undefined;
  const bag = (isBag(input.result) ? input.result : input) as Bag;
  const error = str(bag.error);
  // An OAuth failure is the shop's credentials or token: `error` a string, not Stripe's object.
  if (error && OAUTH.test(error)) return [[{ kind: 'authentication', providerCode: `error:${error}` }]];
  // An Orders v2 envelope: a `name` (INVALID_REQUEST, UNPROCESSABLE_ENTITY …) with its debug_id [SPEC error_4xx, error_5xx].
  const name = str(bag.name);
  const debugId = str(bag.debug_id);
  if (name && debugId) return [readEnvelope(bag, debugId)];
  const orderStatus = str(bag.status);
  if (orderStatus && /^(CREATED|SAVED|APPROVED|VOIDED|COMPLETED|PAYER_ACTION_REQUIRED)$/.test(orderStatus) && str(bag.id)) {
    return readOrder(bag, orderStatus);
  }
  return undefined;
}

/**
 * The PayPal dialect: Orders v2 and Payments v2 errors, 2xx orders whose capture was declined,
 * OAuth failures, also inside the TypeScript server SDK's errors. No reducer of its own:
 * `toClientError` answers the kit's body from these facts, so neither `value` (what the buyer
 * typed) nor `description` nor `links` ever leaves the server.
 */
export const paypal: Dialect = {
  name: 'paypal',
  read(input) {
    const read = parse(input);
    return read && (read[0] ?? []);
  },

  readOutcome(body) {
    const read = parse(body);
    return (
      read &&
      (read[0]
        ? { outcome: 'failed' }
        : read[1] === 'action'
          ? { outcome: 'requires_action', data: body }
          : { outcome: read[1] as 'succeeded' })
    );
  },

  // "PayPal-Request-Id": the server stores keys for 6 hours [SPEC components.parameters.paypal_request_id].
  idempotency: { header: 'PayPal-Request-Id' },

  // A debug_id (hex, often starting with twelve digits) or an order ID is not a card number.
  isId: (value) => /^[\da-f]{12,14}$|^[A-Z\d]{17}$/.test(value),
};

export default paypal;
