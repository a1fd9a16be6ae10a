// Mocks of Checkout.com's POST /payments, Square's CreatePayment and Mollie's create payment on
// MSW, answering the kit's test cards the way each provider's sandbox would, with each provider's
// idempotency rule; what each does its own way is ./paymentMockProviders.ts. Their ledgers,
// request logs and controls are ../mockControls.ts. Imports only from msw.
import { HttpResponse } from 'msw';
import { mockControls, mockState, oncePerKey, untilAborted } from '../mockControls.js';
import {
  answerFor,
  json,
  PARTS,
  type PaymentMockCharge,
  type PaymentMockRecord,
  type PaymentMockScenario,
  type Provider,
  type Saved,
} from './paymentMockProviders.js';

export {
  CHECKOUT_COM_SANDBOX_PAYMENTS_URL,
  MOLLIE_PAYMENTS_URL,
  type PaymentMockCharge,
  type PaymentMockRecord,
  type PaymentMockScenario,
  SQUARE_SANDBOX_PAYMENTS_URL,
} from './paymentMockProviders.js';

/** Creates one provider's mock with its own ledger; pass `api.handlers` to `setupServer` or `setupWorker`. */
export function createPaymentMockApi(
  provider: Provider,
  options: { /** The endpoint to answer. Default the provider's sandbox. */ url?: string } = {},
) {
  const parts = PARTS[provider];
  const state = mockState<PaymentMockCharge, PaymentMockRecord, PaymentMockScenario, Saved>();
  let counter = 0;

  const answer = async (request: Request): Promise<Response> => {
    const scenario = state.queue.shift();
    let body: Record<string, unknown> = {};
    try {
      body = (await request.json()) as Record<string, unknown>;
    } catch {}
    const key = parts.key(request, body);
    if (scenario === 'timeout' || scenario === 'dropped') {
      state.requests.push({ idempotencyKey: key, status: scenario, replayed: false });
      if (scenario === 'timeout') await untilAborted(request);
      return HttpResponse.error();
    }
    if (scenario !== undefined) {
      const saved = parts.scenario(scenario);
      state.requests.push({ idempotencyKey: key, status: saved.status, replayed: false });
      return saved.body === null ? new HttpResponse(null, { status: saved.status }) : json(saved);
    }
    const run = async (): Promise<Saved> => {
      const number = parts.number(body);
      const id = `MOCK${String(++counter).padStart(10, '0')}`;
      const outcome = answerFor(parts.answers, number);
      const saved = parts.pay(outcome, id, number);
      if (outcome === 'paid') state.ledger.push({ id, idempotencyKey: key, last4: number.slice(-4) });
      return saved;
    };
    const result = await oncePerKey(state, key, run);
    if (result === 'busy') {
      state.requests.push({ idempotencyKey: key, status: 409, replayed: false });
      return parts.busy();
    }
    // A provider that keeps only 2xx answers runs a failed request again.
    const replayed = result.replayed && parts.replayable(result.saved);
    const saved = result.replayed && !replayed ? await run() : result.saved;
    if (key !== null && !parts.replayable(saved)) state.saved.delete(key);
    state.requests.push({ idempotencyKey: key, status: saved.status, replayed });
    return json(saved);
  };

  return mockControls(options.url ?? parts.url, state, answer, () => {
    counter = 0;
  });
}

/** The mock a `createPaymentMockApi` call returns. */
export type PaymentMockApi = ReturnType<typeof createPaymentMockApi>;
