// Adyen bodies as Adyen's own repositories and docs publish them (Checkout API v71 errors, 200
// payment results, adyen-node's exception), each labelled with where it was published, and what
// the kit must make of it. Copied, not invented, except where `synthetic` says so: the refusals
// of Adyen's test triggers (no recorded body exists for most of them) and Adyen Web's card-field
// events (shapes from its source). Plain data: no import of the kit.

/** A Stripe body that must give the shopper the same message. */
export interface StripeEquivalent {
  readonly status: number | null;
  readonly body: unknown;
}

/** What the kit must make of an Adyen body. */
export interface AdyenExpected {
  readonly kind: string;
  readonly code: string | null;
  /** The decline code as the kit shows it (a hidden one as `generic_decline`); absent when none. */
  readonly declineCode?: string;
  readonly field: string;
  readonly retryMode: string;
  readonly stripeEquivalent?: StripeEquivalent;
}

/** An Adyen failure and what the kit must make of it. */
export interface AdyenBody {
  readonly name: string;
  /** Where it was published: repository, path and commit, or a docs URL. */
  readonly source: string;
  /** How it was recorded, what was cut, and any quirk. */
  readonly note?: string;
  /** The HTTP status it comes with: 200 for refusals, which Adyen answers as results. */
  readonly status: number;
  readonly body: unknown;
  readonly expected: AdyenExpected;
  /** True when the body is built from a documented shape, not copied from a record. */
  readonly synthetic?: true;
}

/** A 2xx /payments result and the outcome the kit must read. */
export interface AdyenResult {
  readonly name: string;
  readonly source: string;
  readonly note?: string;
  readonly status: number;
  readonly body: unknown;
  readonly expected: { readonly outcome: 'succeeded' | 'pending' | 'requires_action' | 'failed' };
}

const OAS = 'Adyen/adyen-openapi json/CheckoutService-v71.json @74fabab0628019206b77c4823776b726345a035d';
const JAVA = 'Adyen/adyen-java-api-library';
const ERRORS_DOC = 'https://docs.adyen.com/development-resources/error-codes';
const TRIGGERS_DOC = 'https://docs.adyen.com/development-resources/testing/result-codes';

// Stripe's bodies for the same failures (the error envelope of its API, as the kit's own fixtures send it).
const stripe = (status: number, error: Record<string, string>): StripeEquivalent => ({ status, body: { error } });
const card = (code: string, extra: Record<string, string> = {}) => stripe(402, { type: 'card_error', code, ...extra });
const decline = (declineCode: string) => card('card_declined', { decline_code: declineCode });
const SHOP_SETUP = stripe(400, { type: 'invalid_request_error', code: 'parameter_unknown' });
const SERVER = stripe(500, { type: 'api_error' });

const failed = (
  kind: string,
  code: string | null,
  field: string,
  retryMode: string,
  stripeEquivalent?: StripeEquivalent,
): AdyenExpected => ({
  kind,
  code,
  field,
  retryMode,
  ...(stripeEquivalent ? { stripeEquivalent } : {}),
});
const declined = (declineCode: string, retryMode = 'never', shownAs = declineCode): AdyenExpected => ({
  kind: 'card',
  code: 'card_declined',
  declineCode: shownAs,
  field: 'form',
  retryMode,
  stripeEquivalent: decline(declineCode),
});

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

/** Adyen Web card-field errors, in the shapes its source gives them (values from its code enums). */
export const adyenCardFieldEvents: readonly {
  readonly name: string;
  readonly source: string;
  readonly event: unknown;
  /** One entry per field in error, primary first: `[field, code]`. */
  readonly expected: readonly (readonly [field: string, code: string])[];
}[] = [
  {
    name: 'v6 error event: incomplete card number',
    source: 'Adyen/adyen-web packages/lib/src/components/internal/SecuredFields/lib/types.ts (CardErrorData) @183fa6f8',
    event: { fieldType: 'encryptedCardNumber', error: 'cc.num.901', type: 'card', errorI18n: 'Enter the complete card number' },
    expected: [['cardNumber', 'incomplete_number']],
  },
  {
    name: 'v6 onChange state.errors: Luhn failure and a card too old',
    source: 'Adyen/adyen-web packages/lib/src/components/Card/components/CardInput/CardInput.tsx (onChange) @183fa6f8',
    event: {
      isValid: false,
      errors: {
        encryptedCardNumber: {
          isValid: false,
          errorMessage: 'error-msg-luhn-check-failed',
          errorI18n: 'Enter a valid card number',
          error: 'cc.num.902',
        },
        encryptedExpiryDate: {
          isValid: false,
          errorMessage: 'error-msg-card-too-old',
          errorI18n: 'Enter a valid expiry date.',
          error: 'cc.dat.912',
        },
        encryptedSecurityCode: null,
      },
    },
    expected: [
      ['cardNumber', 'invalid_number'],
      ['cardExpiry', 'invalid_expiry_year_past'],
    ],
  },
  {
    name: 'v5 state.errors: empty security code (Amex)',
    source: 'Adyen/adyen-web packages/lib/src/core/Errors/constants.ts @v5.72.0',
    event: {
      encryptedCardNumber: null,
      encryptedSecurityCode: { isValid: false, errorMessage: 'Security code field empty', error: 'error.va.sf-cc-cvc.01' },
    },
    expected: [['cardCvc', 'incomplete_cvc']],
  },
  {
    name: 'v6 cleared field',
    source:
      "Adyen/adyen-web packages/lib/src/components/internal/SecuredFields/lib/types.ts (CardErrorData: `error` is '' when cleared) @183fa6f8",
    event: { fieldType: 'encryptedSecurityCode', error: '', type: 'card' },
    expected: [],
  },
];

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
