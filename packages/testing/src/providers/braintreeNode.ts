// braintree_node's results for a failed transaction or verification, as its tests and a logged
// sandbox call show them, and what the kit must make of each. Plain data: no import of the kit.

import { braintreeNodeResult, CHECK_DETAILS, NODE, NODE_TESTS } from './braintreeShapes.js';
import { card, declined, failed, type ProviderBody, SHOP_SETUP } from './expected.js';

/** braintree_node's failed results. */
export const braintreeNodeBodies: readonly ProviderBody[] = [
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
