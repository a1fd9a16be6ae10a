/** Alias chains (three hops), a cycle, and an alias to nothing. */
export const aliasTokens = {
  base: { red: { $type: 'color', $value: '#b3261e' } },
  step1: { $type: 'color', $value: '{base.red}' },
  step2: { $type: 'color', $value: '{step1}' },
  danger: { $type: 'color', $value: '{step2}' },
  loop: {
    a: { $type: 'color', $value: '{loop.b}' },
    b: { $type: 'color', $value: '{loop.a}' },
  },
  ghost: { $type: 'color', $value: '{does.not.exist}' },
};
