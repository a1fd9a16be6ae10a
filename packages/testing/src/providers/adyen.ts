// Adyen's error bodies as Adyen's own repositories and docs publish them (Checkout API v71
// errors, 200 refusals, adyen-node's exception), each labelled with where it was published and
// what the kit must make of it. Copied, not invented. The 2xx results that are no refusals are in
// ./adyenResults.ts, the test triggers in ./adyenTriggers.ts, Adyen Web's events in ./adyenWeb.ts.
// Plain data: no import of the kit.
import { type AdyenBody, card, declined, ERRORS_DOC, failed, JAVA, OAS, SERVER, SHOP_SETUP, stripe } from './adyenExpected.js';

export type { AdyenBody, AdyenExpected, AdyenResult, StripeEquivalent } from './adyenExpected.js';

/** Recorded Adyen error bodies (non-2xx ServiceError and RFC 7807 shapes) and refusals (200). */
export const adyenBodies: readonly AdyenBody[] = [
  {
    name: '400 validation 702: malformed JSON',
    source: `${OAS} components.examples["generic-400"]`,
    status: 400,
    body: { status: 400, errorCode: '702', message: 'Unexpected input: ", expected: }', errorType: 'validation' },
    expected: failed('invalid_request', null, 'form', 'never', SHOP_SETUP),
  },
  {
    name: '401 security 000: bad or missing API key',
    source: `${OAS} components.examples["generic-401"]`,
    status: 401,
    body: { status: 401, errorCode: '000', message: 'HTTP Status Response - Unauthorized', errorType: 'security' },
    expected: failed('authentication', null, 'form', 'never', stripe(401, { type: 'invalid_request_error', code: 'api_key_expired' })),
  },
  {
    name: '403 security 901: invalid merchant account',
    source: `${OAS} components.examples["generic-403"]`,
    status: 403,
    body: { status: 403, errorCode: '901', message: 'Invalid Merchant Account', errorType: 'security', pspReference: '881611827877203B' },
    expected: failed('permission', null, 'form', 'never', stripe(403, { type: 'invalid_request_error' })),
  },
  {
    name: '422 validation 14_030: return URL missing',
    source: `${OAS} components.examples["generic-422"]`,
    status: 422,
    body: {
      status: 422,
      errorCode: '14_030',
      message: 'Return URL is missing.',
      errorType: 'validation',
      pspReference: '8816118280275544',
    },
    expected: failed('invalid_request', null, 'form', 'never', SHOP_SETUP),
  },
  {
    name: '500 configuration 905: payment details not supported',
    source: `${OAS} components.examples["generic-500"]`,
    note: "Adyen's own spec files a configuration error under HTTP 500: never resent.",
    status: 500,
    body: {
      status: 500,
      errorCode: '905',
      message: 'Payment details are not supported',
      errorType: 'configuration',
      pspReference: '8516091485743033',
    },
    expected: failed(
      'api',
      'payment_method_unactivated',
      'form',
      'never',
      stripe(400, { type: 'invalid_request_error', code: 'payment_method_unactivated' }),
    ),
  },
  {
    name: '422 validation 101: invalid card number (docs example)',
    source: `${ERRORS_DOC} (example error response)`,
    status: 422,
    body: { status: 422, errorCode: '101', message: 'Invalid card number', errorType: 'validation', pspReference: 'F7WCWRG6JPHR8HG2' },
    expected: failed('invalid_request', 'incorrect_number', 'cardNumber', 'never', card('incorrect_number', { param: 'number' })),
  },
  {
    name: '403 security 010: not allowed',
    source: `${JAVA} src/test/resources/mocks/authorise-error-010.json @10ad3036fd73ecc5d5242c9521d45356f5833a89`,
    status: 403,
    body: { status: 403, errorCode: '010', message: 'Not allowed', errorType: 'security', pspReference: '8514836072314693' },
    expected: failed('permission', null, 'form', 'never', stripe(403, { type: 'invalid_request_error' })),
  },
  {
    name: '422 validation 101: invalid card number (no pspReference)',
    source:
      'Adyen/adyen-python-api-library test/mocks/checkout/paymentsdetails-error-invalid-data-422.json @26cccd9858f1975cc1ecfbb44d3816054ea500cb',
    status: 422,
    body: { status: 422, errorCode: '101', message: 'Invalid card number', errorType: 'validation' },
    expected: failed('invalid_request', 'incorrect_number', 'cardNumber', 'never', card('incorrect_number', { param: 'number' })),
  },
  {
    name: '422 validation 130: reference missing',
    source:
      'Adyen/adyen-python-api-library test/mocks/checkout/payments-error-invalid-data-422.json @26cccd9858f1975cc1ecfbb44d3816054ea500cb',
    status: 422,
    body: { status: 422, errorCode: '130', message: 'Reference Missing', errorType: 'validation' },
    expected: failed('invalid_request', null, 'form', 'never', SHOP_SETUP),
  },
  {
    name: '422 validation 105: invalid paRes from issuer',
    source: `${JAVA} src/test/resources/mocks/authorise3d-error-105.json @10ad3036fd73ecc5d5242c9521d45356f5833a89`,
    note: 'A broken 3D Secure answer: the shopper may try again (a new attempt).',
    status: 422,
    body: { status: 422, errorCode: '105', message: 'Invalid paRes from issuer', errorType: 'validation' },
    expected: failed('invalid_request', 'processing_error', 'form', 'shopper', card('processing_error')),
  },
  {
    name: '422 validation 000: card number missing (BinLookup)',
    source: `${JAVA} src/test/resources/mocks/binlookup/getcostestimate-error-cardnumber.json @00981506955032d19a24c7f27cc3fe325c61e405`,
    note: '000 is not only a 401 code: here it is a validation error, so it is read by status, not by code.',
    status: 422,
    body: { status: 422, errorCode: '000', message: 'Card number missing', errorType: 'validation' },
    expected: failed('invalid_request', null, 'form', 'never', SHOP_SETUP),
  },
  {
    name: '500 internal 901: invalid merchant account (BinLookup)',
    source: `${JAVA} src/test/resources/mocks/binlookup/getcostestimate-error-merchant.json @00981506955032d19a24c7f27cc3fe325c61e405`,
    note: 'The same 901 as the 403 above, filed as internal under 500: the status decides.',
    status: 500,
    body: { status: 500, errorCode: '901', message: 'Invalid Merchant Account', errorType: 'internal' },
    expected: failed('api', null, 'form', 'auto', SERVER),
  },
  {
    name: '500 validation 702: required field null',
    source: `${JAVA} src/test/resources/mocks/pos/connectedTerminals-error-500.json @5a4b83a145d7b17ae6e040780c108879c1c9381c`,
    note: 'A validation error under 500: resending the same request cannot help.',
    status: 500,
    body: { status: 500, errorCode: '702', message: "Required field 'merchantAccount' is null", errorType: 'validation' },
    expected: failed('api', null, 'form', 'never'),
  },
  {
    name: '422 validation 172: encrypted card data expired',
    source:
      'Adyen/adyen-commercetools extension/test/unit/fixtures/adyen-make-payment-validation-failed-response.js @7ce2f84e5fa09d01d3e5b8909d85a2cebb95dc3e',
    note: 'A JS module exporting JSON.stringify of this object; the card fields must encrypt again (reload).',
    status: 422,
    body: { status: 422, errorCode: '172', message: 'Encrypted data used outside of valid time period', errorType: 'validation' },
    expected: failed(
      'invalid_request',
      'token_already_used',
      'form',
      'never',
      stripe(400, { type: 'invalid_request_error', code: 'token_already_used' }),
    ),
  },
  {
    name: "422 validation 200: field 'countryCode' not valid",
    source: 'Adyen/adyen-node-api-library src/__tests__/checkout.spec.ts @d1604f44bfb43d7302aee40f531552e8fd5cda8c',
    status: 422,
    body: {
      status: 422,
      errorCode: '200',
      message: "Field 'countryCode' is not valid.",
      errorType: 'validation',
      pspReference: 'DMB552CV6JHKGK82',
    },
    expected: failed('invalid_request', null, 'form', 'never', SHOP_SETUP),
  },
  {
    name: '500 internal 903: internal error',
    source: 'Adyen/adyen-go-api-library tests/payout_test.go @00b10c22aa131fe0df05370b07cab6791e836f99',
    status: 500,
    body: { status: 500, errorCode: '903', message: 'Internal error', errorType: 'internal' },
    expected: failed('api', null, 'form', 'auto', SERVER),
  },
  {
    name: '500 errorType api PA002 (PaymentsApp API)',
    source: `${JAVA} src/test/resources/mocks/paymentsapp/paymentsAppList-error-500.json @138fc221fc7713030014a35dccee4c0bc1b830b9`,
    note: 'An errorType outside the four documented ones.',
    status: 500,
    body: { status: 500, errorCode: 'PA002', message: 'An internal server error occurred.', errorType: 'api' },
    expected: failed('api', null, 'form', 'auto', SERVER),
  },
  {
    name: '422 RFC 7807 31_007 with invalidFields (Management API)',
    source: 'Adyen/adyen-node-api-library src/__mocks__/management/invalidUserCreated422.ts @f5968980659e00885a2295172c48b14566474f12',
    note: 'The newer APIs answer RFC 7807 bodies: errorCode and status, no errorType.',
    status: 422,
    body: {
      type: 'https://docs.adyen.com/errors/validation',
      title: 'Invalid user information provided.',
      status: 422,
      requestId: 'HC9MZL5D4AAASD82',
      invalidFields: [{ InvalidField: { name: 'email', message: "The 'email' 'invalidEmail' is invalid." } }],
      errorCode: '31_007',
    },
    expected: failed('invalid_request', null, 'form', 'never', SHOP_SETUP),
  },
  {
    name: 'Refused 11: 3D Not Authenticated (/payments/details)',
    source: `${JAVA} src/test/resources/mocks/checkout/paymentDetailsResponseThreeDSRequestorChallengeInd.json @9fa67e7b0f218284b159145d343632f12d633ab4`,
    note: 'Abridged: additionalData keeps 4 of its 16 threeds2 entries, threeDS2Result 3 of 13 fields.',
    status: 200,
    body: {
      additionalData: {
        threeDSVersion: '2.2.0',
        'threeds2.threeDS2Result.transStatus': 'U',
        'threeds2.threeDS2Result.riskScore': '9',
        paymentMethod: 'cartebancaire',
      },
      pspReference: 'FooBar',
      refusalReason: '3D Not Authenticated',
      resultCode: 'Refused',
      refusalReasonCode: '11',
      amount: { currency: 'EUR', value: 1500 },
      merchantReference: 'FooBar123',
      paymentMethod: { brand: 'cartebancaire', type: 'scheme' },
      threeDS2Result: { eci: '07', riskScore: '9', transStatus: 'U' },
    },
    expected: declined('authentication_required', 'authenticate'),
  },
  {
    name: 'Refused 6: Expired Card',
    source:
      'Adyen/adyen-commercetools extension/test/unit/fixtures/adyen-make-payment-refused-response.js @7ce2f84e5fa09d01d3e5b8909d85a2cebb95dc3e',
    status: 200,
    body: {
      additionalData: {
        cvcResult: '1 Matches',
        avsResult: '4 AVS not supported for this card type',
        authorisationMid: '1000',
        cardHolderName: 'Checkout Shopper PlaceHolder',
        acquirerAccountCode: 'TestPmmAcquirerAccount',
      },
      pspReference: '882587368372271B',
      refusalReason: 'Expired Card',
      resultCode: 'Refused',
      refusalReasonCode: '6',
      merchantReference: '933',
    },
    expected: failed('card', 'expired_card', 'cardExpiry', 'never', card('expired_card', { param: 'exp_month' })),
  },
  {
    name: 'Error 4: Acquirer Error',
    source:
      'Adyen/adyen-commercetools extension/test/unit/fixtures/adyen-make-payment-error-response.js @7ce2f84e5fa09d01d3e5b8909d85a2cebb95dc3e',
    note: "Matches Adyen's test trigger ERROR: resultCode Error, Acquirer Error, 4.",
    status: 200,
    body: {
      additionalData: {
        cvcResult: '1 Matches',
        avsResult: '4 AVS not supported for this card type',
        authorisationMid: '1000',
        cardHolderName: 'Checkout Shopper PlaceHolder',
        acquirerAccountCode: 'TestPmmAcquirerAccount',
      },
      pspReference: '852587371926074H',
      refusalReason: 'Acquirer Error',
      resultCode: 'Error',
      refusalReasonCode: '4',
      merchantReference: '933',
    },
    expected: failed('card', 'processing_error', 'form', 'shopper', card('processing_error')),
  },
  {
    name: 'Refused CVC Declined without refusalReasonCode (Classic /authorise)',
    source: `${JAVA} src/test/resources/mocks/authorise-error-cvc-declined.json @fcf4dc0697a68954938a3bedefdc31b423fdd3a8`,
    note: "Abridged: fraudResult.results keeps 1 of 11 entries. Classic responses carry no refusalReasonCode and the dialect reads codes, never the text (Adyen: refusalReason strings are not stable), so it is Adyen's plain refusal.",
    status: 200,
    body: {
      additionalData: { fraudResultType: 'GREEN', aliasType: 'Default', alias: 'H167852639363479' },
      fraudResult: { accountScore: 50, results: [{ FraudCheckResult: { accountScore: 8, checkId: 2, name: 'CardChunkUsage' } }] },
      pspReference: '7924836078655376',
      refusalReason: 'CVC Declined',
      resultCode: 'Refused',
    },
    expected: declined('generic_decline'),
  },
  {
    name: 'Refused with refusalReasonRaw DECLINED Expiry Incorrect (Classic /authorise)',
    source: `${JAVA} src/test/resources/mocks/authorise-error-expired.json @fcf4dc0697a68954938a3bedefdc31b423fdd3a8`,
    note: 'Abridged: fraudResult.results keeps 1 of 11 entries. The mapped refusalReason is the plain Refused; the raw acquirer text is not read.',
    status: 200,
    body: {
      additionalData: {
        cvcResult: '1 Matches',
        fraudResultType: 'GREEN',
        avsResult: '4 AVS not supported for this card type',
        avsResultRaw: '4',
        cvcResultRaw: '1',
        refusalReasonRaw: 'DECLINED Expiry Incorrect',
        acquirerCode: 'TestPmmAcquirer',
      },
      fraudResult: { accountScore: 51, results: [{ FraudCheckResult: { accountScore: 8, checkId: 2, name: 'CardChunkUsage' } }] },
      pspReference: '7924836277951659',
      refusalReason: 'Refused',
      resultCode: 'Refused',
    },
    expected: declined('generic_decline'),
  },
  {
    name: 'Error, minimal (Go unmarshal test)',
    source: 'Adyen/adyen-go-api-library tests/model_payment_response_test.go @00b10c22aa131fe0df05370b07cab6791e836f99',
    note: "Synthetic in Adyen's own test (note the capitalised PspReference key).",
    status: 200,
    body: { resultCode: 'Error', PspReference: '12345' },
    expected: failed('card', 'processing_error', 'form', 'shopper', card('processing_error')),
  },
];

