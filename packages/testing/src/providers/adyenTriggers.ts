// Adyen's test triggers (information), the refusals they answer, and Adyen's test card. Plain data.
import { type AdyenBody, type AdyenExpected, card, declined, failed, TRIGGERS_DOC } from './adyenExpected.js';

/**
 * Adyen's test triggers (information): in test mode a /payments request returns the resultCode
 * and refusal below when `holderName` (or `additionalData.RequestedTestAcquirerResponseCode`)
 * carries the trigger. Rows up to code 7 are from Adyen's docs; the rest from third-party copies
 * of that table, NOT verified against Adyen.
 */
export const adyenTestTriggers: readonly {
  readonly holderName: string;
  readonly resultCode: string;
  readonly refusalReason: string;
  readonly refusalReasonCode: string;
  readonly source: string;
}[] = (
  [
    ['UNKNOWN', 'Error', 'Unknown', '0'],
    ['DECLINED', 'Refused', 'Refused', '2'],
    ['REFERRAL', 'Refused', 'Referral', '3'],
    ['ERROR', 'Error', 'Acquirer Error', '4'],
    ['BLOCK_CARD', 'Refused', 'Blocked Card', '5'],
    ['CARD_EXPIRED', 'Refused', 'Expired Card', '6'],
    ['INVALID_AMOUNT', 'Refused', 'Invalid Amount', '7'],
    ['INVALID_CARD_NUMBER', 'Refused', 'Invalid Card Number', '8'],
    ['ISSUER_UNAVAILABLE', 'Refused', 'Issuer Unavailable', '9'],
    ['NOT_SUPPORTED', 'Refused', 'Not supported', '10'],
    ['NOT_3D_AUTHENTICATED', 'Refused', '3D Not Authenticated', '11'],
    ['NOT_ENOUGH_BALANCE', 'Refused', 'Not enough balance', '12'],
    ['ACQUIRER_FRAUD', 'Refused', 'Acquirer Fraud', '14'],
    ['CANCELLED', 'Refused', 'Cancelled', '15'],
    ['SHOPPER_CANCELLED', 'Refused', 'Shopper Cancelled', '16'],
    ['FRAUD', 'Refused', 'FRAUD', '20'],
    ['NOT_SUBMITTED', 'Refused', 'Not Submitted', '21'],
    ['FRAUD_CANCELLED', 'Cancelled', 'FRAUD-CANCELLED', '22'],
    ['TRANSACTION_NOT_PERMITTED', 'Refused', 'Transaction Not Permitted', '23'],
    ['CVC_DECLINED', 'Refused', 'CVC Declined', '24'],
    ['RESTRICTED_CARD', 'Refused', 'Restricted Card', '25'],
    ['REVOCATION_OF_AUTH', 'Refused', 'Revocation Of Auth', '26'],
    ['DECLINED_NON_GENERIC', 'Refused', 'Declined Non Generic', '27'],
    ['WITHDRAWAL_AMOUNT_EXCEEDED', 'Refused', 'Withdrawal amount exceeded', '28'],
    ['WITHDRAWAL_COUNT_EXCEEDED', 'Refused', 'Withdrawal count exceeded', '29'],
    ['ISSUER_SUSPECTED_FRAUD', 'Refused', 'Issuer Suspected Fraud', '31'],
    ['AVS_DECLINED', 'Refused', 'AVS Declined', '32'],
    ['AUTHENTICATION_REQUIRED', 'Refused', 'Authentication required', '38'],
    ['RREQ_NOT_RECEIVED', 'Refused', 'RReq not received from DS', '39'],
    ['THREED_SECURE_ERROR', 'Refused', '3DS Authentication Error', '42'],
    ['ERPS_BLOCK', 'Refused', 'Transaction blocked by Adyen to prevent excessive retry fees', '46'],
  ] as const
).map(([holderName, resultCode, refusalReason, refusalReasonCode]) => ({
  holderName,
  resultCode,
  refusalReason,
  refusalReasonCode,
  source:
    Number(refusalReasonCode) <= 7
      ? `${TRIGGERS_DOC} (table rows read there)`
      : 'third-party copies of the trigger table (a Python payment-orchestration SDK test); NOT verified against Adyen',
}));

