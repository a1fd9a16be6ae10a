import { braintreeBodies, braintreeResults } from '@checkout-errors/testing';
import { describe, expect, it } from 'vitest';
import { createCheckoutErrors } from '../../createCheckoutErrors.js';
import { toClientError } from '../../toClientError.js';
import braintreeDefault, { braintree } from './braintree.js';
import { dialectContract } from './contract.test-helpers.js';

dialectContract({
  dialects: [braintree],
  bodies: braintreeBodies,
  results: braintreeResults,
  // What Braintree sends that must stay on the server: the request braintree_node echoes in
  // `params` (a card number), its texts, and the AVS and CVV results.
  secrets: [
    /4111/,
    /params|"0c"/,
    /Do Not Honor|Insufficient|Expiration (month|year)|verification failed|Gateway Rejected|in flight/,
    /cvvResponse|avs/i,
  ],
  keys: [
    'data',
    'errors',
    'extensions',
    'errorClass',
    'legacyCode',
    'inputPath',
    'message',
    'requestId',
    'transaction',
    'status',
    'statusHistory',
    'processorResponse',
    'gatewayRejectionReason',
    'declineType',
    'success',
    'verification',
    'processorResponseCode',
    'processorResponseType',
    'chargePaymentMethod',
  ],
});

const kit = createCheckoutErrors({ dialects: [braintree] });
const byName = (start: string) => braintreeBodies.find((f) => f.name.startsWith(start))?.body;

describe('Braintree specifics', () => {
  it('reads one error per failing input, in the order GraphQL gave them', () => {
    const errors = kit.normalizeErrors(byName('GraphQL tokenizeCreditCard'), { status: 200 });
    expect(errors.map((e) => [e.code, e.field, e.developer.providerCode])).toEqual([
      ['invalid_expiry_month', 'cardExpiry', 'legacyCode:81712'],
      ['invalid_expiry_year', 'cardExpiry', 'legacyCode:81713'],
      ['card_declined', 'form', 'legacyCode:81736'],
    ]);
    expect(errors[0]?.developer.requestId).toBe('de1f7c67-4861-455f-89bb-1d208915f270');
  });

  it('sends 81736 (CVV or AVS failed) to the form as “check your card details”, never to the CVC field alone', () => {
    const error = kit.normalizeError(byName('GraphQL CVV verification failed alone'), { status: 200 });
    expect(error).toMatchObject({ field: 'form', code: 'card_declined', declineCode: null, retry: { mode: 'never' } });
    expect(kit.shopperMessage(error)).toBe('Check your card details, or use another card.');
  });

  it('resends a request still in flight (915233) with the same key, and only that', () => {
    const error = kit.normalizeError(byName('GraphQL a request with this key still in flight'), { status: 200 });
    expect(error.retry).toMatchObject({ mode: 'auto', sameIdempotencyKey: true });
  });

  it('words an unlisted soft decline as “try again later”, a hard one as the generic decline', () => {
    const soft = kit.normalizeError(byName('GraphQL charge PROCESSOR_DECLINED 2046'), { status: 200 });
    expect(soft).toMatchObject({
      declineCode: 'generic_decline',
      retry: { mode: 'shopper' },
      developer: { adviceCode: 'try_again_later' },
    });
    const hard = structuredClone(byName('GraphQL charge PROCESSOR_DECLINED 2046')) as {
      data: { chargePaymentMethod: { transaction: { statusHistory: { declineType: string }[] } } };
    };
    (hard.data.chargePaymentMethod.transaction.statusHistory[0] as { declineType: string }).declineType = 'HARD';
    expect(kit.normalizeError(hard, { status: 200 }).retry.mode).toBe('never');
  });

  it('reads braintree_node’s lower-case statuses and its flat fields, and never reads `params`', () => {
    const error = kit.normalizeError(byName('braintree_node processor_declined 2000'));
    expect(error).toMatchObject({
      kind: 'card',
      declineCode: 'do_not_honor',
      developer: { dialect: 'braintree', providerCode: 'processorResponseCode:2000', chargeId: 'h8k3cq9z' },
    });
    const validation = kit.normalizeError(byName('braintree_node ErrorResponse of validation errors only'));
    expect(JSON.stringify(validation)).not.toMatch(/4111|0c/);
  });

  it('answers the browser with the kit’s own body: Stripe’s words, nothing of Braintree’s', () => {
    expect(toClientError(byName('braintree_node gateway_rejected fraud'), { dialects: [braintree] })).toMatchObject({
      error: { type: 'card_error', code: 'card_declined', decline_code: 'generic_decline', message: null },
    });
    expect(toClientError(byName('GraphQL a request with this key'), { dialects: [braintree] })).toMatchObject({
      error: { type: 'idempotency_error', code: 'idempotency_key_in_use' },
    });
  });

  it('reads a successful tokenize answer as nothing of its own, and a transaction-less node result as the shop’s', () => {
    expect(braintree.readOutcome?.(braintreeResults[0]?.body, { status: 200, forced: false })).toEqual({ outcome: 'succeeded' });
    expect(
      braintree.read(
        { data: { tokenizeCreditCard: { token: 'tokencc_abc' } }, extensions: { requestId: 'x' } },
        { status: 200, forced: false },
      ),
    ).toBeUndefined();
    expect(kit.normalizeError({ success: false, message: 'Amount is required.' }).kind).toBe('invalid_request');
  });

  it('names where the idempotency key goes, and exports itself as default', () => {
    expect(braintree.idempotency).toEqual({ bodyPath: 'apiRequestKey' });
    expect(braintreeDefault).toBe(braintree);
  });
});
