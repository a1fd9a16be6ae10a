import { checkoutComBodies, checkoutComDecline, checkoutComResults } from '@checkout-errors/testing';
import { describe, expect, it } from 'vitest';
import { createCheckoutErrors } from '../../createCheckoutErrors.js';
import checkoutComDefault, { checkoutCom } from './checkout-com.js';
import { dialectContract } from './contract.test-helpers.js';

dialectContract({
  dialects: [checkoutCom],
  bodies: checkoutComBodies,
  results: checkoutComResults,
  // What Checkout.com sends that must stay on the server: its texts, the card's fingerprint, BIN
  // and checks, the customer.
  secrets: [/response_summary|Insufficient|Do Not Honour|Suspected|Risk blocked|fingerprint|424242|avs_check|cus_/],
  keys: [
    'request_id',
    'error_type',
    'error_codes',
    'id',
    'approved',
    'status',
    'response_code',
    'response_summary',
    'actions',
    '_links',
    'redirect',
    'href',
    'http_code',
    'body',
  ],
});

const kit = createCheckoutErrors({ dialects: [checkoutCom] });

describe('Checkout.com specifics', () => {
  it('reads every error code of one body, each on its field', () => {
    const body = checkoutComBodies.find((f) => f.name.startsWith('422 expiry month and year'))?.body;
    expect(kit.normalizeErrors(body, { status: 422 }).map((e) => [e.code, e.field])).toEqual([
      ['invalid_expiry_month', 'cardExpiry'],
      ['invalid_expiry_year', 'cardExpiry'],
      ['invalid_cvc', 'cardCvc'],
      [null, 'form'],
    ]);
  });

  it('never resends a 4xx or 5xx of its own: Checkout.com processes it again', () => {
    const server = kit.normalizeError({ request_id: 'r', error_type: 'processing_error' }, { status: 500 });
    expect(server.retry.mode).toBe('shopper');
    // Without a body (Checkout.com's 401 and 502), the status decides.
    expect(kit.normalizeError('', { status: 401 }).kind).toBe('authentication');
  });

  it('reads a soft decline the table does not name as “try later”, a hard one and any risk decline as the generic one', () => {
    expect(kit.normalizeError(checkoutComDecline('20046'), { status: 201 }).retry.mode).toBe('shopper');
    for (const code of ['30004', '30043', '40201', '43102']) {
      const error = kit.normalizeError(checkoutComDecline(code), { status: 201 });
      expect([error.declineCode, error.retry.mode, error.developer.adviceCode]).toEqual(['generic_decline', 'never', null]);
    }
  });

  it('asks for the key in the Cko-Idempotency-Key header, and exports itself as default', () => {
    expect(checkoutCom.idempotency).toEqual({ header: 'Cko-Idempotency-Key' });
    expect(checkoutComDefault).toBe(checkoutCom);
  });
});
