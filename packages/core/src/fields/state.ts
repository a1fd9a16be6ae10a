// The kit's view of a hosted (iframe) card field, whatever the provider: what it last reported
// about itself, never its value. Each provider's adapter (fields/braintree, fields/adyen…)
// translates its SDK's events into `FieldUpdate`s; Stripe's change event is this shape already.

/** What a hosted card field last reported: its state, never its value. */
export interface HostedFieldState {
  readonly complete: boolean;
  readonly empty: boolean;
  readonly focused: boolean;
  /** The browser's autofill filled it, where the provider reports that; otherwise false. */
  readonly autofilled: boolean;
  /** The client-validation code it reports (`incomplete_number`), or null. */
  readonly code: string | null;
}

/** One thing a hosted field did, in the kit's words. */
export interface FieldUpdate {
  /** The kit's field name (`cardNumber`, `cardExpiry`, `cardCvc`, `postalCode`), or the provider's own for a field the kit has no name for. */
  readonly field: string;
  /** `edit`: the shopper changed it (an error on show goes); `sync`: a re-check that is not an edit; `focus`, `blur`. */
  readonly event: 'edit' | 'sync' | 'focus' | 'blur';
  /** Its state after the event, as far as the provider says; what is absent is unchanged. */
  readonly state: Partial<HostedFieldState>;
}

/** The state of a field no event has come from yet. */
export const EMPTY_FIELD: HostedFieldState = { complete: false, empty: true, focused: false, autofilled: false, code: null };

// Providers' field names, each group the kit's name first: Stripe's element types, Adyen's
// encrypted fields, Braintree's and PayPal's field keys, Square's.
const NAMES =
  'cardNumber number encryptedCardNumber card_number,cardExpiry expirationDate expirationMonth expirationYear encryptedExpiryDate encryptedExpiryMonth encryptedExpiryYear expiryDate expiry,cardCvc cvv cvc encryptedSecurityCode securityCode,postalCode postal_code billingPostalCode';

/** The kit's field for a provider's field name (`encryptedCardNumber`, `number` → `cardNumber`; `expirationMonth` → `cardExpiry`; `cvv` → `cardCvc`); other names are kept. */
export function kitField(name: string): string {
  for (const group of NAMES.split(',')) {
    const names = group.split(' ');
    if (names.includes(name)) return names[0] as string;
  }
  return name;
}

/** A code as the kit keeps it: a string of at most 100 characters, else null. */
export const fieldCode = (code: unknown): string | null => (typeof code === 'string' && code !== '' ? code.slice(0, 100) : null);

/** The state a field takes after an update: the same object when nothing changed, so subscribers of other fields stay still. */
export function nextFieldState(before: HostedFieldState | undefined, update: FieldUpdate): HostedFieldState {
  const next = { ...EMPTY_FIELD, ...before, ...update.state };
  return before && (Object.keys(next) as (keyof HostedFieldState)[]).every((key) => next[key] === before[key]) ? before : next;
}
