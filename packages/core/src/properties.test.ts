import { codeRows, isLuhnValid } from '@checkout-errors/testing';
import { assertNoPoisoning } from '@fast-check/poisoning';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { adyen } from './dialects/providers/adyen.js';
import { adyenWeb } from './dialects/providers/adyen-web.js';
import { braintree } from './dialects/providers/braintree.js';
import { braintreeWeb } from './dialects/providers/braintree-web.js';
import { checkoutCom } from './dialects/providers/checkout-com.js';
import { mollie } from './dialects/providers/mollie.js';
import { paypal } from './dialects/providers/paypal.js';
import { square } from './dialects/providers/square.js';
import { createCheckoutErrors, normalizeError, shopperMessage, toClientError } from './index.js';
import { messages as english } from './locales/en.js';
import type { CheckoutError, CheckoutField } from './types.js';

// Every name of the CheckoutField union: the `satisfies` fails to compile if one is missing or extra.
const FIELD_NAMES = {
  cardNumber: true,
  cardExpiry: true,
  cardCvc: true,
  postalCode: true,
  cardholderName: true,
  email: true,
  billingAddress: true,
  amount: true,
  form: true,
} satisfies Record<CheckoutField, true>;
const FIELDS = Object.keys(FIELD_NAMES);

// Properties over hostile and random input: 100,000 runs in all across this file (the numRuns
// below add up to that), so every CI run throws a fresh 100k inputs at the normalizer. Each run
// also goes through a checkout with the provider dialects registered (their readers, outcome
// readers and server-side reducers), over provider-shaped bodies as well.
const dialects = [adyen, adyenWeb, braintree, braintreeWeb, paypal, checkoutCom, square, mollie];
const withProviders = createCheckoutErrors({ dialects });

/** Everything the kit with providers says of an input, each output checked closed. */
function throughProviders(input: unknown, context: { status?: number }) {
  const errors = withProviders.normalizeErrors(input, context);
  for (const error of errors) expectClosed(error);
  const outcome = withProviders.readOutcome(input, { status: 200 });
  if (outcome.outcome === 'failed') for (const error of outcome.errors) expectClosed(error);
  const client = toClientError(input, { dialects });
  return { errors, outcome, client };
}
// A provider's own ID (Adyen's 16-character pspReference, which can be all digits and pass Luhn)
// is kept as an ID by design; every other string is scanned.
const withoutIds = (error: CheckoutError<string>) => ({ ...error, developer: { ...error.developer, requestId: null } });

const KINDS = [
  'card',
  'validation',
  'invalid_request',
  'authentication',
  'permission',
  'not_found',
  'conflict',
  'idempotency',
  'rate_limit',
  'api',
  'external',
  'network',
  'timeout',
  'aborted',
  'unknown',
];
const MODES = ['auto', 'shopper', 'cooldown', 'authenticate', 'unconfirmed', 'never'];
// `amount.below_minimum` is what `amount.too_small` becomes once a currency is known.
const KEYS = new Set(Object.keys(english));

/** The output is closed: every enum from its set, every key from the catalog, plain data. */
function expectClosed(error: CheckoutError<string>) {
  expect(KINDS).toContain(error.kind);
  expect(FIELDS).toContain(error.field);
  expect(MODES).toContain(error.retry.mode);
  expect(error.retry.retryable).toBe(error.retry.mode !== 'never' && error.retry.mode !== 'unconfirmed');
  if (error.retry.mode === 'unconfirmed') expect(error.retry).toMatchObject({ sameIdempotencyKey: true, afterMs: null });
  expect(KEYS.has(error.messageKey)).toBe(true);
  expect(error.status === null || (Number.isInteger(error.status) && error.status >= 100 && error.status <= 599)).toBe(true);
  // Serializable: a plain object that survives JSON (no functions, cycles or input objects).
  expect(JSON.parse(JSON.stringify(error))).toEqual(error);
  const text = shopperMessage(error);
  expect(text.length).toBeGreaterThan(0);
  expect(text).not.toMatch(/[{}]/);
}

