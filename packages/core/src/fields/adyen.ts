import { adyenFieldError } from '../dialects/providers/adyen-web.js';
import { type FieldUpdate, type HostedFieldState, kitField } from './state.js';

// Adyen Web's Card component (v5 and v6): one component owns the card fields, and tells about
// them through its callbacks. Read: onChange's `state.errors` (each secured field's `error`
// code, `''` or falsy when cleared; the billing address's postal-code rule `isValid`) and
// `state.valid`; onFieldValid's `fieldType` and `valid`; onFocus / onBlur's `fieldType` and
// `focus`. Never read: `state.data` (the encrypted card and the address typed), onFieldValid's
// `endDigits`, `issuerBin`, `expiryDate` and `blob`, onBinValue, onAutoComplete's `value`, focus
// events' `numChars`. Adyen reports no autofill of the card iframes. Sources: the published types
// of @adyen/adyen-web 6.45.2 (dist/es/index.d.ts: OnChangeData, CardFieldValidData,
// CardFocusData, ComponentFocusObject) and 5.72.0 (dist/types: CbObjOnFieldValid, CbObjOnFocus);
// behaviour from Adyen/adyen-web at v6.44.0 and v5.72.0: CSF/utils/processErrors.ts (`error: ''`
// clears), SFP/SecuredFieldsProviderHandlers.ts (state.valid keyed by encryptedExpiryMonth and
// encryptedExpiryYear), components/internal/Address/validate.ts (postal code isValid null: empty).

/** onChange's state, structurally: only `errors` and `valid` are read. */
export interface AdyenCardState {
  readonly errors?: { readonly [field: string]: unknown } | undefined;
  readonly valid?: { readonly [field: string]: unknown } | undefined;
}

/** onFocus / onBlur's payload: Card's `CardFocusData`, or `{ fieldType, event }` for its non-iframe fields. */
export interface AdyenFocusData {
  readonly fieldType?: string;
  readonly focus?: boolean;
  readonly event?: unknown;
}

// Each kit field's secured field in `errors`, and its keys in `valid`.
const SECURED: readonly (readonly [field: string, error: string, valid: readonly string[]])[] = [
  ['cardNumber', 'encryptedCardNumber', ['encryptedCardNumber']],
  ['cardExpiry', 'encryptedExpiryDate', ['encryptedExpiryMonth', 'encryptedExpiryYear']],
  ['cardCvc', 'encryptedSecurityCode', ['encryptedSecurityCode']],
];

const bag = (value: unknown): { readonly [key: string]: unknown } | undefined =>
  typeof value === 'object' && value !== null ? (value as { readonly [key: string]: unknown }) : undefined;

/**
 * The kit's updates for an onChange state. onChange does not say which field changed: a field
 * whose code or completeness moved is an edit while it has focus, and a blur (the check Adyen
 * runs as the shopper leaves) when it has not. `before` is the kit's last state of a field.
 */
export function adyenChangeUpdates(
  state: AdyenCardState,
  before: (field: string) => HostedFieldState | undefined = () => undefined,
): FieldUpdate[] {
  const errors = bag(bag(state)?.errors);
  const valid = bag(bag(state)?.valid);
  if (!errors && !valid) return [];
  const facts: [string, string | null, boolean][] = [];
  for (const [field, secured, keys] of SECURED) {
    if (!(errors && secured in errors) && !keys.some((key) => valid && key in valid)) continue;
    const code = adyenFieldError(secured, bag(errors?.[secured])?.error)?.code ?? null;
    facts.push([field, code, keys.every((key) => valid?.[key] === true)]);
  }
  // The billing address's postal code (billingAddressMode 'partial' or a full address): a rule result.
  const postal = bag(bag(errors?.billingAddress)?.postalCode);
  if (errors && 'billingAddress' in errors)
    facts.push([
      'postalCode',
      postal && postal.isValid !== true ? (postal.isValid === false ? 'invalid_zip' : 'incomplete_zip') : null,
      valid?.billingAddress === true,
    ]);
  return facts.map(([field, code, complete]) => {
    const last = before(field);
    const moved = !last || last.code !== code || last.complete !== complete;
    const event = !moved ? 'sync' : last?.focused || code === null ? 'edit' : 'blur';
    // Adyen never says a field is empty; a complete one is not.
    return { field, event, state: complete ? { code, complete, empty: false } : { code, complete } };
  });
}

/** An onFieldValid payload: the field turned valid, or stopped being valid; an edit of that field. */
export function adyenFieldValidUpdate(data: { readonly fieldType?: string }): FieldUpdate | undefined {
  const field = typeof data?.fieldType === 'string' ? kitField(data.fieldType) : undefined;
  return field && SECURED.some(([kit]) => kit === field) ? { field, event: 'edit', state: {} } : undefined;
}

/** An onFocus / onBlur payload as a focus or blur of the kit's field. */
export function adyenFocusUpdate(data: AdyenFocusData): FieldUpdate | undefined {
  const field = typeof data?.fieldType === 'string' ? kitField(data.fieldType) : undefined;
  if (!field || !['cardNumber', 'cardExpiry', 'cardCvc', 'postalCode'].includes(field)) return undefined;
  const inner = bag(data.event);
  const focused = typeof data.focus === 'boolean' ? data.focus : typeof inner?.focus === 'boolean' ? inner.focus : inner?.type === 'focus';
  return { field, event: focused ? 'focus' : 'blur', state: { focused } };
}
