// PayPal's 2xx order answers that did not fail, or that a kit must not book as paid, and the
// outcome the kit must read. Plain data: no import of the kit.
import type { ProviderResult } from './expected.js';
import { CARD_TESTING, PAYPAL_SPEC, paypalCapture, TS_SDK } from './paypalShapes.js';

/** PayPal's 2xx order answers and the outcome the kit must read. */
export const paypalResults: readonly ProviderResult[] = [
  {
    name: 'COMPLETED, its capture COMPLETED',
    source: `${TS_SDK} doc/models/order-status.md, capture-status.md`,
    status: 201,
    body: paypalCapture('COMPLETED', '0000'),
    expected: { outcome: 'succeeded' },
  },
  {
    name: 'COMPLETED, its capture PENDING',
    source: `${TS_SDK} doc/models/capture-status.md`,
    status: 201,
    body: paypalCapture('PENDING', null),
    expected: { outcome: 'pending' },
  },
  {
    name: 'COMPLETED, its capture DECLINED',
    source: CARD_TESTING,
    status: 201,
    body: paypalCapture('DECLINED', '5400'),
    expected: { outcome: 'failed' },
  },
  {
    name: 'COMPLETED without its payments (Prefer: return=minimal)',
    source: `${PAYPAL_SPEC} components.parameters.prefer`,
    note: 'Says nothing of the capture: not booked as paid.',
    status: 201,
    body: {
      id: '5O190127TN364715T',
      status: 'COMPLETED',
      links: [{ href: 'https://api.paypal.com/v2/checkout/orders/5O190127TN364715T', rel: 'self', method: 'GET' }],
    },
    expected: { outcome: 'pending' },
  },
  {
    name: 'PAYER_ACTION_REQUIRED with a payer-action link (3D Secure)',
    source:
      'paypal/paypal-checkout-components src/three-domain-secure/component.test.js; the helios link as paypal-android’s demo shows it',
    status: 201,
    body: {
      id: '5O190127TN364715T',
      status: 'PAYER_ACTION_REQUIRED',
      payment_source: { card: { last_digits: '0002', brand: 'VISA' } },
      links: [
        { href: 'https://api.sandbox.paypal.com/v2/checkout/orders/5O190127TN364715T', rel: 'self', method: 'GET' },
        {
          href: 'https://www.sandbox.paypal.com/webapps/helios?action=verify&flow=3ds&cart_id=5O190127TN364715T',
          rel: 'payer-action',
          method: 'GET',
        },
      ],
    },
    expected: { outcome: 'requires_action' },
  },
  {
    name: 'CREATED (create order)',
    source: `${TS_SDK} doc/models/order-status.md`,
    status: 201,
    body: { id: '5O190127TN364715T', status: 'CREATED', links: [] },
    expected: { outcome: 'pending' },
  },
  {
    name: 'APPROVED',
    source: `${TS_SDK} doc/models/order-status.md`,
    status: 200,
    body: { id: '5O190127TN364715T', status: 'APPROVED' },
    expected: { outcome: 'pending' },
  },
  {
    name: 'COMPLETED, an authorization CREATED (intent AUTHORIZE)',
    source: `${PAYPAL_SPEC} components.schemas.authorization_status`,
    status: 201,
    body: {
      id: '5O190127TN364715T',
      status: 'COMPLETED',
      purchase_units: [{ payments: { authorizations: [{ id: '0AW2184448108334S', status: 'CREATED' }] } }],
    },
    expected: { outcome: 'succeeded' },
  },
  {
    name: 'COMPLETED, an authorization DENIED',
    source: `${PAYPAL_SPEC} components.schemas.authorization_status ("PayPal cannot authorize funds")`,
    status: 201,
    body: {
      id: '5O190127TN364715T',
      status: 'COMPLETED',
      purchase_units: [{ payments: { authorizations: [{ id: '0AW2184448108334S', status: 'DENIED' }] } }],
    },
    expected: { outcome: 'failed' },
  },
  {
    name: 'VOIDED',
    source: `${TS_SDK} doc/models/order-status.md`,
    status: 200,
    body: { id: '5O190127TN364715T', status: 'VOIDED' },
    expected: { outcome: 'failed' },
  },
];
