import { squareBodies, squareDecline, squareResults } from '@checkout-errors/testing';
import { describe, expect, it } from 'vitest';
import { createCheckoutErrors } from '../../createCheckoutErrors.js';
import { dialectContract } from './contract.test-helpers.js';
import squareDefault, { square } from './square.js';

dialectContract({
  dialects: [square],
  bodies: squareBodies,
  results: squareResults,
  // What Square sends that must stay on the server: its texts, the card's BIN and brand, the location.
  secrets: [/Authorization error|nonce|400000|VISA|AMERICAN_EXPRESS|location|4494/],
  keys: ['errors', 'category', 'code', 'detail', 'field', 'payment', 'status', 'id', 'card_details', 'statusCode', 'body'],
});

const kit = createCheckoutErrors({ dialects: [square] });
const auth = (code: string) => ({ code, detail: `Authorization error: '${code}'`, category: 'PAYMENT_METHOD_ERROR' });

describe('Square specifics', () => {
  it('lets GENERIC_DECLINE win over whatever comes with it, in either order', () => {
    for (const errors of [
      [auth('CVV_FAILURE'), auth('GENERIC_DECLINE')],
      [auth('GENERIC_DECLINE'), auth('ADDRESS_VERIFICATION_FAILURE')],
    ]) {
      const read = kit.normalizeErrors(squareDecline(...errors), { status: 400 });
      expect(read.map((e) => [e.declineCode, e.field])).toEqual([['generic_decline', 'form']]);
    }
  });

  it('reads every other error of one body, the first as primary', () => {
    const body = { errors: [auth('CVV_FAILURE'), auth('ADDRESS_VERIFICATION_FAILURE')] };
    expect(kit.normalizeErrors(body, { status: 400 }).map((e) => [e.code, e.field])).toEqual([
      ['incorrect_cvc', 'cardCvc'],
      ['incorrect_zip', 'postalCode'],
    ]);
  });

  it('reads a decline by its category whatever the status, an unknown PAYMENT_METHOD_ERROR as the generic decline', () => {
    for (const status of [400, 402])
      expect(kit.normalizeError({ errors: [auth('SOMETHING_NEW')] }, { status }).declineCode).toBe('generic_decline');
  });

  it('names where the idempotency key goes, and exports itself as default', () => {
    expect(square.idempotency).toEqual({ bodyPath: 'idempotency_key' });
    expect(squareDefault).toBe(square);
  });
});
