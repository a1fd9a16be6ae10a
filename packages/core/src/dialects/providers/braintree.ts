import { type Bag, isBag, str } from '../../read.js';
import type { Dialect, ErrorFacts } from '../../types.js';
import { groupsToMap, target } from '../tables.js';

// Braintree's server answers (GraphQL API, braintree_node results) in the kit's words: each
// failure is read into the catalog codes Stripe uses, so the same failure reads the same.
// braintree-web's errors are their own opt-in dialect, `@checkout-errors/core/dialects/braintree-web`.
// Sources, cited below by tag:
//  [GQL]  braintree/graphql-api schema.graphql @2252d47 (PaymentStatus, ProcessorDeclinedEvent,
//         GatewayRejectedEvent, GatewayRejectionReason; processorResponse moved to statusHistory);
//  [NODE] braintree/braintree_node @7a9270a lib/braintree/error_response.js,
//         validation_errors_collection.js, graphql/graphql.js (errorClass), transaction.js
//         (Status, GatewayRejectionReason), test/integration/braintree/transaction_gateway_spec.js;
//  [AND]  braintree/braintree_android TestUtils Fixtures.kt (real GraphQL bodies);
//  [RESP] developer.paypal.com/braintree/docs/reference/general/processor-responses/authorization-responses,
//         through a third party's copy (api-evangelist/braintree): 2000 (soft), 2004 and 2015 (hard)
//         are confirmed by [NODE] tests, the rest is NOT verified against Braintree.
// The GraphQL API answers every error with HTTP 200 ([AND]; Braintree's GraphQL error guide).

// One table, groups as in ../tables.ts, of four kinds of key that cannot meet: legacy
// validation codes (five or six digits) [NODE validation_error_codes.js], processor response
// codes (four digits) [RESP], gateway rejection reasons (lower case) [NODE transaction.js; GQL
// in upper case] and errorClass values (upper case) [NODE graphql.js]. `?` is "check your card
// details", the form's: 81736 "CVV verification failed" also fires when AVS fails
// (braintree/braintree-web src/hosted-fields/shared/constants.js: "this error triggers for both
// AVS and CVV errors"; braintree-web#415). Unlisted legacy codes are the shop's own request
// (81724 a duplicate card in the vault, 50000 a tokenization key that may not validate, 91577 an
// account that takes no such card, 81502 and 81503 an amount missing or malformed), as is a query
// the API could not read (no extensions): no resend helps. Unlisted processor codes read as the generic
// decline, which a soft decline (`soft_declined`, declineType SOFT) words as "try again later";
// the reveal-nothing ones are unlisted on purpose (2012, 2013, 2053 lost or stolen, 2014 fraud
// suspected, 2047 pick up card, 2057 restricted), as are the rejections fraud, risk_threshold and
// payment_method_blocked: the generic decline, revealing nothing. VALIDATION is read by its legacy code.
const CODES =
  '!invalid_cvc 81707|' + // CvvIsInvalid [NODE]
  '!incorrect_cvc 2010 cvv|' + // Card Issuer Declined CVV [RESP]; the cvv rejection
  '? 81736 2060 avs_and_cvv|' + // CvvVerificationFailed [NODE]: CVV or AVS; Address Verification and Card Security Code Failed [RESP]; the avs_and_cvv rejection
  '!incorrect_zip 81737|' + // PostalCodeVerificationFailed [NODE]
  '!incorrect_address 2059 avs|' + // Address Verification Failed [RESP]; the avs rejection
  '!incomplete_expiry 81709|' + // ExpirationDateIsRequired [NODE]
  '!invalid_expiry_year 81710 81713|' + // ExpirationDateIsInvalid, ExpirationYearIsInvalid [NODE; AND]
  '!invalid_expiry_month 81712|' + // ExpirationMonthIsInvalid [NODE; AND]
  '!expired_card 2004|' + // Expired Card (hard [NODE])
  '!incomplete_number 81714|' + // NumberIsRequired [NODE]
  '!invalid_number 81715 81716|' + // NumberIsInvalid, NumberHasInvalidLength [NODE]
  '!incorrect_number 2005|' + // Invalid Credit Card Number [RESP]
  '!invalid_card_type 81703|' + // CreditCardTypeIsNotAccepted [NODE]
  '!invalid_zip 81809|' + // PostalCodeIsTooLong [NODE]
  '!token_already_used 91564 91565 91566|' + // the card's nonce consumed, unknown or locked: enter the card again
  '#conflict 915233|' + // ApiRequestKeyIsInFlight: a request with this key still running comes as a VALIDATION error, not a 409
  '#idempotency 915232|' + // ApiRequestKeyCanBeReusedOnlyWithTheSameRequest
  'do_not_honor 2000|' + // Do Not Honor (soft [NODE])
  'insufficient_funds 2001|' + // Insufficient Funds [RESP]
  'card_velocity_exceeded 2002 2003|' + // Limit Exceeded, Cardholder's Activity Limit Exceeded [RESP]
  'call_issuer 2044|' + // Declined - Call Issuer [RESP]
  'transaction_not_allowed 2015|' + // Transaction Not Allowed (hard [NODE])
  'duplicate_transaction duplicate|' + // the duplicate rejection
  'authentication_required 2099 three_d_secure|' + // Cardholder Authentication Required [RESP]; the three_d_secure rejection
  '!processing_error 3000|' + // Processor Network Unavailable - Try Again (status failed [NODE])
  '#invalid_request application_incomplete|' + // the shop's own account
  '#authentication AUTHENTICATION|#permission AUTHORIZATION|#not_found NOT_FOUND|#rate_limit RESOURCE_LIMIT|#api INTERNAL SERVICE_AVAILABILITY UNKNOWN'; // errorClass

