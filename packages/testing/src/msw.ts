// `@checkout-errors/testing/msw`: the mock payment API. A separate entry, so the plain data
// of the main entry needs no msw.
import { delay, HttpResponse } from 'msw';
import { errorFixtures } from './errorFixtures.js';
import { isLuhnValid } from './luhn.js';
import { badGatewayPage, mockControls, mockState, untilAborted } from './mockControls.js';
import type { Scenario } from './mockScenarios.js';
import { testCards } from './testCards.js';

// A mock payment API for tests, Storybook and the demo, on MSW (msw/node in vitest, the service
// worker in a browser). It behaves like a real processor's test mode where it matters for
// double charges: the `Idempotency-Key` header is honoured (same key, same payload: the saved
// answer is replayed; same key while the first is still running: 409; same key, other
// payload: 400 idempotency_error), and every charge lands in a ledger tests can read.

export type { Scenario } from './mockScenarios.js';
export { scenarioLabels, scenarios } from './mockScenarios.js';
export type { AdyenMockApi } from './providers/adyenMock.js';
export { ADYEN_TEST_PAYMENTS_URL, createAdyenMockApi } from './providers/adyenMock.js';
export type {
  AdyenCharge,
  AdyenMockApiOptions,
  AdyenPaymentRequest,
  AdyenRequestRecord,
  AdyenScenario,
} from './providers/adyenMockTypes.js';
export type {
  BraintreeCharge,
  BraintreeChargeRequest,
  BraintreeMockApi,
  BraintreeMockApiOptions,
  BraintreeRequestRecord,
  BraintreeScenario,
} from './providers/braintreeMock.js';
export { BRAINTREE_SANDBOX_GRAPHQL_URL, createBraintreeMockApi } from './providers/braintreeMock.js';
export type { PaymentMockApi, PaymentMockCharge, PaymentMockRecord, PaymentMockScenario } from './providers/paymentMocks.js';
export {
  CHECKOUT_COM_SANDBOX_PAYMENTS_URL,
  createPaymentMockApi,
  MOLLIE_PAYMENTS_URL,
  SQUARE_SANDBOX_PAYMENTS_URL,
} from './providers/paymentMocks.js';
export type {
  PayPalCharge,
  PayPalMockApi,
  PayPalMockApiOptions,
  PayPalOrderRequest,
  PayPalRequestRecord,
  PayPalScenario,
} from './providers/paypalMock.js';
export { createPayPalMockApi, PAYPAL_SANDBOX_ORDERS_URL } from './providers/paypalMock.js';

/** What a checkout posts. The card number is read to pick the test card's answer, never stored. */
export interface PaymentRequest {
  amount?: number;
  currency?: string;
  card?: { number?: string; exp_month?: number; exp_year?: number; cvc?: string };
  postal_code?: string;
  email?: string;
}

/** One charge the API made. Card data is reduced to the last four digits. */
export interface Charge {
  readonly id: string;
  readonly idempotencyKey: string | null;
  readonly amount: number;
  readonly currency: string;
  readonly last4: string;
}

/** One request the API saw, in order. */
export interface RequestRecord {
  readonly idempotencyKey: string | null;
  readonly status: number | 'timeout' | 'dropped';
  readonly replayed: boolean;
}

export interface MockPaymentApiOptions {
  /** Path (or full URL) of the payment endpoint. Default `/api/payments`. */
  url?: string;
  /** How long a charge takes, in ms. Default 0. */
  latencyMs?: number;
  /** `Retry-After` of the `rate_limit` scenario, in seconds. Default 3. */
  retryAfterSeconds?: number;
}

