import { type Bag, get, isBag, status as readStatus, str } from '../../read.js';
import type { Dialect, ErrorFacts } from '../../types.js';
import { groupsToMap, smallJson, target } from '../tables.js';

// Adyen (Checkout API v71, adyen-node-api-library) in the kit's words: each
// Adyen failure is read into the catalog codes Stripe uses, so the same failure reads the same.
// Sources, cited below by tag:
//  [REF]  https://docs.adyen.com/development-resources/refusal-reasons (rows 0-18 read there);
//  [REF3] its rows 19-46, known only from third-party copies (a Python SDK test table, a PHP
//         enum, docs.rs/adyen RefusalReason): NOT verified against Adyen;
//  [ERR]  https://docs.adyen.com/development-resources/error-codes (codes 000-104 read there);
//  [ERR3] wikimedia/wikimedia-fundraising-SmashPig PaymentProviders/Adyen/ExceptionMapper.php
//         @be68299b, a list "gleaned from" [ERR]: a third-party copy, NOT verified against Adyen;
//  [OAS]  Adyen/adyen-openapi json/CheckoutService-v71.json @74fabab0 (ServiceError, examples);
//  [NODE] Adyen/adyen-node-api-library src/httpClient/httpClientException.ts and
//         httpURLConnectionClient.ts @3b84a188; src/typings/checkout/paymentResponse.ts (v71);
// Refusals come with HTTP 200 ([REF]: "the response returns HTTP status code 200"), so `read`
// reads a 200 body whose resultCode is Refused, Error or Cancelled like an error body.

// Tables as `target key key…` groups, split on first use. A target starting with `!` is an
// error `code` (read like Stripe's incorrect_cvc), any other a `decline_code` of card_declined;
// `:field` names the kit's field (for card fields the same as the code's own in codes.tsv).
// Each table is looked up only by the key its codes came in: a refusalReasonCode "20" is FRAUD,
// an errorCode "20" or "200" is not.
const REFUSALS =
  'call_issuer 3|' + // Referral [REF]
  '!processing_error 4 21 39 42|' + // Acquirer Error [REF; resultCode Error]; Not Submitted, RReq not received from DS, 3DS Authentication Error [REF3]
  'restricted_card 5 25|' + // Blocked Card [REF] ("blocked, therefore unusable"); Restricted Card [REF3]: both reveal nothing
  '!expired_card:cardExpiry 6|' + // Expired Card [REF]
  'invalid_amount 7|' + // Invalid Amount [REF]
  '!incorrect_number:cardNumber 8|' + // Invalid Card Number [REF]
  'issuer_not_available 9|' + // Issuer Unavailable [REF]
  'card_not_supported 10|' + // Not supported [REF]
  'authentication_required 11 38|' + // 3D Not Authenticated [REF]; Authentication required [REF3]
  'insufficient_funds 12|' + // Not enough balance [REF]
  'fraudulent 14 20 22 31|' + // Acquirer Fraud [REF]; FRAUD, FRAUD-CANCELLED, Issuer Suspected Fraud [REF3]
  'transaction_not_allowed 23|' + // Transaction Not Permitted [REF3]
  '!incorrect_cvc:cardCvc 24|' + // CVC Declined [REF3; the string is in Adyen's SDK fixtures too]
  'revocation_of_authorization 26|' + // Revocation Of Auth [REF3]
  'card_velocity_exceeded 28 29|' + // Withdrawal amount exceeded, Withdrawal count exceeded [REF3]
  '!incorrect_zip:postalCode 32|' + // AVS Declined [REF3]
  'do_not_try_again 46'; // Transaction blocked by Adyen to prevent excessive retry fees [REF3]
// Unlisted, so generic_decline: 2 Refused, 15 Cancelled, 16 Shopper Cancelled [REF], 27 Declined
// Non Generic [REF3], and the card-present ones (PIN 17-19, 33, 36, 43; 34, 35, 37, 40, 41, 44,
// 45 [REF, REF3]): a web checkout does not see them. A resultCode Error with an unlisted code (0,
// "Unknown" in test mode [REF]) is a processing_error. A Cancelled result is a decline like
// Refused: FRAUD-CANCELLED (22) is the one test trigger that answers Cancelled [REF3], so a
// Cancelled without a code must read as the generic decline, never as something softer.

