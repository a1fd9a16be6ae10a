// Square's answers (Payments API errors, payments, the Node SDK's errors) as Square's spec, docs,
// SDK and forum threads and ActiveMerchant's recorded sandbox fixtures publish them, each labelled
// with where it was published and what the kit must make of it. The HTTP status of a decline is not
// documented (a 400 is seen): these carry 400. Plain data: no import of the kit.
import { card, declined, failed, type ProviderBody, type ProviderResult, SHOP_SETUP, stripe } from './expected.js';

const SPEC = 'square/connect-api-specification api.json';
const DOCS = 'https://developer.squareup.com/docs/payments-api/error-codes';
const SANDBOX = 'mglaman/commerce_square tests/src/Kernel/SquareApiIntegrationTest.php (run against the sandbox)';
const FORUM = 'https://developer.squareup.com/forums';

const err = (code: string, detail: string, category = 'PAYMENT_METHOD_ERROR', field?: string) => ({
  code,
  detail,
  category,
  ...(field ? { field } : {}),
});
const auth = (code: string) => err(code, `Authorization error: '${code}'`);
/** CreatePayment's answer to a decline: the errors and the FAILED payment. */
export const squareDecline = (...errors: ReturnType<typeof err>[]) => ({
  errors,
  payment: {
    id: 'L1QyP8sCp1H4jHEVvWpkCeSCIePZY',
    amount_money: { amount: 200, currency: 'USD' },
    status: 'FAILED',
    source_type: 'CARD',
    card_details: {
      status: 'FAILED',
      card: { card_brand: 'VISA', last_4: '0002', exp_month: 3, exp_year: 2030, bin: '400000' },
      entry_method: 'KEYED',
      errors,
    },
    location_id: '2VTFVYA3M00KE',
  },
});

