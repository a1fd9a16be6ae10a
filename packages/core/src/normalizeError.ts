import { classify, isKind } from './classify.js';
import { type BuiltInResult, type ReadFacts, readBuiltIn } from './dialects/builtIn.js';
import { createFieldMap } from './fields.js';
import { get, isBag, status as readStatus, str } from './read.js';
import type { BuiltInDialectName, CheckoutError, Dialect, ErrorFacts, NormalizeContext } from './types.js';

/** Bodies larger than this are not parsed (spec: `readErrorResponse`'s default cap). */
export const MAX_BODY_BYTES = 64 * 1024;

const BUILT_IN: ReadonlySet<string> = new Set<BuiltInDialectName>(['stripe', 'payments-api', 'client-validation', 'network']);

export interface NormalizerOptions {
  /** Shop dialects, tried before the built-in ones. */
  readonly dialects?: readonly Dialect[];
  readonly fields?: readonly string[];
  readonly paramToField?: Record<string, string>;
  /** After this many card declines the instance shows every decline as the generic one. */
  readonly hardenAfterDeclines?: number;
  readonly now?: () => number;
}

/** Parses a JSON-looking string no longer than the cap; anything else stays a string. */
const parseText = (text: string): unknown => {
  if (text.length > MAX_BODY_BYTES || !/^\s*[{[]/.test(text)) return text;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
};

const NO_RESPONSE = { name: 'TypeError' };

interface Unwrapped {
  body: unknown;
  status: number | null;
  headers: unknown;
}

/**
 * Peels a `{status, headers, body}` pair (what `readErrorResponse` returns, or a Response) down
 * to its body. A Response's unread stream counts as "no usable body".
 */
function unwrap(input: unknown): Unwrapped {
  if (typeof input === 'string') return { body: parseText(input), status: null, headers: undefined };
  if (!isBag(input)) return { body: input, status: null, headers: undefined };
  const raw = get(input, 'status');
  // Status 0: no response came at all (XHR or a fetch wrapper offline, readErrorResponse given
  // no Response). Read as what fetch throws then, whatever else the input holds.
  if (raw === 0) return { body: NO_RESPONSE, status: null, headers: undefined };
  const body = get(input, 'body');
  if (body === undefined) return { body: input, status: null, headers: undefined };
  const result: Unwrapped = { body, status: readStatus(raw), headers: get(input, 'headers') };
  if (typeof body === 'string') result.body = parseText(body);
  else if (isBag(body) && typeof get(body, 'getReader') === 'function') result.body = null;
  return result;
}

/** Builds a normalizer bound to one configuration. */
export function createNormalizer(options: NormalizerOptions = {}): (input: unknown, context?: NormalizeContext) => CheckoutError<string> {
  const { dialects = [], hardenAfterDeclines, now = Date.now } = options;
  const fieldMap = createFieldMap(options.fields, options.paramToField);
  let declines = 0;
  return (input, context = {}) => {
    let status = readStatus(context.status);
    let headers: unknown = context.headers;
    let result: { dialect: string | null; facts: ReadFacts };
    try {
      // Told status 0 with no error object (a thrown string, null): no response came, as above.
      const unwrapped = unwrap(context.status === 0 && !isBag(input) ? { status: 0 } : input);
      status ??= unwrapped.status;
      headers ??= unwrapped.headers;
      result = readWith(dialects, unwrapped.body, status, context.dialect) ?? {
        dialect: null,
        facts: status === null ? { kind: 'unknown' } : {},
      };
    } catch {
      // A throwing getter or Proxy trap (read.ts turns those into UNREADABLE), or a shop dialect
      // that threw: a body that cannot be read at all is `unknown`, whatever the status.
      result = { dialect: null, facts: { kind: 'unknown' } };
    }
    const { facts } = result;
    status ??= typeof facts.status === 'number' ? facts.status : null;
    headers ??= facts.headers;
    const hardened = hardenAfterDeclines !== undefined && declines >= hardenAfterDeclines;
    const error = classify(facts, result.dialect, status, headers, { fieldMap, now: now(), hardened });
    if (error.kind === 'card') declines++;
    return error;
  };
}

function readWith(dialects: readonly Dialect[], body: unknown, status: number | null, forced: string | undefined) {
  for (const dialect of dialects) {
    if (forced !== undefined && dialect.name !== forced) continue;
    const facts = dialect.read(body, { status, forced: forced !== undefined });
    if (facts !== undefined) return { dialect: dialect.name, facts: capFacts(facts) };
    if (forced !== undefined) return undefined;
  }
  const builtIn: BuiltInResult | undefined =
    forced === undefined || BUILT_IN.has(forced) ? readBuiltIn(body, status, forced as BuiltInDialectName | undefined) : undefined;
  return builtIn;
}

const FACT_KEYS = [
  'type',
  'code',
  'declineCode',
  'adviceCode',
  'param',
  'message',
  'docUrl',
  'requestLogUrl',
  'requestId',
  'networkDeclineCode',
  'networkAdviceCode',
  'paymentMethodType',
  'chargeId',
] as const;

/** A shop dialect's facts, held to the same caps and enums as the built-in ones. */
function capFacts(facts: ErrorFacts): ReadFacts {
  const capped: ReadFacts = {};
  for (const key of FACT_KEYS) capped[key] = str(facts[key], key === 'message' ? 500 : 100);
  if (typeof facts.kind === 'string' && isKind(facts.kind)) capped.kind = facts.kind;
  const status = readStatus(facts.status);
  if (status !== null) capped.status = status;
  return capped;
}
