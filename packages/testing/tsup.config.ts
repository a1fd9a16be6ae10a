import { defineConfig } from 'tsup';

// Two entries: plain data (no dependencies) and the MSW mock API (needs msw, an optional peer).
export default defineConfig({
  entry: ['src/index.ts', 'src/msw.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  target: 'es2022',
  splitting: true,
  external: ['msw'],
});
