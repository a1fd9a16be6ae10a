// PayPal Card Fields inputEvents callbacks, as paypal-js calls them. Constructed: no recording
// exists outside a live iframe. Built from @paypal/paypal-js 11.3.0 types/components/card-fields.d.ts
// (PayPalCardFieldsStateObject { cards, emittedBy, isFormValid, errors, fields: { cardCvvField,
// cardNumberField, cardNameField, cardExpiryField } }). `cards` is left empty: the kit never reads it.

/** One callback and the state object it receives. */
export interface PayPalCardFieldsStep {
  readonly on: 'onChange' | 'onFocus' | 'onBlur';
  readonly state: Readonly<Record<string, unknown>>;
}

const blank = { isFocused: false, isEmpty: true, isValid: false, isPotentiallyValid: true };
type FieldKey = 'cardNumberField' | 'cardExpiryField' | 'cardCvvField' | 'cardNameField';
const stateOf = (emittedBy: string, errors: string[], overrides: Partial<Record<FieldKey, Partial<typeof blank>>>) => ({
  cards: [],
  emittedBy,
  isFormValid: false,
  errors,
  fields: {
    cardNumberField: { ...blank, ...overrides.cardNumberField },
    cardExpiryField: { ...blank, ...overrides.cardExpiryField },
    cardCvvField: { ...blank, ...overrides.cardCvvField },
    cardNameField: { ...blank, ...overrides.cardNameField },
  },
});

export const paypalCardFieldsSequences = {
  /** 4111 1111 1111 1112 typed (not potentially valid at full length), left, corrected. */
  invalidNumberThenFixed: [
    { on: 'onFocus', state: stateOf('number', ['INVALID_NUMBER'], { cardNumberField: { isFocused: true } }) },
    {
      on: 'onChange',
      state: stateOf('number', ['INVALID_NUMBER'], { cardNumberField: { isFocused: true, isEmpty: false, isPotentiallyValid: false } }),
    },
    { on: 'onBlur', state: stateOf('number', ['INVALID_NUMBER'], { cardNumberField: { isEmpty: false, isPotentiallyValid: false } }) },
    {
      on: 'onFocus',
      state: stateOf('number', ['INVALID_NUMBER'], { cardNumberField: { isFocused: true, isEmpty: false, isPotentiallyValid: false } }),
    },
    { on: 'onChange', state: stateOf('number', [], { cardNumberField: { isFocused: true, isEmpty: false, isValid: true } }) },
  ],
  /** A card brand the merchant cannot take, typed in full. */
  ineligibleBrand: [
    {
      on: 'onChange',
      state: stateOf('number', ['INELIGIBLE_CARD_VENDOR'], { cardNumberField: { isFocused: true, isEmpty: false, isValid: false } }),
    },
  ],
} as const satisfies Record<string, readonly PayPalCardFieldsStep[]>;
