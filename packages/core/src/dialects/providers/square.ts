import { type Bag, isBag, str } from '../../read.js';
import type { Dialect, ErrorFacts, ErrorKind } from '../../types.js';
import { groupsToMap, target } from '../tables.js';

// Square (the Payments API) in the kit's words: each `errors[]` entry `{category, code, detail,
// field}` read into the catalog codes Stripe uses, so the same failure reads the same. Sources,
// cited below by tag:
//  [SPEC] square/connect-api-specification api.json (the ErrorCategory and ErrorCode enums, their descriptions);
//  [DOCS] https://developer.squareup.com/docs/payments-api/error-codes (payment errors, sandbox values);
//  [NODE] square/square-nodejs-sdk src/errors/SquareError.ts (v40+: statusCode, body, errors) and
//         the legacy ApiError (statusCode, result, body as text): normalizeError peels both.
// The category decides the kind; the code the rest. `detail` is kept for developers only.

// ErrorCode → kit code [SPEC; DOCS], groups as in ../tables.ts.
const CODES =
  '!incorrect_cvc CVV_FAILURE|' + // "The card issuer declined the request because the CVV value is invalid."
  '!incorrect_zip ADDRESS_VERIFICATION_FAILURE|' + // "the postal code is invalid"
  '!invalid_expiry_year INVALID_EXPIRATION INVALID_EXPIRATION_YEAR INVALID_EXPIRATION_DATE BAD_EXPIRATION|' + // the expiration date is invalid
  '!expired_card CARD_EXPIRED EXPIRATION_FAILURE|' + // the card is expired
  '!incorrect_number INVALID_CARD PAN_FAILURE INVALID_CARD_DATA|' + // the card number is invalid
  '!invalid_zip INVALID_POSTAL_CODE|' + // the postal code is incorrectly formatted
  'insufficient_funds INSUFFICIENT_FUNDS|' +
  'card_not_supported CARD_NOT_SUPPORTED MANUALLY_ENTERED_PAYMENT_NOT_SUPPORTED|' +
  'currency_not_supported CURRENCY_MISMATCH|' +
  'card_velocity_exceeded TRANSACTION_LIMIT PAYMENT_LIMIT_EXCEEDED|' +
  'call_issuer CARD_DECLINED_CALL_ISSUER VOICE_FAILURE|' +
  'authentication_required CARD_DECLINED_VERIFICATION_REQUIRED|' + // Strong Customer Authentication: the buyer verifies, then pays
  'invalid_account INVALID_ACCOUNT|' +
  '!token_already_used CARD_TOKEN_USED|' + // "Card nonce already used; please request new nonce": enter the card again
  '#idempotency IDEMPOTENCY_KEY_REUSED|' + // the key came back with another request: a new attempt
  '#rate_limit RATE_LIMITED|' +
  '!parameter_missing MISSING_REQUIRED_PARAMETER|' +
  '!parameter_invalid INVALID_VALUE VALUE_TOO_LONG VALUE_TOO_SHORT|' +
  // ErrorCategory → kind; PAYMENT_METHOD_ERROR and INVALID_REQUEST_ERROR are read by the code.
  '#authentication AUTHENTICATION_ERROR|#rate_limit RATE_LIMIT_ERROR|#api API_ERROR|#external EXTERNAL_VENDOR_ERROR';
// GENERIC_DECLINE and the unlisted PAYMENT_METHOD_ERROR codes read as the generic decline,
// revealing nothing. The HTTP status of a decline is not documented (400 seen, 402 for the older
// codes [SPEC 2020]): the category decides.

let map: Map<string, string> | undefined;

/** One Square error: by its code, else by its category. */
function fact(error: unknown): ErrorFacts {
  map ??= groupsToMap(CODES);
  const bag = error as Bag | undefined;
  const category = str(bag?.category);
  const code = str(bag?.code);
  const entry = map.get(code as string) ?? map.get(category as string);
  // The field is Square's own name (`source_id`, `amount_money.amount`, `card_details.card.postal_code` …).
  const facts: ErrorFacts = { message: str(bag?.detail, 500), param: str(bag?.field), providerCode: code && `code:${code}` };
  if (entry) target(entry, facts);
  else if (category === 'PAYMENT_METHOD_ERROR') facts.declineCode = 'generic_decline';
  if (category === 'PAYMENT_METHOD_ERROR' || facts.declineCode) facts.type = 'card_error';
  if (facts.declineCode) facts.code = 'card_declined';
  return facts;
}

/** What an input says; undefined when it is not Square's. */
function parse(input: unknown): [facts: ErrorFacts[] | undefined, paid?: boolean] | undefined {
  if (!isBag(input)) return undefined;
  const errors = input.errors;
  if (Array.isArray(errors) && errors.length && str((errors[0] as Bag | undefined)?.category)) {
    const facts = errors.slice(0, 10).map(fact);
    // When GENERIC_DECLINE comes with another code, the generic decline wins: what the others
    // say (a CVV or AVS mismatch) reveals nothing the issuer declined for.
    const generic = facts.find((f) => f.providerCode === 'code:GENERIC_DECLINE');
    return [generic ? [generic] : facts];
  }
  // A payment, as CreatePayment's `{payment}` or bare with its `amount_money` [SPEC Payment].
  const payment = (isBag(input.payment) ? input.payment : input) as Bag;
  const status = str(payment.status);
  if (!status || !/^(APPROVED|PENDING|COMPLETED|CANCELED|FAILED)$/.test(status) || (payment === input && !isBag(input.amount_money)))
    return undefined;
  if (status === 'FAILED')
    return [[{ type: 'card_error', code: 'card_declined', declineCode: 'generic_decline', requestId: str(payment.id) }]];
  if (status === 'CANCELED') return [[{ kind: 'aborted' as ErrorKind, requestId: str(payment.id) }]];
  return [undefined, status !== 'PENDING'];
}

/**
 * The Square dialect: Payments API errors (also inside the Node SDK's errors) and payments. No
 * reducer of its own: `toClientError` answers the kit's body from these facts.
 */
export const square: Dialect = {
  name: 'square',
  read(input) {
    const read = parse(input);
    return read && (read[0] ?? []);
  },

  readOutcome(body) {
    const read = parse(body);
    return read && { outcome: read[0] ? 'failed' : read[1] ? 'succeeded' : 'pending' };
  },

  // The key is the request body's `idempotency_key` [SPEC CreatePaymentRequest].
  idempotency: { bodyPath: 'idempotency_key' },
};

export default square;
