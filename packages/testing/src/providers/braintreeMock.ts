// A mock of Braintree's GraphQL API (POST /graphql, the chargePaymentMethod and chargeCreditCard
// mutations) on MSW, answering the kit's test cards and Braintree's sandbox values the way the
// sandbox would: everything with HTTP 200, a decline as a transaction PROCESSOR_DECLINED or
// GATEWAY_REJECTED with its event in statusHistory, an invalid input as a VALIDATION error with
// its legacyCode and inputPath. Braintree's GraphQL schema takes no idempotency key (see the
// dialect), so the mock charges every request it gets; braintree_node's apiRequestKey is a
// server-SDK matter. Its ledger, request log and controls are ../mockControls.ts. Imports only from msw.
import { delay, HttpResponse } from 'msw';
import { isLuhnValid } from '../luhn.js';
import { badGatewayPage, mockControls, mockState, untilAborted } from '../mockControls.js';
import { testCards } from '../testCards.js';

/** Braintree's sandbox GraphQL endpoint. */
export const BRAINTREE_SANDBOX_GRAPHQL_URL = 'https://payments.sandbox.braintree-api.com/graphql';

/** A failure the mock can be told to answer with instead of charging. */
export type BraintreeScenario = 'authentication' | 'resource_limit' | 'internal' | 'in_flight' | 'bad_gateway_html' | 'timeout' | 'dropped';

/** What a shop's server posts: a charge mutation and its variables. */
export interface BraintreeChargeRequest {
  query?: string;
  variables?: {
    input?: {
      /** A nonce: Braintree's `fake-…-nonce` test values, or the mock's `tokencc_<test card number>`. */
      paymentMethodId?: string;
      creditCard?: { number?: string; expirationMonth?: string; expirationYear?: string; cvv?: string };
      transaction?: { amount?: string | number };
    };
  };
}

/** One charge Braintree settled. Card data is reduced to the last four digits. */
export interface BraintreeCharge {
  readonly transactionId: string;
  readonly idempotencyKey: null;
  readonly amount: string;
  readonly last4: string;
}

/** One request the mock saw, in order. */
export interface BraintreeRequestRecord {
  readonly status: number | 'timeout' | 'dropped';
  /** The transaction status answered, or the first error's class. */
  readonly outcome?: string;
}

export interface BraintreeMockApiOptions {
  url?: string;
  /** How long a charge takes, in ms. Default 0. */
  latencyMs?: number;
}

type Answer =
  | readonly ['paid']
  | readonly ['declined', code: string, text: string, soft: boolean]
  | readonly ['rejected', reason: string]
  | readonly ['failed']
  | readonly ['invalid', legacyCode: string, field: string, text: string];

// What the sandbox answers for each of the kit's test cards (../testCards.ts), by the processor
// response codes (developer.paypal.com/braintree/docs/reference/general/processor-responses/authorization-responses,
// through a third party's copy) and rejection reasons (braintree_node lib/braintree/transaction.js).
const CARD_ANSWERS = new Map<string, Answer>(
  Object.entries({
    '4242424242424242': ['paid'],
    '4000000000000002': ['declined', '2046', 'Declined', false],
    '4000000000009995': ['declined', '2001', 'Insufficient Funds', true],
    '4000000000009987': ['declined', '2012', 'Possible Lost Card', false],
    '4000000000009979': ['declined', '2013', 'Possible Stolen Card', false],
    '4100000000000019': ['rejected', 'FRAUD'],
    '4000000000000069': ['declined', '2004', 'Expired Card', false],
    '4000000000000127': ['rejected', 'CVV'],
    '4000000000000119': ['failed'],
    '4242424242424241': ['invalid', '81715', 'number', 'Credit card number is invalid'],
    '4000000000000036': ['rejected', 'AVS'],
    '4000002500003155': ['declined', '2099', 'Cardholder Authentication Required', true],
  } satisfies Record<string, Answer>),
);
// Braintree's own test nonces (braintree_node lib/braintree/test_values/nonces.js).
const NONCES = new Map<string, Answer>(
  Object.entries({
    'fake-valid-nonce': ['paid'],
    'fake-processor-declined-visa-nonce': ['declined', '2000', 'Do Not Honor', true],
    'fake-gateway-rejected-fraud-nonce': ['rejected', 'FRAUD'],
    'fake-gateway-rejected-risk-thresholds-nonce': ['rejected', 'RISK_THRESHOLD'],
    'fake-luhn-invalid-nonce': ['invalid', '81715', 'number', 'Credit card number is invalid'],
    'fake-consumed-nonce': ['invalid', '91564', 'paymentMethodId', 'Cannot use a payment_method_nonce more than once.'],
  } satisfies Record<string, Answer>),
);