interface Saved {
  readonly payload: string;
  readonly status: number;
  readonly body: unknown;
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  HttpResponse.json(body as Record<string, unknown>, { status, headers });
const SERVER_ERROR = { error: { type: 'api_error', message: 'Something went wrong on our end.' } };
const apiError = (status: number, type: string, code: string | null, message: string, headers: Record<string, string> = {}) =>
  json(status, { error: { type, ...(code === null ? {} : { code }), message } }, headers);

/** Creates one mock API with its own ledger; pass `api.handlers` to `setupServer` or `setupWorker`. */
export function createMockPaymentApi(options: MockPaymentApiOptions = {}) {
  const { url = '/api/payments', latencyMs = 0, retryAfterSeconds = 3 } = options;
  const state = mockState<Charge, RequestRecord, Scenario, Saved>();
  const { ledger, requests, saved, running, queue } = state;

  const scenarioAnswer = async (scenario: Scenario): Promise<Response | 'timeout'> => {
    switch (scenario) {
      case 'unauthorized':
        return apiError(401, 'invalid_request_error', 'api_key_expired', 'Invalid API Key provided.');
      case 'forbidden':
        return apiError(403, 'invalid_request_error', null, 'The provided key does not have access to this resource.');
      case 'not_found':
        return apiError(404, 'invalid_request_error', 'resource_missing', 'No such payment_intent.');
      case 'conflict':
        return apiError(
          409,
          'idempotency_error',
          'idempotency_key_in_use',
          'There is currently another in-progress request using this key.',
        );
      case 'idempotency_error':
        return apiError(400, 'idempotency_error', null, 'Keys for idempotent requests can only be used with the same parameters.');
      case 'external':
        return apiError(424, 'api_error', null, 'An external service did not respond.');
      case 'rate_limit':
        return apiError(429, 'invalid_request_error', 'rate_limit', 'Too many requests.', { 'Retry-After': String(retryAfterSeconds) });
      case 'server_error':
        return apiError(500, 'api_error', null, 'Something went wrong on our end.');
      case 'server_error_no_retry':
        // Final, outcome unknown: the request may have charged (the kit's `unconfirmed`).
        return apiError(500, 'api_error', null, 'Something went wrong on our end.', { 'Stripe-Should-Retry': 'false' });
      case 'bad_gateway_html':
        return badGatewayPage();
      case 'unavailable':
        return new HttpResponse(null, { status: 503 });
      case 'timeout':
        return 'timeout';
      case 'dropped':
        return HttpResponse.error();
      case 'malformed':
        return new HttpResponse('{"error": {"type": "api_er', { status: 500, headers: { 'Content-Type': 'application/json' } });
      default: {
        const code = scenario.slice('payments-api:'.length);
        const fixture = errorFixtures.find((f) => f.row.dialect === 'payments-api' && f.row.code === code);
        return fixture
          ? json(fixture.status ?? 400, fixture.body)
          : apiError(400, 'invalid_request_error', 'parameter_invalid', `Unknown scenario ${scenario}.`);
      }
    }
  };

  /** The answer for one card, as a processor's test mode gives it. */
  const charge = (request: PaymentRequest, key: string | null): Saved & { charged: boolean } => {
    const payload = JSON.stringify(request);
    const number = String(request.card?.number ?? '').replace(/\D/g, '');
    const card = testCards.find((c) => c.number === number);
    if (card === undefined && !(/^\d{12,19}$/.test(number) && isLuhnValid(number))) {
      return {
        payload,
        charged: false,
        status: 402,
        body: cardError('incorrect_number', { param: 'number', message: 'Your card number is incorrect.' }),
      };
    }
    if (card?.outcome.result === 'fails') {
      const { code, declineCode, param } = card.outcome;
      return {
        payload,
        charged: false,
        status: 402,
        body: cardError(code, {
          ...(declineCode ? { decline_code: declineCode } : {}),
          ...(param ? { param } : {}),
          message: 'Your card was declined.',
        }),
      };
    }
    const id = `pi_mock_${ledger.length + 1}`;
    ledger.push({ id, idempotencyKey: key, amount: request.amount ?? 0, currency: request.currency ?? 'usd', last4: number.slice(-4) });
    return {
      payload,
      charged: true,
      status: 200,
      body: { id, object: 'payment_intent', status: 'succeeded', amount: request.amount ?? 0 },
    };
  };

  const answer = async (request: Request): Promise<Response> => {
    const key = request.headers.get('Idempotency-Key');
    const scenario = queue.shift();
    if (scenario === 'server_error_no_retry_charged') {
      // The charge went through, then the server failed before it could say so: what the kit's
      // `unconfirmed` state exists for (only a lookup by the key can tell).
      const body = (await request.json().catch(() => ({}))) as PaymentRequest;
      if (key !== null) saved.set(key, { ...charge(body, key), status: 500, body: SERVER_ERROR });
      requests.push({ idempotencyKey: key, status: 500, replayed: false });
      return json(500, SERVER_ERROR, { 'Stripe-Should-Retry': 'false' });
    }
    if (scenario !== undefined) {
      const reply = await scenarioAnswer(scenario);
      if (reply === 'timeout') {
        requests.push({ idempotencyKey: key, status: 'timeout', replayed: false });
        // Hang until the client gives up (its abort ends the request).
        await untilAborted(request);
        return HttpResponse.error();
      }
      requests.push({ idempotencyKey: key, status: reply.type === 'error' ? 'dropped' : reply.status, replayed: false });
      return reply;
    }
    let body: PaymentRequest = {};
    try {
      body = (await request.json()) as PaymentRequest;
    } catch {
      requests.push({ idempotencyKey: key, status: 400, replayed: false });
      return apiError(400, 'invalid_request_error', 'parameter_invalid', 'The body is not JSON.');
    }
    if (key !== null) {
      if (running.has(key)) {
        requests.push({ idempotencyKey: key, status: 409, replayed: false });
        return apiError(
          409,
          'idempotency_error',
          'idempotency_key_in_use',
          'There is currently another in-progress request using this key.',
        );
      }
      const previous = saved.get(key);
      if (previous !== undefined) {
        if (previous.payload !== JSON.stringify(body)) {
          requests.push({ idempotencyKey: key, status: 400, replayed: false });
          return apiError(400, 'idempotency_error', null, 'Keys for idempotent requests can only be used with the same parameters.');
        }
        requests.push({ idempotencyKey: key, status: previous.status, replayed: true });
        return json(previous.status, previous.body, { 'Idempotent-Replayed': 'true' });
      }
      running.add(key);
    }
    try {
      if (latencyMs > 0) await delay(latencyMs);
      const result = charge(body, key);
      if (key !== null) saved.set(key, result);
      requests.push({ idempotencyKey: key, status: result.status, replayed: false });
      return json(result.status, result.body);
    } finally {
      if (key !== null) running.delete(key);
    }
  };

  return mockControls(url, state, answer);
}

/** The mock API a `createMockPaymentApi` call returns. */
export type MockPaymentApi = ReturnType<typeof createMockPaymentApi>;

const cardError = (code: string, extra: Record<string, string>) => ({
  error: { type: 'card_error', code, doc_url: `https://docs.example.test/error-codes/${code}`, ...extra },
});