// Declined, rejected or failed [GQL PaymentStatus; NODE Status, lower case]; paid (authorized,
// submitted for settlement, settling or settled); any other (AUTHORIZING, VOIDED,
// AUTHORIZATION_EXPIRED, and any added later) is not paid.
const FAILED = /DECLINED|REJECTED|^FAILED/;
const PAID = /^(AUTHORIZED|SUBMITTED|SETTL)/;

// At most this many entries of an array are read: real bodies hold a handful.
const MAX = 10;

let map: Map<string, string> | undefined;
const codes = () => (map ??= groupsToMap(CODES));

/** The entries of an array, at most MAX; [] for anything else. (A throwing getter or Proxy trap is caught by the kit.) */
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value.slice(0, MAX) : []);

/**
 * A table target into facts: `?` is "check your card details" (Stripe's advice code
 * confirm_card_data, the form's: CVV or AVS failed); a decline gets Stripe's card_declined around it.
 */
function braintreeFacts(entry: string, fact: ErrorFacts): ErrorFacts {
  if (entry === '?') Object.assign(fact, { adviceCode: 'confirm_card_data', field: 'form' });
  else target(entry, fact);
  if (fact.declineCode || fact.adviceCode) Object.assign(fact, { type: 'card_error', code: 'card_declined' });
  return fact;
}

/** A failure's facts, or (when nothing failed) whether the payment is paid. */
type Parsed = [facts: ErrorFacts[] | undefined, paid?: boolean];

/** A transaction with its status read: its facts when it failed, else whether it is paid. */
function readTransaction(tx: Bag, status: string, requestId: string | null): Parsed {
  if (!FAILED.test(status)) return [undefined, PAID.test(status)];
  // GraphQL moved the processor response and rejection reason to statusHistory's newest event
  // [GQL]; braintree_node has them on the transaction (its statusHistory holds neither).
  const event = list(tx.statusHistory)[0];
  const from = (isBag(event) ? event : {}) as Bag;
  const read = (key: string) => from[key] ?? tx[key];
  const code = str((read('processorResponse') as Bag | undefined)?.legacyCode) ?? str(tx.processorResponseCode);
  const reason = str(read('gatewayRejectionReason'))?.toLowerCase();
  const rejected = status === 'GATEWAY_REJECTED';
  const entry = codes().get((rejected ? reason : code) as string);
  const fact = braintreeFacts(entry ?? (status === 'FAILED' ? '!processing_error' : 'generic_decline'), {
    type: 'card_error',
    requestId,
    chargeId: str(tx.id),
    providerCode: rejected ? `gatewayRejectionReason:${reason}` : code && `processorResponseCode:${code}`,
  });
  // A soft decline the table does not name may pass later: that is what Braintree's "soft" says.
  if (!entry && fact.declineCode && /^soft/i.test(str(read('declineType') ?? tx.processorResponseType) ?? ''))
    fact.adviceCode = 'try_again_later';
  return [[fact]];
}