/** Square's failures, and what the kit must make of each. */
export const squareBodies: readonly ProviderBody[] = [
  {
    name: 'GENERIC_DECLINE with its FAILED payment (sandbox card …0002)',
    source:
      'activemerchant/active_merchant test/unit/gateways/square_test.rb unsuccessful_purchase_response (recorded from the sandbox; abridged)',
    status: 400,
    body: squareDecline(auth('GENERIC_DECLINE')),
    expected: declined('generic_decline'),
  },
  {
    name: 'GENERIC_DECLINE in production',
    source: 'square/connect-csharp-sdk#142 (a production log, truncated by its reporter)',
    status: 400,
    body: {
      errors: [auth('GENERIC_DECLINE')],
      payment: {
        id: 'XyZ',
        status: 'FAILED',
        source_type: 'CARD',
        card_details: { status: 'FAILED', card: { card_brand: 'AMERICAN_EXPRESS', last_4: '1001' } },
      },
    },
    expected: declined('generic_decline'),
  },
  {
    name: 'GENERIC_DECLINE of a Cash App payment',
    source: 'square/web-payments-quickstart#129 (sandbox)',
    status: 400,
    body: {
      errors: [auth('GENERIC_DECLINE')],
      payment: { id: '__ID__', status: 'FAILED', source_type: 'WALLET', wallet_details: { status: 'FAILED', brand: 'CASH_APP' } },
    },
    expected: declined('generic_decline'),
  },
  {
    name: 'INSUFFICIENT_FUNDS',
    source: `${DOCS} (the page's own example)`,
    status: 400,
    body: { errors: [auth('INSUFFICIENT_FUNDS')] },
    expected: declined('insufficient_funds'),
  },
  {
    name: 'INSUFFICIENT_FUNDS on a gift card, with GIFT_CARD_AVAILABLE_AMOUNT',
    source: DOCS,
    status: 400,
    body: {
      errors: [
        err('INSUFFICIENT_FUNDS', 'Gift card does not have sufficient balance for requested amount.'),
        err('GIFT_CARD_AVAILABLE_AMOUNT', '4494'),
      ],
    },
    expected: declined('insufficient_funds'),
  },
  {
    name: 'CVV_FAILURE (nonce cnon:card-nonce-rejected-cvv)',
    source: SANDBOX,
    status: 400,
    body: squareDecline(auth('CVV_FAILURE')),
    expected: failed('card', 'incorrect_cvc', 'cardCvc', 'never', card('incorrect_cvc')),
  },
  {
    name: 'ADDRESS_VERIFICATION_FAILURE (nonce cnon:card-nonce-rejected-postalcode)',
    source: SANDBOX,
    status: 400,
    body: squareDecline(auth('ADDRESS_VERIFICATION_FAILURE')),
    expected: failed('card', 'incorrect_zip', 'postalCode', 'never', card('incorrect_zip')),
  },
  {
    name: 'INVALID_EXPIRATION (nonce cnon:card-nonce-rejected-expiration)',
    source: SANDBOX,
    status: 400,
    body: squareDecline(auth('INVALID_EXPIRATION')),
    expected: failed('card', 'invalid_expiry_year', 'cardExpiry', 'never', card('invalid_expiry_year')),
  },
  {
    name: 'PAN_FAILURE (a test card number in production)',
    source: 'square/connect-php-sdk#140 (HTTP 400)',
    status: 400,
    body: { errors: [auth('PAN_FAILURE')] },
    expected: failed('card', 'incorrect_number', 'cardNumber', 'never', card('incorrect_number')),
  },
  {
    name: 'CARD_DECLINED_VERIFICATION_REQUIRED (the buyer must verify: 3-D Secure)',
    source: 'square/connect-api-examples#314',
    status: 400,
    body: { errors: [auth('CARD_DECLINED_VERIFICATION_REQUIRED')] },
    expected: declined('authentication_required', 'authenticate'),
  },
  {
    name: 'CARD_TOKEN_USED',
    source: `${FORUM}/t/invalid-request-error-card-token-used/1437 (production)`,
    status: 400,
    body: { errors: [err('CARD_TOKEN_USED', 'Card nonce already used; please request new nonce.', 'INVALID_REQUEST_ERROR')] },
    expected: failed(
      'invalid_request',
      'token_already_used',
      'form',
      'never',
      stripe(400, { type: 'invalid_request_error', code: 'token_already_used' }),
    ),
  },
  {
    name: 'CARD_TOKEN_USED after a decline, with a new idempotency key',
    source: `${FORUM}/t/how-to-request-a-new-nonce/28419`,
    status: 400,
    body: {
      errors: [
        err(
          'CARD_TOKEN_USED',
          'Card nonce already used with a different idempotency key; please request new nonce.',
          'INVALID_REQUEST_ERROR',
        ),
      ],
    },
    expected: failed(
      'invalid_request',
      'token_already_used',
      'form',
      'never',
      stripe(400, { type: 'invalid_request_error', code: 'token_already_used' }),
    ),
  },
  {
    name: 'NOT_FOUND: a sandbox nonce sent to production',
    source: 'square/in-app-payments-flutter-plugin#66 (HTTP 404)',
    status: 404,
    body: { errors: [err('NOT_FOUND', 'Card nonce not found', 'INVALID_REQUEST_ERROR')] },
    expected: failed('not_found', null, 'form', 'never', stripe(404, { type: 'invalid_request_error', code: 'resource_missing' })),
  },
  {
    name: 'INVALID_CARD_DATA on source_id',
    source: 'square/square-nodejs-sdk#200',
    status: 400,
    body: { errors: [err('INVALID_CARD_DATA', 'Invalid card data.', 'INVALID_REQUEST_ERROR', 'source_id')] },
    expected: failed('invalid_request', 'incorrect_number', 'cardNumber', 'never', card('incorrect_number')),
  },
  {
    name: 'EXPECTED_STRING on source_id (the shop’s request)',
    source: 'square/connect-nodejs-sdk#71 (HTTP 400)',
    status: 400,
    body: { errors: [err('EXPECTED_STRING', 'Expected a string value (line 1, character 14)', 'INVALID_REQUEST_ERROR', 'source_id')] },
    expected: failed('invalid_request', null, 'form', 'never', SHOP_SETUP),
  },
  {
    name: 'GENERIC_DECLINE beside CVV_FAILURE: the generic decline wins',
    source: `${SPEC} ("The errors array can return multiple errors" [DOCS]); the pair as a third party’s classifier tests feed it`,
    synthetic: true,
    status: 400,
    body: squareDecline(auth('CVV_FAILURE'), auth('GENERIC_DECLINE')),
    expected: declined('generic_decline'),
  },
  {
    name: 'RATE_LIMITED',
    source: `${SPEC} ErrorCategory RATE_LIMIT_ERROR ("monitor responses for 429 RATE_LIMITED errors")`,
    synthetic: true,
    status: 429,
    body: { errors: [err('RATE_LIMITED', 'Rate limited.', 'RATE_LIMIT_ERROR')] },
    expected: failed('rate_limit', null, 'form', 'cooldown', stripe(429, { type: 'rate_limit_error', code: 'rate_limit' })),
  },
  {
    name: 'UNAUTHORIZED',
    source: `${SPEC} ErrorCode UNAUTHORIZED (401 in the 2020 spec)`,
    synthetic: true,
    status: 401,
    body: { errors: [err('UNAUTHORIZED', 'This request could not be authorized.', 'AUTHENTICATION_ERROR')] },
    expected: failed('authentication', null, 'form', 'never', stripe(401, { type: 'invalid_request_error', code: 'api_key_expired' })),
  },
  {
    name: 'IDEMPOTENCY_KEY_REUSED: the key came back with another request',
    source: `${SPEC} ErrorCode IDEMPOTENCY_KEY_REUSED`,
    synthetic: true,
    status: 400,
    body: {
      errors: [
        err('IDEMPOTENCY_KEY_REUSED', 'The idempotency key can only be retried with the same request data.', 'INVALID_REQUEST_ERROR'),
      ],
    },
    expected: failed('idempotency', null, 'form', 'shopper', stripe(400, { type: 'idempotency_error' })),
  },
  {
    name: 'square-nodejs-sdk’s SquareError around a CVV_FAILURE',
    source: 'square/square-nodejs-sdk src/errors/SquareError.ts (statusCode, body, errors)',
    synthetic: true,
    status: null,
    body: {
      name: 'SquareError',
      message: 'Status code: 400',
      statusCode: 400,
      errors: [auth('CVV_FAILURE')],
      body: squareDecline(auth('CVV_FAILURE')),
    },
    expected: failed('card', 'incorrect_cvc', 'cardCvc', 'never', card('incorrect_cvc')),
  },
];

