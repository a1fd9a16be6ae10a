// Checkout.com's answers (Unified Payments API errors, 201 declined and 202 pending payments,
// checkout-sdk-node's errors) as Checkout.com's SDKs, API reference and docs, and ActiveMerchant's
// gateway tests publish them, each labelled with where it was published and what the kit must
// make of it. Plain data: no import of the kit.
import { card, declined, failed, type ProviderBody, type ProviderResult, SHOP_SETUP, stripe } from './expected.js';

const NODE = 'checkout/checkout-sdk-node test/payments/requestPayment.js';
const AM = 'activemerchant/active_merchant test/unit/gateways/checkout_v2_test.rb';
const TEST_CARDS = 'https://www.checkout.com/docs/developer-resources/testing/test-cards';
const CODES_DOC = 'https://www.checkout.com/docs/resources/codes/response-codes (the table’s texts through a third party’s verbatim copy)';

const error = (requestId: string, errorType: string, codes?: string[]) => ({
  request_id: requestId,
  error_type: errorType,
  ...(codes ? { error_codes: codes } : {}),
});
/** A 201 payment answer, declined with the response code given. */
export const checkoutComDecline = (responseCode: string, summary?: string) => ({
  id: 'pay_aqwuar5sjb5upkupgywyzapfii',
  action_id: 'act_aqwuar5sjb5upkupgywyzapfii',
  currency: 'USD',
  amount: 100,
  approved: false,
  status: 'Declined',
  response_code: responseCode,
  ...(summary ? { response_summary: summary } : {}),
  source: { type: 'card', expiry_month: 12, expiry_year: 2030, last4: '3670', bin: '424242' },
  processed_on: '2023-01-17T17:41:52Z',
  _links: { self: { href: 'https://api.sandbox.checkout.com/payments/pay_aqwuar5sjb5upkupgywyzapfii' } },
});

