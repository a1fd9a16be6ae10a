import { type Bag, get, isBag, status as readStatus, str } from '../../read.js';
import type { Dialect, ErrorFacts, ErrorKind } from '../../types.js';
import { groupsToMap, target } from '../tables.js';

// braintree-web (Hosted Fields and its client) in the kit's words: its BraintreeError and the
// client gateway's `{error: {message}, fieldErrors}` bodies read into the codes of the kit's own
// card fields. Opt-in on its own (a server reading Braintree's answers needs only `./braintree`).
// Sources: braintree/braintree-web @ebc775d src/lib/braintree-error.js; src/hosted-fields/shared/
// errors.js and constants.js; src/hosted-fields/internal/index.js formatTokenizationError;
// src/client/errors.js and client.js formatRequestError; test/hosted-fields/unit/internal/index.js
// (tokenization failures as they come); braintree/braintree_android Fixtures.kt (client gateway bodies).

// braintree-web's codes that say all there is [src/client/errors.js, hosted-fields errors.js] →
// the kit kind; Hosted Fields' field keys [constants.js allowedFields] → the field's "invalid"
// code (the key is the param: the kit reads `number`, `cvv`, `postalCode`, `cardholderName` as
// its fields; the expiry codes name theirs). Other codes are read from what they wrap, or by type.
const CODES =
  'network CLIENT_GATEWAY_NETWORK HOSTED_FIELDS_TOKENIZATION_NETWORK_ERROR|timeout CLIENT_REQUEST_TIMEOUT HOSTED_FIELDS_TIMEOUT|' +
  'authentication CLIENT_AUTHORIZATION_INVALID|permission CLIENT_AUTHORIZATION_INSUFFICIENT|rate_limit CLIENT_RATE_LIMITED|' +
  'invalid_request HOSTED_FIELDS_TOKENIZATION_FAIL_ON_DUPLICATE|' + // the shop's failOnDuplicatePaymentMethod
  '!invalid_number number|!invalid_cvc cvv|!invalid_expiry_year expirationDate expirationYear|' +
  '!invalid_expiry_month expirationMonth|!invalid_zip postalCode|!parameter_invalid cardholderName';

let map: Map<string, string> | undefined;
// At most this many entries of an array are read: real bodies hold a handful.
const MAX = 10;

/** The entries of an array, at most MAX, each read once; [] for anything else. */
const list = (value: unknown): unknown[] => {
  const out: unknown[] = [];
  if (Array.isArray(value)) for (let i = 0; i < Math.min(value.length, MAX); i++) out.push(get(value as unknown as Bag, String(i)));
  return out;
};

/**
 * One field's error: by Braintree's legacy code where it says more than the field (81736 "CVV
 * verification failed", which fires for AVS too [constants.js; braintree-web#415]: "check your
 * card details", the form's; 81724, a duplicate card in the vault, the shop's setting), else
 * that field's "invalid" code, or its "incomplete" one when Hosted Fields says all are empty.
 */
function fieldFact(key: unknown, code: string | null, base: ErrorFacts, incomplete?: boolean): ErrorFacts {
  map ??= groupsToMap(CODES);
  const param = str(key);
  const fact: ErrorFacts = { ...base, param, providerCode: code ? `legacyCode:${code}` : (base.providerCode ?? null) };
  if (code === '81736') return { ...fact, type: 'card_error', code: 'card_declined', adviceCode: 'confirm_card_data', field: 'form' };
  if (code === '81724') return { ...fact, kind: 'invalid_request' };
  target(map.get(param as string) ?? '!parameter_invalid', fact).type = 'validation_error';
  // invalid_number → incomplete_number; both expiry codes → incomplete_expiry.
  if (incomplete) fact.code = (fact.code as string).replace(/^invalid_(\w+?)(_year|_month)?$/, 'incomplete_$1');
  return fact;
}