// errorCode values of a ServiceError {status, errorCode, message, errorType, pspReference} [OAS].
// Unlisted codes (000, 010, 130, 702, 901...) leave the kind and message to the status.
const ERRORS =
  '!incorrect_number:cardNumber 101|' + // Invalid card number [ERR]
  '!invalid_number:cardNumber 102|' + // Unable to determine variant [ERR]: "the card number field contains an incorrect value"
  '!invalid_cvc:cardCvc 103 153|' + // CVC is not the right length [ERR]; Invalid CVC [ERR3]
  '!parameter_invalid:billingAddress 104 117|' + // Billing address problem [ERR]; Invalid billing address [ERR3]
  '!processing_error 105|' + // Invalid paRes from issuer, a 3D Secure answer [ERR3; Java SDK mock authorise3d-error-105.json]
  '!parameter_missing:cardholderName 128|' + // Required field 'card.holderName' is not provided. [ERR3]
  '!invalid_expiry_year:cardExpiry 129 140 141|' + // Expiry Date Invalid; Invalid expiryMonth / expiryYear [ERR3]
  '!token_already_used 172|' + // Encrypted data used outside of valid time period [ERR3; Adyen/adyen-commercetools fixture]: reload, encrypt again
  '!idempotency_key_in_use 704|' + // "request already processed or in progress", HTTP 409 [Adyen/adyen-java-api-library PR #288]
  '!payment_method_unactivated 905 907'; // Payment details are not supported (for this country/MCC) [OAS generic-500; ERR3]

// resultCode values [NODE paymentResponse.ts]: Authorised is paid; Refused, Error and Cancelled
// failed; any other (Received, Pending, PresentToShopper, the 3D Secure and redirect steps,
// PartiallyAuthorised with the rest still to pay, the authentication-only AuthenticationFinished
// and AuthenticationNotRequired, Success which the v71 enum lists with no description, and any
// value added later) is not paid yet: pending, or requires_action when it carries an `action`.
const FAILED = ['Refused', 'Error', 'Cancelled'];
// pspReference: "Adyen's 16-character string reference" [NODE paymentResponse.ts].
const PSP = /^[A-Z0-9]{16}$/;

let maps: [refusals: Map<string, string>, errors: Map<string, string>] | undefined;
/** The refusal and error tables as maps, built on first use. */
const tables = () => (maps ??= [groupsToMap(REFUSALS), groupsToMap(ERRORS)]);

// The declines `toClient` sends as Adyen's plain refusal: the generic one and the reveal-nothing
// ones these tables produce (codes.tsv `reveal=generic`).
const PLAIN = ['generic_decline', 'fraudulent', 'restricted_card'];

/**
 * What an input says, each property read once: its facts (none for a payment result that is no
 * refusal) and the body as it may reach a browser; undefined when it is not an Adyen body.
 */