/** Checkout.com's failures, and what the kit must make of each. */
export const checkoutComBodies: readonly ProviderBody[] = [
  {
    name: '422 request_invalid payment_source_required',
    source: `${NODE} ("should throw ValidationError"); apiref nas_spec/components/schemas/ValidationError.yaml`,
    status: 422,
    body: error('0HL80RJLS76I7', 'request_invalid', ['payment_source_required']),
    expected: failed('invalid_request', null, 'form', 'never', SHOP_SETUP),
  },
  {
    name: '422 request_invalid card_number_invalid (a 17-digit number)',
    source: `${AM} failed_verify_response; the live answer in its remote test`,
    status: 422,
    body: error('911829c3-519a-47e8-bbc1-17337789fda0', 'request_invalid', ['card_number_invalid']),
    expected: failed('invalid_request', 'invalid_number', 'cardNumber', 'never', card('invalid_number')),
  },
  {
    name: '422 request_invalid card_expired',
    source: `${AM} error_code_response`,
    status: 422,
    body: error('e5a3ce6f-a4e9-4445-9ec7-e5975e9a6213', 'request_invalid', ['card_expired']),
    expected: failed('invalid_request', 'expired_card', 'cardExpiry', 'never', card('expired_card')),
  },
  {
    name: '422 request_invalid without error_codes',
    source: `${AM} error_type_without_error_codes_response`,
    status: 422,
    body: error('e5a3ce6f-a4e9-4445-9ec7-e5975e9a6213', 'request_invalid'),
    expected: failed('invalid_request', null, 'form', 'never', SHOP_SETUP),
  },
  {
    name: '422 processing_error token_expired (a Frames token too old)',
    source: NODE,
    status: 422,
    body: error('0HL80RJLS76I7', 'processing_error', ['token_expired']),
    expected: failed(
      'invalid_request',
      'token_already_used',
      'form',
      'never',
      stripe(400, { type: 'invalid_request_error', code: 'token_already_used' }),
    ),
  },
  {
    name: '422 processing_error capture_value_greater_than_authorized (the shop’s capture)',
    source: 'checkout/checkout-sdk-node test/payments/capturePayment.js',
    status: 422,
    body: error('0HL80RJLS76I7', 'processing_error', ['capture_value_greater_than_authorized']),
    expected: failed('invalid_request', null, 'form', 'never', SHOP_SETUP),
  },
  {
    name: '422 request_invalid amount_invalid',
    source: 'checkout/checkout-sdk-node test/payment-sessions/payment-sessions-unit.js',
    status: 422,
    body: error('0HL80RJLS76I7', 'request_invalid', ['amount_invalid']),
    expected: failed(
      'invalid_request',
      'amount_invalid',
      'amount',
      'never',
      stripe(400, { type: 'invalid_request_error', code: 'amount_invalid' }),
    ),
  },
  {
    name: '422 expiry month and year, CVV and currency at once',
    source: 'reconstructed from apiref ValidationError.yaml (error_codes is an array) and the codes each seen alone',
    synthetic: true,
    status: 422,
    body: error('0HL80RJLS76I7', 'request_invalid', [
      'card_expiry_month_invalid',
      'card_expiry_year_invalid',
      'cvv_invalid',
      'currency_invalid',
    ]),
    expected: failed('invalid_request', 'invalid_expiry_month', 'cardExpiry', 'never', card('invalid_expiry_month')),
  },
  {
    name: '429 whose body still says request_invalid (the status wins)',
    source: `${NODE} ("should throw TooManyRequestsError")`,
    status: 429,
    body: error('0HL80RJLS76I7', 'request_invalid', ['payment_source_required']),
    expected: failed('rate_limit', null, 'form', 'cooldown', stripe(429, { type: 'rate_limit_error', code: 'rate_limit' })),
  },
  {
    name: 'checkout-sdk-node ValidationError { http_code: 422, body }',
    source: 'checkout/checkout-sdk-node src/services/errors.js (ValidationError: name, http_code, body)',
    note: 'normalizeError peels `body` and is told the status (`{ status: error.http_code }`); toClientError reads the wrapper whole.',
    status: 422,
    body: { name: 'ValidationError', http_code: 422, body: error('0HL80RJLS76I7', 'request_invalid', ['card_number_invalid']) },
    expected: failed('invalid_request', 'invalid_number', 'cardNumber', 'never', card('invalid_number')),
  },
  {
    name: '201 Declined 20051 Insufficient funds',
    source: `${TEST_CARDS} (card 4544249167673670; the _links tail reconstructed)`,
    status: 201,
    body: checkoutComDecline('20051'),
    expected: declined('insufficient_funds'),
  },
  {
    name: '201 Declined 20005 Do Not Honour',
    source: `${NODE} ("should decline payment request with a Card Source"; amount 1005)`,
    status: 201,
    body: {
      ...checkoutComDecline('20005', 'Declined - Do Not Honour'),
      id: 'pay_idt2rgacxglehoyhiu7fu3e4we',
      amount: 1005,
      auth_code: '000000',
      risk: { flagged: false },
      source: {
        type: 'card',
        expiry_month: 6,
        expiry_year: 2029,
        scheme: 'Visa',
        last4: '4242',
        bin: '424242',
        avs_check: 'S',
        cvv_check: 'Y',
      },
      customer: { id: 'cus_xthycmncbhmujauqjebmhwkwle' },
    },
    expected: declined('do_not_honor'),
  },
  {
    name: 'a failed authorization 20014 Invalid Card Number (no approved, no status)',
    source: `${AM} failed_purchase_response`,
    status: 201,
    body: {
      id: 'pay_awjzhfj776gulbp2nuslj4agbu',
      amount: 200,
      currency: 'USD',
      response_summary: 'Invalid Card Number',
      response_code: '20014',
    },
    expected: failed('card', 'incorrect_number', 'cardNumber', 'never', card('incorrect_number')),
  },
  {
    name: 'a payment fetched later: Declined, 20051 in its first action',
    source: `${AM} failed_purchase_3ds_response (excerpt)`,
    status: 200,
    body: {
      id: 'pay_tkvif5mf54eerhd3ysuawfcnt4',
      status: 'Declined',
      approved: false,
      actions: [
        { id: 'act_tkvif5mf54eerhd3ysuawfcnt4', type: 'Authorization', response_code: '20051', response_summary: 'Insufficient Funds' },
      ],
    },
    expected: declined('insufficient_funds'),
  },
  {
    name: '201 Declined 200N7 CVV2 failure',
    source: CODES_DOC,
    synthetic: true,
    status: 201,
    body: checkoutComDecline('200N7', 'Decline for CVV2 failure'),
    expected: failed('card', 'incorrect_cvc', 'cardCvc', 'never', card('incorrect_cvc')),
  },
  {
    name: '201 Declined 20087 Bad track data (CVV or expiry)',
    source: CODES_DOC,
    synthetic: true,
    status: 201,
    body: checkoutComDecline('20087', 'Bad track data'),
    expected: {
      kind: 'card',
      code: 'card_declined',
      field: 'form',
      retryMode: 'never',
      stripeEquivalent: card('card_declined', { advice_code: 'confirm_card_data' }),
    },
  },
  {
    name: '201 Declined 20059 Suspected fraud (soft, reveals nothing)',
    source: CODES_DOC,
    synthetic: true,
    status: 201,
    body: checkoutComDecline('20059', 'Suspected fraud'),
    expected: declined('fraudulent', 'never', 'generic_decline'),
  },
  {
    name: '201 Declined 30041 Lost card - Pick up',
    source: CODES_DOC,
    synthetic: true,
    status: 201,
    body: checkoutComDecline('30041', 'Lost card - Pick up'),
    expected: declined('generic_decline'),
  },
  {
    name: '201 Declined 40101 Risk blocked transaction',
    source: CODES_DOC,
    synthetic: true,
    status: 201,
    body: checkoutComDecline('40101', 'Risk blocked transaction'),
    expected: declined('generic_decline'),
  },
  {
    name: '201 Declined 20046 Bank decline (soft, unlisted: try later)',
    source: CODES_DOC,
    synthetic: true,
    status: 201,
    body: checkoutComDecline('20046', 'Bank decline'),
    expected: {
      ...declined('generic_decline', 'shopper'),
      stripeEquivalent: card('card_declined', { decline_code: 'generic_decline', advice_code: 'try_again_later' }),
    },
  },
];