/**
 * The client gateway's field errors, depth-first three levels deep, at most ten:
 * `[{field: 'creditCard', fieldErrors: [{field: 'cvv', code: '81736', message}]}]` [WEB tests;
 * AND]. Hosted Fields reads only the first; every one is read here.
 */
function fieldErrorFacts(nodes: unknown, depth: number, out: ErrorFacts[]): ErrorFacts[] {
  for (const node of list(nodes)) {
    if (!isBag(node) || out.length >= MAX) continue;
    const nested = get(node, 'fieldErrors');
    if (Array.isArray(nested)) depth < 3 && fieldErrorFacts(nested, depth + 1, out);
    else out.push(fieldFact(get(node, 'field'), str(get(node, 'code')), { message: str(get(node, 'message'), 500) }));
  }
  return out;
}

/** A BraintreeError `{name, code, type, message, details}`, unwrapping what it wraps, three levels at most. */
function readError(bag: Bag, depth: number): ErrorFacts[] {
  map ??= groupsToMap(CODES);
  const code = str(get(bag, 'code'));
  const type = str(get(bag, 'type'));
  const details = get(bag, 'details');
  const info = isBag(details) ? details : {};
  const base: ErrorFacts = {
    message: str(get(bag, 'message'), 500),
    providerCode: `code:${code}`,
    status: readStatus(get(info, 'httpStatus')),
  };
  if (code === 'HOSTED_FIELDS_FIELDS_INVALID') return list(get(info, 'invalidFieldKeys')).map((key) => fieldFact(key, null, base));
  if (code === 'HOSTED_FIELDS_FIELDS_EMPTY') return ['number', 'expirationDate', 'cvv'].map((key) => fieldFact(key, null, base, true));
  // Named for 81736 [constants.js tokenizationErrorCodes].
  if (code === 'HOSTED_FIELDS_TOKENIZATION_CVV_VERIFICATION_FAILED') return [fieldFact(null, '81736', base)];
  const kind = map.get(code as string);
  if (kind && kind[0] !== '!') return [{ ...base, kind: kind as ErrorKind }];
  // A tokenization or request failure: the gateway's answer is in details.originalError, a
  // BraintreeError again, the client gateway's body, or GraphQL's `errors` array (each error's
  // inputPath ends in the field, its legacyCode the code).
  const inner = get(info, 'originalError');
  const read =
    depth > 2
      ? undefined
      : Array.isArray(inner)
        ? list(inner).map((error) => {
            const ext = isBag(error) ? get(error, 'extensions') : undefined;
            const path = isBag(ext) ? list(get(ext, 'inputPath')) : [];
            return fieldFact(path[path.length - 1], isBag(ext) ? str(get(ext, 'legacyCode')) : null, { ...base });
          })
        : parse(inner, depth + 1);
  if (read?.some((fact) => fact.code)) {
    for (const fact of read) fact.status ??= base.status ?? null;
    return read;
  }
  // A setup or account error is the shop's; a card failing tokenization with nothing more said is "check the form".
  if (type === 'CUSTOMER') return [{ ...base, type: 'validation_error', code: 'parameter_invalid' }];
  return [{ ...base, kind: type === 'NETWORK' ? 'network' : type === 'MERCHANT' ? 'invalid_request' : 'unknown' }];
}

/** What an input says: undefined when it is neither a BraintreeError nor the client gateway's body. */
function parse(input: unknown, depth = 0): ErrorFacts[] | undefined {
  if (!isBag(input)) return undefined;
  if (get(input, 'name') === 'BraintreeError') return readError(input, depth);
  const fieldErrors = get(input, 'fieldErrors');
  if (!Array.isArray(fieldErrors)) return undefined;
  const out = fieldErrorFacts(fieldErrors, 0, []);
  return out.length ? out : [{ kind: 'invalid_request' }];
}

/** braintree-web's errors: BraintreeError (Hosted Fields, the client) and the client gateway's field errors. */
export const braintreeWeb: Dialect = {
  name: 'braintree-web',
  read: (input) => parse(input),
};

export default braintreeWeb;
