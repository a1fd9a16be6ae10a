import { type Bag, get, isBag, str } from '../read.js';
import type { BuiltInDialectName, ErrorFacts, ErrorKind } from '../types.js';
import { readErrorObject } from './readErrorObject.js';

export type ReadFacts = ErrorFacts & { headers?: unknown; field?: string | null };
export interface BuiltInResult {
  readonly dialect: BuiltInDialectName;
  readonly facts: ReadFacts;
}

// Errors thrown by fetch and AbortSignal: TypeError when the network fails (offline, DNS, CORS),
// AbortError when the page cancels, TimeoutError from AbortSignal.timeout().
const THROWN_KINDS: Record<string, ErrorKind> = { TypeError: 'network', AbortError: 'aborted', TimeoutError: 'timeout' };

// Codes only the payments-api dialect (seed 003) uses; with its `payment_error` type they tell
// its bodies from Stripe's, which share the envelope.
const PAYMENTS_API_CODES = new Set([
  'amount_invalid',
  'parameter_invalid',
  'payment_intent_unexpected_state',
  'invalid_state_transition',
  'payment_not_initialized',
  'idempotency_key_reuse',
  'internal_error',
]);

// The error types of Stripe's API and the payments API (read into the kit's kinds in classify.ts).
const KNOWN_TYPES = /^(card|invalid_request|api|api_connection|idempotency|rate_limit|authentication|validation|payment)_error$/;

// Hosted card fields report these element types; the kit's field names are the same words.
const ELEMENT_FIELDS = new Set(['cardNumber', 'cardExpiry', 'cardCvc', 'postalCode']);

const noBody = (status: number | null): ReadFacts => (status === null ? { kind: 'network' } : {});
// A page of markup where the API's JSON should be: a proxy, CDN or captive portal answered.
const HTML = /^\s*</;

/** Reads an input in whichever built-in dialect it is; undefined when none recognises it. */
export function readBuiltIn(input: unknown, status: number | null, forced?: BuiltInDialectName): BuiltInResult | undefined {
  if (forced === 'network') return { dialect: 'network', facts: { kind: thrownKind(input) ?? 'network' } };
  // No usable body: nothing, an empty or non-JSON string. With a status (a proxy's HTML or empty
  // 5xx) the status decides. Without one, only an HTML page still says the network answered in
  // the API's place; a thrown string ('boom'), a bare null or undefined says nothing about the
  // network, so it is left to the caller as unknown.
  if (input === null || input === undefined || typeof input === 'string') {
    if (status === null && !HTML.test(input ?? '')) return undefined;
    return { dialect: 'network', facts: noBody(status) };
  }
  if (!isBag(input)) return undefined;
  const error = get(input, 'error');
  const elementType = str(get(input, 'elementType'));
  const name = str(get(input, 'name'));
  const thrown = name !== null && Object.hasOwn(THROWN_KINDS, name) ? THROWN_KINDS[name] : undefined;
  if (thrown !== undefined && !isBag(error)) {
    return { dialect: 'network', facts: { kind: thrown } };
  }
  const inner: Bag = isBag(error) ? error : input;
  const facts: ReadFacts = readErrorObject(inner);
  if (elementType !== null || forced === 'client-validation' || facts.type === 'validation_error') {
    // A card field's change event: { elementType, complete, empty, error?: { type, code, message } }.
    if (elementType !== null && inner === input) return { dialect: 'client-validation', facts: { kind: 'unknown' } };
    facts.type = 'validation_error';
    facts.field = elementType !== null && ELEMENT_FIELDS.has(elementType) ? elementType : null;
    return { dialect: 'client-validation', facts };
  }
  // Other providers' bodies share this envelope (`{error: {code}}`, `{error: {message}}`): unforced,
  // a body is Stripe's (or the payments API's) only with a type of theirs, or a `decline_code`
  // (Stripe's word alone: bodies shops log and pass on without their type carry it).
  if (forced === undefined && !KNOWN_TYPES.test(facts.type ?? '') && facts.declineCode === null) return undefined;
  const paymentsApi = facts.type === 'payment_error' || PAYMENTS_API_CODES.has(facts.code ?? '');
  return { dialect: forced ?? (paymentsApi ? 'payments-api' : 'stripe'), facts };
}

function thrownKind(input: unknown): ErrorKind | undefined {
  try {
    const name = isBag(input) ? str(get(input, 'name')) : null;
    return name !== null && Object.hasOwn(THROWN_KINDS, name) ? THROWN_KINDS[name] : undefined;
  } catch {
    return undefined;
  }
}
