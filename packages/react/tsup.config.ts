import { defineConfig, type Options } from 'tsup';

// Two shapes of one package. ESM keeps one output file per source module, so each keeps its own
// directive: the hooks say 'use client', pure helpers (toAnalyticsEvent, CheckoutFailure,
// safePayloadKey) do not, and a server component can use those from the same import path.
// CommonJS (Node servers, Jest) is bundled: directives mean nothing there.
const shared: Options = {
  target: 'es2022',
  external: ['react', 'react-dom', 'react-hook-form', '@tanstack/react-query', '@checkout-errors/core', /^@checkout-errors\/core\//],
};

// The default entry, and one per provider whose SDK owns several hosted fields at once.
const ENTRIES = {
  index: 'src/index.ts',
  'fields/adyen': 'src/fields/adyen.ts',
  'fields/braintree': 'src/fields/braintree.ts',
  'fields/paypal': 'src/fields/paypal.ts',
  'fields/square': 'src/fields/square.ts',
};

export default defineConfig([
  {
    ...shared,
    entry: ['src/**/*.ts', 'src/**/*.tsx', '!src/**/*.test.*', '!src/**/*.test-helpers.*'],
    format: ['esm'],
    bundle: false,
    dts: { entry: ENTRIES },
  },
  { ...shared, entry: ENTRIES, format: ['cjs'], dts: true },
]);
