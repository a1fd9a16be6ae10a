/**
 * A Figma-plugin export: each variable's modes in `$extensions` (one plugin writes `mode`, others
 * `com.figma`-style `modes` under a vendor key), and aliases written with the wrong case and
 * spaces (`{Primitives.Red 300}` for `primitives.red300`).
 */
export const figmaTokens = {
  primitives: {
    red700: { $type: 'color', $value: '#b3261e' },
    red300: { $type: 'color', $value: '#ff9b93' },
    grey950: { $type: 'color', $value: '#15171a' },
  },
  semantic: {
    error: {
      $type: 'color',
      $value: '{primitives.red700}',
      $extensions: { mode: { Light: '{primitives.red700}', Dark: '{Primitives.Red 300}' } },
    },
    background: {
      $type: 'color',
      $value: '#ffffff',
      $extensions: { 'com.figma': { modes: { light: '#ffffff', dark: '{PRIMITIVES.grey950}' } } },
    },
  },
};
