// Adyen Web Card component callbacks, as the SDK calls them. Constructed where no recording
// exists: the onFieldValid and focus payloads follow Adyen/adyen-web's own unit tests at v6.44.0
// (components/internal/SecuredFields/lib/CSF/extensions/handleEncryption.test.ts, Card.test.tsx),
// the onChange states follow the published types (@adyen/adyen-web 6.45.2 OnChangeData: { data,
// isValid, valid, errors }) and the v6 codes (cc.num.902 …; v5: error.va.sf-cc-num.01 …) of
// core/Errors/constants.ts. Shopper data the SDK sends (endDigits, issuerBin) is kept in the
// payloads on purpose: the kit must not read it. `rootNode` (an element) and `data` are left out.

/** One callback and its payload. */
export interface AdyenCardStep {
  readonly on: 'onChange' | 'onFieldValid' | 'onFocus' | 'onBlur';
  readonly payload: Readonly<Record<string, unknown>>;
}

const valid = (overrides: Record<string, boolean> = {}) => ({
  encryptedCardNumber: false,
  encryptedExpiryMonth: false,
  encryptedExpiryYear: false,
  encryptedSecurityCode: false,
  ...overrides,
});
const sfError = (error: string, errorI18n: string) => ({ isValid: false, errorMessage: 'error-msg', errorI18n, error });
const focus = (fieldType: string, on: boolean) => ({
  action: on ? 'focus' : 'blur',
  focus: on,
  numChars: 16,
  fieldType,
  type: 'card',
  currentFocusObject: on ? fieldType : null,
});

export const adyenCardSequences = {
  /** v6: 4111 1111 1111 1112 typed (fails Luhn), left, then corrected. */
  invalidNumberThenFixed: [
    { on: 'onFocus', payload: focus('encryptedCardNumber', true) },
    { on: 'onBlur', payload: focus('encryptedCardNumber', false) },
    {
      on: 'onChange',
      payload: {
        isValid: false,
        valid: valid(),
        errors: {
          encryptedCardNumber: sfError('cc.num.902', 'Enter a valid card number'),
          encryptedExpiryDate: null,
          encryptedSecurityCode: null,
        },
      },
    },
    { on: 'onFocus', payload: focus('encryptedCardNumber', true) },
    {
      on: 'onFieldValid',
      payload: {
        fieldType: 'encryptedCardNumber',
        encryptedFieldName: 'encryptedCardNumber',
        uid: 'card-encrypted-encryptedCardNumber',
        valid: true,
        type: 'card',
        blob: 'eyJhbGc',
        endDigits: '1111',
        issuerBin: 41111111,
      },
    },
    {
      on: 'onChange',
      payload: {
        isValid: false,
        valid: valid({ encryptedCardNumber: true }),
        errors: { encryptedCardNumber: null, encryptedExpiryDate: null, encryptedSecurityCode: null },
      },
    },
  ],
  /** v5: the same state shape with v5 codes; a card too old and an incomplete CVC, and a billing postal code left empty. */
  v5ExpiryAndCvcAndPostal: [
    {
      on: 'onChange',
      payload: {
        isValid: false,
        valid: valid({ encryptedCardNumber: true }),
        errors: {
          encryptedCardNumber: null,
          encryptedExpiryDate: { isValid: false, errorMessage: 'Card too old', error: 'error.va.sf-cc-dat.01' },
          encryptedSecurityCode: { isValid: false, errorMessage: 'Security code not filled correctly', error: 'error.va.sf-cc-cvc.02' },
          billingAddress: { postalCode: { isValid: null, errorMessage: 'error.va.gen.01', shouldValidate: true } },
        },
      },
    },
  ],
} as const satisfies Record<string, readonly AdyenCardStep[]>;
