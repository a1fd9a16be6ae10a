import { type Bag, isBag, status as readStatus, str } from '../../read.js';
import type { Dialect, ErrorFacts } from '../../types.js';
import { groupsToMap, target } from '../tables.js';

// Checkout.com (the Unified Payments API) in the kit's words: its errors `{request_id,
// error_type, error_codes}` and its payments answered 201 with `approved: false` read into the
// catalog codes Stripe uses, so the same failure reads the same. Sources, cited below by tag:
//  [API]  https://www.checkout.com/docs/developer-resources/codes/api-response-codes and
//         .../error-codes (the response and error codes, their ranges);
//  [NODE] checkout/checkout-sdk-node src/services/errors.js (errors carrying `http_code` and `body`).
// Its 4xx and 5xx results are not idempotent: a resend with the same Cko-Idempotency-Key is
// processed again, so the kit never resends one of its own.

// One table of two kinds of key that cannot meet, groups as in ../tables.ts: error_codes (lower
// case) [API error-codes; checkout-sdk-node and ActiveMerchant fixtures] and response codes (five
// characters, `200N7` among them) [API response-codes]. 20xxx are soft declines ("subsequent
// attempts may succeed"), 30xxx hard, 4xxxx risk. An unlisted 30xxx or 4xxxx reads as the
// generic decline, revealing nothing (30004, 30007 pick up, 30034 suspected fraud, 30036
// restricted, 30041 lost, 30043 stolen; 40101 risk blocked, 41101, 43102 …); an unlisted 20xxx
// as the generic decline worded "try again later". `?` is "check your card details", the form's.
const CODES =
  '!invalid_number card_number_invalid|' + // source.number
  '!incomplete_number card_number_required|' +
  '!invalid_expiry_month card_expiry_month_invalid|' + // source.expiry_month
  '!invalid_expiry_year card_expiry_year_invalid expiry_date_format_invalid 20100|' + // source.expiry_year; Invalid expiry date format
  '!incomplete_expiry card_expiry_month_required card_expiry_year_required|' +
  '!expired_card card_expired 20054 30033|' + // seen as processing_error [ActiveMerchant]; Expired card; Expired card - Pick up
  '!invalid_cvc cvv_invalid|' + // source.cvv
  '!incorrect_cvc 200N7 20082|' + // Decline for CVV2 failure; Negative CAM, dCVV, iCVV, or CVV results
  '? 20087|' + // Bad track data (invalid CVV and/or expiry date)
  '!parameter_invalid:cardholderName card_holder_invalid|' + // source.name
  '!invalid_zip zip_invalid|' +
  '!email_invalid email_invalid customer_email_invalid|' +
  '!amount_invalid amount_invalid|' +
  '!token_already_used token_expired token_used token_invalid|' + // the card's token from Frames: enter the card again
  '!incorrect_number 20014|' + // Invalid account number (no such number)
  'insufficient_funds 20051|' + // Insufficient funds
  'card_velocity_exceeded 20061 20065|' + // Activity amount limit exceeded; Exceeds withdrawal frequency limit
  'do_not_honor 20005|' + // Declined - Do not honour
  'call_issuer 20001|' + // Refer to card issuer
  'transaction_not_allowed 20012 20057|' + // Invalid transaction; Transaction not permitted to cardholder
  'currency_not_supported 20106|' + // Unsupported currency
  'authentication_required 20154 3ds_payment_required|' + // 3DS authentication required
  'try_again_later 20068 20091 20096|' + // Response received too late; Issuer unavailable; System malfunction
  'fraudulent 20059|restricted_card 20062|security_violation 20063|' + // soft, yet reveal nothing
  'invalid_account 30046'; // Closed account

let map: Map<string, string> | undefined;

/** A table target into facts: `?` is Stripe's advice confirm_card_data on the form; a decline gets card_declined around it. */
function decline(entry: string | undefined, fact: ErrorFacts): ErrorFacts {
  if (entry === '?') Object.assign(fact, { adviceCode: 'confirm_card_data', field: 'form' });
  else if (entry) target(entry, fact);
  if (fact.declineCode || fact.adviceCode) Object.assign(fact, { type: 'card_error', code: 'card_declined' });
  return fact;
}

/** What an input says; undefined when it is not Checkout.com's. */
function parse(
  input: unknown,
  known: number | null = null,
): [facts: ErrorFacts[] | undefined, outcome?: 'succeeded' | 'pending' | 'action'] | undefined {
  if (!isBag(input)) return undefined;
  map ??= groupsToMap(CODES);
  // checkout-sdk-node's errors carry `http_code` and the parsed `body` [NODE].
  const wrapped = isBag(input.body) && typeof input.http_code === 'number';
  const bag = (wrapped ? input.body : input) as Bag;
  const status = wrapped ? readStatus(input.http_code) : known;
  const requestId = str(bag.request_id);
  const errorType = str(bag.error_type);
  // An error [API]: request_invalid, processing_error and the others, one fact per code.
  if (errorType && requestId) {
    // A 429 whose body still says request_invalid is the rate limit, whatever its codes say.
    const codes = Array.isArray(bag.error_codes) && status !== 429 ? bag.error_codes.slice(0, 10) : [];
    const base: ErrorFacts = { status, requestId, message: errorType, retry: 'shopper' };
    const facts = codes.map((code) => decline(map?.get(code as string), { ...base, providerCode: `error_code:${str(code)}` }));
    return [facts.length ? facts : [{ ...base, providerCode: `error_type:${errorType}` }]];
  }
  // A payment [API]: `approved`, `status`, `response_code` (on a payment fetched later, in its
  // first action [ActiveMerchant fixtures]); a 202 Pending with a redirect link is the shopper's
  // 3-D Secure step. A payment neither approved nor declined is not paid yet.
  if (!str(bag.id)?.startsWith('pay_')) return undefined;
  const code = str(bag.response_code) ?? str(((bag.actions as unknown[] | undefined)?.[0] as Bag | undefined)?.response_code);
  if (bag.approved === true || code?.[0] === '1') return [undefined, 'succeeded'];
  if (bag.status === 'Pending')
    return [undefined, ((bag._links as Bag | undefined)?.redirect as Bag | undefined)?.href ? 'action' : 'pending'];
  if (bag.approved !== false && !code) return [undefined, 'pending'];
  const entry = code?.[0] === '4' ? 'generic_decline' : map.get(code as string);
  const fact = decline(entry ?? 'generic_decline', {
    type: 'card_error',
    requestId: str(bag.id),
    providerCode: code && `response_code:${code}`,
  });
  // A soft decline the table does not name may pass later [API: 20xxx].
  if (!entry && code?.[0] === '2') fact.adviceCode = 'try_again_later';
  return [[fact]];
}

/**
 * The Checkout.com dialect: API errors (also inside checkout-sdk-node's errors) and payments
 * answered 201 declined or 202 pending. No reducer of its own: `toClientError` answers the kit's
 * body from these facts.
 */
export const checkoutCom: Dialect = {
  name: 'checkout-com',
  read(input, context) {
    const read = parse(input, context.status);
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

  // "Cko-Idempotency-Key" header [API].
  idempotency: { header: 'Cko-Idempotency-Key' },
};

export default checkoutCom;