function parse(input: unknown): [facts: ErrorFacts | undefined, client: Record<string, unknown>] | undefined {
  if (!isBag(input)) return undefined;
  // adyen-node's HttpClientException [NODE] carries the body parsed in `apiError` and raw in
  // `responseBody` (parsed here only when short and JSON-looking), with `statusCode`. Its
  // exceptions without an Adyen body (an HTML 502, a socket error) are left to the built-in
  // readers, which read `statusCode` and `message` as for stripe-node's errors.
  let body = get(input, 'apiError');
  let status: number | null = null;
  if (!isBag(body)) {
    body = smallJson(get(input, 'responseBody'));
  }
  if (isBag(body)) status = readStatus(get(input, 'statusCode'));
  else body = input;
  const bag = body as Bag;
  const result = str(get(bag, 'resultCode')) ?? '';
  const psp = str(get(bag, 'pspReference'));
  let facts: ErrorFacts | undefined;
  let client: Record<string, unknown>;
  if (/^[A-Z][A-Za-z]+$/.test(result)) {
    const action = get(bag, 'action');
    client = { resultCode: result, action: isBag(action) ? action : null };
    if (FAILED.includes(result)) {
      const code = str(get(bag, 'refusalReasonCode'));
      const entry = tables()[0].get(code as string);
      facts = target(entry ?? (result === 'Error' ? '!processing_error' : 'generic_decline'), {
        type: 'card_error',
        message: str(get(bag, 'refusalReason'), 500),
        requestId: psp,
        providerCode: code && `refusalReasonCode:${code}`,
      });
      facts.code ??= 'card_declined';
      // A generic or hidden refusal leaves exactly as Adyen's plain one (2 "Refused" [REF]): a
      // browser cannot tell FRAUD or a blocked card from it. Any other keeps only a code the kit
      // knows; refusalReason, like all server text, stays on the server.
      client = PLAIN.includes(facts.declineCode as string)
        ? { resultCode: 'Refused', refusalReason: 'Refused', refusalReasonCode: '2' }
        : { resultCode: result, refusalReasonCode: entry && code };
    }
  } else {
    const errorCode = str(get(bag, 'errorCode'));
    const errorType = str(get(bag, 'errorType'));
    status = readStatus(get(bag, 'status')) ?? status;
    // A ServiceError [OAS], or the RFC 7807 shape of Adyen's newer APIs (errorCode and status,
    // no errorType). A security error's status (401 or 403 [ERR]) says which kind it is.
    if (errorType === null && (errorCode === null || status === null)) return undefined;
    facts = {
      status,
      message: str(get(bag, 'message'), 500),
      requestId: psp,
      providerCode: errorCode && `errorCode:${errorCode}`,
    };
    const entry = tables()[1].get(errorCode as string);
    if (entry) target(entry, facts);
    // A configuration error is the shop's (905 under HTTP 500 [OAS]), an unlisted validation
    // error the request's (702 under 500, Java SDK mock pos/connectedTerminals-error-500.json):
    // a resend cannot help.
    if (errorType === 'configuration' || (errorType === 'validation' && !entry)) facts.retry = 'never';
    // message, additionalData, fraud and risk results, amounts and whatever else a body echoes
    // are not copied.
    client = { status, errorCode, errorType };
  }
  // Only an ID in Adyen's format leaves the server: anything else in that key could be anything.
  client.pspReference = psp && PSP.test(psp) ? psp : null;
  return [facts, Object.fromEntries(Object.entries(client).filter((entry) => entry[1] != null))];
}

/**
 * The Adyen dialect: refusals, API errors (also inside adyen-node's exceptions). Adyen Web's
 * card-field errors are their own opt-in dialect, `@checkout-errors/core/dialects/adyen-web`.
 */
export const adyen: Dialect = {
  name: 'adyen',
  read(input, context) {
    const read = parse(input);
    // A payment result that is no refusal is not an error to read.
    if (read) return read[0];
    return context.forced ? {} : undefined;
  },

  readOutcome(body) {
    const [facts, client] = parse(body) ?? [];
    if (!client?.resultCode) return undefined;
    if (facts) return { outcome: 'failed' };
    if (client.resultCode === 'Authorised') return { outcome: 'succeeded' };
    // A redirect, a 3D Secure step, or a Pending result with an action (a QR code, PayPal's SDK
    // [OAS; .NET mock payments-success-paypal.json]) needs the shopper; without one it waits.
    return client.action ? { outcome: 'requires_action', data: client.action } : { outcome: 'pending' };
  },

  toClient: (input) => parse(input)?.[1],

  // A pspReference, or this dialect's providerCode.
  isId: (value) => PSP.test(value) || /^(refusalReasonCode|errorCode):[\w.]{1,20}$/.test(value),

  // "send a request with the idempotency-key:<key> in the header" (https://docs.adyen.com/development-resources/api-idempotency).
  idempotency: { header: 'Idempotency-Key' },
};

export default adyen;
