// Error bodies as payment APIs really sent them, copied from public records and labelled with
// where each was published. They are abridged where the source was (nested payment method
// objects are cut to the fields shown), never invented: a body the kit made up lives in
// fixtures and says `synthetic`.

/** A recorded error response and where it was published. */
export interface RealBody {
  readonly name: string;
  /** Where the body was published (a public repository file or issue). */
  readonly source: string;
  /** How it was recorded, and what was cut. */
  readonly note: string;
  /** The test card that produced it, when the record names one. */
  readonly card: string | null;
  /** The HTTP status, when the record shows it (client-library results carry none). */
  readonly status: number | null;
  readonly body: unknown;
}

const COUCHTOUR =
  'https://github.com/Couchtour-tv/couchtourtv-api/blob/9e26680098b6db636871c299aab15ed18998f76f/documentation/purchases/stripe-errors/stash/response_and_errorHandling_examples.md';
const STRIPE_JS_NOTE =
  'Stripe test mode, April 2021: the `error` of a Stripe.js payment confirmation, logged in the browser. Abridged: payment_intent keeps the fields up to client_secret and its status; the payment_method objects are cut.';

const intent = (id: string, secret: string, created: number) => ({
  id,
  object: 'payment_intent',
  amount: 600,
  canceled_at: null,
  cancellation_reason: null,
  capture_method: 'automatic',
  client_secret: `${id}_secret_${secret}`,
  confirmation_method: 'automatic',
  created,
  currency: 'usd',
  status: 'requires_payment_method',
});

/** The recorded bodies. */
export const realBodies: readonly RealBody[] = [
  {
    name: 'generic decline (Stripe.js, test mode)',
    source: COUCHTOUR,
    note: `${STRIPE_JS_NOTE} Card 4000000000000341 (charge-customer-fail), which declines as generic_decline.`,
    card: '4000000000000341',
    status: null,
    body: {
      type: 'card_error',
      charge: 'ch_1IepmOKsNNk3qPPU5zFqoh9x',
      code: 'card_declined',
      decline_code: 'generic_decline',
      doc_url: 'https://stripe.com/docs/error-codes/card-declined',
      message: 'Your card was declined.',
      payment_intent: intent('pi_1IepmOKsNNk3qPPUA8oN0UPa', 'HqCItf71pBujSjl9JCr7yUBi3', 1618095592),
      payment_method: { id: 'pm_1IeplcKsNNk3qPPU1eJQzugn', object: 'payment_method', card: { brand: 'visa', last4: '0341' } },
    },
  },
  {
    name: 'incorrect CVC (Stripe.js, test mode)',
    source: COUCHTOUR,
    note: `${STRIPE_JS_NOTE} Card 4000000000000101 (cvc check fails).`,
    card: '4000000000000101',
    status: null,
    body: {
      type: 'card_error',
      charge: 'ch_1IepjUKsNNk3qPPUMSoyJaFG',
      code: 'incorrect_cvc',
      doc_url: 'https://stripe.com/docs/error-codes/incorrect-cvc',
      message: "Your card's security code is incorrect.",
      param: 'cvc',
      payment_intent: intent('pi_1IepjTKsNNk3qPPUxJDnzNJX', 'UOi0NncoQz1H1DyWi80Pn2f7t', 1618095411),
      payment_method: { id: 'pm_1IepieKsNNk3qPPUSzHOaHAN', object: 'payment_method', card: { brand: 'visa', last4: '0101' } },
    },
  },
  {
    name: 'fraudulent (Stripe.js, test mode)',
    source: COUCHTOUR,
    note: `${STRIPE_JS_NOTE} Card 4100000000000019.`,
    card: '4100000000000019',
    status: null,
    body: {
      type: 'card_error',
      charge: 'ch_1IepusKsNNk3qPPU0Y1ofxfr',
      code: 'card_declined',
      decline_code: 'fraudulent',
      doc_url: 'https://stripe.com/docs/error-codes/card-declined',
      message: 'Your card has been declined.',
      payment_intent: intent('pi_1IepurKsNNk3qPPUjSuzWaIQ', '7vqiI2od5mDhwYceuCuux0nS7', 1618096117),
    },
  },
  {
    name: 'lost card (Stripe.js, test mode)',
    source: COUCHTOUR,
    note: `${STRIPE_JS_NOTE} Card 4000000000009987.`,
    card: '4000000000009987',
    status: null,
    body: {
      type: 'card_error',
      charge: 'ch_1Ieq2cKsNNk3qPPUy5vHygEe',
      code: 'card_declined',
      decline_code: 'lost_card',
      doc_url: 'https://stripe.com/docs/error-codes/card-declined',
      message: 'Your card has been declined.',
      payment_intent: intent('pi_1Ieq2bKsNNk3qPPUOhEVv7Wm', 'lWWLtiGGCT157jYmVc2HBMl7g', 1618096597),
    },
  },
  {
    name: 'stolen card (Stripe.js, test mode)',
    source: COUCHTOUR,
    note: `${STRIPE_JS_NOTE} Card 4000000000009979.`,
    card: '4000000000009979',
    status: null,
    body: {
      type: 'card_error',
      charge: 'ch_1Ieq94KsNNk3qPPUMHLd1OVi',
      code: 'card_declined',
      decline_code: 'stolen_card',
      doc_url: 'https://stripe.com/docs/error-codes/card-declined',
      message: 'Your card has been declined.',
      payment_intent: intent('pi_1Ieq93KsNNk3qPPUUFT49XjN', 'CH8x56TCBQI9sPC1FAWFHCy6Y', 1618096997),
    },
  },
  {
    name: 'generic decline (API body, live, logged by a shop plugin)',
    source: 'https://github.com/mage2pro/stripe/issues/4',
    note: 'The `error` envelope of an API response as a Magento plugin logged it to Sentry in April 2017; complete as published.',
    card: null,
    status: null,
    body: {
      error: {
        message: 'Your card was declined.',
        type: 'card_error',
        code: 'card_declined',
        decline_code: 'generic_decline',
        charge: 'ch_1A6og3EKzP5C7dKHbsJ4insn',
      },
    },
  },
  {
    name: 'insufficient funds (API body, test mode, logged by a shop)',
    source: 'https://github.com/openfoodfoundation/openfoodnetwork/issues/9038',
    note: 'The `error` params of an ActiveMerchant response, logged in March 2022 with a test card; abridged to the fields the issue shows before its payment_intent is cut off (no `type` is visible there).',
    card: null,
    status: null,
    body: {
      error: {
        charge: 'ch_3KiKk8KuuB1fWySn0bsVnAV3',
        code: 'card_declined',
        decline_code: 'insufficient_funds',
        doc_url: 'https://stripe.com/docs/error-codes/card-declined',
        message: 'Your card has insufficient funds.',
        payment_intent: { id: 'pi_3KiKk8KuuB1fWySn0oTJJX7G', object: 'payment_intent', amount: 200, capture_method: 'manual' },
      },
    },
  },
];
