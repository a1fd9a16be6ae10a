// Size budget (brotli) of the hooks entry alone (core and peers external), printed by `pnpm size`.
export default [
  {
    name: 'react: the hooks entry alone (core and peers external)',
    path: 'dist/index.js',
    import: '*',
    ignore: ['@checkout-errors/core', 'react', 'react-dom', 'react-hook-form', '@tanstack/react-query'],
    limit: '3.8 kB',
  },
];