/** Square's payments that did not fail, and the outcome the kit must read. */
export const squareResults: readonly ProviderResult[] = [
  {
    name: 'COMPLETED (captured)',
    source: `${SPEC} components.schemas.CreatePaymentResponse.example`,
    status: 200,
    body: {
      payment: { id: 'R2B3Z8WMVt3EAmzYWLZvz7Y69EbZY', status: 'COMPLETED', source_type: 'CARD', card_details: { status: 'CAPTURED' } },
    },
    expected: { outcome: 'succeeded' },
  },
  {
    name: 'APPROVED (authorized, delayed capture)',
    source: `${SPEC} components.schemas.UpdatePaymentResponse.example`,
    status: 200,
    body: { payment: { id: 'R2B3Z8WMVt3EAmzYWLZvz7Y69EbZY', status: 'APPROVED', card_details: { status: 'AUTHORIZED' } } },
    expected: { outcome: 'succeeded' },
  },
  {
    name: 'PENDING',
    source: `${SPEC} Payment.status`,
    status: 200,
    body: { payment: { id: 'R2B3Z8WMVt3EAmzYWLZvz7Y69EbZY', status: 'PENDING' } },
    expected: { outcome: 'pending' },
  },
  {
    name: 'CANCELED (voided)',
    source: `${SPEC} components.schemas.CancelPaymentResponse.example`,
    status: 200,
    body: { payment: { id: 'R2B3Z8WMVt3EAmzYWLZvz7Y69EbZY', status: 'CANCELED', card_details: { status: 'VOIDED' } } },
    expected: { outcome: 'failed' },
  },
];
