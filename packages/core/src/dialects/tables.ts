import type { ErrorFacts, ErrorKind } from '../types.js';

// What the provider dialects share: their code tables, and the parse of a body an SDK hands over
// as a string. Each dialect builds its maps on first use.

/**
 * A provider table written as `target key key…` groups joined by `|` (one string: brotli packs
 * it better than an object) as a key → target map. A Map, so `constructor` or `__proto__` as a
 * key finds nothing.
 */
export function groupsToMap(groups: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const group of groups.split('|')) {
    const [target, ...keys] = group.split(' ');
    for (const key of keys) map.set(key, target as string);
  }
  return map;
}

/**
 * A table target into `facts`: `!code:field` is an error `code` (read like Stripe's
 * incorrect_cvc), `#kind` a kind of the kit's (a request still running is `#conflict`), anything
 * else a `decline_code` of card_declined; `:field` names the kit's field.
 */
export function target(value: string, facts: ErrorFacts): ErrorFacts {
  const [name, field] = value.split(':') as [string, string | undefined];
  if (name[0] === '!') facts.code = name.slice(1);
  else if (name[0] === '#') facts.kind = name.slice(1) as ErrorKind;
  else facts.declineCode = name;
  if (field) facts.field = field;
  return facts;
}

/** A JSON object an SDK carries as text (a raw response body): parsed only when short and JSON-looking. */
export function smallJson(raw: unknown): unknown {
  if (typeof raw === 'string' && raw.length < 65536 && raw[0] === '{') {
    try {
      return JSON.parse(raw);
    } catch {}
  }
  return undefined;
}