/** Every Luhn-valid run of 12 to 19 digits in `text`, spaces and dashes between digits ignored. */
function luhnRuns(text: string): string[] {
  const found: string[] = [];
  for (const run of text.match(/\d(?:[\s-]*\d)*/g) ?? []) {
    const digits = run.replace(/\D/g, '');
    for (let len = 12; len <= 19; len++) {
      for (let i = 0; i + len <= digits.length; i++) if (isLuhnValid(digits.slice(i, i + len))) found.push(digits.slice(i, i + len));
    }
  }
  return found;
}

// A Luhn-valid card number of 12 to 19 digits, written with spaces or dashes as a shopper might.
const cardNumber = fc
  .tuple(fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 11, maxLength: 18 }), fc.constantFrom('', ' ', '-'))
  .map(([body, sep]) => {
    const partial = body.join('');
    const check = [...'0123456789'].find((d) => isLuhnValid(partial + d)) as string;
    return (partial + check).replace(/(\d{4})(?=\d)/g, `$1${sep}`);
  });

const MARKER = 'SRVTXT';
const serverText = fc
  .tuple(fc.string({ maxLength: 40 }), cardNumber, fc.string({ maxLength: 40 }))
  .map(([a, n, b]) => `${MARKER} ${a} ${n} ${b}`);
