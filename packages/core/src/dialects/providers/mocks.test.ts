// The provider mock APIs of @checkout-errors/testing/msw, read through the kit with
// their dialects: each of the kit's test cards gives the shopper the words the same card gives at
// Stripe (save where a provider says less, named below), nothing is booked as paid that was not,
// and PayPal's request ID makes a resend replay the first answer instead of charging again.
import { testCards } from '@checkout-errors/testing';
import {
  BRAINTREE_SANDBOX_GRAPHQL_URL,
  CHECKOUT_COM_SANDBOX_PAYMENTS_URL,
  createBraintreeMockApi,
  createPaymentMockApi,
  createPayPalMockApi,
  MOLLIE_PAYMENTS_URL,
  PAYPAL_SANDBOX_ORDERS_URL,
  SQUARE_SANDBOX_PAYMENTS_URL,
} from '@checkout-errors/testing/msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createCheckoutErrors } from '../../createCheckoutErrors.js';
import { braintree } from './braintree.js';
import { checkoutCom } from './checkout-com.js';
import { mollie } from './mollie.js';
import { paypal } from './paypal.js';
import { square } from './square.js';

const braintreeApi = createBraintreeMockApi();
const paypalApi = createPayPalMockApi();
const others = {
  'checkout-com': createPaymentMockApi('checkout-com'),
  square: createPaymentMockApi('square'),
  mollie: createPaymentMockApi('mollie'),
};
const server = setupServer(...braintreeApi.handlers, ...paypalApi.handlers, ...Object.values(others).flatMap((api) => api.handlers));
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  braintreeApi.reset();
  paypalApi.reset();
  for (const api of Object.values(others)) api.reset();
});
afterAll(() => server.close());

const kit = createCheckoutErrors({ dialects: [braintree, paypal, checkoutCom, square, mollie] });
const stripeKit = createCheckoutErrors();

/** The words Stripe's own answer for a test card gives (what the kit's Stripe mock answers). */
const stripeWords = (card: (typeof testCards)[number]) => {
  if (card.outcome.result === 'succeeds') return null;
  const { type, code, declineCode, param } = card.outcome;
  return stripeKit.shopperMessage(stripeKit.normalizeError({ error: { type, code, decline_code: declineCode, param } }, { status: 402 }));
};

const post = async (url: string, body: unknown, headers: Record<string, string> = {}) => {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as unknown };
};
const chargeBraintree = (number: string, amount = '10.00') =>
  post(BRAINTREE_SANDBOX_GRAPHQL_URL, {
    query: 'mutation Charge($input: ChargePaymentMethodInput!) { … }',
    variables: { input: { paymentMethodId: `tokencc_${number}`, transaction: { amount } } },
  });
const orderPayPal = (number: string, requestId: string | null = `order-${number}`, name = 'Jo Doe') =>
  post(
    PAYPAL_SANDBOX_ORDERS_URL,
    {
      intent: 'CAPTURE',
      purchase_units: [{ amount: { currency_code: 'USD', value: '10.00' } }],
      payment_source: { card: { number, expiry: '2030-03', security_code: '737', name } },
    },
    requestId ? { 'PayPal-Request-Id': requestId } : {},
  );

/** How each answer reads: paid, waiting for the shopper's authentication, or the shopper's words. */
const read = ({ status, body }: { status: number; body: unknown }) => {
  if (status >= 200 && status < 300) {
    const outcome = kit.readOutcome(body, { status });
    if (outcome.outcome !== 'failed') return outcome.outcome;
  }
  return kit.shopperMessage(kit.normalizeError(body, { status }));
};

// An AVS failure at Braintree (the rejection `avs`) and PayPal (5170 AVS_FAILURE) says the
// address check failed, not which part: the kit words it as the billing address, where Stripe's
// incorrect_zip names the postal code. (Reading the AVS letters would tell; they are not read.)
const AVS_CARD = '4000000000000036';
const ADDRESS_WORDS = 'The billing address doesn’t match your card. Check it, or use another card.';

