// Braintree Hosted Fields event sequences, as the SDK emits them to `hostedFields.on(event, …)`.
// Constructed: no recording exists outside a live iframe. Built from the payload type in
// @types/braintree-web 3.143.0 (hosted-fields.d.ts: HostedFieldsEvent = { emittedBy, fields:
// { [name]: { isValid, isPotentiallyValid, isEmpty, isFocused, container } }, cards }) and the
// event list and semantics of braintree-web's HostedFields#on docs (34d75482, src/hosted-fields/external/
// hosted-fields.js: "validityChange" when a field's isValid or isPotentiallyValid changes,
// "empty" / "notEmpty", "focus" / "blur", "cardTypeChange" from the number field). Plain data:
// `container` (an element in the real payload) and `cards` are left out; the kit reads neither.

/** One field's state in a payload. */
export interface BraintreeFieldStateData {
  readonly isValid: boolean;
  readonly isPotentiallyValid: boolean;
  readonly isEmpty: boolean;
  readonly isFocused: boolean;
}

/** One event as `hostedFields.on(event, handler)` delivers it. */
export interface BraintreeHostedFieldsStep {
  readonly event: 'focus' | 'blur' | 'empty' | 'notEmpty' | 'validityChange' | 'cardTypeChange';
  readonly payload: { readonly emittedBy: string; readonly fields: Readonly<Record<string, BraintreeFieldStateData>> };
}

const blank: BraintreeFieldStateData = { isValid: false, isPotentiallyValid: true, isEmpty: true, isFocused: false };
const fields = (overrides: Partial<Record<'number' | 'expirationDate' | 'cvv' | 'postalCode', Partial<BraintreeFieldStateData>>>) => ({
  number: { ...blank, ...overrides.number },
  expirationDate: { ...blank, ...overrides.expirationDate },
  cvv: { ...blank, ...overrides.cvv },
  postalCode: { ...blank, ...overrides.postalCode },
});

/** Sequences a shopper produces, each with what the kit must show at its end. */
export const braintreeHostedFieldsSequences = {
  /** Types 4111 1111 1111 1112 (fails Luhn at full length), leaves, comes back, fixes the last digit. */
  invalidNumberThenFixed: [
    { event: 'focus', payload: { emittedBy: 'number', fields: fields({ number: { isFocused: true } }) } },
    { event: 'notEmpty', payload: { emittedBy: 'number', fields: fields({ number: { isFocused: true, isEmpty: false } }) } },
    {
      event: 'validityChange',
      payload: { emittedBy: 'number', fields: fields({ number: { isFocused: true, isEmpty: false, isPotentiallyValid: false } }) },
    },
    { event: 'blur', payload: { emittedBy: 'number', fields: fields({ number: { isEmpty: false, isPotentiallyValid: false } }) } },
    {
      event: 'focus',
      payload: { emittedBy: 'number', fields: fields({ number: { isFocused: true, isEmpty: false, isPotentiallyValid: false } }) },
    },
    {
      event: 'validityChange',
      payload: {
        emittedBy: 'number',
        fields: fields({ number: { isFocused: true, isEmpty: false, isValid: true, isPotentiallyValid: true } }),
      },
    },
  ],
  /** Types three digits of the number and leaves: incomplete, announced on blur. */
  halfNumberLeft: [
    { event: 'focus', payload: { emittedBy: 'number', fields: fields({ number: { isFocused: true } }) } },
    { event: 'notEmpty', payload: { emittedBy: 'number', fields: fields({ number: { isFocused: true, isEmpty: false } }) } },
    { event: 'blur', payload: { emittedBy: 'number', fields: fields({ number: { isEmpty: false } }) } },
  ],
  /** A valid number and expiry, a CVV typed and left: the CVV and postal code never completed. */
  cvvLeftIncompleteThenSubmit: [
    {
      event: 'validityChange',
      payload: { emittedBy: 'number', fields: fields({ number: { isEmpty: false, isValid: true } }) },
    },
    {
      event: 'validityChange',
      payload: {
        emittedBy: 'expirationDate',
        fields: fields({ number: { isEmpty: false, isValid: true }, expirationDate: { isEmpty: false, isValid: true } }),
      },
    },
    {
      event: 'notEmpty',
      payload: {
        emittedBy: 'cvv',
        fields: fields({
          number: { isEmpty: false, isValid: true },
          expirationDate: { isEmpty: false, isValid: true },
          cvv: { isEmpty: false, isFocused: true },
        }),
      },
    },
  ],
} as const satisfies Record<string, readonly BraintreeHostedFieldsStep[]>;