const codes = [...new Set(codeRows.map((r) => r.code))];
const word = fc.oneof(
  fc.constantFrom(...codes, 'constructor', '__proto__', 'toString', 'generic_decline'),
  fc.string({ maxLength: 24 }),
  fc.anything(),
);
const errorObject = fc.record(
  {
    type: fc.oneof(
      fc.constantFrom(
        'card_error',
        'invalid_request_error',
        'api_error',
        'idempotency_error',
        'rate_limit_error',
        'authentication_error',
        'payment_error',
        'validation_error',
        'StripeCardError',
      ),
      fc.anything(),
    ),
    code: word,
    decline_code: word,
    advice_code: fc.oneof(fc.constantFrom('try_again_later', 'do_not_try_again', 'confirm_card_data'), word),
    param: fc.oneof(
      fc.constantFrom('card[number]', 'cvc', 'exp_month', 'billing_details[address][postal_code]', 'card.cvc', '__proto__'),
      fc.string(),
      fc.anything(),
    ),
    message: fc.oneof(serverText, fc.anything()),
    doc_url: fc.oneof(fc.webUrl(), fc.string()),
    statusCode: fc.anything(),
  },
  { requiredKeys: [] },
);
const status = fc.option(
  fc.oneof(fc.constantFrom(200, 400, 401, 402, 403, 404, 409, 422, 424, 429, 500, 502, 503, 504), fc.integer({ min: -10, max: 1000 })),
  {
    nil: undefined,
  },
);
const headers = fc.option(
  fc.dictionary(
    fc.constantFrom('Retry-After', 'retry-after', 'Stripe-Should-Retry', 'Request-Id', 'x-other'),
    // The values the kit acts on (Stripe-Should-Retry true/false, Retry-After seconds), and noise.
    fc.oneof(fc.constantFrom('true', 'false', '3'), fc.string({ maxLength: 40 })),
  ),
  {
    nil: undefined,
  },
);
const errorInput = fc.oneof(
  errorObject,
  fc.record({ error: errorObject }),
  fc.record({ status: fc.integer({ min: 0, max: 700 }), body: fc.record({ error: errorObject }) }),
  fc.record({ elementType: fc.constantFrom('cardNumber', 'cardExpiry', 'cardCvc', 'postalCode', 'card', 'other'), error: errorObject }),
  fc.record({ error: errorObject }).map((b) => JSON.stringify(b)),
  // Adyen's shapes: a payment result, a ServiceError, adyen-node's exception, Adyen Web's state.
  fc.record(
    {
      resultCode: fc.oneof(fc.constantFrom('Refused', 'Error', 'Cancelled', 'Authorised', 'RedirectShopper', 'Received'), word),
      refusalReasonCode: fc.oneof(fc.constantFrom('2', '5', '12', '20', '22', '24', '32'), word),
      refusalReason: fc.oneof(serverText, word),
      pspReference: fc.oneof(cardNumber, fc.stringMatching(/^[A-Z0-9]{16}$/), word),
      action: fc.oneof(fc.record({ type: fc.constant('redirect'), url: fc.webUrl() }), word),
      additionalData: fc.record({ cardSummary: cardNumber, fraudResultType: fc.constant('RED') }),
    },
    { requiredKeys: [] },
  ),
  fc.record(
    {
      status: fc.oneof(fc.constantFrom(401, 403, 422, 500), fc.anything()),
      errorCode: fc.oneof(fc.constantFrom('000', '101', '103', '704', '905'), word),
      errorType: fc.oneof(fc.constantFrom('validation', 'security', 'configuration', 'internal'), word),
      message: fc.oneof(serverText, word),
      pspReference: fc.oneof(cardNumber, word),
    },
    { requiredKeys: [] },
  ),
  fc.record({
    statusCode: fc.constantFrom(401, 422, 500),
    responseBody: fc.record({ errorCode: word, message: serverText }).map((b) => JSON.stringify(b)),
  }),
  fc.record({
    errors: fc.dictionary(
      fc.constantFrom('encryptedCardNumber', 'encryptedSecurityCode', 'encryptedExpiryDate', '__proto__'),
      fc.oneof(fc.record({ error: fc.oneof(serverText, word) }), word),
    ),
  }),
  // Braintree's shapes: a GraphQL answer, a braintree_node result, a BraintreeError.
  fc.record(
    {
      data: fc.oneof(
        fc.record({
          chargePaymentMethod: fc.record({
            transaction: fc.record({ status: fc.constantFrom('PROCESSOR_DECLINED', 'GATEWAY_REJECTED', 'SETTLED'), id: cardNumber }),
          }),
        }),
        word,
      ),
      errors: fc.array(
        fc.record({
          message: serverText,
          extensions: fc.record({
            errorClass: fc.constantFrom('VALIDATION', 'INTERNAL', '__proto__'),
            legacyCode: fc.oneof(fc.constantFrom('81736', '81707', '915233'), word),
            inputPath: fc.array(word, { maxLength: 4 }),
          }),
        }),
        { maxLength: 3 },
      ),
      extensions: fc.record({ requestId: fc.oneof(fc.uuid(), cardNumber) }),
    },
    { requiredKeys: ['extensions'] },
  ),
  fc.record({
    success: fc.boolean(),
    message: serverText,
    transaction: fc.record({
      status: fc.constantFrom('processor_declined', 'gateway_rejected', 'failed'),
      processorResponseCode: fc.oneof(fc.constantFrom('2000', '2014', '2046'), word),
      gatewayRejectionReason: word,
    }),
    params: fc.record({ number: cardNumber }),
  }),
  fc.record({
    name: fc.constant('BraintreeError'),
    code: fc.oneof(fc.constantFrom('HOSTED_FIELDS_FIELDS_INVALID', 'HOSTED_FIELDS_FAILED_TOKENIZATION'), word),
    type: word,
    message: serverText,
    details: fc.record({ invalidFieldKeys: fc.array(word), originalError: fc.anything() }),
  }),
  // PayPal's shapes: an Orders v2 envelope, a 201 order with a capture, an OAuth failure.
  fc.record({
    name: fc.constantFrom('UNPROCESSABLE_ENTITY', 'INVALID_REQUEST', 'INTERNAL_SERVER_ERROR'),
    debug_id: fc.oneof(fc.stringMatching(/^[0-9a-f]{13}$/), cardNumber),
    message: serverText,
    details: fc.array(
      fc.record({
        issue: fc.oneof(fc.constantFrom('CARD_EXPIRED', 'TRANSACTION_REFUSED', 'INVALID_PARAMETER_VALUE'), word),
        field: word,
        value: cardNumber,
      }),
      { maxLength: 3 },
    ),
  }),
  fc.record({
    id: fc.stringMatching(/^[A-Z0-9]{17}$/),
    status: fc.constantFrom('COMPLETED', 'PAYER_ACTION_REQUIRED', 'VOIDED'),
    purchase_units: fc.array(
      fc.record({
        payments: fc.record({
          captures: fc.array(
            fc.record({
              status: fc.oneof(fc.constantFrom('DECLINED', 'COMPLETED'), word),
              processor_response: fc.record({ response_code: word }),
            }),
            { maxLength: 2 },
          ),
        }),
      }),
      { maxLength: 2 },
    ),
  }),
  fc.record({ error: fc.constantFrom('invalid_client', 'invalid_token'), error_description: serverText }),
  // Checkout.com's, Square's and Mollie's shapes: an error body, a payment.
  fc.record({
    request_id: fc.oneof(fc.uuid(), cardNumber),
    error_type: fc.constantFrom('request_invalid', 'processing_error'),
    error_codes: fc.array(fc.oneof(fc.constantFrom('card_expired', 'cvv_invalid'), word), { maxLength: 3 }),
  }),
  fc.record({
    id: fc.constant('pay_x'),
    approved: fc.boolean(),
    status: fc.constantFrom('Declined', 'Pending'),
    response_code: fc.oneof(fc.constantFrom('20051', '40101', '200N7'), word),
    _links: fc.record({ redirect: fc.record({ href: fc.webUrl() }) }),
  }),
  fc.record({
    errors: fc.array(
      fc.record({
        category: fc.constantFrom('PAYMENT_METHOD_ERROR', 'INVALID_REQUEST_ERROR'),
        code: fc.oneof(fc.constantFrom('GENERIC_DECLINE', 'CVV_FAILURE'), word),
        detail: serverText,
        field: word,
      }),
      { minLength: 1, maxLength: 3 },
    ),
    payment: fc.record({ id: cardNumber, status: fc.constantFrom('FAILED', 'COMPLETED') }),
  }),
  fc.record(
    {
      status: fc.oneof(fc.constantFrom(422, 'failed', 'open'), word),
      title: serverText,
      detail: serverText,
      field: word,
      _links: fc.record({ checkout: fc.record({ href: fc.webUrl() }) }),
      resource: fc.constant('payment'),
      id: fc.constant('tr_1'),
      details: fc.record({ failureReason: word, failureMessage: serverText }),
    },
    { requiredKeys: ['status'] },
  ),
);
const contextOf = (s: number | undefined, h: Record<string, string> | undefined) => ({
  ...(s === undefined ? {} : { status: s }),
  ...(h === undefined ? {} : { headers: h }),
});

