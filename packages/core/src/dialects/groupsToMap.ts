/**
 * A provider table written as `target key key…` groups joined by `|` (one string: brotli packs
 * it better than an object) as a key → target map. A Map, so `constructor` or `__proto__` as a
 * key finds nothing. Shared by the provider dialects; each builds its maps on first use.
 */
export function groupsToMap(groups: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const group of groups.split('|')) {
    const [target, ...keys] = group.split(' ');
    for (const key of keys) map.set(key, target as string);
  }
  return map;
}