/** adyen-node's HttpClientException as thrown for a 422 (fields from src/httpClient/httpClientException.ts). */
export const adyenNodeException = {
  name: 'adyen-node HttpClientException for the 422 of checkout.spec.ts',
  source:
    'Adyen/adyen-node-api-library src/httpClient/httpClientException.ts, httpURLConnectionClient.ts @3b84a188ef071064636a19f53f95f8aa7112dd91; body from src/__tests__/checkout.spec.ts',
  note: 'Built as the client builds it: statusCode from the body, responseBody the raw text, apiError the parsed body. A plain object here (the class extends Error).',
  synthetic: true,
  status: 422,
  body: {
    name: 'HttpClientException',
    message: "HTTP Exception: 422. null: Field 'countryCode' is not valid.",
    statusCode: 422,
    errorCode: '200',
    responseHeaders: { 'content-type': 'application/json' },
    responseBody:
      '{"status":422,"errorCode":"200","message":"Field \'countryCode\' is not valid.","errorType":"validation","pspReference":"DMB552CV6JHKGK82"}',
    apiError: {
      status: 422,
      errorCode: '200',
      message: "Field 'countryCode' is not valid.",
      errorType: 'validation',
      pspReference: 'DMB552CV6JHKGK82',
    },
  },
  expected: failed('invalid_request', null, 'form', 'never', SHOP_SETUP),
} as const satisfies AdyenBody;
