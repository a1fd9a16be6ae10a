import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts', 'src/locales/en.ts'],
  format: ['esm'],
  dts: true,
  clean: true,
  target: 'es2022',
  // One chunk per shared module, so a locale import does not duplicate the core.
  splitting: true,
  treeshake: true,
});
