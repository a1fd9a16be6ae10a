// Param names as payment APIs send them (bare, or the last segment of card[number],
// payment_method_data[card][cvc], billing_details[address][postal_code], source[address_zip],
// card.cvc, PayPal's JSON Pointer /payment_source/card/security_code) and the field each belongs to: each group is a kit field followed by its params.
// The kit's own field names map to themselves, so a shop's server can answer with
// `param: "cardCvc"` too. One string, as the catalog is: brotli packs it better than an object.
const PARAM_GROUPS =
  'cardNumber number card_number,cardExpiry exp_month exp_year expiry,cardCvc cvc cvv security_code,postalCode address_zip postal_code zip,cardholderName name cardholder_name,email receipt_email,billingAddress address line1 line2 city state country address_line1 address_line2 address_city address_state address_country billing_address,amount,form';

// A param deeper than this many segments is not a real one; the rest is ignored.
const MAX_SEGMENTS = 16;

/** Builds the param → field look-up from the defaults, the shop's own fields and its mappings. */
export function createFieldMap(fields: readonly string[] = [], paramToField: Record<string, string> = {}): ReadonlyMap<string, string> {
  const map = new Map<string, string>();
  for (const group of PARAM_GROUPS.split(',')) {
    const [field, ...params] = group.split(' ') as [string, ...string[]];
    for (const name of [field, ...params]) map.set(name, field);
  }
  for (const field of fields) map.set(field, field);
  for (const [param, field] of Object.entries(paramToField)) map.set(param, field);
  return map;
}

/** The field a `param` names: the last segment the map knows wins; null when none is known. */
export function fieldForParam(param: string | null, map: ReadonlyMap<string, string>): string | null {
  if (param === null) return null;
  const segments = param.split(/[[\]./]+/, MAX_SEGMENTS);
  for (let i = segments.length - 1; i >= 0; i--) {
    const field = map.get(segments[i] as string);
    if (field !== undefined) return field;
  }
  return null;
}
