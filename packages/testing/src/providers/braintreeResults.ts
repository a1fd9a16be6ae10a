// Braintree's answers that did not fail (GraphQL and braintree_node), and the outcome the kit
// must read. Plain data: no import of the kit.

import { braintreeCharge, declinedEvent, gql, NODE, SCHEMA } from './braintreeShapes.js';
import type { ProviderResult } from './expected.js';

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
