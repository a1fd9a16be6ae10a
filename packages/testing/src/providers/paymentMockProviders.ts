// What each provider's mock (./paymentMocks.ts) answers and how: its endpoint, where it takes
// the idempotency key, how it reads the card, its answer for each of the kit's test cards, and
// its own failures. Imports only from msw.
//  - Checkout.com: a decline is a 201 with `approved: false` and a response code; 3DS a 202
//    Pending with a redirect; `Cko-Idempotency-Key` replays only a 2xx (a 4xx or 5xx is processed
//    again), and a key still running answers 409 (checkout.com docs, idempotency; support article
//    on 409 replacing 429 for duplicates).
//  - Square: a decline is a 400 with `errors` and the FAILED payment (the status Square documents
//    none of; a 400 is seen); `idempotency_key` in the body replays the first answer, another
//    request under the same key is IDEMPOTENCY_KEY_REUSED.
//  - Mollie: every card payment is created `open` with a checkout link (3-D Secure, mollie.js
//    card tokens); the result comes on GET, as the test checkout would set it: here the card
//    decides it at once, so the mock answers the created payment already failed or paid, as a
//    shop fetching it after the redirect would see it. `Idempotency-Key` replays the first answer.
import { HttpResponse } from 'msw';
import { isLuhnValid } from '../luhn.js';
import { testCards } from '../testCards.js';

/** The providers' sandbox endpoints. */
export const CHECKOUT_COM_SANDBOX_PAYMENTS_URL = 'https://api.sandbox.checkout.com/payments';
export const SQUARE_SANDBOX_PAYMENTS_URL = 'https://connect.squareupsandbox.com/v2/payments';
export const MOLLIE_PAYMENTS_URL = 'https://api.mollie.com/v2/payments';

/** A failure the mocks can be told to answer with instead of charging. */
export type PaymentMockScenario = 'unauthorized' | 'rate_limited' | 'server_error' | 'timeout' | 'dropped';

/** One charge a mock made. Card data is reduced to the last four digits. */
export interface PaymentMockCharge {
  readonly id: string;
  readonly idempotencyKey: string | null;
  readonly last4: string;
}

/** One request a mock saw, in order. */
export interface PaymentMockRecord {
  readonly idempotencyKey: string | null;
  readonly status: number | 'timeout' | 'dropped';
  readonly replayed: boolean;
}

/** How each provider answers one of the kit's test cards: a code of its own, or `paid`, `3ds`, `invalid`. */
type Answers = Readonly<Record<string, string>>;
const cardKeys = [
  '4242424242424242',
  '4000000000000002',
  '4000000000009995',
  '4000000000009987',
  '4000000000009979',
  '4100000000000019',
  '4000000000000069',
  '4000000000000127',
  '4000000000000119',
  '4242424242424241',
  '4000000000000036',
  '4000002500003155',
] as const;
const answers = (codes: readonly string[]): Answers => Object.fromEntries(cardKeys.map((number, i) => [number, codes[i] as string]));

// Checkout.com's response codes (checkout.com docs, response codes); Square's codes (its
// ErrorCode enum and the sandbox nonces' answers); Mollie's failure reasons (its docs' test amounts).
const CHECKOUT = answers(['paid', '20005', '20051', '30041', '30043', '20059', '20054', '200N7', '20096', 'invalid', '40108', '3ds']);
const SQUARE = answers([
  'paid',
  'GENERIC_DECLINE',
  'INSUFFICIENT_FUNDS',
  'GENERIC_DECLINE',
  'GENERIC_DECLINE',
  'GENERIC_DECLINE',
  'CARD_EXPIRED',
  'CVV_FAILURE',
  'TEMPORARY_ERROR',
  'invalid',
  'ADDRESS_VERIFICATION_FAILURE',
  'CARD_DECLINED_VERIFICATION_REQUIRED',
]);
const MOLLIE = answers([
  'paid',
  'card_declined',
  'insufficient_funds',
  'card_declined',
  'card_declined',
  'possible_fraud',
  'card_expired',
  'invalid_cvv',
  'unknown_reason',
  'invalid_card_number',
  'card_declined',
  '3ds',
]);