/** Creates one mock with its own ledger; pass `api.handlers` to `setupServer` or `setupWorker`. */
export function createBraintreeMockApi(options: BraintreeMockApiOptions = {}) {
  const { url = BRAINTREE_SANDBOX_GRAPHQL_URL, latencyMs = 0 } = options;
  const state = mockState<BraintreeCharge, BraintreeRequestRecord, BraintreeScenario, never>();
  let counter = 0;
  const requestId = () => `00000000-0000-4000-8000-${String(++counter).padStart(12, '0')}`;
  const ok = (data: unknown, errors?: unknown[]) =>
    HttpResponse.json({ data, ...(errors ? { errors } : {}), extensions: { requestId: requestId() } }, { status: 200 });
  const error = (message: string, extensions: Record<string, unknown>) => ({
    message,
    locations: [{ line: 1, column: 1 }],
    path: ['chargePaymentMethod'],
    extensions,
  });

  const scenarioAnswer = (scenario: BraintreeScenario): Response | 'timeout' => {
    switch (scenario) {
      case 'authentication':
        return ok(null, [error('Authentication failed.', { errorClass: 'AUTHENTICATION' })]);
      case 'resource_limit':
        return ok(null, [error('Too many requests.', { errorClass: 'RESOURCE_LIMIT' })]);
      case 'internal':
        return ok(null, [error('An internal error occurred.', { errorClass: 'INTERNAL' })]);
      case 'in_flight':
        // 915233 ApiRequestKeyIsInFlight (braintree_node validation_error_codes.js); its message is not published.
        return ok({ chargePaymentMethod: null }, [
          error('A request with this key is still in flight.', {
            errorClass: 'VALIDATION',
            legacyCode: '915233',
            inputPath: ['input', 'transaction'],
          }),
        ]);
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

  /** The mutation's answer for one charge. */
  const charge = (request: BraintreeChargeRequest): [Response, string] => {
    const input = request.variables?.input ?? {};
    const nonce = String(input.paymentMethodId ?? '');
    const number = (input.creditCard?.number ?? nonce.replace(/^tokencc_/, '')).replace(/\D/g, '');
    const amount = String(input.transaction?.amount ?? '10.00');
    const known = testCards.some((c) => c.number === number);
    // The sandbox's amounts 2000.00-2999.99 decline with that processor code, 3000 fails.
    const cents = Math.round(Number(amount) * 100);
    const byAmount: Answer | undefined =
      cents >= 200_000 && cents < 300_000
        ? ['declined', String(Math.floor(cents / 100)), 'Processor Declined', false]
        : cents >= 300_000 && cents < 300_100
          ? ['failed']
          : undefined;
    const answer: Answer =
      NONCES.get(nonce) ??
      byAmount ??
      CARD_ANSWERS.get(number) ??
      (!known && /^\d{12,19}$/.test(number) && isLuhnValid(number)
        ? ['paid']
        : ['invalid', '81715', 'number', 'Credit card number is invalid']);
    const id = `dHJhbnNhY3Rpb25f${String(counter + 1).padStart(8, '0')}`;
    const transaction = (status: string, event: Record<string, unknown> = {}) => ({
      chargePaymentMethod: {
        transaction: { id, status, amount: { value: amount, currencyCode: 'USD' }, statusHistory: [{ status, ...event }] },
      },
    });
    switch (answer[0]) {
      case 'paid':
        state.ledger.push({ transactionId: id, idempotencyKey: null, amount, last4: number.slice(-4) });
        return [
          ok(transaction('SUBMITTED_FOR_SETTLEMENT', { processorResponse: { legacyCode: '1000', message: 'Approved' } })),
          'SUBMITTED_FOR_SETTLEMENT',
        ];
      case 'declined':
        return [
          ok(
            transaction('PROCESSOR_DECLINED', {
              __typename: 'ProcessorDeclinedEvent',
              declineType: answer[3] ? 'SOFT' : 'HARD',
              processorResponse: { legacyCode: answer[1], message: answer[2] },
            }),
          ),
          'PROCESSOR_DECLINED',
        ];
      case 'rejected':
        return [
          ok(transaction('GATEWAY_REJECTED', { __typename: 'GatewayRejectedEvent', gatewayRejectionReason: answer[1] })),
          'GATEWAY_REJECTED',
        ];
      case 'failed':
        return [
          ok(
            transaction('FAILED', {
              __typename: 'FailedEvent',
              processorResponse: { legacyCode: '3000', message: 'Processor Network Unavailable - Try Again' },
            }),
          ),
          'FAILED',
        ];
      case 'invalid':
        return [
          ok({ chargePaymentMethod: null }, [
            error(answer[3], {
              errorClass: 'VALIDATION',
              errorType: 'user_error',
              legacyCode: answer[1],
              inputPath: answer[2] === 'paymentMethodId' ? ['input', 'paymentMethodId'] : ['input', 'creditCard', answer[2]],
            }),
          ]),
          'VALIDATION',
        ];
      default:
        return answer satisfies never;
    }
  };

  const answer = async (request: Request): Promise<Response> => {
    const scenario = state.queue.shift();
    if (scenario !== undefined) {
      const reply = scenarioAnswer(scenario);
      if (reply === 'timeout') {
        state.requests.push({ status: 'timeout' });
        await untilAborted(request);
        return HttpResponse.error();
      }
      state.requests.push({ status: reply.type === 'error' ? 'dropped' : reply.status });
      return reply;
    }
    let body: BraintreeChargeRequest;
    try {
      body = (await request.json()) as BraintreeChargeRequest;
    } catch {
      state.requests.push({ status: 200, outcome: 'UNPARSEABLE' });
      return ok(null, [{ message: 'Unexpected end of JSON input', locations: [] }]);
    }
    if (latencyMs > 0) await delay(latencyMs);
    const [response, outcome] = charge(body);
    state.requests.push({ status: 200, outcome });
    return response;
  };

  return mockControls(url, state, answer, () => {
    counter = 0;
  });
}

/** The mock a `createBraintreeMockApi` call returns. */
export type BraintreeMockApi = ReturnType<typeof createBraintreeMockApi>;
