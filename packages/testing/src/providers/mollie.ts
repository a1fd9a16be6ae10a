// Mollie's answers (API v2 errors, payments answered 200 with status failed, mollie-api-node's
// ApiError) as Mollie's docs source, OpenAPI spec, SDK fixtures and public issue threads publish
// them, each labelled with where it was published and what the kit must make of it. Plain data:
// no import of the kit.
import { card, declined, failed, type ProviderBody, type ProviderResult, SHOP_SETUP, stripe } from './expected.js';

const DOCS = 'mollie/api-documentation source';
const SPEC = 'mollie/mollie-api-typescript .speakeasy/out.openapi.yaml';
const TESTING = `${DOCS}/overview/testing.rst (the test amounts of card failure reasons)`;

const docsLink = { documentation: { href: 'https://docs.mollie.com/overview/handling-errors', type: 'text/html' } };
const error = (status: number, title: string, detail: string, field?: string) => ({
  status,
  title,
  detail,
  ...(field ? { field } : {}),
  _links: docsLink,
});
/** A card payment answered with the status (and failure reason) given. */
export const molliePayment = (status: string, failureReason?: string) => ({
  resource: 'payment',
  id: 'tr_WDqYK6vllg',
  mode: 'test',
  amount: { value: '10.00', currency: 'EUR' },
  description: 'Order #12345',
  method: 'creditcard',
  status,
  details: {
    cardToken: 'tkn_UqAvArS3gw',
    cardNumber: '9996',
    cardHolder: 'T. TEST',
    ...(failureReason
      ? { failureReason, failureMessage: 'Der Kontostand Ihrer Kreditkarte ist unzureichend. Bitte verwenden Sie eine andere Karte.' }
      : {}),
  },
  _links: { self: { href: 'https://api.mollie.com/v2/payments/tr_WDqYK6vllg', type: 'application/hal+json' } },
});
const reason = (failureReason: string, source: string, expected: ProviderBody['expected'], synthetic?: true): ProviderBody => ({
  name: `a failed card payment: ${failureReason}`,
  source,
  ...(synthetic ? { synthetic } : {}),
  status: 200,
  body: molliePayment('failed', failureReason),
  expected,
});

