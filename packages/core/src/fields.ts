import type { CheckoutField } from './types.js';

// Param names as payment APIs send them (bare, or the last segment of card[number],
// payment_method_data[card][cvc], billing_details[address][postal_code], source[address_zip],
// card.cvc) and the field each belongs to. Names of the kit's own fields map to themselves, so a
// shop's server can answer with `param: "cardCvc"` too.
const PARAM_FIELDS: Record<string, CheckoutField> = {
  number: 'cardNumber',
  card_number: 'cardNumber',
  exp_month: 'cardExpiry',
  exp_year: 'cardExpiry',
  expiry: 'cardExpiry',
  cvc: 'cardCvc',
  cvv: 'cardCvc',
  address_zip: 'postalCode',
  postal_code: 'postalCode',
  zip: 'postalCode',
  name: 'cardholderName',
  cardholder_name: 'cardholderName',
  email: 'email',
  receipt_email: 'email',
  address: 'billingAddress',
  line1: 'billingAddress',
  line2: 'billingAddress',
  city: 'billingAddress',
  state: 'billingAddress',
  country: 'billingAddress',
  address_line1: 'billingAddress',
  address_line2: 'billingAddress',
  address_city: 'billingAddress',
  address_state: 'billingAddress',
  address_country: 'billingAddress',
  amount: 'amount',
};

/** The kit's own field names. */
export const FIELDS: readonly CheckoutField[] = [
  'cardNumber',
  'cardExpiry',
  'cardCvc',
  'postalCode',
  'cardholderName',
  'email',
  'billingAddress',
  'amount',
  'form',
];

// A param deeper than this many segments is not a real one; the rest is ignored.
const MAX_SEGMENTS = 16;

/** Builds the param → field look-up from the defaults, the shop's own fields and its mappings. */
export function createFieldMap(fields: readonly string[] = [], paramToField: Record<string, string> = {}): ReadonlyMap<string, string> {
  const map = new Map<string, string>(Object.entries(PARAM_FIELDS));
  for (const field of [...FIELDS, ...fields]) map.set(field, field);
  for (const [param, field] of Object.entries(paramToField)) map.set(param, field);
  return map;
}

/** The field a `param` names: the last segment the map knows wins; null when none is known. */
export function fieldForParam(param: string | null, map: ReadonlyMap<string, string>): string | null {
  if (param === null) return null;
  const segments = param.split(/[[\].]+/, MAX_SEGMENTS);
  for (let i = segments.length - 1; i >= 0; i--) {
    const field = map.get(segments[i] as string);
    if (field !== undefined) return field;
  }
  return null;
}