// What the kit shows for each trigger's refusal; the reveal-nothing ones as the generic decline.
const TRIGGER_EXPECTED: Readonly<Record<string, AdyenExpected>> = {
  '0': failed('card', 'processing_error', 'form', 'shopper', card('processing_error')),
  '2': declined('generic_decline'),
  '3': declined('call_issuer'),
  '4': failed('card', 'processing_error', 'form', 'shopper', card('processing_error')),
  '5': declined('restricted_card', 'never', 'generic_decline'),
  '6': failed('card', 'expired_card', 'cardExpiry', 'never', card('expired_card', { param: 'exp_month' })),
  '7': declined('invalid_amount'),
  '8': failed('card', 'incorrect_number', 'cardNumber', 'never', card('incorrect_number', { param: 'number' })),
  '9': declined('issuer_not_available', 'shopper'),
  '10': declined('card_not_supported'),
  '11': declined('authentication_required', 'authenticate'),
  '12': declined('insufficient_funds'),
  '14': declined('fraudulent', 'never', 'generic_decline'),
  '15': declined('generic_decline'),
  '16': declined('generic_decline'),
  '20': declined('fraudulent', 'never', 'generic_decline'),
  '21': failed('card', 'processing_error', 'form', 'shopper', card('processing_error')),
  '22': declined('fraudulent', 'never', 'generic_decline'),
  '23': declined('transaction_not_allowed'),
  '24': failed('card', 'incorrect_cvc', 'cardCvc', 'never', card('incorrect_cvc', { param: 'cvc' })),
  '25': declined('restricted_card', 'never', 'generic_decline'),
  '26': declined('revocation_of_authorization'),
  '27': declined('generic_decline'),
  '28': declined('card_velocity_exceeded'),
  '29': declined('card_velocity_exceeded'),
  '31': declined('fraudulent', 'never', 'generic_decline'),
  '32': failed('card', 'incorrect_zip', 'postalCode', 'never', card('incorrect_zip', { param: 'address_zip' })),
  '38': declined('authentication_required', 'authenticate'),
  '39': failed('card', 'processing_error', 'form', 'shopper', card('processing_error')),
  '42': failed('card', 'processing_error', 'form', 'shopper', card('processing_error')),
  '46': declined('do_not_try_again'),
};

/**
 * The refusal each test trigger answers, in the shape of the recorded Expired Card refusal
 * (Adyen/adyen-commercetools adyen-make-payment-refused-response.js) with the trigger's values:
 * no recorded body exists for most codes (FRAUD among them).
 */
export const adyenTriggerRefusals: readonly AdyenBody[] = adyenTestTriggers.map((trigger) => ({
  name: `${trigger.resultCode} ${trigger.refusalReasonCode}: ${trigger.refusalReason} (test trigger ${trigger.holderName})`,
  source: trigger.source,
  synthetic: true,
  status: 200,
  body: {
    additionalData: { cvcResult: '1 Matches', fraudResultType: 'RED', refusalReasonRaw: trigger.refusalReason },
    fraudResult: { accountScore: 100, results: [{ FraudCheckResult: { accountScore: 100, checkId: 2, name: 'CardChunkUsage' } }] },
    pspReference: '882587368372271B',
    refusalReason: trigger.refusalReason,
    resultCode: trigger.resultCode,
    refusalReasonCode: trigger.refusalReasonCode,
    merchantReference: '933',
  },
  expected: TRIGGER_EXPECTED[trigger.refusalReasonCode] as AdyenExpected,
}));

/**
 * Test card data Adyen's own SDK tests send (information): the "encrypted" test values accepted in
 * test mode (Adyen/adyen-node-api-library src/__tests__/checkout.spec.ts; Adyen/adyen-dotnet-api-library
 * Adyen.IntegrationTest/Checkout/PaymentsServiceIntegrationTest.cs). Adyen's full test-card list
 * (https://docs.adyen.com/development-resources/test-cards/test-card-numbers) was not read.
 */
export const adyenTestCard = {
  encryptedCardNumber: 'test_4111111111111111',
  encryptedExpiryMonth: 'test_03',
  encryptedExpiryYear: 'test_2030',
  encryptedSecurityCode: 'test_737',
} as const;
