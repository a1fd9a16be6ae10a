import { type Bag, isBag, status as readStatus, str } from '../../read.js';
import type { Dialect, ErrorFacts } from '../../types.js';
import { groupsToMap, target } from '../tables.js';

// Mollie (API v2) in the kit's words: its errors (`application/hal+json` bodies) and its payments
// answered 200 with `status: "failed"` read into the catalog codes Stripe uses, so the same failure
// reads the same. Sources, cited below by tag:
//  [DOCS] mollie/api-documentation source/overview/handling-errors.rst (the error body, its
//         statuses), source/reference/v2/payments-api/get-payment.rst (status, details.failureReason,
//         failureMessage), source/components/overview.rst (the checkout link of a card payment),
//         source/overview/api-idempotency.rst;
//  [SPEC] mollie/mollie-api-typescript .speakeasy/out.openapi.yaml (error-response, payment-status,
//         payment-details-failure-reason);
//  [NODE] mollie/mollie-api-node src/errors/ApiError.ts (statusCode from the body's status, field, title).
// `details.failureMessage` is "a localized message that can be shown to your customer" [DOCS]: it
// is never read, so it never reaches one; `detail` (the error's text) is kept for developers only.
// Mollie publishes no meaning per failure reason: the mapping below reads each by its name.

// details.failureReason of a failed card payment, the 15 of [DOCS; SPEC] (and extra.failureReason
// of the 422 the Components flow answered until 2021-09 [DOCS history]) → kit code, groups as in
// ../tables.ts. possible_fraud is unlisted on purpose: the generic decline, revealing nothing; so
// are card_declined, refused_by_issuer and unknown_reason.
const REASONS =
  'authentication_required authentication_required authentication_abandoned authentication_failed|' + // the 3-D Secure step not done
  'try_again_later authentication_unavailable_acs|' + // the issuer's 3-D Secure server unavailable
  '!expired_card card_expired|' +
  'insufficient_funds insufficient_funds|' +
  '!incorrect_cvc invalid_cvv|' +
  '!incorrect_number invalid_card_number|' +
  'card_not_supported invalid_card_type|' +
  '!parameter_invalid:cardholderName invalid_card_holder_name|' +
  'invalid_account inactive_card|' +
  // An error's field [DOCS]: a Components card token that cannot be used is the card to enter
  // again; every other field (amount, method, redirectUrl, webhookUrl …) is the shop's request.
  '!token_already_used cardToken';

// Payment statuses [DOCS; SPEC]: paid and authorized are paid; open and pending wait (open with a
// checkout link is the shopper's step); failed, canceled and expired are no payment.
const FAILED = /^(failed|canceled|expired)$/;

let map: Map<string, string> | undefined;

/** A table target into facts; a decline gets Stripe's card_declined around it. */
function decline(entry: string, fact: ErrorFacts): ErrorFacts {
  target(entry, fact);
  if (fact.declineCode) Object.assign(fact, { type: 'card_error', code: 'card_declined' });
  return fact;
}

/** What an input says, each property read once; undefined when it is not Mollie's. */
function parse(input: unknown): [facts: ErrorFacts[] | undefined, outcome?: 'succeeded' | 'pending' | 'action'] | undefined {
  if (!isBag(input)) return undefined;
  const status = input.status;
  // An error: `{status, title, detail, field?, _links}` [DOCS]; mollie-api-node's ApiError keeps
  // `title`, `field` and the body's status as `statusCode` [NODE].
  const title = str(input.title);
  // Its `_links` (mollie-api-node: `links`) are what tell it from another RFC 7807-like body.
  if (title && (typeof status === 'number' || typeof input.statusCode === 'number') && isBag(input._links ?? input.links)) {
    map ??= groupsToMap(REASONS);
    const field = str(input.field);
    const reason = str((input.extra as Bag | undefined)?.failureReason);
    const fact: ErrorFacts = {
      status: readStatus(status ?? input.statusCode),
      message: str(input.detail, 500),
      param: field,
      providerCode: `title:${title}`,
    };
    if (reason || map.has(field as string)) decline(map.get((reason ?? field) as string) ?? 'generic_decline', fact);
    return [[fact]];
  }
  // A payment [DOCS]: `resource: "payment"`, its id `tr_…`.
  const id = str(input.id);
  if (input.resource !== 'payment' && !id?.startsWith('tr_')) return undefined;
  const state = str(status) ?? '';
  if (FAILED.test(state)) {
    // A canceled or expired payment was never declined: the shopper left, or took too long.
    if (state !== 'failed') return [[{ kind: 'aborted', requestId: id, providerCode: `status:${state}` }]];
    map ??= groupsToMap(REASONS);
    const reason = str((input.details as Bag | undefined)?.failureReason);
    return [
      [
        decline(map.get(reason as string) ?? 'generic_decline', {
          type: 'card_error',
          requestId: id,
          providerCode: reason && `failureReason:${reason}`,
        }),
      ],
    ];
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

  // "Idempotency-Key" header; a replay within the hour answers the first response [DOCS api-idempotency].
  idempotency: { header: 'Idempotency-Key' },
};

export default mollie;
