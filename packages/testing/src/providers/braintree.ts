// Braintree's answers (GraphQL API errors and transactions, braintree_node results, braintree-web's
// BraintreeError and the client gateway's bodies) as Braintree's own repositories publish them,
// each labelled with where it was published and what the kit must make of it. Bodies marked
// synthetic are built from the schema or an SDK's types where no record was found. Plain data:
// no import of the kit.
import { card, declined, failed, type ProviderBody, type ProviderExpected, type ProviderResult, SHOP_SETUP, stripe } from './expected.js';

const ANDROID = 'braintree/braintree_android TestUtils/src/main/java/com/braintreepayments/api/testutils/Fixtures.kt @6c32508';
const RAILS = 'braintree/braintree_graphql_rails_example spec/support/mock_data.rb @ff0760d';
const SCHEMA = 'braintree/graphql-api schema.graphql @2252d47';
const NODE_TESTS = 'braintree/braintree_node @7a9270a test/integration/braintree/transaction_gateway_spec.js';
const NODE = 'braintree/braintree_node @7a9270a';
const WEB = 'braintree/braintree-web @ebc775d';

/** Stripe's "check your card details" (a decline with advice code confirm_card_data). */
const CHECK_DETAILS: ProviderExpected = {
  kind: 'card',
  code: 'card_declined',
  field: 'form',
  retryMode: 'never',
  stripeEquivalent: card('card_declined', { advice_code: 'confirm_card_data' }),
};
/** A validation error the kit words as Stripe's same code. */
const invalid = (code: string, field: string, stripeCode = code): ProviderExpected =>
  failed('validation', code, field, 'never', card(stripeCode));

const gqlError = (message: string, extensions: Record<string, unknown> | undefined, path = ['tokenizeCreditCard']) => ({
  message,
  locations: [{ line: 1, column: 66 }],
  path,
  ...(extensions ? { extensions } : {}),
});
const gql = (data: unknown, errors: unknown[] | undefined, requestId = 'de1f7c67-4861-455f-89bb-1d208915f270') => ({
  data,
  ...(errors ? { errors } : {}),
  extensions: { requestId },
});
/** A GraphQL charge answer with the transaction as given. */
export const braintreeCharge = (transaction: Record<string, unknown>) =>
  gql({ chargePaymentMethod: { clientMutationId: 'order-123-attempt-1', transaction } }, undefined, '5f5d7b4e-0b0f-4c1a-9f38-2a1a7c0e9d11');
const declinedEvent = (legacyCode: string, message: string, declineType: 'SOFT' | 'HARD') => ({
  id: 'dHJhbnNhY3Rpb25fYWJjMTIz',
  legacyId: 'abc123',
  status: 'PROCESSOR_DECLINED',
  statusHistory: [
    {
      __typename: 'ProcessorDeclinedEvent',
      status: 'PROCESSOR_DECLINED',
      declineType,
      terminal: true,
      processorResponse: {
        legacyCode,
        message,
        cvvResponse: 'MATCHES',
        avsPostalCodeResponse: 'MATCHES',
        avsStreetAddressResponse: 'NOT_PROVIDED',
      },
    },
  ],
});
const rejectedEvent = (reason: string) => ({
  id: 'dHJhbnNhY3Rpb25fZGVmNDU2',
  status: 'GATEWAY_REJECTED',
  statusHistory: [
    {
      __typename: 'GatewayRejectedEvent',
      status: 'GATEWAY_REJECTED',
      gatewayRejectionReason: reason,
      processorResponse: { legacyCode: '1000', message: 'Approved' },
    },
  ],
});
/** braintree_node's ErrorResponse for a declined or rejected transaction (camel-cased, as the SDK gives it). */
export const braintreeNodeResult = (transaction: Record<string, unknown>, message: string) => ({
  success: false,
  message,
  errors: { validationErrors: {}, errorCollections: {} },
  params: { transaction: { type: 'sale', amount: '2000.00', paymentMethodNonce: 'fake-valid-nonce' } },
  transaction: {
    id: 'h8k3cq9z',
    amount: '2000.00',
    gatewayRejectionReason: null,
    cvvResponseCode: 'M',
    avsPostalCodeResponseCode: 'M',
    avsStreetAddressResponseCode: 'M',
    avsErrorResponseCode: null,
    statusHistory: [
      { timestamp: '2026-11-30T10:00:00Z', status: transaction.status, amount: '2000.00', user: 'merchant', transactionSource: 'api' },
    ],
    ...transaction,
  },
});