/** Mollie's failures, and what the kit must make of each. */
export const mollieBodies: readonly ProviderBody[] = [
  {
    name: '422 the amount is higher than the maximum',
    source: `${DOCS}/overview/handling-errors.rst`,
    status: 422,
    body: error(422, 'Unprocessable Entity', 'The amount is higher than the maximum', 'amount'),
    expected: failed('invalid_request', null, 'amount', 'never'),
  },
  {
    name: '422 the description is missing',
    source: `${SPEC} /v2/payments POST 422`,
    status: 422,
    body: error(422, 'Unprocessable Entity', "The 'description' field is missing", 'description'),
    expected: failed('invalid_request', null, 'form', 'never', SHOP_SETUP),
  },
  {
    name: '422 a card token that cannot be used',
    source: 'mollie/mollie-api-php#767',
    status: 422,
    body: error(422, 'Unprocessable Entity', 'The card token cannot be used for this payment.', 'cardToken'),
    expected: failed(
      'invalid_request',
      'token_already_used',
      'form',
      'never',
      stripe(400, { type: 'invalid_request_error', code: 'token_already_used' }),
    ),
  },
  {
    name: '422 the payment method is not enabled',
    source: 'zwaldeck/mollie#61 (a raw body)',
    status: 422,
    body: error(422, 'Unprocessable Entity', 'The payment method is not enabled in your website profile', 'method'),
    expected: failed('invalid_request', null, 'form', 'never', SHOP_SETUP),
  },
  {
    name: '401 Unauthorized Request',
    source: `${DOCS}/overview/handling-errors.rst (a request with test_deliberately_invalid_key)`,
    status: 401,
    body: error(401, 'Unauthorized Request', 'Missing authentication, or failed to authenticate'),
    expected: failed('authentication', null, 'form', 'never', stripe(401, { type: 'invalid_request_error', code: 'api_key_expired' })),
  },
  {
    name: '404 no such payment',
    source: `${DOCS}/overview/handling-errors.rst`,
    status: 404,
    body: error(404, 'Not Found', 'No payment exists with token tr_I_dont_exist.'),
    expected: failed('not_found', null, 'form', 'never', stripe(404, { type: 'invalid_request_error', code: 'resource_missing' })),
  },
  {
    name: '409 another request with this Idempotency-Key is still processing',
    source: 'mollie/mollie-api-python tests/responses/conflict_error.json (coordinated with Mollie, mollie-api-python#299)',
    status: 409,
    body: error(409, 'Conflict', 'Another request with this Idempotency-Key is already being processed.'),
    expected: failed('conflict', null, 'form', 'auto', stripe(409, { type: 'idempotency_error', code: 'idempotency_key_in_use' })),
  },
  {
    name: '429 Too Many Requests',
    source: `${SPEC} components.responses.429-rate-limit`,
    status: 429,
    body: error(429, 'Too Many Requests', 'You have exceeded the rate limit. Please slow down your requests.'),
    expected: failed('rate_limit', null, 'form', 'cooldown', stripe(429, { type: 'rate_limit_error', code: 'rate_limit' })),
  },
  {
    name: '503 the payment platform is unavailable',
    source: `${SPEC} /v2/payments POST 503`,
    status: 503,
    body: error(503, 'Service Unavailable', 'Payment platform for this payment method temporarily not available'),
    expected: failed('api', null, 'form', 'auto', stripe(503, { type: 'api_error' })),
  },
  {
    name: '422 with extra.failureReason (the Components flow until 2021-09)',
    source: `${DOCS}/guides/mollie-components/handling-errors.rst @6023728c`,
    status: 422,
    body: {
      ...error(422, 'Unprocessable Entity', 'The card has insufficient funds'),
      extra: {
        failureReason: 'insufficient_funds',
        failureMessage: 'Der Kontostand Ihrer Kreditkarte ist unzureichend. Bitte verwenden Sie eine andere Karte.',
      },
    },
    expected: declined('insufficient_funds'),
  },
  {
    name: 'mollie-api-node’s ApiError (statusCode from the body’s status)',
    source: 'mollie/mollie-api-node src/errors/ApiError.ts createFromResponse',
    synthetic: true,
    status: null,
    body: {
      name: 'ApiError',
      message: 'The amount is required for payments',
      title: 'Unprocessable Entity',
      statusCode: 422,
      field: 'amount',
      links: docsLink,
    },
    expected: failed('invalid_request', null, 'amount', 'never'),
  },
  reason('insufficient_funds', `${DOCS}/components/handling-errors.rst (the German example)`, declined('insufficient_funds')),
  {
    name: 'a failed card payment: authentication_failed (live, nl_NL)',
    source: `${SPEC} paths./v2/payments.get.responses.200 (a list example)`,
    status: 200,
    body: {
      ...molliePayment('failed'),
      mode: 'live',
      locale: 'nl_NL',
      details: {
        cardNumber: '9996',
        cardSecurity: '3dsecure',
        failureReason: 'authentication_failed',
        failureMessage: '3-D Secure authenticatie is gefaald.',
      },
    },
    expected: declined('authentication_required', 'authenticate'),
  },
  reason(
    'invalid_card_number',
    `${TESTING}: 1001.00`,
    failed('card', 'incorrect_number', 'cardNumber', 'never', card('incorrect_number')),
    true,
  ),
  reason('invalid_cvv', `${TESTING}: 1002.00`, failed('card', 'incorrect_cvc', 'cardCvc', 'never', card('incorrect_cvc')), true),
  reason('card_expired', `${TESTING}: 1004.00`, failed('card', 'expired_card', 'cardExpiry', 'never', card('expired_card')), true),
  reason('invalid_card_type', `${TESTING}: 1005.00`, declined('card_not_supported'), true),
  reason('refused_by_issuer', `${TESTING}: 1006.00`, declined('generic_decline'), true),
  reason('inactive_card', `${TESTING}: 1008.00`, declined('invalid_account'), true),
  reason('possible_fraud', `${TESTING}: 1009.00 (reveals nothing)`, declined('fraudulent', 'never', 'generic_decline'), true),
  reason('card_declined', `${TESTING}: 1011.00`, declined('generic_decline'), true),
  {
    name: 'a canceled card payment',
    source: `${SPEC} /v2/payments GET 200`,
    status: 200,
    body: {
      resource: 'payment',
      id: 'tr_2yGeVFFBdW',
      mode: 'live',
      method: 'creditcard',
      amount: { value: '45.00', currency: 'EUR' },
      status: 'canceled',
      canceledAt: '2021-12-09T12:19:26+00:00',
    },
    expected: failed('aborted', null, 'form', 'never', {
      status: null,
      body: { name: 'AbortError', message: 'The operation was aborted.' },
    }),
  },
  {
    name: 'an expired card payment',
    source: `${SPEC} /v2/payments GET 200`,
    status: 200,
    body: {
      resource: 'payment',
      id: 'tr_8N2vfqD9Q9',
      mode: 'test',
      method: 'creditcard',
      amount: { value: '10.00', currency: 'EUR' },
      status: 'expired',
      expiredAt: '2021-12-22T09:06:02+00:00',
    },
    expected: failed('aborted', null, 'form', 'never', {
      status: null,
      body: { name: 'AbortError', message: 'The operation was aborted.' },
    }),
  },
];

/** Mollie's payments that did not fail, and the outcome the kit must read. */
export const mollieResults: readonly ProviderResult[] = [
  {
    name: 'open, with a checkout link for 3-D Secure (a Components card token)',
    source: `${DOCS}/components/overview.rst`,
    status: 201,
    body: {
      resource: 'payment',
      id: 'tr_7UhSN1zuXS',
      mode: 'test',
      amount: { value: '10.00', currency: 'EUR' },
      status: 'open',
      details: { cardToken: 'tkn_UqAvArS3gw' },
      _links: {
        self: { href: 'https://api.mollie.com/v2/payments/tr_7UhSN1zuXS', type: 'application/json' },
        checkout: { href: 'https://pay.mollie.com/authenticate/b47ef2ce1d3bea2ddadf3895080d1d4c', type: 'text/html' },
      },
    },
    expected: { outcome: 'requires_action' },
  },
  {
    name: 'paid',
    source: `${SPEC} /v2/settlements/{id}/chargebacks GET`,
    status: 200,
    body: { ...molliePayment('paid'), id: 'tr_8bVBhk2qs4' },
    expected: { outcome: 'succeeded' },
  },
  {
    name: 'authorized (manual capture)',
    source: `${SPEC} payment-status`,
    status: 200,
    body: molliePayment('authorized'),
    expected: { outcome: 'succeeded' },
  },
  {
    name: 'pending (a recurring SEPA payment)',
    source: `${SPEC} /v2/payments POST 201`,
    status: 201,
    body: { resource: 'payment', id: 'tr_DjH8FpPNj7', mode: 'test', method: 'directdebit', status: 'pending', sequenceType: 'recurring' },
    expected: { outcome: 'pending' },
  },
  {
    name: 'failed',
    source: `${DOCS}/components/handling-errors.rst`,
    status: 200,
    body: molliePayment('failed', 'insufficient_funds'),
    expected: { outcome: 'failed' },
  },
];