describe('normalizeError, over random and hostile input', { timeout: 120_000 }, () => {
  afterAll(() => {
    // Nothing the runs did changed a built-in (Object.prototype, Array.prototype, Map, JSON...).
    // Vitest's own worker state changes between tests, and Node replaces its lazy AbortController
    // getter on first use: those two roots are not the kit's doing.
    assertNoPoisoning({ ignoredRootRegex: /^(__vitest_\w+__|AbortController)$/ });
  });

  it('never throws on anything, and its output is closed', () => {
    fc.assert(
      fc.property(
        fc.anything({ withBoxedValues: true, withMap: true, withSet: true, withNullPrototype: true, withTypedArray: true }),
        status,
        (input, s) => {
          expectClosed(normalizeError(input, contextOf(s, undefined)));
          expect(toClientError(input).error.type.length).toBeGreaterThan(0);
          throughProviders(input, contextOf(s, undefined));
        },
      ),
      { numRuns: 30_000 },
    );
  });

  it('never throws on arbitrary strings and statuses', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' })), status, headers, (input, s, h) => {
        expectClosed(normalizeError(input, contextOf(s, h)));
      }),
      { numRuns: 20_000 },
    );
  });

  it('shows no server text and no Luhn-valid number to a shopper, whatever the body', () => {
    fc.assert(
      fc.property(errorInput, status, headers, (input, s, h) => {
        const error = normalizeError(input, contextOf(s, h));
        expectClosed(error);
        const text = shopperMessage(error);
        expect(text).not.toContain(MARKER);
        expect(luhnRuns(text)).toEqual([]);
        // Opting in to server text still never shows a card number, nor in the developer block.
        expect(luhnRuns(shopperMessage(error, { showServerMessage: true }))).toEqual([]);
        expect(luhnRuns(JSON.stringify(error))).toEqual([]);
        expect(luhnRuns(JSON.stringify(toClientError(input)))).toEqual([]);
        const providers = throughProviders(input, contextOf(s, h));
        for (const e of providers.errors) {
          expect(withProviders.shopperMessage(e)).not.toContain(MARKER);
          expect(luhnRuns(withProviders.shopperMessage(e))).toEqual([]);
          expect(luhnRuns(JSON.stringify(withoutIds(e)))).toEqual([]);
        }
        // What a server forwards: scanned but for the pspReference (an ID) and an `action`, the
        // provider's continuation for the shopper (a redirect, 3D Secure data), which must arrive whole.
        const { pspReference, action: _action, ...forwarded } = providers.client as { pspReference?: unknown; action?: unknown };
        expect(luhnRuns(JSON.stringify(forwarded))).toEqual([]);
        if (pspReference !== undefined) expect(String(pspReference)).toMatch(/^[A-Z0-9]{16}$/);
      }),
      { numRuns: 30_000 },
    );
  });

  it('never writes to the input, checked without cloning it', () => {
    // Every object reached through the input is seen through a Proxy that records writes; no
    // deep copy is made, so hostile input costs no more to check than to read.
    const writes: string[] = [];
    const refuse = (what: string) => {
      writes.push(what);
      return false;
    };
    const watched = new WeakMap<object, object>();
    const watch = (value: unknown): unknown => {
      if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return value;
      const known = watched.get(value);
      if (known) return known;
      const proxy = new Proxy(value, {
        get: (t, k, r) => {
          const inner: unknown = Reflect.get(t, k, r);
          const d = Reflect.getOwnPropertyDescriptor(t, k);
          // Proxy invariants: a non-configurable, read-only property must be returned as is.
          return d && !d.configurable && !d.writable ? inner : watch(inner);
        },
        // A write is recorded and refused, so it cannot change the shopper's input either.
        set: (_t, k) => refuse(`set ${String(k)}`),
        defineProperty: (_t, k) => refuse(`define ${String(k)}`),
        deleteProperty: (_t, k) => refuse(`delete ${String(k)}`),
        setPrototypeOf: () => refuse('setPrototypeOf'),
        preventExtensions: () => refuse('preventExtensions'),
      });
      watched.set(value, proxy);
      return proxy;
    };
    fc.assert(
      fc.property(fc.oneof(errorInput, fc.anything()), status, (input, s) => {
        const seen = watch(input);
        normalizeError(seen, contextOf(s, undefined));
        toClientError(seen);
        throughProviders(seen, contextOf(s, undefined));
        expect(writes).toEqual([]);
      }),
      { numRuns: 10_000 },
    );
  });

  it('never pollutes a prototype from __proto__, constructor or prototype keys', () => {
    const hostileKey = fc.constantFrom('__proto__', 'constructor', 'prototype', 'polluted');
    const hostileJson = fc
      .dictionary(hostileKey, fc.oneof(fc.dictionary(hostileKey, fc.jsonValue()), fc.jsonValue()))
      .map((d) => JSON.parse(JSON.stringify({ error: d, ...d }).replaceAll('"polluted"', '"__proto__"')) as unknown);
    fc.assert(
      fc.property(hostileJson, status, (input, s) => {
        normalizeError(input, contextOf(s, undefined));
        toClientError(input);
        throughProviders(input, contextOf(s, undefined));
        expect(Object.hasOwn(Object.prototype, 'polluted')).toBe(false);
        expect(({} as Record<string, unknown>).type).toBeUndefined();
      }),
      { numRuns: 10_000 },
    );
  });
});
