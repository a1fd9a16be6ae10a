import { bench, describe } from 'vitest';
import { normalizeError } from '../src/index.js';

// `pnpm bench` prints ops/s (hz) and p99 per case. Goals (issue 2): p99 < 0.05 ms for a 4 KB
// body, < 5 ms for the hostile ones. Printed figures, not a gate: timing on a shared 2-core box
// is too noisy for a test.

// A realistic 4 KB card error: the envelope plus a payment intent, as the API sends it.
const body4k = {
  error: {
    type: 'card_error',
    code: 'card_declined',
    decline_code: 'insufficient_funds',
    advice_code: 'try_again_later',
    param: 'payment_method_data[card][number]',
    doc_url: 'https://stripe.com/docs/error-codes/card-declined',
    request_log_url: 'https://dashboard.stripe.com/test/logs/req_abc',
    message: 'Your card has insufficient funds.',
    payment_intent: {
      id: 'pi_123',
      client_secret: 'pi_123_secret_456',
      status: 'requires_payment_method',
      metadata: Object.fromEntries(Array.from({ length: 90 }, (_, i) => [`key_${i}`, `value number ${i} of the order`])),
    },
  },
};
const size4k = JSON.stringify(body4k).length;
if (size4k < 3500 || size4k > 4600) throw new Error(`the 4 KB body is ${size4k} bytes`);

// A 1 MB server message (a proxy or a bug echoing a whole page back).
const bigMessage = { error: { type: 'card_error', code: 'incorrect_cvc', param: 'cvc', message: '4242 '.repeat(200_000) } };

// A body nested 200,000 levels deep: what a recursive walk or JSON.stringify would choke on.
let deep: Record<string, unknown> = { error: { type: 'api_error' } };
for (let i = 0; i < 200_000; i++) deep = { error: deep, nested: deep };

describe('normalizeError', () => {
  bench('4 KB card error body', () => {
    normalizeError(body4k, { status: 402, headers: { 'request-id': 'req_1' } });
  });
  bench('1 MB server message', () => {
    normalizeError(bigMessage, { status: 402 });
  });
  bench('200,000-deep body', () => {
    normalizeError(deep, { status: 500 });
  });
});
