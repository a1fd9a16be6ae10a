// Hostile-input helpers. The normalizer reads a fixed set of paths, each once, each inside
// try/catch: a getter that throws, a revoked Proxy or a trap that lies cannot crash it, and no
// helper here walks an input recursively, so a body nested a million levels deep costs nothing.

/** Longest code, type or param the kit keeps. Real ones are under 60 characters. */
export const MAX_CODE_LENGTH = 100;
/** Longest server message kept for developers. */
export const MAX_MESSAGE_LENGTH = 500;

/** Thrown (internally only) when an input cannot be read at all. */
export const UNREADABLE: unique symbol = Symbol('unreadable');

export type Bag = Record<string, unknown>;

/** Whether `value` is an object the kit can read properties of (not an array). */
export const isBag = (value: unknown): value is Bag => {
  if (value === null || typeof value !== 'object') return false;
  try {
    return !Array.isArray(value);
  } catch {
    // Array.isArray throws on a revoked Proxy.
    throw UNREADABLE;
  }
};

/** Reads one property; any throw makes the whole input unreadable. */
export const get = (bag: Bag, key: string): unknown => {
  try {
    return bag[key];
  } catch {
    throw UNREADABLE;
  }
};

/** A string capped to `max` characters, or null for anything that is not a non-empty string. */
export const str = (value: unknown, max = MAX_CODE_LENGTH): string | null =>
  typeof value === 'string' && value !== '' ? (value.length > max ? value.slice(0, max) : value) : null;

/** An HTTP status in 100..599, else null. */
export const status = (value: unknown): number | null =>
  typeof value === 'number' && Number.isInteger(value) && value >= 100 && value <= 599 ? value : null;

/** An https URL (capped), else null: a `doc_url` that is not https is dropped. */
export const httpsUrl = (value: unknown): string | null => {
  const url = str(value, 300);
  return url?.startsWith('https://') ? url : null;
};
