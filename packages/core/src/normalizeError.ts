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
 * Peels a `{status, headers, body}` pair (what `readErrorResponse` returns, a Response, or a
 * server SDK's error with `statusCode`) down to its body. A Response's unread stream counts as "no usable body".
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
  // A server SDK's error carrying the response (PayPal's TypeScript SDK, Square's: statusCode,
  // headers, body) peels the same way.
  const result: Unwrapped = {
    body,
    status: readStatus(raw ?? get(input, 'statusCode')),
    headers: get(input, 'headers'),
  };
  if (typeof body === 'string') result.body = parseText(body);
  else if (isBag(body) && typeof get(body, 'getReader') === 'function') result.body = null;
  return result;
}

/** A read: the dialect's name, its facts (primary first), and its ID test for developer facts. */
interface Read {
  dialect: string | null;
  facts: readonly ReadFacts[];
  isId?: ((value: string) => boolean) | undefined;
}

/**
 * Builds a normalizer bound to one configuration: every error of an input, primary first. A body
 * can name several failing fields at once (they are all shown); a card decline among them wins
 * and hides the rest, so a hidden decline cannot be told apart by what else it came with.
 */
export function createNormalizer(
  options: NormalizerOptions = {},
): (input: unknown, context?: NormalizeContext) => readonly CheckoutError<string>[] {
  const { dialects = [], hardenAfterDeclines, now = Date.now } = options;
  const fieldMap = createFieldMap(options.fields, options.paramToField);
  let declines = 0;
  return (input, context = {}) => {
    let status = readStatus(context.status);
    let headers: unknown = context.headers;
    let result: Read;
    try {
      // Told status 0 with no error object (a thrown string, null): no response came, as above.
      const unwrapped = unwrap(context.status === 0 && !isBag(input) ? { status: 0 } : input);
      status ??= unwrapped.status;
      headers ??= unwrapped.headers;
      result = readWith(dialects, unwrapped.body, status, context.dialect) ?? {
        dialect: null,
        facts: [status === null ? { kind: 'unknown' } : {}],
      };
    } catch {
      // A throwing getter or Proxy trap (read.ts turns those into UNREADABLE), or a shop dialect
      // that threw: a body that cannot be read at all is `unknown`, whatever the status.
      result = { dialect: null, facts: [{ kind: 'unknown' }] };
    }
    const hardened = hardenAfterDeclines !== undefined && declines >= hardenAfterDeclines;
    const errors = result.facts.map((facts) =>
      classify(facts, result.dialect, status ?? readStatus(facts.status), headers ?? facts.headers, {
        fieldMap,
        now: now(),
        hardened,
        isId: result.isId,
      }),
    );
    const decline = errors.find((error) => error.kind === 'card');
    if (decline) declines++;
    return decline?.declineCode === 'generic_decline' ? [decline] : errors;
  };
}

// A dialect's facts are capped like the built-in ones; more than this many in one body are not real.
const MAX_FACTS = 20;

function readWith(dialects: readonly Dialect[], body: unknown, status: number | null, forced: string | undefined): Read | undefined {
  for (const dialect of dialects) {
    if (forced !== undefined && dialect.name !== forced) continue;
    const read = dialect.read(body, { status, forced: forced !== undefined });
    const all = (Array.isArray(read) ? read.slice(0, MAX_FACTS) : read === undefined ? [] : [read]).filter(isBag).map(capFacts);
    // A list, even an empty one, is the dialect's answer: `[]` says nothing is wrong (a card
    // component's state with every field cleared).
    // A forced dialect that does not recognise the input reads it as a body of its own with nothing
    // in it: the status decides.
    const answered = all.length > 0 || Array.isArray(read);
    if (answered || forced !== undefined) return { dialect: dialect.name, facts: answered ? all : [{}], isId: dialect.isId };
  }
  const builtIn: BuiltInResult | undefined =
    forced === undefined || BUILT_IN.has(forced) ? readBuiltIn(body, status, forced as BuiltInDialectName | undefined) : undefined;
  return builtIn && { dialect: builtIn.dialect, facts: [builtIn.facts] };
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
  'providerCode',
  'field',
] as const;

/** A shop dialect's facts, held to the same caps and enums as the built-in ones. */
function capFacts(facts: ErrorFacts): ReadFacts {
  const capped: ReadFacts = {};
  for (const key of FACT_KEYS) capped[key] = str(facts[key], key === 'message' ? 500 : 100);
  if (typeof facts.kind === 'string' && isKind(facts.kind)) capped.kind = facts.kind;
  // A dialect may only narrow the retry (spec: provider rules such as non-idempotent 5xx results).
  if (facts.retry === 'shopper' || facts.retry === 'never') capped.retry = facts.retry;
  const status = readStatus(facts.status);
  if (status !== null) capped.status = status;
  return capped;
}
