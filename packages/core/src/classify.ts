import { type CatalogEntry, catalog } from './catalog.js';
import type { ReadFacts } from './dialects/builtIn.js';
import { fieldForParam } from './fields.js';
import { readHeader } from './headers.js';
import { MAX_MESSAGE_LENGTH } from './read.js';
import { DEFAULT_COOLDOWN_MS, parseRetryAfter } from './retry.js';
import { sanitizeServerMessage } from './sanitizeServerMessage.js';
import type { CheckoutError, ErrorKind, RetryMode } from './types.js';

/** What classification needs besides the facts. */
export interface ClassifyOptions {
  readonly fieldMap: ReadonlyMap<string, string>;
  readonly now: number;
  /** True once the instance's hardened mode makes every decline generic. */
  readonly hardened: boolean;
  /** The dialect's test for its own ID format: such an ID is kept as it is, anything else is scanned for card numbers. */
  readonly isId?: ((value: string) => boolean) | undefined;
}

// A specific `type` decides the kind (spec section 1); the generic ones leave it to the status.
const TYPE_KINDS: Record<string, ErrorKind> = {
  card_error: 'card',
  validation_error: 'validation',
  idempotency_error: 'idempotency',
  rate_limit_error: 'rate_limit',
  authentication_error: 'authentication',
  api_connection_error: 'network',
  payment_error: 'card',
};

const STATUS_KINDS: Record<number, ErrorKind> = {
  400: 'invalid_request',
  401: 'authentication',
  402: 'card',
  403: 'permission',
  404: 'not_found',
  424: 'external',
  429: 'rate_limit',
};

// The message and retry mode of a kind when no catalog row says more.
const KIND_DEFAULTS: Record<ErrorKind, readonly [messageKey: string, retry: RetryMode]> = {
  card: ['decline.generic', 'never'],
  validation: ['value.invalid', 'never'],
  invalid_request: ['shop.unavailable', 'never'],
  authentication: ['shop.unavailable', 'never'],
  permission: ['shop.unavailable', 'never'],
  not_found: ['shop.unavailable', 'never'],
  conflict: ['service.in_progress', 'auto'],
  idempotency: ['shop.unavailable', 'shopper'],
  rate_limit: ['service.busy', 'cooldown'],
  api: ['service.error', 'auto'],
  external: ['service.external', 'shopper'],
  network: ['network.offline', 'auto'],
  timeout: ['network.timeout', 'auto'],
  aborted: ['aborted', 'never'],
  unknown: ['unknown', 'shopper'],
};

/** Whether a shop dialect's `kind` is one of the kit's. */
export const isKind = (kind: string): kind is ErrorKind => Object.hasOwn(KIND_DEFAULTS, kind);

// Automatic resends of a 5xx are limited to these (spec section 3).
const RETRIED_5XX = new Set([500, 502, 503, 504]);
// Kinds where the first request may still have gone through: the next request must reuse its key.
const UNCERTAIN = new Set<ErrorKind>(['conflict', 'network', 'timeout', 'unknown']);

const own = <T>(record: Record<string | number, T>, key: string | number | null | undefined): T | undefined =>
  key !== null && key !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;

function kindOf(facts: ReadFacts, status: number | null): ErrorKind {
  if (facts.kind !== undefined) return facts.kind;
  const { type, code } = facts;
  // A 409 is always a conflict (a request with this key is still running), whatever the type.
  if (status === 409) return 'conflict';
  const byType = own(TYPE_KINDS, type);
  if (byType !== undefined) return byType;
  if (code === 'rate_limit') return 'rate_limit';
  if (status !== null) {
    if (status === 422) return code === 'idempotency_key_reuse' ? 'idempotency' : 'invalid_request';
    if (status >= 500) return 'api';
    const byStatus = own(STATUS_KINDS, status);
    if (byStatus !== undefined) return byStatus;
    if (status >= 400) return 'invalid_request';
  }
  if (type === 'invalid_request_error') return 'invalid_request';
  if (type === 'api_error') return 'api';
  if (facts.declineCode || code === 'card_declined') return 'card';
  return 'unknown';
}

/** An ID in the dialect's own format stays as it came; anything else is scanned like server text (a 16-digit ID can pass Luhn). */
function keepId(value: string | null, isId: ClassifyOptions['isId']): string | null {
  try {
    if (value === null || isId?.(value)) return value;
  } catch {}
  return sanitizeServerMessage(value, MAX_MESSAGE_LENGTH);
}

