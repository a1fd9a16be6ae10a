import { type Bag, isBag, status as readStatus, str } from '../../read.js';
import type { Dialect, ErrorFacts } from '../../types.js';
import { groupsToMap, target } from '../tables.js';

// Mollie (API v2) in the kit's words: its errors (`application/hal+json` bodies) and its payments
// answered 200 with `status: "failed"` read into the catalog codes Stripe uses, so the same failure
// reads the same. Sources, cited below by tag:
//  [API]  https://docs.mollie.com/reference/handling-errors (the error body, its statuses) and
//         https://docs.mollie.com/reference/get-payment (status, details.failureReason, failureMessage);
//  [NODE] mollie/mollie-api-node src/errors/ApiError.ts, src/data/payments/data.ts (failure reasons).
// `details.failureMessage` is text Mollie says "can be shown to your customer" [API]: it is never
// read, so it never reaches one; `detail` (the error's text) is kept for developers only.

// details.failureReason of a failed card payment [API; NODE] → kit code, groups as in ../tables.ts.
// possible_fraud is unlisted on purpose: the generic decline, revealing nothing; so are
// card_declined, refused_by_issuer and unknown_reason.
const REASONS =
  'authentication_required authentication_required authentication_abandoned authentication_failed authentication_unavailable_acs|' + // the 3-D Secure step not done: run it again
  '!expired_card card_expired|' +
  'insufficient_funds insufficient_funds|' +
  '!incorrect_cvc invalid_cvv|' +
  '!incorrect_number invalid_card_number|' +
  'card_not_supported invalid_card_type|' +
  '!parameter_invalid:cardholderName invalid_card_holder_name|' +
  'invalid_account inactive_card';

// Payment statuses [API]: paid and authorized are paid; open and pending wait (open with a
// checkout link is the shopper's step); failed, canceled and expired are no payment.
const FAILED = /^(failed|canceled|expired)$/;

let map: Map<string, string> | undefined;

/** What an input says, each property read once; undefined when it is not Mollie's. */
function parse(input: unknown): [facts: ErrorFacts[] | undefined, outcome?: 'succeeded' | 'pending' | 'action'] | undefined {
  if (!isBag(input)) return undefined;
  const status = input.status;
  // An error: `{status, title, detail, field?, _links}` [API]; mollie-api-node's ApiError keeps
  // the same `title`, `statusCode` and `field` [NODE].
  const title = str(input.title);
  if (title && (typeof status === 'number' || typeof input.statusCode === 'number')) {
    const fact: ErrorFacts = {
      status: readStatus(status ?? input.statusCode),
      message: str(input.detail, 500),
      param: str(input.field),
      providerCode: `title:${title}`,
    };
    // A field names the shopper's input only where it is theirs; Mollie's `amount`, `method`
    // or `redirectUrl` is the shop's request.
    if (fact.status === 422 && fact.param) fact.code = 'parameter_invalid';
    return [[fact]];
  }
  // A payment [API]: `resource: "payment"`, its id `tr_…`.
  const id = str(input.id);
  if (input.resource !== 'payment' && !id?.startsWith('tr_')) return undefined;
  const state = str(status) ?? '';
  if (FAILED.test(state)) {
    map ??= groupsToMap(REASONS);
    const reason = str((input.details as Bag | undefined)?.failureReason);
    const fact = target(map.get(reason as string) ?? 'generic_decline', {
      type: 'card_error',
      requestId: id,
      providerCode: reason && `failureReason:${reason}`,
    });
    // A canceled or expired payment was never declined: the shopper left, or took too long.
    if (state !== 'failed') return [[{ kind: 'aborted', requestId: id, providerCode: `status:${state}` }]];
    if (fact.declineCode) fact.code = 'card_declined';
    return [[fact]];
  }
  if (/^(paid|authorized)$/.test(state)) return [undefined, 'succeeded'];
  // An open payment with a checkout link waits for the shopper (3-D Secure, the hosted page).
  const links = input._links as Bag | undefined;
  return [undefined, (links?.checkout as Bag | undefined)?.href ? 'action' : 'pending'];
}

/**
 * The Mollie dialect: API v2 errors and payments (a failed payment answered 200). No reducer of
 * its own: `toClientError` answers the kit's body from these facts, so Mollie's texts never
 * leave the server.
 */
export const mollie: Dialect = {
  name: 'mollie',
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

  // "Idempotency-Key" header (https://docs.mollie.com/reference/api-idempotency).
  idempotency: { header: 'Idempotency-Key' },
};

export default mollie;
