/** What went wrong, as a closed set: every failure lands in exactly one kind. */
export type ErrorKind =
  | 'card'
  | 'validation'
  | 'invalid_request'
  | 'authentication'
  | 'permission'
  | 'not_found'
  | 'conflict'
  | 'idempotency'
  | 'rate_limit'
  | 'api'
  | 'external'
  | 'network'
  | 'timeout'
  | 'aborted'
  | 'unknown';

/** The form fields the kit knows; `form` means the whole form. */
export type CheckoutField =
  | 'cardNumber'
  | 'cardExpiry'
  | 'cardCvc'
  | 'postalCode'
  | 'cardholderName'
  | 'email'
  | 'billingAddress'
  | 'amount'
  | 'form';

/**
 * How the failure may be retried: `auto` = the kit may resend the same attempt (same key);
 * `shopper` = the shopper may press pay again (new attempt); `cooldown` = wait `afterMs`, then
 * the shopper may try; `authenticate` = run the authentication step, then continue;
 * `unconfirmed` = the outcome is unknown (a 5xx marked `Stripe-Should-Retry: false`: the first
 * request may have charged), so no resend and no new attempt until the shop has checked the
 * payment, and the attempt keeps its key; `never`.
 */
export type RetryMode = 'auto' | 'shopper' | 'cooldown' | 'authenticate' | 'unconfirmed' | 'never';

export interface RetryAdvice {
  readonly mode: RetryMode;
  /** False for `never` and `unconfirmed`: nothing may be sent again on the kit's or the shopper's own. */
  readonly retryable: boolean;
  /** Whether the next request for this payment must reuse the attempt's idempotency key. */
  readonly sameIdempotencyKey: boolean;
  /** How long to wait before the next try, from `Retry-After` or the cooldown default; else null. */
  readonly afterMs: number | null;
}

/** Facts for logs and developer tools only. Never rendered to shoppers. */
export interface DeveloperFacts {
  /** The dialect that read the input. */
  readonly dialect: string | null;
  /** The server's `message`, capped and with card-number-like digit runs redacted. */
  readonly message: string | null;
  /** The raw decline code, also for the reveal-nothing declines. */
  readonly declineCode: string | null;
  readonly docUrl: string | null;
  readonly requestLogUrl: string | null;
  readonly requestId: string | null;
  readonly adviceCode: string | null;
  readonly networkDeclineCode: string | null;
  readonly networkAdviceCode: string | null;
  readonly paymentMethodType: string | null;
  readonly chargeId: string | null;
}

/** One typed, serializable description of any checkout failure. */
export interface CheckoutError<Field extends string = CheckoutField> {
  readonly kind: ErrorKind;
  /** The error code as received, or null. */
  readonly code: string | null;
  /** The issuer's reason; `generic_decline` for the reveal-nothing declines. */
  readonly declineCode: string | null;
  /** Where the error belongs in the form. */
  readonly field: Field | 'form';
  /** The raw `param` as received, or null. */
  readonly param: string | null;
  /** The HTTP status, or null. */
  readonly status: number | null;
  readonly retry: RetryAdvice;
  /** The catalog key `shopperMessage` uses. */
  readonly messageKey: string;
  readonly developer: DeveloperFacts;
}

/**
 * What a dialect reads out of an input: plain strings, each already capped. Every member is
 * optional; the kit decides kind, field, retry and message from these facts and the catalog.
 */
export interface ErrorFacts {
  /** Forces the kind (network-level failures). */
  kind?: ErrorKind;
  type?: string | null;
  code?: string | null;
  declineCode?: string | null;
  adviceCode?: string | null;
  param?: string | null;
  /** A status found inside the input (a `{status, body}` pair, a client library's `statusCode`). */
  status?: number | null;
  message?: string | null;
  docUrl?: string | null;
  requestLogUrl?: string | null;
  requestId?: string | null;
  networkDeclineCode?: string | null;
  networkAdviceCode?: string | null;
  paymentMethodType?: string | null;
  chargeId?: string | null;
}

/** What a dialect gets besides the input. */
export interface DialectContext {
  /** The HTTP status known so far, or null. */
  readonly status: number | null;
  /** True when `context.dialect` named this dialect, so it should read whatever it can. */
  readonly forced: boolean;
}

/**
 * An error dialect: reads one payment provider's (or one source's) failures. `read` returns
 * undefined when the input is not in this dialect. It must read each property at most once and
 * never walk the input recursively; a throw is caught and the input treated as unreadable.
 */
export interface Dialect {
  readonly name: string;
  read(input: unknown, context: DialectContext): ErrorFacts | undefined;
}

export type BuiltInDialectName = 'stripe' | 'payments-api' | 'client-validation' | 'network';

/** What `normalizeError` may be told besides the input. */
export interface NormalizeContext {
  /** The HTTP status, when the input is only a body. */
  status?: number;
  /** Response headers (`Retry-After`, `Stripe-Should-Retry`, `Request-Id`); names match case-insensitively. */
  headers?: HeadersInit | Record<string, string>;
  /** Forces a dialect by name instead of detecting it. */
  dialect?: string;
}

/** A message to format at render time: a catalog key and its values. */
export interface MessageDescriptor {
  readonly key: string;
  readonly values: Record<string, string | number>;
}