/** Checkout.com's payments that did not fail, and the outcome the kit must read. */
export const checkoutComResults: readonly ProviderResult[] = [
  {
    name: '201 Authorized, approved',
    source: 'apiref nas_spec/components/schemas/Payments/PaymentResponse.yaml',
    status: 201,
    body: { ...checkoutComDecline('10000', 'Approved'), approved: true, status: 'Authorized' },
    expected: { outcome: 'succeeded' },
  },
  {
    name: '202 Pending with a 3DS redirect',
    source: `${NODE} ("should perform 3DS payment request with a Card Source")`,
    status: 202,
    body: {
      id: 'pay_k72n4u433mierlthuim5oc5syu',
      status: 'Pending',
      customer: { id: 'cus_6artgoevd77u7ojah2wled32sa' },
      '3ds': { downgraded: false, enrolled: 'Y' },
      _links: {
        self: { href: 'https://123456789.api.sandbox.checkout.com/payments/pay_k72n4u433mierlthuim5oc5syu' },
        redirect: { href: 'https://3ds2-sandbox.ckotech.co/interceptor/3ds_a25l6ocl6luebnvyed4s3xvxcu' },
      },
    },
    expected: { outcome: 'requires_action' },
  },
  {
    name: '202 Pending without a redirect (an APM)',
    source: 'checkout/checkout-sdk-node test/payments (the Sofort request)',
    status: 202,
    body: {
      id: 'pay_p7wvvsiobogebctfbv6ffbswvy',
      status: 'Pending',
      _links: { self: { href: 'https://api.sandbox.checkout.com/payments/pay_p7wvvsiobogebctfbv6ffbswvy' } },
    },
    expected: { outcome: 'pending' },
  },
  { name: '201 Declined', source: TEST_CARDS, status: 201, body: checkoutComDecline('20051'), expected: { outcome: 'failed' } },
];
