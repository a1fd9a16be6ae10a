import type { CheckoutError, KeyStorage } from '@checkout-errors/core';
import type { UseMutationResult } from '@tanstack/react-query';
import type { UseCheckoutErrorsResult } from './checkoutErrorsTypes.js';
import type { CheckoutFailure } from './payment.js';

// The contract of `useCheckoutMutation`: its options, what it returns, and what its callbacks get.

/**
 * Where a checkout submit stands, as one enumerated string. `unconfirmed`: the payment service
 * failed in a way that may still have charged (a 5xx marked `Stripe-Should-Retry: false`), so
 * nothing is sent until the shop has checked the payment and called `resolveUnconfirmed`.
 * `pending`: the provider received the payment but has not decided (Adyen's `Received`,
 * `Pending`): not paid, not failed, and no second payment until `reset()`.
 */
export type CheckoutStatus =
  | 'idle'
  | 'submitting'
  | 'retrying'
  | 'cooling_down'
  | 'needs_authentication'
  | 'pending'
  | 'unconfirmed'
  | 'failed'
  | 'succeeded';

/** What `request` gets besides the variables. */
export interface RequestContext {
  /** Send it as the `Idempotency-Key` header. The same for automatic retries of one attempt. */
  readonly idempotencyKey: string;
  /** Aborts the request when it times out. Pass it to `fetch`. */
  readonly signal: AbortSignal;
  /** 0 for the first send of an attempt, then 1, 2 for automatic retries. */
  readonly retry: number;
}

/**
 * What `onAuthenticationRequired` gets: the decline that asked for it, or the answer's
 * continuation: the whole body for a payment intent that `requires_action`, the provider's own
 * part for a dialect that reads one (Adyen's `action`, a redirect link).
 */
export interface AuthenticationContext<TVariables, TData> {
  readonly error: CheckoutError<string> | null;
  readonly data: TData | Readonly<Record<string, unknown>> | null;
  readonly variables: TVariables;
}

/** What `onUnconfirmed` gets: the attempt's key, to look the payment up by on the shop's server, and the failure. */
export interface UnconfirmedContext {
  readonly idempotencyKey: string;
  /** The failure (`retry.mode` `unconfirmed`). After a reload it is rebuilt from the stored marker: no status, no code. */
  readonly error: CheckoutError<string>;
}

export interface UseCheckoutMutationOptions<TVariables, TData> {
  /** The form's `useCheckoutErrors` result: failures are shown through it. */
  errors: UseCheckoutErrorsResult;
  /** Sends one payment request and returns the fetch Response; use `context.idempotencyKey` and `context.signal`. */
  request: (variables: TVariables, context: RequestContext) => Promise<Response>;
  /** What identifies the payment (a changed one starts a new attempt with a new key). Default: the variables as JSON, card numbers cut to their last 4 digits and CVCs left out. */
  payloadKey?: (variables: TVariables) => string;
  /** Abort a request after this many ms. Default 30,000. */
  timeoutMs?: number;
  /** Automatic resends of one attempt at most. Default 2. */
  maxRetries?: number;
  /** Waits for backoff and the cooldown countdown; inject it in tests. Default: setTimeout. */
  sleep?: (ms: number) => Promise<void>;
  /** Jitter source in [0, 1). Default Math.random. */
  random?: () => number;
  /** Where the attempt's key (and its unconfirmed marker) survives a reload or a second tab. Default sessionStorage (none on the server). */
  storage?: KeyStorage | null;
  /** Runs the authentication step (3-D Secure) when a payment needs it, instead of showing an error. Default none. */
  onAuthenticationRequired?: (context: AuthenticationContext<TVariables, TData>) => unknown;
  /**
   * Called once each time the hook enters `unconfirmed`: after the failing submit, and on mount
   * when a reload finds an unresolved attempt in storage. Look the payment up by its key, then
   * call `resolveUnconfirmed`. Default none (the shop must still call `resolveUnconfirmed`).
   */
  onUnconfirmed?: (context: UnconfirmedContext) => void;
  /**
   * Called with the answer of a successful payment: its parsed body (null when it had none).
   * After `resolveUnconfirmed('paid', data)`, `data` is what the shop passed (default null), and
   * `variables` are undefined when the submit happened before a reload. Default none.
   */
  onSuccess?: (data: TData, variables: TVariables | undefined) => void;
  /** Called when the provider answers that the payment is received but not yet decided (status `pending`). Default none. */
  onPending?: (data: TData, variables: TVariables) => void;
}

export interface UseCheckoutMutationResult<TVariables, TData> {
  /** Sends the payment. A call while one is in flight, cooling down, authenticating, unconfirmed or after success is dropped (resolves undefined, sends nothing). */
  submit(variables: TVariables): Promise<TData | undefined>;
  status: CheckoutStatus;
  /** False while a request is in flight, during a cooldown, during authentication, while unconfirmed and after success (until `reset`). */
  canSubmit: boolean;
  /** After a success: allows a new, separate payment. */
  reset(): void;
  /**
   * While `unconfirmed`, the shop's finding after checking the payment on its server. `'paid'`
   * ends it as a success: status `succeeded`, `onSuccess(data ?? null, variables)`, nothing sent.
   * `'not_paid'` ends the attempt and releases its key: status `idle`, and the next submit is a
   * new attempt with a new key. The shown error is cleared either way. Ignored in other states.
   */
  resolveUnconfirmed(outcome: 'paid' | 'not_paid', data?: TData): void;
  /** During a rate-limit cooldown: the seconds left and the localized text to show by the button; else null. */
  cooldown: { secondsLeft: number; text: string } | null;
  /** The last failure, normalized, or null. While `unconfirmed`, the failure that made it so. */
  error: CheckoutError<string> | null;
  data: TData | undefined;
  /** The open attempt's idempotency key, or null. */
  idempotencyKey: string | null;
  /** The react-query mutation underneath, for devtools and advanced use. */
  mutation: UseMutationResult<TData, CheckoutFailure, TVariables>;
}
