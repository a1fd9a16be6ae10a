// The shapes and sources the Braintree fixtures share: where each was published, Braintree's
// GraphQL and braintree_node answers as builders, and the Stripe bodies some must read like.
// Plain data: no import of the kit.
import { card, failed, type ProviderExpected } from './expected.js';

export const ANDROID = 'braintree/braintree_android TestUtils/src/main/java/com/braintreepayments/api/testutils/Fixtures.kt @6c32508';
export const RAILS = 'braintree/braintree_graphql_rails_example spec/support/mock_data.rb @ff0760d';
export const SCHEMA = 'braintree/graphql-api schema.graphql @2252d47';
export const NODE_TESTS = 'braintree/braintree_node @7a9270a test/integration/braintree/transaction_gateway_spec.js';
export const NODE = 'braintree/braintree_node @7a9270a';
export const WEB = 'braintree/braintree-web @ebc775d';

/** Stripe's "check your card details" (a decline with advice code confirm_card_data). */
export const CHECK_DETAILS: ProviderExpected = {
  kind: 'card',
  code: 'card_declined',
  field: 'form',
  retryMode: 'never',
  stripeEquivalent: card('card_declined', { advice_code: 'confirm_card_data' }),
};
/** A validation error the kit words as Stripe's same code. */
export const invalid = (code: string, field: string, stripeCode = code): ProviderExpected =>
  failed('validation', code, field, 'never', card(stripeCode));

export const gqlError = (message: string, extensions: Record<string, unknown> | undefined, path = ['tokenizeCreditCard']) => ({
  message,
  locations: [{ line: 1, column: 66 }],
  path,
  ...(extensions ? { extensions } : {}),
});
export const gql = (data: unknown, errors: unknown[] | undefined, requestId = 'de1f7c67-4861-455f-89bb-1d208915f270') => ({
  data,
  ...(errors ? { errors } : {}),
  extensions: { requestId },
});
/** A GraphQL charge answer with the transaction as given. */
export const braintreeCharge = (transaction: Record<string, unknown>) =>
  gql({ chargePaymentMethod: { clientMutationId: 'order-123-attempt-1', transaction } }, undefined, '5f5d7b4e-0b0f-4c1a-9f38-2a1a7c0e9d11');
export const declinedEvent = (legacyCode: string, message: string, declineType: 'SOFT' | 'HARD') => ({
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
export const rejectedEvent = (reason: string) => ({
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
