// Square Web Payments SDK card events, as `card.addEventListener(type, …)` delivers them.
// Constructed: no recording exists outside a live iframe. Built from @square/web-payments-sdk-types
// 1.84.5 (payment-method/cards/types.d.ts CardInputEvent { cardBrand, currentState, eventType,
// field, postalCodeValue, previousState }; enum.d.ts CardInputEventTypes, CardFieldNames) and the
// SqEvent wrapper its docs show (`event.detail.currentState`): the first sequence uses the bare
// event, the second the wrapped one. cardBrand and postalCodeValue are kept: the kit must not read them.

/** One event: its type and what the listener receives. */
export interface SquareCardStep {
  readonly type:
    | 'focusClassAdded'
    | 'focusClassRemoved'
    | 'errorClassAdded'
    | 'errorClassRemoved'
    | 'cardBrandChanged'
    | 'postalCodeChanged';
  readonly event: Readonly<Record<string, unknown>>;
}

const state = (overrides: Record<string, boolean>) => ({
  hasErrorClass: false,
  hasFocusClass: false,
  isCompletelyValid: false,
  isEmpty: true,
  isPotentiallyValid: true,
  ...overrides,
});
const card = (type: SquareCardStep['type'], field: string, current: Record<string, boolean>) => ({
  cardBrand: 'VISA',
  eventType: type,
  field,
  postalCodeValue: '94103',
  currentState: state(current),
});

export const squareCardSequences = {
  /** 4111 1111 1111 1112 typed (fails Luhn, error class added while typing), left, corrected. */
  invalidNumberThenFixed: [
    { type: 'focusClassAdded', event: card('focusClassAdded', 'cardNumber', { hasFocusClass: true }) },
    {
      type: 'errorClassAdded',
      event: card('errorClassAdded', 'cardNumber', { hasFocusClass: true, hasErrorClass: true, isEmpty: false, isPotentiallyValid: false }),
    },
    {
      type: 'focusClassRemoved',
      event: card('focusClassRemoved', 'cardNumber', { hasErrorClass: true, isEmpty: false, isPotentiallyValid: false }),
    },
    { type: 'focusClassAdded', event: card('focusClassAdded', 'cardNumber', { hasFocusClass: true, hasErrorClass: true, isEmpty: false }) },
    {
      type: 'errorClassRemoved',
      event: card('errorClassRemoved', 'cardNumber', { hasFocusClass: true, isEmpty: false, isCompletelyValid: true }),
    },
  ],
  /** The CVV half typed and left: Square adds its error class after the focus moved on (wrapped in an SqEvent). */
  cvvLeftIncomplete: [
    { type: 'focusClassAdded', event: { type: 'focusClassAdded', detail: card('focusClassAdded', 'cvv', { hasFocusClass: true }) } },
    { type: 'focusClassRemoved', event: { type: 'focusClassRemoved', detail: card('focusClassRemoved', 'cvv', { isEmpty: false }) } },
    {
      type: 'errorClassAdded',
      event: { type: 'errorClassAdded', detail: card('errorClassAdded', 'cvv', { isEmpty: false, hasErrorClass: true }) },
    },
  ],
} as const satisfies Record<string, readonly SquareCardStep[]>;