/** Braintree's server answers that failed, and what the kit must make of each. */
export const braintreeBodies: readonly ProviderBody[] = [
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
  {
    name: 'braintree_node processor_declined 2000 (soft_declined)',
    source: `${NODE_TESTS} "handles processor soft declines"`,
    status: null,
    body: braintreeNodeResult(
      {
        status: 'processor_declined',
        processorResponseCode: '2000',
        processorResponseText: 'Do Not Honor',
        processorResponseType: 'soft_declined',
        additionalProcessorResponse: '2000 : Do Not Honor',
      },
      'Do Not Honor',
    ),
    expected: declined('do_not_honor'),
  },
  {
    name: 'braintree_node processor_declined 2015 Transaction Not Allowed (hard_declined)',
    source: `${NODE_TESTS} "handles processor hard declines"`,
    status: null,
    body: braintreeNodeResult(
      {
        status: 'processor_declined',
        processorResponseCode: '2015',
        processorResponseText: 'Transaction Not Allowed',
        processorResponseType: 'hard_declined',
        additionalProcessorResponse: '2015 : Transaction Not Allowed',
      },
      'Transaction Not Allowed',
    ),
    expected: declined('transaction_not_allowed'),
  },
  {
    name: 'braintree_node processor_declined 2004 Expired Card',
    source: `${NODE_TESTS} (the refund hard decline "2004 : Expired Card")`,
    status: null,
    body: braintreeNodeResult(
      {
        status: 'processor_declined',
        processorResponseCode: '2004',
        processorResponseText: 'Expired Card',
        processorResponseType: 'hard_declined',
      },
      'Expired Card',
    ),
    expected: failed('card', 'expired_card', 'cardExpiry', 'never', card('expired_card')),
  },
  {
    name: 'braintree_node processor_declined 2014 Fraud Suspected (reveals nothing)',
    source: 'the processor response table ([RESP] in the dialect), through a third party’s copy',
    synthetic: true,
    status: null,
    body: braintreeNodeResult(
      {
        status: 'processor_declined',
        processorResponseCode: '2014',
        processorResponseText: 'Processor Declined - Fraud Suspected',
        processorResponseType: 'hard_declined',
      },
      'Processor Declined - Fraud Suspected',
    ),
    expected: declined('fraudulent', 'never', 'generic_decline'),
  },
  {
    name: 'braintree_node gateway_rejected fraud',
    source: `${NODE} lib/braintree/transaction.js GatewayRejectionReason.Fraud; braintree_ruby transaction_spec.rb (card 4000111111111511)`,
    status: null,
    body: braintreeNodeResult(
      { status: 'gateway_rejected', gatewayRejectionReason: 'fraud', processorResponseCode: null },
      'Gateway Rejected: fraud',
    ),
    expected: declined('fraudulent', 'never', 'generic_decline'),
  },
  {
    name: 'braintree_node gateway_rejected risk_threshold',
    source: `${NODE_TESTS} (card 4111130000000003, nonce fake-gateway-rejected-risk-thresholds-nonce)`,
    status: null,
    body: braintreeNodeResult({ status: 'gateway_rejected', gatewayRejectionReason: 'risk_threshold' }, 'Gateway Rejected: risk_threshold'),
    expected: declined('fraudulent', 'never', 'generic_decline'),
  },
  {
    name: 'braintree_node gateway_rejected avs_and_cvv',
    source: 'braintree/braintree_ruby spec/integration/braintree/transaction_spec.rb (postal code 20000 with CVV 200)',
    status: null,
    body: braintreeNodeResult(
      { status: 'gateway_rejected', gatewayRejectionReason: 'avs_and_cvv', cvvResponseCode: 'N', avsPostalCodeResponseCode: 'N' },
      'Gateway Rejected: avs_and_cvv',
    ),
    expected: CHECK_DETAILS,
  },
  {
    name: 'braintree_node gateway_rejected duplicate',
    source: `${NODE} lib/braintree/transaction.js GatewayRejectionReason.Duplicate`,
    status: null,
    body: braintreeNodeResult({ status: 'gateway_rejected', gatewayRejectionReason: 'duplicate' }, 'Gateway Rejected: duplicate'),
    expected: declined('duplicate_transaction'),
  },
  {
    name: 'braintree_node failed 3000 Processor Network Unavailable',
    source: `${NODE_TESTS} (the 3000 text); the sandbox amount 3000.00 answers "failed"`,
    status: null,
    body: braintreeNodeResult(
      {
        status: 'failed',
        processorResponseCode: '3000',
        processorResponseText: 'Processor Network Unavailable - Try Again',
        processorResponseType: 'soft_declined',
      },
      'Processor Network Unavailable - Try Again',
    ),
    expected: failed('card', 'processing_error', 'form', 'shopper', card('processing_error')),
  },
  {
    name: 'braintree_node card verification processor_declined 2000',
    source: `${NODE} test/integration/braintree/credit_card_verification_gateway_spec.js (card 4000111111111115)`,
    status: null,
    body: {
      success: false,
      message: 'Do Not Honor',
      verification: {
        status: 'processor_declined',
        processorResponseCode: '2000',
        processorResponseText: 'Do Not Honor',
        processorResponseType: 'soft_declined',
      },
    },
    expected: declined('do_not_honor'),
  },
  {
    name: 'braintree_node ErrorResponse of validation errors only (the request’s own amount and merchant account)',
    source:
      'a serialized braintree_node ErrorResponse from a live sandbox call, in the code index (file 42247794946; repository not shown)',
    note: 'braintree_node keeps the collection behind methods: the shop’s own request, no retry. params (echoing the request) is never read.',
    status: null,
    body: {
      errors: {
        validationErrors: {},
        errorCollections: {
          transaction: {
            validationErrors: { amount: [{ attribute: 'amount', code: '81503', message: 'Amount is an invalid format.' }] },
            errorCollections: {},
          },
        },
      },
      params: { transaction: { amount: '0c', creditCard: { number: '4111111111111111', expirationMonth: 'c' }, type: 'sale' } },
      message: 'Amount is an invalid format.',
      success: false,
    },
    expected: failed('invalid_request', null, 'form', 'never', SHOP_SETUP),
  },
];

