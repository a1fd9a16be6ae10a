import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts', 'src/localeLoaders.ts', 'src/locales/*.ts'],
  format: ['esm'],
  dts: true,
  clean: true,
  target: 'es2022',
  // One chunk per shared module, so a locale import does not duplicate the core.
  splitting: true,
  treeshake: true,
  // Ship locale text as UTF-8, not as \u escapes (six bytes for each Japanese or Arabic character).
  esbuildOptions(options) {
    options.charset = 'utf8';
  },
});
