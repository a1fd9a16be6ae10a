// A mock of PayPal's single-step card order (POST /v2/checkout/orders with a card payment
// source and intent CAPTURE) on MSW, answering the kit's test cards and PayPal's sandbox triggers
// the way PayPal's sandbox would: a decline as a 201 COMPLETED order whose capture is DECLINED
// with a processor response code, request errors as Orders v2 envelopes, 3D Secure as
// PAYER_ACTION_REQUIRED, and the `PayPal-Request-Id` header required and honoured. Its ledger,
// request log and controls are ../mockControls.ts, shared with the other mocks. Imports only from msw.
import { delay, HttpResponse } from 'msw';
import { isLuhnValid } from '../luhn.js';
import { badGatewayPage, mockControls, mockState, oncePerKey, untilAborted } from '../mockControls.js';
import { testCards } from '../testCards.js';
import { paypalCardTriggers } from './paypalShapes.js';

/** PayPal's sandbox orders endpoint. */
export const PAYPAL_SANDBOX_ORDERS_URL = 'https://api-m.sandbox.paypal.com/v2/checkout/orders';

/** A failure the mock can be told to answer with instead of charging. */
export type PayPalScenario = 'invalid_token' | 'rate_limited' | 'server_error' | 'unavailable' | 'bad_gateway_html' | 'timeout' | 'dropped';

/** What a shop's server posts. Card data is read to pick the answer, never stored. */
export interface PayPalOrderRequest {
  intent?: string;
  purchase_units?: { reference_id?: string; amount?: { currency_code?: string; value?: string } }[];
  payment_source?: { card?: { number?: string; expiry?: string; security_code?: string; name?: string } };
}

/** One captured payment. Card data is reduced to the last four digits. */
export interface PayPalCharge {
  readonly orderId: string;
  readonly captureId: string;
  readonly idempotencyKey: string | null;
  readonly amount: string;
  readonly currency: string;
  readonly last4: string;
}

/** One request the mock saw, in order. */
export interface PayPalRequestRecord {
  readonly requestId: string | null;
  readonly status: number | 'timeout' | 'dropped';
  /** The answer of an earlier request with the same PayPal-Request-Id was sent again. */
  readonly replayed: boolean;
  /** The order status answered (COMPLETED, PAYER_ACTION_REQUIRED), for 2xx answers. */
  readonly orderStatus?: string;
}

export interface PayPalMockApiOptions {
  /** Full URL or path of the orders endpoint. Default PayPal's sandbox. */
  url?: string;
  /** How long a payment takes, in ms. Default 0. */
  latencyMs?: number;
}

interface Saved {
  readonly status: number;
  readonly body: unknown;
}

// What PayPal answers for each of the kit's test cards (../testCards.ts): a processor response
// code of a DECLINED capture (meanings: PayPal-TypeScript-Server-SDK doc/models/processor-response-code.md),
// or another answer. PayPal has no separate stolen-card code: 9520 is LOST_OR_STOLEN.
const CARD_ANSWERS = new Map<string, string>(
  Object.entries({
    '4242424242424242': 'paid',
    '4000000000000002': '5100', // GENERIC_DECLINE (CCREJECT-BANK_ERROR)
    '4000000000009995': '5120', // INSUFFICIENT_FUNDS (CCREJECT-IF)
    '4000000000009987': '9520', // LOST_OR_STOLEN (CCREJECT-LS)
    '4000000000009979': '9520',
    '4100000000000019': '9500', // SUSPECTED_FRAUD (CCREJECT-SF)
    '4000000000000069': '5400', // EXPIRED_CARD (CCREJECT-EC)
    '4000000000000127': '00N7', // CVV2_FAILURE_POSSIBLE_RETRY_WITH_CVV (CCREJECT-CVV_F)
    '4000000000000119': '9100', // DECLINED_PLEASE_RETRY: the processor could not finish
    '4000000000000036': '5170', // AVS_FAILURE
    '4000002500003155': '3ds', // PAYER_ACTION_REQUIRED with a payer-action link
  }),
);

