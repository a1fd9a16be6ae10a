import { defineConfig, type Options } from 'tsup';

// Two shapes of one package. ESM keeps one output file per source module, so each keeps its own
// directive: components and hooks say 'use client', pure code (createTheme, the card checks)
// does not, and a React Server Component or a route handler can call those from the same
// import path. CommonJS (Node servers, Jest) is bundled per entry: directives mean nothing there.
const entries = {
  index: 'src/index.ts',
  'card-inputs/index': 'src/card-inputs/index.ts',
  'dev/index': 'src/dev/index.ts',
  'tokens/index': 'src/tokens/index.ts',
};
const shared: Options = {
  target: 'es2022',
  external: [
    'card-validator',
    'react',
    'react-dom',
    'react-hook-form',
    '@tanstack/react-query',
    '@checkout-errors/core',
    '@checkout-errors/react',
  ],
};

export default defineConfig([
  {
    ...shared,
    entry: ['src/**/*.ts', 'src/**/*.tsx', '!src/**/*.test.*', '!src/**/*.test-helpers.*', '!src/stories/**'],
    format: ['esm'],
    bundle: false,
    dts: { entry: entries },
  },
  { ...shared, entry: entries, format: ['cjs'], dts: true },
]);
