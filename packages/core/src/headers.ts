import { isBag, str } from './read.js';

/** Header names the kit reads, lower-case. */
export type HeaderName = 'retry-after' | 'stripe-should-retry' | 'request-id' | 'idempotency-key';

// Enough for any real response; a hostile record with a million keys is not walked past this.
const MAX_HEADER_ENTRIES = 200;

/**
 * Reads one header from a `Headers`, an array of pairs or a plain record, matching the name
 * case-insensitively. Never throws; anything odd reads as "no header".
 */
export function readHeader(headers: unknown, name: HeaderName): string | null {
  try {
    if (headers === null || typeof headers !== 'object') return null;
    const h = headers as { get?: unknown };
    // A fetch Headers object (or anything with the same get): already case-insensitive.
    if (typeof h.get === 'function') return str((h.get as (n: string) => unknown).call(headers, name), 200);
    if (Array.isArray(headers)) {
      const length = Math.min(headers.length, MAX_HEADER_ENTRIES);
      for (let i = 0; i < length; i++) {
        const pair: unknown = headers[i];
        if (Array.isArray(pair) && typeof pair[0] === 'string' && pair[0].toLowerCase() === name) return str(pair[1], 200);
      }
      return null;
    }
    if (!isBag(headers)) return null;
    let seen = 0;
    for (const key in headers) {
      if (++seen > MAX_HEADER_ENTRIES) break;
      if (Object.hasOwn(headers, key) && key.toLowerCase() === name) return str(headers[key], 200);
    }
    return null;
  } catch {
    return null;
  }
}
