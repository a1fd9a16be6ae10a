// Size budgets (brotli), from the issue: the ui entry alone (core, hooks and peers external)
// at most 6 kB, its base CSS (theme + styles) at most 2.5 kB.
const external = [
  '@checkout-errors/core',
  '@checkout-errors/core/locale-loaders',
  '@checkout-errors/react',
  'react',
  'react-dom',
  'react-hook-form',
  '@tanstack/react-query',
];

export default [
  { name: 'ui: the components entry alone', path: 'dist/index.js', import: '*', ignore: external, limit: '6 kB' },
  { name: 'ui: base CSS (theme.css + styles.css)', path: ['src/theme.css', 'src/styles.css'], limit: '2.5 kB' },
];
