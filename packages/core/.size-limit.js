// Size budgets (brotli). Each locale at most 1.5 kB (the goal): its own chunk, as a shop
// that already runs the core downloads it; the core's shared chunks (English keys, packedLocale)
// are not counted again.
// Measured as a shop's bundler ships them: UTF-8 output, as Vite and
// other bundlers emit by default (esbuild's ASCII default would turn each Japanese or Arabic
// character into a six-byte \u escape and measure the escapes, not the text).
const utf8 = (config) => ({ ...config, charset: 'utf8' });
const locales = ['de', 'fr', 'es', 'it', 'nl', 'pt-BR', 'ja', 'pl', 'ar'];

export default [
  {
    name: 'core: { normalizeError, shopperMessage } with English',
    path: 'dist/index.js',
    import: '{ normalizeError, shopperMessage }',
    limit: '7 kB',
    modifyEsbuildConfig: utf8,
  },
  { name: 'core: everything', path: 'dist/index.js', import: '*', limit: '8.3 kB', modifyEsbuildConfig: utf8 },
  ...locales.map((locale) => ({
    name: `locale ${locale} (its own chunk; the core's shared chunks are already loaded)`,
    path: `dist/locales/${locale}.js`,
    limit: '1.5 kB',
    modifyEsbuildConfig: (config) => ({ ...utf8(config), external: [...(config.external ?? []), '../chunk-*'] }),
  })),
];
