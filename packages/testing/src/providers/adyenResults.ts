// Recorded 2xx Adyen results that are no refusals, and the outcome the kit must read. Plain data.
import { type AdyenResult, JAVA, OAS } from './adyenExpected.js';

/** Recorded 2xx /payments and /payments/details results that are not refusals. */
export const adyenResults: readonly AdyenResult[] = [
  {
    name: 'Authorised card payment',
    source: `${OAS} components.examples["post-payments-card-direct-200"]`,
    status: 200,
    body: {
      additionalData: {
        cvcResult: '1 Matches',
        authCode: '044925',
        avsResult: '4 AVS not supported for this card type',
        avsResultRaw: '4',
        cvcResultRaw: 'M',
        refusalReasonRaw: 'AUTHORISED',
        acquirerCode: 'TestPmmAcquirer',
        acquirerReference: '8PQMP9VEP3H',
      },
      pspReference: '993617895204576J',
      resultCode: 'Authorised',
      merchantReference: 'string',
    },
    expected: { outcome: 'succeeded' },
  },
  {
    name: 'Authorised after a redirect (/payments/details)',
    source: `${OAS} components.examples["post-payments-details-00.redirect-200"]`,
    status: 200,
    body: { resultCode: 'Authorised', pspReference: 'V4HZ4RBFJGXXGN82' },
    expected: { outcome: 'succeeded' },
  },
  {
    name: 'Received (Multibanco)',
    source:
      'Adyen/adyen-node-api-library src/__mocks__/checkout/paymentsResultMultibancoSuccess.ts @4f810936fe2c5de6419469530e60c99dcbb85f55',
    status: 200,
    body: {
      additionalData: { 'comprafacil.deadline': '3', 'comprafacil.reference': '123 123 123', paymentMethod: 'multibanco' },
      pspReference: '8111111111111111',
      resultCode: 'Received',
    },
    note: 'Abridged: additionalData keeps 3 of 8 entries.',
    expected: { outcome: 'pending' },
  },
  {
    name: 'Pending with a qrCode action (bcmc_mobile)',
    source: `${JAVA} src/test/resources/mocks/checkout/paymentResponseBcmcMobile.json @dab636d395f1ee7146c20ae97e7c312f822ac63b`,
    status: 200,
    body: {
      resultCode: 'Pending',
      action: {
        paymentData: 'Ab02b4c0!BQABAgCpM2q6...==',
        paymentMethodType: 'bcmc_mobile',
        url: 'BEPGenApp://DoTx?TransId=1bcmc-test.adyen.com/pal/bep$P5FOT6N55HYZNXVPFDGIHEJC',
        qrCodeData: 'BEP://1bcmc-test.adyen.com/pal/test',
        type: 'qrCode',
      },
    },
    expected: { outcome: 'requires_action' },
  },
  {
    name: 'IdentifyShopper with a threeDS2 fingerprint action',
    source: `${OAS} components.examples["post-payments-card-3d-secure-2-web-200"]`,
    status: 200,
    body: {
      resultCode: 'IdentifyShopper',
      action: {
        paymentData: 'Ab02b4c0!BQABAgCuZFJrQOjSsl\\/zt+...',
        paymentMethodType: 'scheme',
        authorisationToken: 'Ab02b4c0!BQABAgAvrX03p...',
        subtype: 'fingerprint',
        token: 'eyJ0aHJlZURTTWV0aG9kTm90aWZpY...',
        type: 'threeDS2',
      },
    },
    expected: { outcome: 'requires_action' },
  },
  {
    name: 'ChallengeShopper with a threeDS2 challenge action',
    source: `${JAVA} src/test/resources/mocks/checkout/paymentDetailsResponseThreeDS2Action.json @861c2a34705b99794a6407c695f58d9c34a13a85`,
    status: 200,
    body: {
      resultCode: 'ChallengeShopper',
      action: {
        paymentData: '...',
        paymentMethodType: 'card',
        authorisationToken: '...',
        subtype: 'challenge',
        token: 'eyJhY3NSZWZlcmVuY2VOdW1iZXIiOiJBRF...',
        type: 'threeDS2',
      },
    },
    expected: { outcome: 'requires_action' },
  },
  {
    name: 'RedirectShopper with a 3D Secure redirect action',
    source: `${OAS} components.examples["post-payments-card-3d-secure-redirect-200"]`,
    note: 'Abridged: additionalData keeps 4 of 13 entries.',
    status: 200,
    body: {
      additionalData: { cardSummary: '5454', cardBin: '545454', issuerBin: '54545454', cardIssuingCountry: 'PL' },
      pspReference: 'JLCMPCQ8HXSKGK82',
      resultCode: 'RedirectShopper',
      action: {
        paymentMethodType: 'scheme',
        url: 'https://checkoutshopper-test.adyen.com/checkoutshopper/threeDS/redirect...',
        method: 'GET',
        type: 'redirect',
      },
    },
    expected: { outcome: 'requires_action' },
  },
];