/** Turns the facts a dialect read into the kit's CheckoutError. */
export function classify(
  facts: ReadFacts,
  dialect: string | null,
  status: number | null,
  headers: unknown,
  options: ClassifyOptions,
): CheckoutError<string> {
  const { codes, declines, advice, hidden } = catalog();
  const kind = kindOf(facts, status);
  const code = facts.code ?? null;
  const rawDecline = facts.declineCode ?? null;
  const isCard = kind === 'card';
  let declineCode = rawDecline;
  // The reveal-nothing declines become generic_decline before anything else looks at them, so
  // everything downstream (message, field, retry, analytics) is the generic decline's.
  if (isCard && declineCode !== null && hidden.has(declineCode)) declineCode = 'generic_decline';
  let entry: CatalogEntry | undefined =
    (isCard && declineCode !== null ? declines.get(declineCode) : undefined) ?? (code === null ? undefined : codes.get(code));
  if (isCard && options.hardened && entry?.retry !== 'authenticate') {
    declineCode = 'generic_decline';
    entry = declines.get(declineCode);
  }
  const [defaultKey, defaultRetry] = KIND_DEFAULTS[kind];
  let messageKey = entry?.messageKey ?? defaultKey;
  let mode: RetryMode = entry?.retry ?? defaultRetry;
  if (kind === 'api' && entry === undefined && status !== null && !RETRIED_5XX.has(status)) mode = 'shopper';
  if (kind === 'conflict') mode = 'auto';
  if (kind === 'rate_limit') mode = 'cooldown';
  // advice_code refines the retry guidance of a decline; on a generic decline it also words it.
  const adviceEntry = isCard && facts.adviceCode ? advice.get(facts.adviceCode) : undefined;
  if (adviceEntry !== undefined && mode !== 'authenticate') {
    mode = adviceEntry.retry;
    if (messageKey === 'decline.generic') messageKey = adviceEntry.messageKey;
  }
  // Stripe-Should-Retry wins over the status, even on a 429, as in the official libraries; a
  // decline is never resent automatically whatever it says.
  const shouldRetry = readHeader(headers, 'stripe-should-retry');
  if (shouldRetry === 'true' && !isCard && kind !== 'aborted') mode = 'auto';
  // A 5xx the server marks final may still have charged (spec section 3): its outcome is
  // unknown, so neither the kit nor the shopper may send again until the shop has checked the
  // payment. Other `false` answers only stop the automatic resend.
  const unconfirmed = shouldRetry === 'false' && !isCard && kind !== 'aborted' && (kind === 'api' || (status ?? 0) >= 500);
  if (unconfirmed) {
    mode = 'unconfirmed';
    messageKey = 'payment.unconfirmed';
  } else if (shouldRetry === 'false' && mode === 'auto') mode = 'shopper';
  // A dialect's rule may only narrow: auto → shopper or never, shopper → never.
  if (facts.retry !== undefined && (mode === 'auto' || (mode === 'shopper' && facts.retry === 'never'))) mode = facts.retry;
  // An unconfirmed payment waits for the shop's check, not for a time.
  const retryAfter = unconfirmed ? null : parseRetryAfter(readHeader(headers, 'retry-after'), options.now);
  const found =
    options.hardened && isCard
      ? 'form'
      : (facts.field && options.fieldMap.get(facts.field)) ||
        fieldForParam(facts.param ?? null, options.fieldMap) ||
        entry?.field ||
        'form';
  // The kit's field goes through the map once more, so a shop can move a whole field (Stripe's
  // single Card Element holds four: `paramToField: { cardCvc: 'cardNumber', … }`).
  const field = options.fieldMap.get(found) ?? found;
  return {
    kind,
    code,
    declineCode,
    field,
    param: facts.param ?? null,
    status,
    retry: {
      mode,
      retryable: mode !== 'never' && !unconfirmed,
      sameIdempotencyKey: unconfirmed || mode === 'auto' || mode === 'cooldown' || UNCERTAIN.has(kind),
      afterMs: retryAfter ?? (mode === 'cooldown' ? DEFAULT_COOLDOWN_MS : null),
    },
    messageKey,
    developer: {
      dialect,
      message: sanitizeServerMessage(facts.message, MAX_MESSAGE_LENGTH),
      declineCode: rawDecline,
      docUrl: facts.docUrl ?? null,
      requestLogUrl: facts.requestLogUrl ?? null,
      requestId: keepId(facts.requestId ?? readHeader(headers, 'request-id'), options.isId),
      adviceCode: facts.adviceCode ?? null,
      networkDeclineCode: facts.networkDeclineCode ?? null,
      networkAdviceCode: facts.networkAdviceCode ?? null,
      paymentMethodType: facts.paymentMethodType ?? null,
      chargeId: keepId(facts.chargeId ?? null, options.isId),
      providerCode: keepId(facts.providerCode ?? null, options.isId),
    },
  };
}