/** A GraphQL answer `{data, errors, extensions}`: one fact per error, or its transaction's outcome. */
function readGraphql(bag: Bag, extensions: Bag): Parsed | undefined {
  const requestId = str(extensions.requestId);
  const out = list(bag.errors).map((error) => {
    const ext = (error as Bag | undefined)?.extensions as Bag | undefined;
    const errorClass = str(ext?.errorClass);
    const path = list(ext?.inputPath);
    // An errorClass the table knows by its kind; any other (VALIDATION) by its legacy code, with
    // the input it names (inputPath's last part) as the param.
    const other = codes().has(errorClass as string);
    const code = other ? errorClass : str(ext?.legacyCode);
    // Braintree's VALIDATION is the kit's validation kind (a decline's card_error wins).
    const fact = braintreeFacts(codes().get(code as string) ?? '#invalid_request', {
      type: 'validation_error',
      requestId,
      message: str((error as Bag | undefined)?.message, 500),
      param: str(path[path.length - 1]),
      providerCode: code && `${other ? 'errorClass' : 'legacyCode'}:${code}`,
    });
    return fact;
  });
  if (out.length) return [out];
  // No errors: a charge's transaction, under the mutation's name (chargeCreditCard,
  // authorizePaymentMethod …: data holds the one field asked for), or a query's `transaction`.
  const data = bag.data;
  const payload = (isBag(data) ? Object.values(data)[0] : undefined) as Bag | undefined;
  const tx = (payload?.transaction ?? payload) as Bag | undefined;
  const status = str(tx?.status);
  return status ? readTransaction(tx as Bag, status, requestId) : undefined;
}

/** What an input says, each property read once; undefined when it is not Braintree's. */
function parse(input: unknown): Parsed | undefined {
  if (!isBag(input)) return undefined;
  // GraphQL: `errors` or `data` beside `extensions` [AND].
  const extensions = input.extensions;
  if (isBag(extensions)) return readGraphql(input, extensions);
  // braintree_node's ErrorResponse `{success: false, message, errors, transaction, verification}`
  // [NODE error_response.js], or a successful result (lower-case statuses).
  const success = input.success;
  if (typeof success !== 'boolean') return undefined;
  const tx = (input.transaction ?? input.verification) as Bag | undefined;
  const status = str(tx?.status);
  if (status) return readTransaction(tx as Bag, status.toUpperCase(), null);
  // Any other failed result (a validation error, whose collection braintree_node keeps behind
  // methods) is the shop's own request: braintree_node's `message` for developers, no retry.
  return success ? undefined : [[{ kind: 'invalid_request', message: str(input.message, 500) }]];
}

/**
 * The Braintree dialect: GraphQL errors and transactions, braintree_node results. No reducer of its own: `toClientError` answers the kit's body from these
 * facts, so `params` (braintree_node echoes the request) and Braintree's texts never leave the server.
 */
export const braintree: Dialect = {
  name: 'braintree',
  read(input) {
    const read = parse(input);
    return read && (read[0] ?? []);
  },

  readOutcome(body) {
    const read = parse(body);
    return read && { outcome: read[0] ? 'failed' : read[1] ? 'succeeded' : 'pending' };
  },

  // braintree_node's `apiRequestKey` among a transaction's parameters [NODE transaction_gateway.js,
  // test/integration/braintree/transaction_idempotency_spec.js]: `gateway.transaction.sale({ ..., apiRequestKey })`.
  idempotency: { bodyPath: 'apiRequestKey' },
};

export default braintree;