describe('the Braintree mock, through the braintree dialect', () => {
  it('answers every test card in Stripe’s words', async () => {
    for (const card of testCards) {
      const words = read(await chargeBraintree(card.number));
      expect([card.label, words]).toEqual([card.label, card.number === AVS_CARD ? ADDRESS_WORDS : (stripeWords(card) ?? 'succeeded')]);
    }
    expect(braintreeApi.ledger.map((charge) => charge.last4)).toEqual(['4242']);
  });

  it('declines the sandbox’s amounts 2000-2999.99 with that code, and fails 3000', async () => {
    const declined = await chargeBraintree('4242424242424242', '2001.00');
    expect(kit.normalizeError(declined.body, { status: 200 }).declineCode).toBe('insufficient_funds');
    expect(kit.normalizeError((await chargeBraintree('4242424242424242', '3000.00')).body, { status: 200 }).code).toBe('processing_error');
    expect(braintreeApi.ledger).toEqual([]);
  });

  it('answers its scenarios as Braintree’s GraphQL API does, all with HTTP 200', async () => {
    const kinds: Record<string, string> = {
      authentication: 'authentication',
      resource_limit: 'rate_limit',
      internal: 'api',
      in_flight: 'conflict',
    };
    for (const [scenario, kind] of Object.entries(kinds)) {
      braintreeApi.failNext(scenario as 'authentication');
      const answer = await chargeBraintree('4242424242424242');
      expect(answer.status).toBe(200);
      expect(kit.normalizeError(answer.body, { status: 200 }).kind).toBe(kind);
    }
    expect(braintreeApi.ledger).toEqual([]);
  });
});

describe('the PayPal mock, through the paypal dialect', () => {
  // PayPal's card fields check the number before it is sent; a Luhn-invalid one that reaches the
  // API is a request error on its pointer, "check this field", not Stripe's incorrect_number.
  const PAYPAL_SAYS_LESS = new Set(['4242424242424241']);

  it('answers every test card in Stripe’s words, 3D Secure as the authentication step', async () => {
    for (const card of testCards) {
      const words = read(await orderPayPal(card.number));
      if (PAYPAL_SAYS_LESS.has(card.number)) expect(words).toBe('Check this field.');
      else if (card.number === AVS_CARD) expect(words).toBe(ADDRESS_WORDS);
      else if (card.outcome.result === 'fails' && card.outcome.declineCode === 'authentication_required')
        expect(words).toBe('requires_action');
      else expect([card.label, words]).toEqual([card.label, stripeWords(card) ?? 'succeeded']);
    }
    expect(paypalApi.ledger.map((charge) => charge.last4)).toEqual(['4242']);
  });

  it('answers the sandbox’s name-on-card triggers with their response codes', async () => {
    const answer = await orderPayPal('4012888888881881', 'order-trigger', 'CCREJECT-IF');
    expect(kit.normalizeError(answer.body, { status: answer.status }).declineCode).toBe('insufficient_funds');
  });

  it('replays the first answer for the same PayPal-Request-Id, never charging twice', async () => {
    const first = await orderPayPal('4242424242424242', 'attempt-1');
    const again = await orderPayPal('4242424242424242', 'attempt-1');
    expect([first.status, again.status]).toEqual([201, 200]);
    expect(again.body).toEqual(first.body);
    expect(paypalApi.ledger).toHaveLength(1);
    expect(paypalApi.requests.map((r) => r.replayed)).toEqual([false, true]);
    expect(paypalApi.chargeFor('attempt-1')?.last4).toBe('4242');
  });

  it('requires a PayPal-Request-Id for a card order, as PayPal does', async () => {
    const answer = await orderPayPal('4242424242424242', null);
    expect(answer.status).toBe(400);
    expect(kit.normalizeError(answer.body, { status: 400 })).toMatchObject({
      kind: 'invalid_request',
      retry: { mode: 'never' },
      developer: { providerCode: 'issue:PAYPAL_REQUEST_ID_REQUIRED' },
    });
    expect(paypalApi.ledger).toEqual([]);
  });

  it('answers its scenarios as PayPal does', async () => {
    const kinds: Record<string, string> = {
      invalid_token: 'authentication',
      rate_limited: 'rate_limit',
      server_error: 'api',
      unavailable: 'api',
      bad_gateway_html: 'api',
    };
    for (const [scenario, kind] of Object.entries(kinds)) {
      paypalApi.failNext(scenario as 'invalid_token');
      const response = await fetch(PAYPAL_SANDBOX_ORDERS_URL, { method: 'POST', headers: { 'PayPal-Request-Id': scenario }, body: '{}' });
      const text = await response.text();
      expect(kit.normalizeError({ status: response.status, body: text }).kind).toBe(kind);
    }
    expect(paypalApi.ledger).toEqual([]);
  });
});

