// Braintree's server answers that failed, as Braintree's own repositories publish them, each
// labelled with where it was published and what the kit must make of it: the GraphQL API's here,
// braintree_node's results in ./braintreeNode.ts, the answers that did not fail in
// ./braintreeResults.ts, braintree-web's errors in ./braintreeWeb.ts. Bodies marked synthetic are
// built from the schema or an SDK's types where no record was found. Plain data: no import of the kit.

import { braintreeNodeBodies } from './braintreeNode.js';
import {
  ANDROID,
  braintreeCharge,
  CHECK_DETAILS,
  declinedEvent,
  gql,
  gqlError,
  invalid,
  NODE,
  NODE_TESTS,
  RAILS,
  rejectedEvent,
  SCHEMA,
  WEB,
} from './braintreeShapes.js';
import { card, declined, failed, type ProviderBody, SHOP_SETUP, stripe } from './expected.js';

export { braintreeResults } from './braintreeResults.js';
export { braintreeWebErrors } from './braintreeWeb.js';

/** Braintree's GraphQL answers that failed. */
const graphqlBodies: readonly ProviderBody[] = [
  {
    name: 'GraphQL tokenizeCreditCard: expiry month, expiry year and CVV verification (81712, 81713, 81736)',
    source: `${ANDROID} ERRORS_GRAPHQL_CREDIT_CARD_ERROR`,
    note: 'The first error is the primary; 81736 (CVV or AVS) goes to the form as "check your card details".',
    status: 200,
    body: gql({ tokenizeCreditCard: null }, [
      gqlError('Expiration month is invalid', {
        errorType: 'user_error',
        legacyCode: '81712',
        inputPath: ['input', 'creditCard', 'expirationMonth'],
      }),
      gqlError('Expiration year is invalid', {
        errorType: 'user_error',
        legacyCode: '81713',
        inputPath: ['input', 'creditCard', 'expirationYear'],
      }),
      gqlError('CVV verification failed', { errorType: 'user_error', legacyCode: '81736', inputPath: ['input', 'creditCard', 'cvv'] }),
    ]),
    expected: invalid('invalid_expiry_month', 'cardExpiry'),
  },
  {
    name: 'GraphQL CVV verification failed alone (81736: CVV or AVS)',
    source: `${ANDROID} ERRORS_GRAPHQL_CREDIT_CARD_ERROR (its third error alone)`,
    status: 200,
    body: gql({ tokenizeCreditCard: null }, [
      gqlError('CVV verification failed', {
        errorType: 'user_error',
        errorClass: 'VALIDATION',
        legacyCode: '81736',
        inputPath: ['input', 'creditCard', 'cvv'],
      }),
    ]),
    expected: CHECK_DETAILS,
  },
  {
    name: 'GraphQL duplicate card in the vault (81724)',
    source: `${ANDROID} ERRORS_GRAPHQL_CREDIT_CARD_DUPLICATE_ERROR`,
    note: 'The shop’s failOnDuplicatePaymentMethod setting: no field of the shopper’s is wrong.',
    status: 200,
    body: {
      errors: [
        {
          message: 'Duplicate card exists in the vault',
          locations: [{ line: 2, column: 3 }],
          path: ['tokenizeCreditCard'],
          extensions: {
            errorClass: 'VALIDATION',
            errorType: 'user_error',
            inputPath: ['input', 'creditCard', 'number'],
            legacyCode: '81724',
          },
        },
      ],
      data: { tokenizeCreditCard: 'null' },
      extensions: { requestId: '3521c97e-a420-47f4-a8ef-a8cefb0fa635' },
    },
    expected: failed('invalid_request', null, 'cardNumber', 'never'),
  },
  {
    name: 'GraphQL chargePaymentMethod: unknown or expired payment method (91565)',
    source: `${RAILS} mock_transaction_validation_error`,
    status: 200,
    body: gql(
      { chargePaymentMethod: null },
      [
        gqlError(
          'Unknown or expired payment method ID.',
          {
            errorType: 'user_error',
            errorClass: 'VALIDATION',
            legacyCode: '91565',
            inputPath: ['input', 'transaction', 'singleUseTokenId'],
          },
          ['chargePaymentMethod'],
        ),
      ],
      'ghi-request-789-id',
    ),
    expected: failed(
      'validation',
      'token_already_used',
      'form',
      'never',
      stripe(400, { type: 'invalid_request_error', code: 'token_already_used' }),
    ),
  },
  {
    name: 'GraphQL developer error: validation with a tokenization key (50000)',
    source: `${ANDROID} ERRORS_GRAPHQL_VALIDATION_NOT_ALLOWED_ERROR`,
    status: 200,
    body: gql(
      { tokenizeCreditCard: null },
      [
        gqlError('Validation is not supported for requests authorized with a tokenization key.', {
          errorType: 'developer_error',
          legacyCode: '50000',
          inputPath: ['input', 'options', 'validate'],
        }),
      ],
      '07d4e050-0d8b-4118-a2cb-1539ce0a1777',
    ),
    expected: failed('invalid_request', null, 'form', 'never', SHOP_SETUP),
  },
  {
    name: 'GraphQL query error without extensions (a coercion error)',
    source: `${RAILS} mock_transaction_graphql_error`,
    status: 200,
    body: {
      data: null,
      errors: [
        {
          message: "Variable 'amount' has an invalid value. Values of type Amount must contain exactly 0, 2 or 3 decimal places.",
          locations: [{ line: 1, column: 11 }],
        },
      ],
      extensions: { requestId: 'jkl-request-012-id' },
    },
    expected: failed('invalid_request', null, 'form', 'never', SHOP_SETUP),
  },
  {
    name: 'GraphQL NOT_FOUND',
    source: `${WEB} test/vault-manager/unit/vault-manager.js`,
    status: 200,
    body: gql(null, [
      gqlError('Record not found', { errorType: 'user_error', errorClass: 'NOT_FOUND', inputPath: ['input', 'singleUseTokenId'] }, [
        'deletePaymentMethodFromSingleUseToken',
      ]),
    ]),
    expected: failed('not_found', null, 'form', 'never'),
  },
  {
    name: 'GraphQL AUTHENTICATION (a bad API key)',
    source: `${NODE} lib/braintree/graphql/graphql.js (errorClass AUTHENTICATION → AuthenticationError)`,
    synthetic: true,
    status: 200,
    body: gql(null, [gqlError('Authentication failed', { errorClass: 'AUTHENTICATION' }, ['chargePaymentMethod'])]),
    expected: failed('authentication', null, 'form', 'never', stripe(401, { type: 'invalid_request_error', code: 'api_key_expired' })),
  },
  {
    name: 'GraphQL RESOURCE_LIMIT',
    source: `${NODE} lib/braintree/graphql/graphql.js (errorClass RESOURCE_LIMIT → TooManyRequestsError)`,
    synthetic: true,
    status: 200,
    body: gql(null, [gqlError('Too many requests', { errorClass: 'RESOURCE_LIMIT' }, ['chargePaymentMethod'])]),
    expected: failed('rate_limit', null, 'form', 'cooldown', stripe(429, { type: 'rate_limit_error', code: 'rate_limit' })),
  },
  {
    name: 'GraphQL INTERNAL on a charge (HTTP 200: not resent by the kit)',
    source: `${NODE} lib/braintree/graphql/graphql.js (errorClass INTERNAL → ServerError)`,
    synthetic: true,
    note: 'Braintree’s GraphQL API takes no idempotency key: a charge that failed inside may have gone through, so only the shopper may try again.',
    status: 200,
    body: gql(null, [gqlError('An internal error occurred', { errorClass: 'INTERNAL' }, ['chargePaymentMethod'])]),
    expected: failed('api', null, 'form', 'shopper'),
  },
  {
    name: 'GraphQL a request with this key still in flight (915233), a VALIDATION error and no 409',
    source: `${NODE} lib/braintree/validation_error_codes.js (ApiRequestKeyIsInFlight); the message is not published`,
    synthetic: true,
    status: 200,
    body: gql({ chargePaymentMethod: null }, [
      gqlError(
        'Request with this key is in flight',
        { errorClass: 'VALIDATION', legacyCode: '915233', inputPath: ['input', 'transaction'] },
        ['chargePaymentMethod'],
      ),
    ]),
    expected: failed('conflict', null, 'form', 'auto', stripe(409, { type: 'idempotency_error', code: 'idempotency_key_in_use' })),
  },
  {
    name: 'GraphQL charge PROCESSOR_DECLINED 2000 Do Not Honor (soft)',
    source: `${SCHEMA} (TransactionPayload, ProcessorDeclinedEvent); 2000 soft from ${NODE_TESTS} "handles processor soft declines"`,
    synthetic: true,
    status: 200,
    body: braintreeCharge(declinedEvent('2000', 'Do Not Honor', 'SOFT')),
    expected: declined('do_not_honor'),
  },
  {
    name: 'GraphQL transaction PROCESSOR_DECLINED 2001 Insufficient Funds (flat processorResponse)',
    source: `${RAILS} mock_processor_decline_fetched_transaction`,
    status: 200,
    body: gql(
      {
        transaction: {
          id: 'spaceodyssey',
          amount: { value: '2001.00', currencyIsoCode: 'USD' },
          status: 'PROCESSOR_DECLINED',
          gatewayRejectionReason: null,
          processorResponse: { legacyCode: '2001', message: 'Insufficient Funds' },
        },
      },
      undefined,
      'def-request-456-id',
    ),
    expected: declined('insufficient_funds'),
  },
  {
    name: 'GraphQL charge PROCESSOR_DECLINED 2046 Declined (soft, unlisted: try later)',
    source: `${SCHEMA} ProcessorDeclinedEvent.declineType; the text "2046 : Declined" from ${NODE_TESTS}`,
    synthetic: true,
    status: 200,
    body: braintreeCharge(declinedEvent('2046', 'Declined', 'SOFT')),
    expected: {
      ...declined('generic_decline', 'shopper'),
      stripeEquivalent: card('card_declined', { decline_code: 'generic_decline', advice_code: 'try_again_later' }),
    },
  },
  {
    name: 'GraphQL charge GATEWAY_REJECTED CVV',
    source: `${SCHEMA} GatewayRejectedEvent ("the AVS and CVV responses may be the reason for the rejection")`,
    synthetic: true,
    status: 200,
    body: braintreeCharge(rejectedEvent('CVV')),
    expected: failed('card', 'incorrect_cvc', 'cardCvc', 'never', card('incorrect_cvc')),
  },
  {
    name: 'GraphQL charge GATEWAY_REJECTED FRAUD',
    source: `${SCHEMA} GatewayRejectionReason`,
    synthetic: true,
    status: 200,
    body: braintreeCharge(rejectedEvent('FRAUD')),
    expected: declined('fraudulent', 'never', 'generic_decline'),
  },
];

/** Braintree's server answers that failed (GraphQL, then braintree_node), and what the kit must make of each. */
export const braintreeBodies: readonly ProviderBody[] = [...graphqlBodies, ...braintreeNodeBodies];
