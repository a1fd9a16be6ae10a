// A 5,000-deep object, built here because no literal can be that deep.
function deep(levels: number): Record<string, unknown> {
  let node: Record<string, unknown> = { $type: 'color', $value: '#ff0000' };
  for (let i = 0; i < levels; i++) node = { nested: node };
  return node;
}

/** Token files that are not: each must give the base theme and warnings, never a throw. */
export const garbageTokens: { name: string; tokens: unknown }[] = [
  { name: 'null', tokens: null },
  { name: 'a string', tokens: '{"color":{"$value":"#fff"}}' },
  { name: 'a number', tokens: 42 },
  { name: 'an array', tokens: [{ $value: '#fff' }] },
  { name: 'a 5,000-deep object', tokens: deep(5000) },
  // Computed keys make own properties named __proto__ (a literal `__proto__:` would set the prototype).
  {
    name: '__proto__ and constructor keys',
    tokens: {
      ['__proto__']: { polluted: { $type: 'color', $value: '#ff0000' } },
      constructor: { prototype: { $value: '#ff0000' } },
      color: { error: { $type: 'color', $value: { colorSpace: 'srgb', components: 'nope' } } },
    },
  },
  { name: 'values of the wrong kind', tokens: { radius: { $type: 'dimension', $value: { value: 'big', unit: 'parsec' } } } },
];
