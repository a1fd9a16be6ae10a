import { type Bag, get, isBag, str } from '../../read.js';
import type { Dialect, ErrorFacts } from '../../types.js';
import { groupsToMap } from '../tables.js';

// Adyen Web's card component (v5 and v6) in the kit's words: its field errors read into the codes
// of the kit's own card fields, so "card number incomplete" reads the same whichever field said it.
// Opt-in on its own (a server forwarding Adyen's answers needs only `./adyen`). Source:
//  [WEB]  Adyen/adyen-web packages/lib/src/core/Errors/constants.ts @183fa6f8 (v6 codes) and
//         @v5.72.0 (v5 codes); components/Card/components/CardInput/CardInput.tsx (onChange);
//         SecuredFields/lib/constants.ts (the encrypted* field types).

// Codes by their key: v6 `cc.num.902` by its number, v5 `error.va.sf-cc-num.01` as `num.01`
// (v5 → v6 pairs matched by enum member name in [WEB], not a table Adyen publishes). Most say the
// field is empty or incomplete (v6 900, 901, 910, 911, 915, 917, 918, 920, 921, 9100 "Incomplete
// field"; v5 num.02, num.04, dat.04, dat.05, mth.01, yr.01, yr.02, cvc.01, cvc.02, gen.01), read
// as the field's incomplete code; the others are listed.
const WEB =
  'invalid 902 913 914 9101 9102 num.01 dat.02 dat.03 gen.02|' + // Luhn check failed; date too far ahead, expires before check-out; "Field not valid", "Data parsing error"
  'invalid_card_type 903 904 num.03|' + // unsupported card brand
  'invalid_expiry_year_past 912 dat.01|' + // card too old
  // Secured-field types → field:incomplete:invalid codes. encryptedPassword (KCP) has no kit field.
  'cardNumber:incomplete_number:invalid_number encryptedCardNumber|' +
  'cardExpiry:incomplete_expiry:invalid_expiry_year encryptedExpiryDate encryptedExpiryMonth encryptedExpiryYear|' +
  'cardCvc:incomplete_cvc:invalid_cvc encryptedSecurityCode';
// The key of a code: v6's number (`cc.cvc.920.amex` → 920), else v5's last two parts.
const CODE = /\d{3,4}|[a-z]+\.\d\d$/;

let web: Map<string, string> | undefined;

/**
 * The kit's field and code for an Adyen Web field error (`encryptedCardNumber`, `cc.num.902` →
 * cardNumber, invalid_number); the code is null for a cleared error (`''`). Undefined for a field
 * type the kit has no field for (KCP's password). Shared with the hosted-field adapter.
 */
export function adyenFieldError(fieldType: string, error: unknown): { field: string; code: string | null } | undefined {
  web ??= groupsToMap(WEB);
  const entry = fieldType.startsWith('encrypted') ? web.get(fieldType) : undefined;
  if (entry === undefined) return undefined;
  const [field, incomplete, invalid] = entry.split(':') as [string, string, string];
  if (typeof error !== 'string' || !error) return { field, code: null };
  const key = CODE.exec(error.slice(0, 40))?.[0];
  const kind = key && (web.get(key) ?? incomplete);
  return { field, code: (kind === 'invalid' ? invalid : kind) || null };
}

/**
 * One fact per failing field: an error event `{fieldType, error}`, or onChange's `state.errors`
 * (or that map itself), `{ encryptedCardNumber: {error} | null }`. An empty or null error is a
 * cleared field: no fact, so a state with every field cleared reads as `[]` (no errors).
 * (CustomCard's onValidationError list holds such events: pass each one.)
 */
function fieldErrors(input: Bag): ErrorFacts[] | undefined {
  web ??= groupsToMap(WEB);
  const table = web;
  const out: ErrorFacts[] = [];
  const add = (type: string, error: unknown) => {
    const found = adyenFieldError(type, error);
    if (!found || found.code === null || out.some((f) => f.field === found.field)) return;
    out.push({ type: 'validation_error', code: found.code, field: found.field, providerCode: str(error) });
  };
  const fieldType = str(get(input, 'fieldType'));
  if (fieldType !== null) {
    if (!fieldType.startsWith('encrypted') || !table.has(fieldType)) return undefined;
    add(fieldType, get(input, 'error'));
    return out;
  }
  const errors = get(input, 'errors');
  const map = isBag(errors) ? errors : input;
  let seen = false;
  for (const type of table.keys()) {
    if (!type.startsWith('encrypted')) continue;
    const value = get(map, type);
    seen ||= value !== undefined;
    add(type, isBag(value) ? get(value, 'error') : value);
  }
  return seen ? out : undefined;
}

/** Adyen Web's card-field errors (v5 `error.va.sf-cc-*` and v6 `cc.*` codes, by `fieldType`). */
export const adyenWeb: Dialect = {
  name: 'adyen-web',
  read: (input, context) => (isBag(input) ? fieldErrors(input) : undefined) ?? (context.forced ? {} : undefined),
  // Adyen Web's error codes (`cc.num.902`, `error.va.sf-cc-num.01`) are not card numbers.
  isId: (value) => /^[a-z][\w.-]{2,40}$/.test(value),
};

export default adyenWeb;