/** Braintree's answers that did not fail, and the outcome the kit must read. */
export const braintreeResults: readonly ProviderResult[] = [
  {
    name: 'GraphQL charge SUBMITTED_FOR_SETTLEMENT',
    source: `${SCHEMA} PaymentStatus`,
    status: 200,
    body: braintreeCharge({ id: 'dHJhbnNhY3Rpb25fYWJj', status: 'SUBMITTED_FOR_SETTLEMENT' }),
    expected: { outcome: 'succeeded' },
  },
  {
    name: 'GraphQL authorize AUTHORIZED',
    source: `${SCHEMA} PaymentStatus`,
    status: 200,
    body: gql({ authorizePaymentMethod: { transaction: { id: 'dHJhbnNhY3Rpb25fYWJj', status: 'AUTHORIZED' } } }, undefined),
    expected: { outcome: 'succeeded' },
  },
  {
    name: 'GraphQL charge AUTHORIZING',
    source: `${SCHEMA} PaymentStatus`,
    status: 200,
    body: braintreeCharge({ id: 'dHJhbnNhY3Rpb25fYWJj', status: 'AUTHORIZING' }),
    expected: { outcome: 'pending' },
  },
  {
    name: 'GraphQL charge VOIDED (never paid)',
    source: `${SCHEMA} PaymentStatus`,
    status: 200,
    body: braintreeCharge({ id: 'dHJhbnNhY3Rpb25fYWJj', status: 'VOIDED' }),
    expected: { outcome: 'pending' },
  },
  {
    name: 'GraphQL charge PROCESSOR_DECLINED',
    source: `${SCHEMA} PaymentStatus`,
    status: 200,
    body: braintreeCharge(declinedEvent('2001', 'Insufficient Funds', 'HARD')),
    expected: { outcome: 'failed' },
  },
  {
    name: 'braintree_node sale submitted_for_settlement',
    source: `${NODE} lib/braintree/transaction.js Status`,
    status: 200,
    body: {
      success: true,
      transaction: {
        id: 'h8k3cq9z',
        status: 'submitted_for_settlement',
        processorResponseCode: '1000',
        processorResponseText: 'Approved',
        processorResponseType: 'approved',
      },
    },
    expected: { outcome: 'succeeded' },
  },
  {
    name: 'braintree_node sale settlement_declined',
    source: `${NODE} lib/braintree/transaction.js Status`,
    status: 200,
    body: {
      success: false,
      message: 'Settlement Declined',
      transaction: { id: 'h8k3cq9z', status: 'settlement_declined', processorResponseCode: '4001' },
    },
    expected: { outcome: 'failed' },
  },
];

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
