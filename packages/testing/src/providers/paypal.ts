// PayPal's answers that failed (Orders v2 errors, 201 orders whose capture was declined, OAuth
// failures) as PayPal's specification, docs and server SDK publish them, or as recorded in public
// issue threads, each labelled with where it was published and what the kit must make of it; the
// answers that did not fail are in ./paypalResults.ts. Plain data: no import of the kit.
import { card, declined, failed, type ProviderBody, SERVER, SHOP_SETUP, stripe } from './expected.js';
import {
  CARD_TESTING,
  DOCS_ERRORS,
  envelope,
  info,
  issue,
  NEGATIVE,
  PAYPAL_SPEC,
  paypalCapture,
  paypalCardTriggers,
  TS_SDK,
  UNPROCESSABLE,
} from './paypalShapes.js';

export { paypalResults } from './paypalResults.js';
export { paypalCapture, paypalCardTriggers } from './paypalShapes.js';

/** PayPal error bodies and 201 declined captures, and what the kit must make of each. */
export const paypalBodies: readonly ProviderBody[] = [
  {
    name: '422 CARD_EXPIRED on create order',
    source: `${DOCS_ERRORS} (the same sample on developer.paypal.com/api/rest/integration/orders-api/errors)`,
    status: 422,
    body: envelope(
      'UNPROCESSABLE_ENTITY',
      UNPROCESSABLE,
      '866780170332c',
      [issue('CARD_EXPIRED', 'The card is expired.', '/payment_source/card/expiry')],
      [info('CARD_EXPIRED')],
    ),
    expected: failed('invalid_request', 'expired_card', 'cardExpiry', 'never', card('expired_card')),
  },
  {
    name: '400 INVALID_PARAMETER_VALUE, echoing the value sent',
    source: DOCS_ERRORS,
    note: 'The pointer names no shopper field: the form is told to check its details, as Stripe words parameter_invalid on an unknown param.',
    status: 400,
    body: envelope('INVALID_REQUEST', 'Request is not well-formed, syntactically incorrect, or violates schema.', '10398537340c8', [
      {
        field: '/payment_source/paypal/attributes/vault/usage_pattern',
        value: 'IMM3DI4T3',
        location: 'body',
        issue: 'INVALID_PARAMETER_VALUE',
        description: 'A parameter value is not valid.',
      },
    ]),
    expected: failed(
      'invalid_request',
      'parameter_invalid',
      'form',
      'never',
      stripe(400, { type: 'invalid_request_error', code: 'parameter_invalid' }),
    ),
  },
  {
    name: '403 NOT_AUTHORIZED: the payee may not sell donations',
    source: DOCS_ERRORS,
    status: 403,
    body: envelope('NOT_AUTHORIZED', 'Authorization failed due to insufficient permissions.', '90957fca61718', [
      issue(
        'PERMISSION_DENIED_FOR_DONATION_ITEMS',
        "The API Caller or Payee have not been granted appropriate permissions to send 'items.category' as 'DONATION'. Please speak to your account manager if you want to process these type of items.",
      ),
    ]),
    expected: failed('permission', null, 'form', 'never', stripe(403, { type: 'invalid_request_error' })),
  },
  {
    name: '500 INTERNAL_SERVER_ERROR (no details)',
    source: `${PAYPAL_SPEC} components.schemas.error_500.example`,
    status: 500,
    body: envelope('INTERNAL_SERVER_ERROR', 'An internal server error occurred.', '90957fca61718', undefined, [
      info('INTERNAL_SERVER_ERROR'),
    ]),
    expected: failed('api', null, 'form', 'auto', SERVER),
  },
  {
    name: '503 SERVICE_UNAVAILABLE with the legacy information_link',
    source: `${PAYPAL_SPEC} components.schemas.error_503.example`,
    status: 503,
    body: {
      name: 'SERVICE_UNAVAILABLE',
      message: 'Service Unavailable.',
      debug_id: '90957fca61718',
      information_link: 'https://developer.paypal.com/docs/api/orders/v2/#error-SERVICE_UNAVAILABLE',
    },
    expected: failed('api', null, 'form', 'auto', stripe(503, { type: 'api_error' })),
  },
  {
    name: '429 RATE_LIMIT_REACHED',
    source: 'woocommerce/woocommerce-paypal-payments#2739 (a live log)',
    status: 429,
    body: { name: 'RATE_LIMIT_REACHED', debug_id: 'b48425300e393', message: 'Too many requests. Blocked due to rate limiting.', links: [] },
    expected: failed('rate_limit', null, 'form', 'cooldown', stripe(429, { type: 'rate_limit_error', code: 'rate_limit' })),
  },
  {
    name: '422 three INCOMPATIBLE_PARAMETER_VALUE details on a vaulted card',
    source: 'a public integration note in the code index (file 13634053833; repository not shown): real-world, unofficial',
    note: 'debug_id added (the record cut it); the issue is the shop request’s.',
    status: 422,
    body: envelope('UNPROCESSABLE_ENTITY', UNPROCESSABLE, 'f1d3a44b2e1c0', [
      issue(
        'INCOMPATIBLE_PARAMETER_VALUE',
        'The value of the field is incompatible/redundant with other fields in the order.',
        '/payment_source/card/vault_id',
      ),
      issue(
        'INCOMPATIBLE_PARAMETER_VALUE',
        'The value of the field is incompatible/redundant with other fields in the order.',
        '/payment_source/card/expiry',
      ),
      issue(
        'INCOMPATIBLE_PARAMETER_VALUE',
        'The value of the field is incompatible/redundant with other fields in the order.',
        '/payment_source/card/billing_address',
      ),
    ]),
    expected: failed('invalid_request', null, 'form', 'never', SHOP_SETUP),
  },
  {
    name: '422 whose only issue is UNPROCESSABLE_ENTITY',
    source: 'woocommerce/woocommerce-paypal-payments#4271 (card fields, confirm-payment-source)',
    status: 422,
    body: envelope('UNPROCESSABLE_ENTITY', UNPROCESSABLE, 'f589295ab1cd2', [issue('UNPROCESSABLE_ENTITY', 'UNPROCESSABLE_ENTITY')]),
    expected: failed('invalid_request', null, 'form', 'never', SHOP_SETUP),
  },
  {
    name: '422 PAYER_ACTION_REQUIRED on capture',
    source: 'shopware/shopware#6213 (a live log; the second link’s rel was cut, "payer-action" assumed)',
    status: 422,
    body: envelope(
      'UNPROCESSABLE_ENTITY',
      UNPROCESSABLE,
      '35c51b9b0f872',
      [issue('PAYER_ACTION_REQUIRED', 'Payer needs to perform the following action before proceeding with payment.')],
      [
        {
          href: 'https://developer.paypal.com/api/rest/reference/orders/v2/errors/#PAYER_ACTION_REQUIRED',
          rel: 'information_link',
          method: 'GET',
        },
        { href: 'https://www.paypal.com/checkoutnow?token=60Y51610VJ7878022', rel: 'payer-action', method: 'GET' },
      ],
    ),
    expected: declined('authentication_required', 'authenticate'),
  },
  {
    name: '422 INSTRUMENT_DECLINED on capture',
    source: 'paypal/paypal-smart-payment-buttons#489 (a PayPal engineer’s body) and a test fixture in the code index (file 12926555382)',
    status: 422,
    body: envelope(
      'UNPROCESSABLE_ENTITY',
      UNPROCESSABLE,
      'f7707100bc347',
      [
        issue(
          'INSTRUMENT_DECLINED',
          "The instrument presented  was either declined by the processor or bank, or it can't be used for this payment.",
        ),
      ],
      [
        {
          rel: 'information_link',
          href: 'https://developer.paypal.com/api/rest/reference/orders/v2/errors/#INSTRUMENT_DECLINED',
          method: 'GET',
        },
        { rel: 'redirect', href: 'https://www.sandbox.paypal.com/checkoutnow?token=1LW07307UP276402J', method: 'GET' },
      ],
    ),
    expected: declined('generic_decline'),
  },
  {
    name: '422 TRANSACTION_REFUSED (negative testing)',
    source: `${NEGATIVE}; paypal-examples/docs-examples advanced-integration/v1/server/server.js mocks it on capture`,
    synthetic: true,
    status: 422,
    body: envelope('UNPROCESSABLE_ENTITY', UNPROCESSABLE, 'a1b2c3d4e5f60', [issue('TRANSACTION_REFUSED', 'The request was refused.')]),
    expected: declined('generic_decline'),
  },
  {
    name: '422 TRANSACTION_BLOCKED_BY_PAYEE (the payee’s fraud settings)',
    source: `${PAYPAL_SPEC} components.schemas["orders.capture-422"] (the issue and its description)`,
    synthetic: true,
    status: 422,
    body: envelope('UNPROCESSABLE_ENTITY', UNPROCESSABLE, 'c0ffee1234567', [
      issue('TRANSACTION_BLOCKED_BY_PAYEE', 'Transaction blocked by Payee’s Fraud Protection settings.'),
    ]),
    expected: declined('merchant_blacklist', 'never', 'generic_decline'),
  },
  {
    name: '422 COMPLIANCE_VIOLATION',
    source: `${PAYPAL_SPEC} components.schemas["orders.capture-422"]`,
    synthetic: true,
    status: 422,
    body: envelope('UNPROCESSABLE_ENTITY', UNPROCESSABLE, 'c0ffee7654321', [
      issue('COMPLIANCE_VIOLATION', 'Transaction is declined due to compliance violation.'),
    ]),
    expected: declined('security_violation', 'never', 'generic_decline'),
  },
  {
    name: '422 DUPLICATE_INVOICE_ID (negative testing)',
    source: NEGATIVE,
    synthetic: true,
    status: 422,
    body: envelope('UNPROCESSABLE_ENTITY', UNPROCESSABLE, 'd00d1234abcd5', [
      issue(
        'DUPLICATE_INVOICE_ID',
        'Duplicate Invoice ID detected. To avoid a potential duplicate transaction your account setting requires that Invoice Id be unique for each transaction.',
      ),
    ]),
    expected: declined('duplicate_transaction'),
  },
  {
    name: '422 INVALID_SECURITY_CODE_LENGTH on the security code',
    source: `${PAYPAL_SPEC} components.schemas["orders.confirm-422"]; the pointer as RFC 6901 names payment_source.card.security_code`,
    synthetic: true,
    status: 422,
    body: envelope('UNPROCESSABLE_ENTITY', UNPROCESSABLE, 'e11e1234abcd6', [
      {
        field: '/payment_source/card/security_code',
        value: '12',
        location: 'body',
        issue: 'INVALID_SECURITY_CODE_LENGTH',
        description: 'The security_code length is invalid for the specified card brand.',
      },
    ]),
    expected: failed('invalid_request', 'invalid_cvc', 'cardCvc', 'never', card('invalid_cvc')),
  },
  {
    name: '400 MISSING_REQUIRED_PARAMETER on the billing postal code',
    source: `${PAYPAL_SPEC} components.schemas["400"]`,
    synthetic: true,
    status: 400,
    body: envelope('INVALID_REQUEST', 'Request is not well-formed, syntactically incorrect, or violates schema.', 'f00d1234abcd7', [
      issue('MISSING_REQUIRED_PARAMETER', 'A required field / parameter is missing.', '/payment_source/card/billing_address/postal_code'),
    ]),
    expected: failed(
      'invalid_request',
      'parameter_missing',
      'postalCode',
      'never',
      stripe(400, { type: 'invalid_request_error', code: 'parameter_missing', param: 'postal_code' }),
    ),
  },
  {
    name: '422 ORDER_COMPLETION_IN_PROGRESS: PayPal is still capturing',
    source: `${PAYPAL_SPEC} components.schemas["orders.capture-422"] ("Please try your request again")`,
    synthetic: true,
    status: 422,
    body: envelope('UNPROCESSABLE_ENTITY', UNPROCESSABLE, 'abad1234abcd8', [
      issue('ORDER_COMPLETION_IN_PROGRESS', 'The order was created with processing_instruction of ORDER_COMPLETE_ON_PAYMENT_APPROVAL.'),
    ]),
    expected: failed('conflict', null, 'form', 'auto', stripe(409, { type: 'idempotency_error', code: 'idempotency_key_in_use' })),
  },
  {
    name: '401 invalid_client from the OAuth token endpoint',
    source: 'paypal/PayPal-PHP-SDK#916 (also paypal/PayPal-Java-SDK#373)',
    status: 401,
    body: { error: 'invalid_client', error_description: 'Client Authentication failed' },
    expected: failed('authentication', null, 'form', 'never', stripe(401, { type: 'invalid_request_error', code: 'api_key_expired' })),
  },
  {
    name: '401 invalid_token on create order',
    source: 'paypal-examples/docs-examples#148',
    status: 401,
    body: { error: 'invalid_token', error_description: 'Token signature verification failed' },
    expected: failed('authentication', null, 'form', 'never', stripe(401, { type: 'invalid_request_error', code: 'api_key_expired' })),
  },
  {
    name: 'the TypeScript server SDK’s CustomError around a 422 CARD_EXPIRED',
    source: `${TS_SDK} src/errors/customError.ts (an ApiError: statusCode, headers, result, body)`,
    synthetic: true,
    status: null,
    body: {
      name: 'CustomError',
      message: 'Response status code was not ok: 422.',
      statusCode: 422,
      headers: { 'paypal-debug-id': '866780170332c' },
      result: envelope('UNPROCESSABLE_ENTITY', UNPROCESSABLE, '866780170332c', [
        issue('CARD_EXPIRED', 'The card is expired.', '/payment_source/card/expiry'),
      ]),
      body: JSON.stringify(
        envelope('UNPROCESSABLE_ENTITY', UNPROCESSABLE, '866780170332c', [
          issue('CARD_EXPIRED', 'The card is expired.', '/payment_source/card/expiry'),
        ]),
      ),
    },
    expected: failed('invalid_request', 'expired_card', 'cardExpiry', 'never', card('expired_card')),
  },
  ...paypalCardTriggers.map(
    (trigger): ProviderBody => ({
      name: `201 COMPLETED order, capture DECLINED ${trigger.responseCode} (${trigger.name}: ${trigger.meaning})`,
      source: `${CARD_TESTING} (the order and capture as the page shows them; the response code per trigger)`,
      note: 'The amount and links are reconstructed from the spec’s capture schema.',
      status: 201,
      body: paypalCapture('DECLINED', trigger.responseCode),
      expected: trigger.expected,
    }),
  ),
];
