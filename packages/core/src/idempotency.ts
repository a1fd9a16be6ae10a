import type { CheckoutError } from './types.js';

/** The subset of Web Storage the attempt helper uses (sessionStorage in a browser). */
export interface KeyStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

const hex = (bytes: Uint8Array) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

/**
 * A new idempotency key: a UUID v4 (36 characters; payment APIs accept up to 255).
 * `crypto.randomUUID` exists only in secure contexts (https, localhost), so an http page falls
 * back to `crypto.getRandomValues`, which exists everywhere.
 */
export function createIdempotencyKey(
  source: Pick<Crypto, 'getRandomValues'> & Partial<Pick<Crypto, 'randomUUID'>> = globalThis.crypto,
): string {
  if (typeof source.randomUUID === 'function') return source.randomUUID();
  const b = source.getRandomValues(new Uint8Array(16));
  b[6] = ((b[6] as number) & 0x0f) | 0x40; // version 4
  b[8] = ((b[8] as number) & 0x3f) | 0x80; // RFC 4122 variant
  const h = hex(b);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** FNV-1a: a cheap fingerprint, so storage never holds the payload itself. */
const fingerprint = (payload: string) => {
  let hash = 0x811c9dc5;
  for (let i = 0; i < payload.length; i++) hash = Math.imul(hash ^ payload.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(16);
};

export interface IdempotencyAttemptsOptions {
  /** Where the current attempt survives a reload or a second tab. Default none (memory only). */
  storage?: KeyStorage | null;
  /** The storage entry's name. Default `checkout-errors:attempt`. */
  storageKey?: string;
  /** Makes a key. Default `createIdempotencyKey`. */
  generate?: () => string;
}

/** One key per checkout attempt; see `createIdempotencyAttempts`. */
export interface IdempotencyAttempts {
  /**
   * The key for sending `payload` (a stable string of what is paid for: amount, items, card
   * token; never raw card data). The same payload reuses the open attempt's key; a changed one
   * starts a new attempt.
   */
  keyFor(payload: string): string;
  /**
   * Ends or keeps the attempt after an answer: success and settled failures end it. An
   * `unconfirmed` failure keeps it, marked, until the shop has checked the payment and settles
   * it with `'succeeded'` or `'not_paid'` (which releases the key for a new attempt).
   */
  settle(outcome: 'succeeded' | 'not_paid' | CheckoutError<string>): void;
  /** The open attempt's key, or null. */
  current(): string | null;
  /** Whether the open attempt awaits the shop's check (its outcome is unknown). Survives a reload with the key. */
  unconfirmed(): boolean;
}

/**
 * Tracks checkout attempts: an automatic retry, a 409 and any failure whose outcome is
 * uncertain keep the key (the first request may still charge, and the server answers a resend
 * with the same key from its record); a decline, a key-reuse error, success or a changed payload
 * start a new attempt with a new key. An unconfirmed attempt mints no new key, whatever the
 * payload, until it is settled as `'succeeded'` or `'not_paid'`: a new key could charge twice.
 */
export function createIdempotencyAttempts(options: IdempotencyAttemptsOptions = {}): IdempotencyAttempts {
  const { storage = null, storageKey = 'checkout-errors:attempt', generate = createIdempotencyKey } = options;
  // `unconfirmed` is stored only while true: a marker beside the key, never payment data.
  let attempt: { key: string; fp: string; unconfirmed?: true } | null = null;
  try {
    const saved: unknown = JSON.parse(storage?.getItem(storageKey) ?? 'null');
    const { key, fp, unconfirmed } = (saved ?? {}) as { key?: unknown; fp?: unknown; unconfirmed?: unknown };
    if (typeof key === 'string' && typeof fp === 'string' && key.length <= 255)
      attempt = unconfirmed === true ? { key, fp, unconfirmed } : { key, fp };
  } catch {
    // Storage may be disabled (private mode) or hold junk: start fresh.
  }
  const save = () => {
    try {
      if (attempt) storage?.setItem(storageKey, JSON.stringify(attempt));
      else storage?.removeItem(storageKey);
    } catch {
      // Quota or privacy settings: the attempt still lives in memory.
    }
  };
  return {
    keyFor(payload) {
      if (attempt?.unconfirmed) return attempt.key;
      const fp = fingerprint(payload);
      if (attempt?.fp !== fp) {
        attempt = { key: generate(), fp };
        save();
      }
      return attempt.key;
    },
    settle(outcome) {
      if (typeof outcome === 'string') attempt = null;
      // Only the shop's check ('succeeded' or 'not_paid') ends an unconfirmed attempt.
      else if (attempt?.unconfirmed) return;
      else if (outcome.retry.mode === 'unconfirmed') attempt &&= { ...attempt, unconfirmed: true };
      else if (outcome.retry.sameIdempotencyKey) return;
      else attempt = null;
      save();
    },
    current: () => attempt?.key ?? null,
    unconfirmed: () => attempt?.unconfirmed === true,
  };
}
