import type { CheckoutError } from './types.js';

// The automatic-retry constants of the official server libraries: stripe-node 22
// (RequestSender._getSleepTimeInMS, maxNetworkRetries default 2 in the kit's use) and
// stripe-python 15 (_http_client.py: INITIAL_DELAY = 0.5, MAX_DELAY = 5, MAX_RETRY_AFTER = 60).

/** At most this many automatic resends of one attempt. */
export const MAX_AUTO_RETRIES = 2;
/** First backoff delay, and the floor of every delay (stripe-node `initialNetworkRetryDelay`, 0.5 s). */
export const INITIAL_RETRY_DELAY_MS = 500;
/** Backoff ceiling (stripe-node `maxNetworkRetryDelay`, 5 s). */
export const MAX_RETRY_DELAY_MS = 5_000;
/** A `Retry-After` longer than this is clamped (stripe-node `MAX_RETRY_AFTER_WAIT`, 60 s). */
export const MAX_RETRY_AFTER_MS = 60_000;
/** The kit's own choice: how long a rate-limited form waits when the answer names no `Retry-After`. */
export const DEFAULT_COOLDOWN_MS = 5_000;

/**
 * The wait before automatic retry number `retryNumber` (1-based): exponential from 0.5 s, capped
 * at 5 s, scaled by a random factor in [0.5, 1], never below 0.5 s, and never shorter than a
 * `Retry-After` the server asked for.
 */
export function backoffDelay(retryNumber: number, random: () => number = Math.random, retryAfterMs: number | null = null): number {
  const exponential = Math.min(INITIAL_RETRY_DELAY_MS * 2 ** Math.max(0, retryNumber - 1), MAX_RETRY_DELAY_MS);
  const jittered = Math.max(INITIAL_RETRY_DELAY_MS, exponential * 0.5 * (1 + random()));
  return retryAfterMs === null ? jittered : Math.max(jittered, retryAfterMs);
}

/**
 * `Retry-After` in milliseconds: delta-seconds or an HTTP date (RFC 9110 §10.2.3), clamped to
 * [0, 60 s]. Null when absent or unreadable.
 */
export function parseRetryAfter(value: string | null | undefined, now: number = Date.now()): number | null {
  if (typeof value !== 'string') return null;
  const text = value.trim();
  let ms: number;
  if (/^\d+$/.test(text)) ms = Number(text) * 1000;
  // An HTTP date always names its weekday and month; anything else (a negative number) is junk.
  else if (/[a-z]/i.test(text)) {
    const date = Date.parse(text);
    if (Number.isNaN(date)) return null;
    ms = date - now;
  } else return null;
  return Math.min(Math.max(ms, 0), MAX_RETRY_AFTER_MS);
}

/**
 * Whether the kit may resend the same attempt itself after `retriesSoFar` automatic retries:
 * only an `auto` failure, never a decline, a cooldown or an `unconfirmed` payment (a 5xx the
 * server marked final may have charged; resending is for the shop to decide after checking).
 */
export const shouldRetryAutomatically = (
  error: CheckoutError<string>,
  retriesSoFar: number,
  maxRetries: number = MAX_AUTO_RETRIES,
): boolean => error.retry.mode === 'auto' && retriesSoFar < maxRetries;

export interface SendWithRetriesOptions {
  /** Turns what `send` threw into a CheckoutError (a bound `normalizeError`). */
  normalize: (thrown: unknown) => CheckoutError<string>;
  /** Automatic retries at most. Default 2. */
  maxRetries?: number;
  /** Waits; injectable so tests need no real time. Default: setTimeout. */
  sleep?: (ms: number) => Promise<void>;
  /** Jitter source in [0, 1). Default Math.random. */
  random?: () => number;
  /** Called before each automatic retry with its number (1-based), the wait and the error. */
  onRetry?: (retryNumber: number, delayMs: number, error: CheckoutError<string>) => void;
}

export type SendResult<T> =
  | { readonly ok: true; readonly value: T; readonly retries: number }
  | { readonly ok: false; readonly error: CheckoutError<string>; readonly retries: number };

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Runs `send` and resends it (with the same idempotency key: `send` gets the retry number, not
 * a new attempt) while the failure allows an automatic retry. Never throws.
 */
export async function sendWithRetries<T>(
  send: (retryNumber: number) => Promise<T>,
  options: SendWithRetriesOptions,
): Promise<SendResult<T>> {
  const { normalize, maxRetries = MAX_AUTO_RETRIES, sleep = realSleep, random = Math.random, onRetry } = options;
  for (let retries = 0; ; retries++) {
    try {
      return { ok: true, value: await send(retries), retries };
    } catch (thrown) {
      const error = normalize(thrown);
      if (!shouldRetryAutomatically(error, retries, maxRetries)) return { ok: false, error, retries };
      const delay = backoffDelay(retries + 1, random, error.retry.afterMs);
      onRetry?.(retries + 1, delay, error);
      await sleep(delay);
    }
  }
}
