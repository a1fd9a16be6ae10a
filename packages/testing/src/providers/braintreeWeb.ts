// braintree-web's errors in the browser (BraintreeError, the client gateway's field errors), as
// braintree-web's own sources and tests and braintree_android's fixtures show them, and what the
// kit must make of each. Plain data: no import of the kit.

import { ANDROID, CHECK_DETAILS, gqlError, WEB } from './braintreeShapes.js';
import { card, failed, type ProviderBody, SHOP_SETUP, stripe } from './expected.js';

/** braintree-web's errors in the browser, and what the kit must make of each. */
export const braintreeWebErrors: readonly ProviderBody[] = [
  {
    name: 'HOSTED_FIELDS_FIELDS_INVALID: number and cvv',
    source: `${WEB} src/hosted-fields/shared/errors.js; internal/index.js (details.invalidFieldKeys)`,
    status: null,
    body: {
      name: 'BraintreeError',
      code: 'HOSTED_FIELDS_FIELDS_INVALID',
      message: 'Some payment input fields are invalid. Cannot tokenize invalid card fields.',
      type: 'CUSTOMER',
      details: { invalidFieldKeys: ['number', 'cvv'], invalidFields: { number: {}, cvv: {} } },
    },
    expected: failed('validation', 'invalid_number', 'cardNumber', 'never', {
      status: null,
      body: { error: { type: 'validation_error', code: 'invalid_number' } },
    }),
  },
  {
    name: 'HOSTED_FIELDS_FIELDS_EMPTY',
    source: `${WEB} src/hosted-fields/shared/errors.js`,
    status: null,
    body: {
      name: 'BraintreeError',
      code: 'HOSTED_FIELDS_FIELDS_EMPTY',
      message: 'All fields are empty. Cannot tokenize empty card fields.',
      type: 'CUSTOMER',
    },
    expected: failed('validation', 'incomplete_number', 'cardNumber', 'never', {
      status: null,
      body: { error: { type: 'validation_error', code: 'incomplete_number' } },
    }),
  },
  {
    name: 'HOSTED_FIELDS_TOKENIZATION_CVV_VERIFICATION_FAILED (81736: CVV or AVS)',
    source: `${WEB} test/hosted-fields/unit/internal/index.js (tokenizeRepliesWith)`,
    status: null,
    body: {
      name: 'BraintreeError',
      type: 'CUSTOMER',
      code: 'HOSTED_FIELDS_TOKENIZATION_CVV_VERIFICATION_FAILED',
      message: 'CVV verification failed during tokenization.',
      details: { originalError: { fieldErrors: [{ fieldErrors: [{ code: '81736', field: 'cvv', message: 'cvv verification failed' }] }] } },
    },
    expected: CHECK_DETAILS,
  },
  {
    name: 'HOSTED_FIELDS_TOKENIZATION_FAIL_ON_DUPLICATE',
    source: `${WEB} test/hosted-fields/unit/internal/index.js (81724 "Already in vault")`,
    status: null,
    body: {
      name: 'BraintreeError',
      type: 'CUSTOMER',
      code: 'HOSTED_FIELDS_TOKENIZATION_FAIL_ON_DUPLICATE',
      message: "This credit card already exists in the merchant's vault.",
      details: { originalError: { fieldErrors: [{ fieldErrors: [{ code: '81724', field: 'creditCard', message: 'Already in vault' }] }] } },
    },
    expected: failed('invalid_request', null, 'form', 'never'),
  },
  {
    name: 'HOSTED_FIELDS_FAILED_TOKENIZATION wrapping a 422 with expiry errors',
    source: `${WEB} src/hosted-fields/internal/index.js formatTokenizationError; the body as ${ANDROID} ERRORS_GRAPHQL_CREDIT_CARD_ERROR turned into field errors by src/client/request/graphql/adapters/error.js`,
    synthetic: true,
    status: null,
    body: {
      name: 'BraintreeError',
      type: 'CUSTOMER',
      code: 'HOSTED_FIELDS_FAILED_TOKENIZATION',
      message: 'The supplied card data failed tokenization.',
      details: {
        originalError: {
          name: 'BraintreeError',
          code: 'CLIENT_REQUEST_ERROR',
          type: 'NETWORK',
          message: 'There was a problem with your request.',
          details: {
            httpStatus: 422,
            originalError: {
              error: { message: 'Credit card is invalid' },
              fieldErrors: [
                {
                  field: 'creditCard',
                  fieldErrors: [
                    { code: '81712', field: 'expirationMonth', message: 'Expiration month is invalid' },
                    { code: '81713', field: 'expirationYear', message: 'Expiration year is invalid' },
                  ],
                },
              ],
            },
          },
        },
      },
    },
    expected: failed('validation', 'invalid_expiry_month', 'cardExpiry', 'never', card('invalid_expiry_month')),
  },
  {
    name: 'HOSTED_FIELDS_TOKENIZATION_NETWORK_ERROR (a 5xx)',
    source: `${WEB} test/hosted-fields/unit/internal/index.js`,
    status: null,
    body: {
      name: 'BraintreeError',
      type: 'NETWORK',
      code: 'HOSTED_FIELDS_TOKENIZATION_NETWORK_ERROR',
      message: 'A tokenization network error occurred.',
      details: { originalError: { message: 'boom' } },
    },
    expected: failed('network', null, 'form', 'auto', { status: null, body: { name: 'TypeError', message: 'Failed to fetch' } }),
  },
  {
    name: 'CLIENT_AUTHORIZATION_INVALID (an expired client token)',
    source: `${WEB} src/client/errors.js`,
    status: null,
    body: {
      name: 'BraintreeError',
      type: 'MERCHANT',
      code: 'CLIENT_AUTHORIZATION_INVALID',
      message:
        'Either the client token has expired and a new one should be generated or the tokenization key has been deactivated or deleted.',
      details: { httpStatus: 401 },
    },
    expected: failed('authentication', null, 'form', 'never', stripe(401, { type: 'invalid_request_error', code: 'api_key_expired' })),
  },
  {
    name: 'CLIENT_RATE_LIMITED',
    source: `${WEB} src/client/errors.js`,
    status: null,
    body: {
      name: 'BraintreeError',
      type: 'MERCHANT',
      code: 'CLIENT_RATE_LIMITED',
      message: 'You are being rate-limited; please try again in a few minutes.',
      details: { httpStatus: 429 },
    },
    expected: failed('rate_limit', null, 'form', 'cooldown', stripe(429, { type: 'rate_limit_error', code: 'rate_limit' })),
  },
  {
    name: 'CLIENT_GRAPHQL_REQUEST_ERROR wrapping GraphQL’s errors array',
    source: `${WEB} src/client/client.js (details.originalError is the GraphQL errors array); the errors from ${ANDROID}`,
    synthetic: true,
    status: null,
    body: {
      name: 'BraintreeError',
      type: 'NETWORK',
      code: 'CLIENT_GRAPHQL_REQUEST_ERROR',
      message: 'There was a problem with your request.',
      details: {
        originalError: [
          gqlError('CVV must be 4 digits for American Express and 3 digits for other card types.', {
            errorClass: 'VALIDATION',
            legacyCode: '81707',
            inputPath: ['input', 'creditCard', 'cvv'],
          }),
        ],
      },
    },
    expected: failed('validation', 'invalid_cvc', 'cardCvc', 'never', card('invalid_cvc')),
  },
  {
    name: 'HOSTED_FIELDS_INVALID_FIELD_SELECTOR (the shop’s setup)',
    source: `${WEB} src/hosted-fields/shared/errors.js`,
    status: null,
    body: {
      name: 'BraintreeError',
      type: 'MERCHANT',
      code: 'HOSTED_FIELDS_INVALID_FIELD_SELECTOR',
      message: 'Selector does not reference a valid DOM node.',
      details: { fieldSelector: '#cc-number', fieldKey: 'number' },
    },
    expected: failed('invalid_request', null, 'form', 'never', SHOP_SETUP),
  },
  {
    name: 'HOSTED_FIELDS_TIMEOUT (setup timed out)',
    source: `${WEB} src/hosted-fields/shared/errors.js`,
    status: null,
    body: {
      name: 'BraintreeError',
      type: 'UNKNOWN',
      code: 'HOSTED_FIELDS_TIMEOUT',
      message: 'Hosted Fields timed out when attempting to set up.',
    },
    expected: failed('timeout', null, 'form', 'auto', { status: null, body: { name: 'TimeoutError', message: 'signal timed out' } }),
  },
  {
    name: 'client gateway: duplicate card (81724)',
    source: `${ANDROID} ERRORS_CREDIT_CARD_DUPLICATE`,
    status: 422,
    body: {
      error: { message: 'Credit card is invalid' },
      fieldErrors: [
        { field: 'creditCard', fieldErrors: [{ field: 'number', message: 'Duplicate card exists in the vault.', code: '81724' }] },
      ],
    },
    expected: failed('invalid_request', null, 'cardNumber', 'never'),
  },
  {
    name: 'client gateway: field errors without codes',
    source: `${ANDROID} ERRORS_COMPLEX_ERROR_RESPONSE`,
    status: 422,
    body: {
      error: { message: 'Credit card is invalid' },
      fieldErrors: [
        {
          field: 'creditCard',
          fieldErrors: [
            { field: 'expirationYear', message: 'Expiration year is invalid' },
            { field: 'number', message: 'Credit card number is required' },
            { field: 'base', message: 'Credit card must include number, payment_method_nonce, or venmo_sdk_payment_method_code' },
          ],
        },
        { field: 'customer', message: 'is invalid' },
      ],
    },
    expected: failed('validation', 'invalid_expiry_year', 'cardExpiry', 'never', card('invalid_expiry_year')),
  },
];