const json = (status: number, body: unknown) => HttpResponse.json(body as Record<string, unknown>, { status });
const envelope = (name: string, message: string, debugId: string, details?: unknown[]) => ({
  name,
  message,
  debug_id: debugId,
  ...(details ? { details } : {}),
  links: [],
});

/** Creates one mock with its own ledger; pass `api.handlers` to `setupServer` or `setupWorker`. */
export function createPayPalMockApi(options: PayPalMockApiOptions = {}) {
  const { url = PAYPAL_SANDBOX_ORDERS_URL, latencyMs = 0 } = options;
  const state = mockState<PayPalCharge, PayPalRequestRecord, PayPalScenario, Saved>();
  let counter = 0;
  // Order and capture IDs: 17 upper-case letters and digits, as PayPal's; debug IDs 13 hex digits.
  const id = (prefix: string) => `${prefix}${String(++counter).padStart(17 - prefix.length, '0')}`;
  const debugId = () => `f${String(counter).padStart(12, '0')}`;

  const scenarioAnswer = (scenario: PayPalScenario): Response | 'timeout' => {
    switch (scenario) {
      case 'invalid_token':
        // paypal-examples/docs-examples#148: the bearer check answers OAuth's shape.
        return json(401, { error: 'invalid_token', error_description: 'Token signature verification failed' });
      case 'rate_limited':
        // woocommerce/woocommerce-paypal-payments#2739.
        return json(429, envelope('RATE_LIMIT_REACHED', 'Too many requests. Blocked due to rate limiting.', debugId()));
      case 'server_error':
        return json(500, envelope('INTERNAL_SERVER_ERROR', 'An internal server error occurred.', debugId()));
      case 'unavailable':
        return json(503, envelope('SERVICE_UNAVAILABLE', 'Service Unavailable.', debugId()));
      case 'bad_gateway_html':
        return badGatewayPage();
      case 'timeout':
        return 'timeout';
      case 'dropped':
        return HttpResponse.error();
      default:
        return scenario satisfies never;
    }
  };

  /** PayPal's answer to one order. */
  const order = (request: PayPalOrderRequest, key: string | null): Saved => {
    const card = request.payment_source?.card ?? {};
    const number = String(card.number ?? '').replace(/\D/g, '');
    const unit = request.purchase_units?.[0];
    const amount = { currency_code: unit?.amount?.currency_code ?? 'USD', value: unit?.amount?.value ?? '0.00' };
    const orderId = id('');
    // The sandbox's name-on-card triggers win over the number (developer.paypal.com/tools/sandbox/card-testing).
    const trigger = paypalCardTriggers.find((t) => t.name === card.name);
    const known = testCards.some((c) => c.number === number);
    const answer =
      trigger?.responseCode ??
      CARD_ANSWERS.get(number) ??
      (!known && /^\d{12,19}$/.test(number) && isLuhnValid(number) ? 'paid' : 'invalid_number');
    if (answer === 'invalid_number') {
      return {
        status: 422,
        body: envelope(
          'UNPROCESSABLE_ENTITY',
          'The requested action could not be performed, semantically incorrect, or failed business validation.',
          debugId(),
          [
            {
              field: '/payment_source/card/number',
              location: 'body',
              issue: 'INVALID_PARAMETER_VALUE',
              description: 'A parameter value is not valid.',
            },
          ],
        ),
      };
    }
    const links = [{ href: `https://api.sandbox.paypal.com/v2/checkout/orders/${orderId}`, rel: 'self', method: 'GET' }];
    if (answer === '3ds') {
      // The order waits for the payer: "Redirect the payer to the rel:payer-action HATEOAS link".
      links.push({
        href: `https://www.sandbox.paypal.com/webapps/helios?action=verify&flow=3ds&cart_id=${orderId}`,
        rel: 'payer-action',
        method: 'GET',
      });
      return {
        status: 201,
        body: { id: orderId, status: 'PAYER_ACTION_REQUIRED', payment_source: { card: { last_digits: number.slice(-4) } }, links },
      };
    }
    const captureId = id('C');
    const paid = answer === 'paid';
    if (paid)
      state.ledger.push({
        orderId,
        captureId,
        idempotencyKey: key,
        amount: amount.value,
        currency: amount.currency_code,
        last4: number.slice(-4),
      });
    // A decline is an order COMPLETED whose capture is DECLINED; every sandbox rejection answers
    // AVS G and CVV P (the card-testing page).
    const capture = {
      id: captureId,
      status: paid ? 'COMPLETED' : 'DECLINED',
      amount,
      final_capture: true,
      processor_response: paid
        ? { avs_code: 'Y', cvv_code: 'M', response_code: '0000' }
        : { avs_code: 'G', cvv_code: 'P', response_code: answer },
    };
    return {
      status: 201,
      body: {
        id: orderId,
        status: 'COMPLETED',
        payment_source: { card: { last_digits: number.slice(-4) } },
        purchase_units: [{ reference_id: 'default', payments: { captures: [capture] } }],
        links,
      },
    };
  };

  const record = (entry: PayPalRequestRecord) => state.requests.push(entry);
  const orderStatusOf = (body: unknown) => {
    const status = (body as { status?: unknown } | null)?.status;
    return typeof status === 'string' ? { orderStatus: status } : {};
  };

  const answer = async (request: Request): Promise<Response> => {
    const key = request.headers.get('PayPal-Request-Id');
    const scenario = state.queue.shift();
    if (scenario !== undefined) {
      const reply = scenarioAnswer(scenario);
      if (reply === 'timeout') {
        record({ requestId: key, status: 'timeout', replayed: false });
        await untilAborted(request);
        return HttpResponse.error();
      }
      record({ requestId: key, status: reply.type === 'error' ? 'dropped' : reply.status, replayed: false });
      return reply;
    }
    let body: PayPalOrderRequest;
    try {
      body = (await request.json()) as PayPalOrderRequest;
    } catch {
      record({ requestId: key, status: 400, replayed: false });
      return json(
        400,
        envelope('INVALID_REQUEST', 'Request is not well-formed, syntactically incorrect, or violates schema.', debugId(), [
          { issue: 'MALFORMED_REQUEST_JSON', description: 'The request JSON is not well formed.' },
        ]),
      );
    }
    // "A PayPal-Request-Id is required if you are trying to process payment for an Order" (spec 400).
    if (key === null && body.payment_source?.card) {
      record({ requestId: null, status: 400, replayed: false });
      return json(
        400,
        envelope('INVALID_REQUEST', 'Request is not well-formed, syntactically incorrect, or violates schema.', debugId(), [
          {
            issue: 'PAYPAL_REQUEST_ID_REQUIRED',
            description:
              "A PayPal-Request-Id is required if you are trying to process payment for an Order. Please specify a PayPal-Request-Id or Create the Order without a 'payment_source' specified.",
          },
        ]),
      );
    }
    const result = await oncePerKey(state, key, async () => {
      if (latencyMs > 0) await delay(latencyMs);
      return order(body, key);
    });
    if (result === 'busy') {
      // Payments v2's answer to a key still running (PREVIOUS_REQUEST_IN_PROGRESS, 409); what
      // Orders v2 answers is not published.
      record({ requestId: key, status: 409, replayed: false });
      return json(
        409,
        envelope('RESOURCE_CONFLICT', 'The server has detected a conflict while processing this request.', debugId(), [
          { issue: 'PREVIOUS_REQUEST_IN_PROGRESS' },
        ]),
      );
    }
    // "PayPal returns the latest status of the previous request that used that same header"; a
    // replayed 201 comes back 200 (spec: "If a duplicate response is retried, returns the HTTP 200 OK").
    const status = result.replayed && result.saved.status === 201 ? 200 : result.saved.status;
    record({ requestId: key, status, replayed: result.replayed, ...orderStatusOf(result.saved.body) });
    return json(status, result.saved.body);
  };

  return mockControls(url, state, answer, () => {
    counter = 0;
  });
}

/** The mock a `createPayPalMockApi` call returns. */
export type PayPalMockApi = ReturnType<typeof createPayPalMockApi>;
