// Size budget (brotli) of the hooks entry alone (core and peers external), printed by `pnpm size`:
// 4.2 kB since "Payment providers, part 1" (2xx outcomes read through readOutcome, pending, several
// errors per answer: measured 4.14 kB; 4.04 before it, 3.71 before the unconfirmed state); 4.45 kB
// since "Locales, part 1" (a postal-code error placed on the billing address where the country has
// none) and "Hosted card fields, part 1" (the field state from the core's fields entry, a
// subscribed store of it and useHostedFieldState): 4.38 kB.
export default [
  {
    name: 'react: the hooks entry alone (core and peers external)',
    path: 'dist/index.js',
    import: '*',
    ignore: ['@checkout-errors/core', 'react', 'react-dom', 'react-hook-form', '@tanstack/react-query'],
    limit: '4.45 kB',
  },
  {
    name: 'react/fields/adyen (opt-in): adyenCard (core and peers external)',
    path: 'dist/fields/adyen.js',
    import: '*',
    ignore: ['@checkout-errors/core', 'react', 'react-dom', 'react-hook-form', '@tanstack/react-query'],
    limit: '1.5 kB',
  },
  {
    name: 'react/fields/braintree (opt-in): connectBraintree (core and peers external)',
    path: 'dist/fields/braintree.js',
    import: '*',
    ignore: ['@checkout-errors/core', 'react', 'react-dom', 'react-hook-form', '@tanstack/react-query'],
    limit: '1.5 kB',
  },
  {
    name: 'react/fields/paypal (opt-in): paypalCardFields (core and peers external)',
    path: 'dist/fields/paypal.js',
    import: '*',
    ignore: ['@checkout-errors/core', 'react', 'react-dom', 'react-hook-form', '@tanstack/react-query'],
    limit: '1.5 kB',
  },
  {
    name: 'react/fields/square (opt-in): connectSquare (core and peers external)',
    path: 'dist/fields/square.js',
    import: '*',
    ignore: ['@checkout-errors/core', 'react', 'react-dom', 'react-hook-form', '@tanstack/react-query'],
    limit: '1.5 kB',
  },
];
