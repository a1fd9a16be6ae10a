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
  /** The provider's own code as it came (Adyen's refusalReasonCode `24`, errorCode `101`), under the key it came in. */
  readonly providerCode: string | null;
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
  /** The provider's own code (`refusalReasonCode:24`), for developer facts only. */
  providerCode?: string | null;
  /** The kit field the provider names by its own path (`encryptedSecurityCode` → `cardCvc`); wins over `param`. */
  field?: string | null;
  /**
   * Narrows the retry the catalog and the status decide, never widens it: `shopper` takes away
   * the kit's own resend (a provider whose 5xx results are not idempotent), `never` any retry.
   */
  retry?: 'shopper' | 'never';
}

/** What a dialect reads out of a 2xx body: the payment's outcome. */
export type DialectOutcome =
  | { readonly outcome: 'succeeded' }
  | { readonly outcome: 'pending' }
  | { readonly outcome: 'requires_action'; readonly data: unknown }
  /** A refusal answered with a 2xx: the body is read by the dialect's `read` like any error body. */
  | { readonly outcome: 'failed' };

/** What `readOutcome` says of a 2xx answer. A refusal never counts as paid. */
export type PaymentOutcome =
  | { readonly outcome: 'succeeded' }
  /** Received or pending at the provider: not paid yet, not failed. */
  | { readonly outcome: 'pending' }
  /** The shop's authentication step takes the provider's raw continuation (Adyen's `action`, a redirect link). */
  | { readonly outcome: 'requires_action'; readonly data: unknown }
  | { readonly outcome: 'failed'; readonly error: CheckoutError<string>; readonly errors: readonly CheckoutError<string>[] };

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
  /** The facts of an error body, or several (one per failing field: the first is the primary); undefined when not this dialect's. */
  read(input: unknown, context: DialectContext): ErrorFacts | readonly ErrorFacts[] | undefined;
  /** The outcome a 2xx body says (providers answer refusals with 200); undefined when not this dialect's. */
  readOutcome?(body: unknown, context: DialectContext): DialectOutcome | undefined;
  /**
   * For `toClientError` on the shop's server: the body as it may reach a browser; undefined when
   * not this dialect's. Without it, `toClientError` answers the kit's own body from `read`'s facts.
   */
  toClient?(input: unknown): object | undefined;
  /** Whether a request id or provider code has this provider's ID format, so it is not redacted as a card number. */
  isId?(value: string): boolean;
  /** Where this provider wants the idempotency key (for the server recipe): a header, or a path in the request body. */
  readonly idempotency?: { readonly header?: string; readonly bodyPath?: string };
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
