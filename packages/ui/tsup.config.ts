import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm'],
  dts: true,
  clean: true,
  target: 'es2022',
  external: ['react', 'react-dom', 'react-hook-form', '@tanstack/react-query', '@checkout-errors/core', '@checkout-errors/react'],
  banner: { js: "'use client';" },
});
