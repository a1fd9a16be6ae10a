// The shapes and sources the PayPal fixtures and mock share: where each was published, PayPal's
// Orders v2 envelope and 201 capture as builders, and the sandbox's name-on-card triggers.
// Plain data: no import of the kit.
import { card, declined, failed } from './expected.js';

export const PAYPAL_SPEC = 'paypal/paypal-rest-api-specifications openapi/checkout_orders_v2.json @ec4d8f36';
export const TS_SDK = 'paypal/PayPal-TypeScript-Server-SDK @4f10a017';
export const DOCS_ERRORS = 'https://docs.paypal.ai/developer/how-to/api/troubleshooting/common-errors/overview';
export const CARD_TESTING = 'https://developer.paypal.com/tools/sandbox/card-testing/';
export const NEGATIVE = 'https://developer.paypal.com/api/rest/sandbox/negative-testing/request-headers';
export const UNPROCESSABLE = 'The requested action could not be performed, semantically incorrect, or failed business validation.';

/** An Orders v2 error envelope. */
export const envelope = (
  name: string,
  message: string,
  debugId: string,
  details?: readonly Record<string, string>[],
  links: unknown[] = [],
) => ({
  name,
  ...(details ? { details } : {}),
  message,
  debug_id: debugId,
  links,
});
export const issue = (issueName: string, description: string, field?: string) => ({
  ...(field ? { field, location: 'body' } : {}),
  issue: issueName,
  description,
});
export const info = (name: string) => ({
  href: `https://developer.paypal.com/docs/api/orders/v2/#error-${name}`,
  rel: 'information_link',
  method: 'GET',
});

/** A 201 capture answer: the order COMPLETED, its one capture as given. */
export const paypalCapture = (captureStatus: string, responseCode: string | null, orderId = '3M049991JF5624929') => ({
  id: orderId,
  status: 'COMPLETED',
  payment_source: { card: { last_digits: '6889', brand: 'VISA', type: 'CREDIT' } },
  purchase_units: [
    {
      reference_id: 'default',
      payments: {
        captures: [
          {
            id: '2FB04508RA686960W',
            status: captureStatus,
            amount: { currency_code: 'USD', value: '100.00' },
            final_capture: true,
            ...(responseCode === null ? {} : { processor_response: { avs_code: 'G', cvv_code: 'P', response_code: responseCode } }),
            links: [{ href: 'https://api.sandbox.paypal.com/v2/payments/captures/2FB04508RA686960W', rel: 'self', method: 'GET' }],
          },
        ],
      },
    },
  ],
  links: [{ href: `https://api.sandbox.paypal.com/v2/checkout/orders/${orderId}`, rel: 'self', method: 'GET' }],
});

/** The sandbox's card triggers (name on card) and the response code each answers [CARD_TESTING]. */
export const paypalCardTriggers = [
  { name: 'CCREJECT-REFUSED', responseCode: '0500', meaning: 'DO_NOT_HONOR', expected: declined('do_not_honor') },
  { name: 'CCREJECT-SF', responseCode: '9500', meaning: 'SUSPECTED_FRAUD', expected: declined('fraudulent', 'never', 'generic_decline') },
  {
    name: 'CCREJECT-EC',
    responseCode: '5400',
    meaning: 'EXPIRED_CARD',
    expected: failed('card', 'expired_card', 'cardExpiry', 'never', card('expired_card')),
  },
  {
    name: 'CCREJECT-IRC',
    responseCode: '5180',
    meaning: 'INVALID_OR_RESTRICTED_CARD',
    expected: declined('restricted_card', 'never', 'generic_decline'),
  },
  { name: 'CCREJECT-IF', responseCode: '5120', meaning: 'INSUFFICIENT_FUNDS', expected: declined('insufficient_funds') },
  { name: 'CCREJECT-LS', responseCode: '9520', meaning: 'LOST_OR_STOLEN', expected: declined('lost_card', 'never', 'generic_decline') },
  { name: 'CCREJECT-IA', responseCode: '1330', meaning: 'INVALID_ACCOUNT', expected: declined('invalid_account') },
  { name: 'CCREJECT-BANK_ERROR', responseCode: '5100', meaning: 'GENERIC_DECLINE', expected: declined('generic_decline') },
  {
    name: 'CCREJECT-CVV_F',
    responseCode: '00N7',
    meaning: 'CVV2_FAILURE_POSSIBLE_RETRY_WITH_CVV',
    expected: failed('card', 'incorrect_cvc', 'cardCvc', 'never', card('incorrect_cvc')),
  },
] as const;
