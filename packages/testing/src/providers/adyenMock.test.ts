import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { testCards } from '../testCards.js';
import { ADYEN_TEST_PAYMENTS_URL, createAdyenMockApi } from './adyenMock.js';
import { adyenTestCard } from './adyenTriggers.js';

const api = createAdyenMockApi();
const server = setupServer(...api.handlers);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  api.reset();
  server.resetHandlers();
});
afterAll(() => server.close());

const pay = async (number: string, options: { key?: string; holderName?: string; amount?: number } = {}) => {
  const response = await fetch(ADYEN_TEST_PAYMENTS_URL, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(options.key ? { 'Idempotency-Key': options.key } : {}) },
    body: JSON.stringify({
      amount: { value: options.amount ?? 1000, currency: 'EUR' },
      reference: 'order-1',
      merchantAccount: 'TestMerchant',
      paymentMethod: {
        type: 'scheme',
        number,
        expiryMonth: '03',
        expiryYear: '2030',
        cvc: '737',
        holderName: options.holderName ?? 'Jo Doe',
      },
    }),
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as Record<string, unknown> };
};

const refusals: Record<string, [resultCode: string, refusalReason: string, refusalReasonCode: string]> = {
  '4000000000000002': ['Refused', 'Refused', '2'],
  '4000000000009995': ['Refused', 'Not enough balance', '12'],
  '4000000000009987': ['Refused', 'Blocked Card', '5'],
  '4000000000009979': ['Refused', 'Blocked Card', '5'],
  '4100000000000019': ['Refused', 'FRAUD', '20'],
  '4000000000000069': ['Refused', 'Expired Card', '6'],
  '4000000000000127': ['Refused', 'CVC Declined', '24'],
  '4000000000000119': ['Error', 'Acquirer Error', '4'],
  '4000000000000036': ['Refused', 'AVS Declined', '32'],
};

describe('the Adyen mock, for the kit’s test cards', () => {
  it('answers every test card the way Adyen would', async () => {
    for (const card of testCards) {
      const { status, body } = await pay(card.number);
      const refusal = refusals[card.number];
      if (card.outcome.result === 'succeeds') {
        expect([status, body.resultCode]).toEqual([200, 'Authorised']);
      } else if (refusal) {
        // Refusals are HTTP 200 results, never error statuses.
        expect(status).toBe(200);
        expect(body).toMatchObject({ resultCode: refusal[0], refusalReason: refusal[1], refusalReasonCode: refusal[2] });
      } else if (card.number === '4242424242424241') {
        expect(status).toBe(422);
        expect(body).toMatchObject({ status: 422, errorCode: '101', errorType: 'validation' });
      } else {
        expect(card.outcome.declineCode).toBe('authentication_required');
        expect(status).toBe(200);
        expect(body).toMatchObject({ resultCode: 'RedirectShopper', action: { type: 'redirect', method: 'GET' } });
      }
      expect(body.pspReference).toMatch(/^[A-Z0-9]{16}$/);
    }
    // Only the succeeding card was charged, and no card number was kept.
    expect(api.ledger.map((c) => c.last4)).toEqual(['4242']);
    expect(JSON.stringify(api.ledger)).not.toContain('4242424242424242');
  });

  it('accepts Adyen’s test_-prefixed encrypted values and its holder-name test triggers', async () => {
    const response = await fetch(ADYEN_TEST_PAYMENTS_URL, {
      method: 'POST',
      body: JSON.stringify({ amount: { value: 500, currency: 'EUR' }, paymentMethod: { type: 'scheme', ...adyenTestCard } }),
    });
    expect(await response.json()).toMatchObject({ resultCode: 'Authorised' });
    const { body } = await pay('4242424242424242', { holderName: 'FRAUD_CANCELLED' });
    expect(body).toMatchObject({ resultCode: 'Cancelled', refusalReason: 'FRAUD-CANCELLED', refusalReasonCode: '22' });
  });

  it('replays the saved answer for the same key and body, and echoes the key', async () => {
    const first = await pay('4242424242424242', { key: 'attempt-1' });
    const again = await pay('4242424242424242', { key: 'attempt-1' });
    expect(again.body).toEqual(first.body);
    expect(again.headers.get('idempotency-key')).toBe('attempt-1');
    expect(api.ledger).toHaveLength(1);
    expect(api.chargeFor('attempt-1')?.pspReference).toBe(first.body.pspReference);
    expect(api.requests.map((r) => r.replayed)).toEqual([false, true]);
  });

  it('answers 409 with errorCode 704 while a request with the same key is still running', async () => {
    const slow = createAdyenMockApi({ url: 'https://checkout-test.adyen.com/v71/slow/payments', latencyMs: 50 });
    server.use(...slow.handlers);
    const post = () =>
      fetch('https://checkout-test.adyen.com/v71/slow/payments', {
        method: 'POST',
        headers: { 'Idempotency-Key': 'same' },
        body: JSON.stringify({ paymentMethod: { number: '4242424242424242' } }),
      });
    const [a, b] = await Promise.all([post(), post()]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const conflict = (await (a.status === 409 ? a : b).json()) as Record<string, unknown>;
    expect(conflict).toMatchObject({ status: 409, errorCode: '704' });
    expect(slow.ledger).toHaveLength(1);
  });

  it('records a key reused with another body, and still replays the first answer', async () => {
    await pay('4000000000000002', { key: 'k' });
    const other = await pay('4242424242424242', { key: 'k' });
    expect(other.body).toMatchObject({ resultCode: 'Refused' });
    expect(api.requests[1]).toMatchObject({ replayed: true, keyReusedWithOtherBody: true });
    expect(api.ledger).toHaveLength(0);
  });

  it('answers a queued failure instead of paying', async () => {
    api.failNext('server_error');
    const failed = await pay('4242424242424242');
    expect(failed.status).toBe(500);
    expect(failed.headers.get('transient-error')).toBe('true');
    api.failNext('configuration');
    expect((await pay('4242424242424242')).body).toMatchObject({ errorType: 'configuration', errorCode: '905' });
    expect(api.ledger).toHaveLength(0);
  });
});
