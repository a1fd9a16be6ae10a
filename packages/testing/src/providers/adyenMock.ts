// A mock of Adyen's POST /payments (Checkout API v71) on MSW, answering the kit's test cards the
// way Adyen's test mode would: refusals as HTTP 200 results with Adyen's refusalReason and
// refusalReasonCode, request errors as ServiceError bodies, and the `Idempotency-Key` header
// honoured. Its ledger, request log and controls are ../mockControls.ts, shared with ../msw.ts. Imports only from msw.
import { delay, HttpResponse } from 'msw';
import { isLuhnValid } from '../luhn.js';
import { badGatewayPage, mockControls, mockState, untilAborted } from '../mockControls.js';
import { testCards } from '../testCards.js';
import type { AdyenCharge, AdyenMockApiOptions, AdyenPaymentRequest, AdyenRequestRecord, AdyenScenario } from './adyenMockTypes.js';
import { adyenTestTriggers } from './adyenTriggers.js';

interface Saved {
  readonly payload: string;
  readonly status: number;
  readonly body: unknown;
}

/** Adyen's test endpoint (adyen-node-api-library: `https://checkout-test.adyen.com/v71` before it moved to v72). */
export const ADYEN_TEST_PAYMENTS_URL = 'https://checkout-test.adyen.com/v71/payments';

// What Adyen answers for each of the kit's test cards (../testCards.ts). Adyen has no lost or
// stolen refusal: "Blocked Card" (5) is the one for a card that may not be used (docs refusal
// reasons: "The card used for the transaction is blocked, therefore unusable"); fraud is
// "FRAUD" (20). Refusal texts and codes: https://docs.adyen.com/development-resources/refusal-reasons
// (0-18) and third-party copies of its rows 19-46 (24, 32: NOT verified against Adyen).
type CardAnswer =
  | readonly ['Authorised']
  | readonly ['Refused' | 'Error', refusalReason: string, refusalReasonCode: string]
  | readonly ['RedirectShopper']
  | readonly ['invalid_number'];
const CARD_ANSWERS = new Map<string, CardAnswer>(
  Object.entries({
    '4242424242424242': ['Authorised'],
    '4000000000000002': ['Refused', 'Refused', '2'],
    '4000000000009995': ['Refused', 'Not enough balance', '12'],
    '4000000000009987': ['Refused', 'Blocked Card', '5'],
    '4000000000009979': ['Refused', 'Blocked Card', '5'],
    '4100000000000019': ['Refused', 'FRAUD', '20'],
    '4000000000000069': ['Refused', 'Expired Card', '6'],
    '4000000000000127': ['Refused', 'CVC Declined', '24'],
    // Acquirer Error comes as resultCode Error (Adyen's test trigger ERROR; adyen-commercetools fixture).
    '4000000000000119': ['Error', 'Acquirer Error', '4'],
    '4242424242424241': ['invalid_number'],
    '4000000000000036': ['Refused', 'AVS Declined', '32'],
    // A 3D Secure card: Adyen answers RedirectShopper with an action (Checkout v71 OpenAPI example
    // post-payments-card-3d-secure-redirect-200).
    '4000002500003155': ['RedirectShopper'],
  } satisfies Record<string, CardAnswer>),
);

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  HttpResponse.json(body as Record<string, unknown>, { status, headers });

// ServiceError bodies {status, errorCode, message, errorType} as the Checkout v71 OpenAPI and
// Adyen's SDK mocks give them (sources per scenario).
const serviceError = (status: number, errorCode: string, message: string, errorType: string, pspReference?: string) => ({
  status,
  errorCode,
  message,
  errorType,
  ...(pspReference ? { pspReference } : {}),
});

