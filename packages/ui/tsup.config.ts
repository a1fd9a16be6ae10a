import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts', 'card-inputs/index': 'src/card-inputs/index.ts' },
  format: ['esm'],
  dts: true,
  clean: true,
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
  banner: { js: "'use client';" },
});