/** The answer for a card number: the table's, else paid for a Luhn-valid number no test card uses, else invalid. */
export const answerFor = (table: Answers, number: string) =>
  table[number] ?? (!testCards.some((c) => c.number === number) && /^\d{12,19}$/.test(number) && isLuhnValid(number) ? 'paid' : 'invalid');

/** An answer: its status and body. */
export interface Saved {
  readonly status: number;
  readonly body: unknown;
}

/** The providers these mocks stand in for. */
export type Provider = 'checkout-com' | 'square' | 'mollie';
/** What one provider's mock does its own way. */
export interface ProviderParts {
  readonly url: string;
  readonly key: (request: Request, body: Record<string, unknown>) => string | null;
  readonly number: (body: Record<string, unknown>) => string;
  readonly pay: (answer: string, id: string, number: string) => Saved;
  readonly replayable: (saved: Saved) => boolean;
  readonly busy: () => Response;
  readonly scenario: (scenario: PaymentMockScenario) => Saved;
}

export const json = (saved: Saved) => HttpResponse.json(saved.body as Record<string, unknown>, { status: saved.status });
const digits = (value: unknown) => String(value ?? '').replace(/\D/g, '');

/** Each provider's parts, its card answers among them. */
export const PARTS: Record<Provider, ProviderParts & { readonly answers: Answers }> = {
  'checkout-com': {
    url: CHECKOUT_COM_SANDBOX_PAYMENTS_URL,
    answers: CHECKOUT,
    key: (request) => request.headers.get('Cko-Idempotency-Key'),
    number: (body) => digits((body.source as Record<string, unknown> | undefined)?.number),
    pay: (answer, id, number) => {
      const base = {
        id: `pay_${id}`,
        action_id: `act_${id}`,
        amount: 100,
        currency: 'USD',
        source: { type: 'card', last4: number.slice(-4) },
      };
      if (answer === 'invalid')
        return { status: 422, body: { request_id: `req_${id}`, error_type: 'request_invalid', error_codes: ['card_number_invalid'] } };
      if (answer === '3ds')
        return {
          status: 202,
          body: {
            id: `pay_${id}`,
            status: 'Pending',
            _links: { redirect: { href: `https://3ds2-sandbox.ckotech.co/interceptor/3ds_${id}` } },
          },
        };
      if (answer === 'paid') return { status: 201, body: { ...base, approved: true, status: 'Authorized', response_code: '10000' } };
      return { status: 201, body: { ...base, approved: false, status: 'Declined', response_code: answer } };
    },
    // "A key is stored only when the request returns 2xx" (checkout.com docs, idempotency).
    replayable: (saved) => saved.status < 300,
    busy: () => new HttpResponse(null, { status: 409 }),
    scenario: (scenario) =>
      scenario === 'unauthorized'
        ? { status: 401, body: null }
        : scenario === 'rate_limited'
          ? { status: 429, body: { request_id: 'req_rate', error_type: 'request_invalid', error_codes: ['api_calls_quota_exceeded'] } }
          : { status: 500, body: { request_id: 'req_500', error_type: 'processing_error' } },
  },
  square: {
    url: SQUARE_SANDBOX_PAYMENTS_URL,
    answers: SQUARE,
    key: (_, body) => (typeof body.idempotency_key === 'string' ? body.idempotency_key : null),
    number: (body) => digits(String(body.source_id ?? '').replace(/^cnon:/, '')),
    pay: (answer, id, number) => {
      const card = { card_brand: 'VISA', last_4: number.slice(-4) };
      if (answer === 'paid')
        return {
          status: 200,
          body: {
            payment: {
              id,
              status: 'COMPLETED',
              source_type: 'CARD',
              amount_money: { amount: 100, currency: 'USD' },
              card_details: { status: 'CAPTURED', card },
            },
          },
        };
      const code = answer === 'invalid' ? 'INVALID_CARD_DATA' : answer;
      const error = {
        code,
        detail: answer === 'invalid' ? 'Invalid card data.' : `Authorization error: '${code}'`,
        category: answer === 'invalid' ? 'INVALID_REQUEST_ERROR' : 'PAYMENT_METHOD_ERROR',
      };
      return {
        status: 400,
        body: {
          errors: [error],
          payment: {
            id,
            status: 'FAILED',
            source_type: 'CARD',
            amount_money: { amount: 100, currency: 'USD' },
            card_details: { status: 'FAILED', card, errors: [error] },
          },
        },
      };
    },
    replayable: () => true,
    // What Square answers to a key whose first request still runs is not published: the mock
    // answers IDEMPOTENCY_KEY_REUSED, its answer to a key under another request.
    busy: () =>
      HttpResponse.json(
        {
          errors: [
            { code: 'IDEMPOTENCY_KEY_REUSED', detail: 'The request with this key is still processing.', category: 'INVALID_REQUEST_ERROR' },
          ],
        },
        { status: 400 },
      ),
    scenario: (scenario) =>
      scenario === 'unauthorized'
        ? {
            status: 401,
            body: { errors: [{ code: 'UNAUTHORIZED', detail: 'This request could not be authorized.', category: 'AUTHENTICATION_ERROR' }] },
          }
        : scenario === 'rate_limited'
          ? { status: 429, body: { errors: [{ code: 'RATE_LIMITED', detail: 'Rate limited.', category: 'RATE_LIMIT_ERROR' }] } }
          : {
              status: 500,
              body: { errors: [{ code: 'INTERNAL_SERVER_ERROR', detail: 'An internal error occurred.', category: 'API_ERROR' }] },
            },
  },
  mollie: {
    url: MOLLIE_PAYMENTS_URL,
    answers: MOLLIE,
    key: (request) => request.headers.get('Idempotency-Key'),
    // The card number in the test card token `tkn_<number>` a mock Components form would make.
    number: (body) => digits(String(body.cardToken ?? '').replace(/^tkn_/, '')),
    pay: (answer, id, number) => {
      const payment = {
        resource: 'payment',
        id: `tr_${id}`,
        mode: 'test',
        method: 'creditcard',
        amount: { value: '10.00', currency: 'EUR' },
        details: { cardNumber: number.slice(-4) },
      };
      if (answer === '3ds')
        return {
          status: 201,
          body: {
            ...payment,
            status: 'open',
            _links: { checkout: { href: `https://pay.mollie.com/authenticate/${id}`, type: 'text/html' } },
          },
        };
      if (answer === 'paid') return { status: 201, body: { ...payment, status: 'paid' } };
      return {
        status: 201,
        body: {
          ...payment,
          status: 'failed',
          details: { ...payment.details, failureReason: answer, failureMessage: 'The card was declined.' },
        },
      };
    },
    replayable: () => true,
    busy: () =>
      HttpResponse.json(
        { status: 409, title: 'Conflict', detail: 'Another request with this Idempotency-Key is already being processed.', _links: {} },
        { status: 409 },
      ),
    scenario: (scenario) =>
      scenario === 'unauthorized'
        ? {
            status: 401,
            body: { status: 401, title: 'Unauthorized Request', detail: 'Missing authentication, or failed to authenticate', _links: {} },
          }
        : scenario === 'rate_limited'
          ? { status: 429, body: { status: 429, title: 'Too Many Requests', detail: 'You have exceeded the rate limit.', _links: {} } }
          : { status: 500, body: { status: 500, title: 'Internal Server Error', detail: 'An error occurred.', _links: {} } },
  },
};