/** Creates one mock with its own ledger; pass `api.handlers` to `setupServer` or `setupWorker`. */
export function createAdyenMockApi(options: AdyenMockApiOptions = {}) {
  const { url = ADYEN_TEST_PAYMENTS_URL, latencyMs = 0 } = options;
  const state = mockState<AdyenCharge, AdyenRequestRecord, AdyenScenario, Saved>();
  const { ledger, requests, saved, running, queue } = state;
  let references = 0;

  // "Adyen's 16-character string reference" (Checkout v71 PaymentResponse.pspReference).
  const pspReference = () => `MOCK${String(++references).padStart(12, '0')}`;

  // errorCode 704 "request already processed or in progress" with HTTP 409 (Adyen/adyen-java-api-library
  // PR #288, by an Adyen engineer). No recorded body exists: this one is shaped like a ServiceError,
  // and its errorType is a guess.
  const conflict = () => json(409, serviceError(409, '704', 'request already processed or in progress', 'validation'));

  const scenarioAnswer = (scenario: AdyenScenario): Response | 'timeout' => {
    switch (scenario) {
      case 'unauthorized':
        // Checkout v71 OpenAPI components.examples["generic-401"].
        return json(401, serviceError(401, '000', 'HTTP Status Response - Unauthorized', 'security'));
      case 'forbidden':
        // Adyen/adyen-java-api-library src/test/resources/mocks/authorise-error-010.json.
        return json(403, serviceError(403, '010', 'Not allowed', 'security', pspReference()));
      case 'validation':
        // Adyen/adyen-python-api-library test/mocks/checkout/payments-error-invalid-data-422.json.
        return json(422, serviceError(422, '130', 'Reference Missing', 'validation'));
      case 'configuration':
        // Checkout v71 OpenAPI components.examples["generic-500"]: a configuration error under 500.
        return json(500, serviceError(500, '905', 'Payment details are not supported', 'configuration', pspReference()));
      case 'server_error':
        // Body: Adyen/adyen-go-api-library tests/payout_test.go. Header: Adyen's idempotency docs
        // as quoted in Adyen/adyen-java-api-library#284 ("Transient-Error with the value true ...
        // can be retried at a later time using the same idempotency key"); not seen on a recorded answer.
        return json(500, serviceError(500, '903', 'Internal error', 'internal'), { 'Transient-Error': 'true' });
      case 'conflict':
        return conflict();
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

  /** Adyen's answer for one request. */
  const pay = (request: AdyenPaymentRequest, key: string | null): Saved & { charged: boolean } => {
    const payload = JSON.stringify(request);
    const method = request.paymentMethod ?? {};
    const raw = String(method.number ?? method.encryptedCardNumber ?? '');
    const number = raw.replace(/^test_/, '').replace(/\D/g, '');
    const reference = request.reference ?? null;
    const psp = pspReference();
    const refused = (resultCode: string, refusalReason: string, refusalReasonCode: string): Saved & { charged: boolean } => ({
      payload,
      charged: false,
      status: 200,
      body: {
        pspReference: psp,
        refusalReason,
        resultCode,
        refusalReasonCode,
        ...(reference === null ? {} : { merchantReference: reference }),
        // Adyen's risk results come with a fraud refusal (fraudResult as in the Java SDK mock
        // authorise-error-cvc-declined.json); they must never reach a browser.
        ...(refusalReasonCode === '20'
          ? { additionalData: { fraudResultType: 'RED' }, fraudResult: { accountScore: 100, results: [] } }
          : {}),
      },
    });
    // Adyen's test triggers in the holder name win over the card (docs: testing result codes).
    const trigger = adyenTestTriggers.find((t) => t.holderName === method.holderName);
    if (trigger) return refused(trigger.resultCode, trigger.refusalReason, trigger.refusalReasonCode);
    const known = testCards.some((c) => c.number === number);
    const answer: CardAnswer =
      CARD_ANSWERS.get(number) ?? (!known && /^\d{12,19}$/.test(number) && isLuhnValid(number) ? ['Authorised'] : ['invalid_number']);
    switch (answer[0]) {
      case 'invalid_number':
        // The docs' own example error response (docs.adyen.com/development-resources/error-codes).
        return { payload, charged: false, status: 422, body: serviceError(422, '101', 'Invalid card number', 'validation', psp) };
      case 'Refused':
      case 'Error':
        return refused(answer[0], answer[1], answer[2]);
      case 'RedirectShopper':
        return {
          payload,
          charged: false,
          status: 200,
          body: {
            pspReference: psp,
            resultCode: 'RedirectShopper',
            action: {
              paymentMethodType: 'scheme',
              url: `https://checkoutshopper-test.adyen.com/checkoutshopper/threeDS/redirect?MD=${psp}`,
              method: 'GET',
              type: 'redirect',
            },
          },
        };
      case 'Authorised': {
        ledger.push({
          pspReference: psp,
          idempotencyKey: key,
          amount: request.amount?.value ?? 0,
          currency: request.amount?.currency ?? 'EUR',
          last4: number.slice(-4),
        });
        return {
          payload,
          charged: true,
          status: 200,
          body: { pspReference: psp, resultCode: 'Authorised', ...(reference === null ? {} : { merchantReference: reference }) },
        };
      }
      default:
        return answer satisfies never;
    }
  };

  const record = (entry: AdyenRequestRecord) => requests.push(entry);
  const resultCodeOf = (body: unknown) => {
    const code = (body as { resultCode?: unknown } | null)?.resultCode;
    return typeof code === 'string' ? { resultCode: code } : {};
  };

  const answer = async (request: Request): Promise<Response> => {
    // Header names are case-insensitive (Adyen: "code for case-insensitive HTTP headers").
    const key = request.headers.get('Idempotency-Key');
    // Adyen echoes the key so a server can check that the request was processed idempotently.
    const echo: Record<string, string> = key === null ? {} : { 'Idempotency-Key': key };
    const scenario = queue.shift();
    if (scenario !== undefined) {
      const reply = scenarioAnswer(scenario);
      if (reply === 'timeout') {
        record({ idempotencyKey: key, status: 'timeout', replayed: false });
        await untilAborted(request);
        return HttpResponse.error();
      }
      record({ idempotencyKey: key, status: reply.type === 'error' ? 'dropped' : reply.status, replayed: false });
      return reply;
    }
    let body: AdyenPaymentRequest;
    try {
      body = (await request.json()) as AdyenPaymentRequest;
    } catch {
      record({ idempotencyKey: key, status: 400, replayed: false });
      // Checkout v71 OpenAPI components.examples["generic-400"] (a JSON parse error).
      return json(400, serviceError(400, '702', 'Unexpected input: ", expected: }', 'validation'));
    }
    if (key !== null) {
      if (running.has(key)) {
        record({ idempotencyKey: key, status: 409, replayed: false });
        return conflict();
      }
      const previous = saved.get(key);
      if (previous !== undefined) {
        // Adyen's idempotency docs: "If the Adyen payments platform already processed the
        // request, the response to the first attempt will be returned without duplication."
        // Whether Adyen compares the bodies is not documented: the first answer is replayed
        // either way, and the record says when the body differed (the kit never does that).
        const other = previous.payload !== JSON.stringify(body);
        record({
          idempotencyKey: key,
          status: previous.status,
          replayed: true,
          ...(other ? { keyReusedWithOtherBody: true as const } : {}),
          ...resultCodeOf(previous.body),
        });
        return json(previous.status, previous.body, echo);
      }
      running.add(key);
    }
    try {
      if (latencyMs > 0) await delay(latencyMs);
      const result = pay(body, key);
      if (key !== null) saved.set(key, result);
      record({ idempotencyKey: key, status: result.status, replayed: false, ...resultCodeOf(result.body) });
      return json(result.status, result.body, echo);
    } finally {
      if (key !== null) running.delete(key);
    }
  };

  return mockControls(url, state, answer, () => {
    references = 0;
  });
}

/** The mock a `createAdyenMockApi` call returns. */
export type AdyenMockApi = ReturnType<typeof createAdyenMockApi>;