// Where each provider says less than Stripe for a test card, and why.
const SAYS_LESS: Record<string, Record<string, string>> = {
  // Checkout.com's plain decline is 20005 Do not honour; its AVS decline (40108) is a risk code.
  'checkout-com': {
    '4000000000000002': 'Your bank declined this payment. Contact your bank, or use another card.',
    [AVS_CARD]: 'Your card was declined. Use another card, or contact your bank.',
  },
  // Square's AVS failure names the postal code, as Stripe's; it has no processing error of its
  // own, TEMPORARY_ERROR reads as the generic decline.
  square: { '4000000000000119': 'Your card was declined. Use another card, or contact your bank.' },
  // Mollie's failure reasons name no postal code, and unknown_reason is the generic decline.
  mollie: {
    [AVS_CARD]: 'Your card was declined. Use another card, or contact your bank.',
    '4000000000000119': 'Your card was declined. Use another card, or contact your bank.',
  },
};
const URLS = {
  'checkout-com': CHECKOUT_COM_SANDBOX_PAYMENTS_URL,
  square: SQUARE_SANDBOX_PAYMENTS_URL,
  mollie: MOLLIE_PAYMENTS_URL,
} as const;
const pay = (provider: keyof typeof others, number: string, key: string) => {
  if (provider === 'checkout-com')
    return post(
      CHECKOUT_COM_SANDBOX_PAYMENTS_URL,
      { source: { type: 'card', number }, amount: 100, currency: 'USD' },
      { 'Cko-Idempotency-Key': key },
    );
  if (provider === 'square')
    return post(SQUARE_SANDBOX_PAYMENTS_URL, {
      source_id: `cnon:${number}`,
      idempotency_key: key,
      amount_money: { amount: 100, currency: 'USD' },
    });
  return post(
    MOLLIE_PAYMENTS_URL,
    { method: 'creditcard', cardToken: `tkn_${number}`, amount: { value: '10.00', currency: 'EUR' } },
    { 'Idempotency-Key': key },
  );
};

describe.each(Object.keys(others) as (keyof typeof others)[])('the %s mock, through its dialect', (provider) => {
  it('answers every test card in Stripe’s words (save where the provider says less), 3D Secure as the authentication step', async () => {
    for (const card of testCards) {
      const words = read(await pay(provider, card.number, `key-${card.number}`));
      const expected =
        SAYS_LESS[provider]?.[card.number] ??
        (card.outcome.result === 'fails' && card.outcome.declineCode === 'authentication_required' && provider !== 'square'
          ? 'requires_action'
          : (stripeWords(card) ?? 'succeeded'));
      expect([card.label, words]).toEqual([card.label, expected]);
    }
    expect(others[provider].ledger.map((charge) => charge.last4)).toEqual(['4242']);
  });

  it('never charges twice for the same key', async () => {
    await pay(provider, '4242424242424242', 'same');
    await pay(provider, '4242424242424242', 'same');
    expect(others[provider].ledger).toHaveLength(1);
  });

  it('answers its failures in its own shape, read by the dialect', async () => {
    const kinds = { unauthorized: 'authentication', rate_limited: 'rate_limit', server_error: 'api' } as const;
    for (const [scenario, kind] of Object.entries(kinds)) {
      others[provider].failNext(scenario as keyof typeof kinds);
      const answer = await fetch(URLS[provider], { method: 'POST', body: '{}' });
      const text = await answer.text();
      expect(kit.normalizeError({ status: answer.status, body: text }).kind).toBe(kind);
    }
  });
});
