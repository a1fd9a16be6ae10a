// Adyen Web's card-field errors as its source gives them, and where the kit must put them. Plain data.

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
