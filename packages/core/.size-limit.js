import { readFileSync } from 'node:fs';

// Size budgets (brotli), printed by `pnpm size`. Each locale is measured as its own chunk, as a
// shop that already runs the core downloads it; the core's shared chunks (English keys,
// packedLocale) are not counted again. Measured as a shop's bundler ships them: UTF-8 output, as
// Vite and other bundlers emit by default (esbuild's ASCII default would turn each Japanese or
// Arabic character into a six-byte \u escape and measure the escapes, not the text).
const utf8 = (config) => ({ ...config, charset: 'utf8' });

// A locale's cap follows its script: 1.6 kB where a letter takes one or two UTF-8 bytes (Latin,
// Cyrillic, Greek, Arabic, Hebrew, Armenian) or where one character says a whole syllable or
// word (CJK, Hangul); 1.9 kB for scripts of three bytes a letter whose wording also runs longer
// (Devanagari, Bengali, Tamil, Sinhala, Thai, Georgian).
const LOCALE_CAP_KB = { standard: 1.6, long: 1.9 };
const LONG_SCRIPT_LOCALES = new Set(['hi', 'bn', 'ta', 'si', 'th', 'ka']);
const locales = [
  'de',
  'fr',
  'fr-CA',
  'es',
  'es-419',
  'it',
  'nl',
  'pt-BR',
  'pt-PT',
  'ja',
  'pl',
  'ar',
  'he',
  'fa',
  'ur',
  'sv',
  'fi',
  'da',
  'nb',
  'ca',
  'ro',
];
const dialects = ['adyen', 'adyen-web', 'braintree', 'braintree-web', 'paypal', 'checkout-com', 'square', 'mollie'];
// The chunks the core's main entry imports, however a dialect or a dialect's chunk names them
// (`../chunk-X.js`, `./chunk-X.js`).
const coreChunks = () =>
  [...readFileSync(new URL('./dist/index.js', import.meta.url), 'utf8').matchAll(/from '\.\/(chunk-[\w-]+\.js)'/g)].map((m) => `*${m[1]}`);
const capOf = (locale) => LOCALE_CAP_KB[LONG_SCRIPT_LOCALES.has(locale.split('-')[0]) ? 'long' : 'standard'];

// The core's two entries measured 7.05 and 8.62 kB before "Payment providers, part 1", whose
// dialect contract may add 0.3 kB: 7.35 and 8.95. "Part 2" added toClientError's reducer for a
// dialect without its own (the kit's body from the dialect's facts), which spares Braintree's and
// PayPal's entries a reducer each (about 0.3 kB apiece) for 0.05 kB here: everything, 9.0. What
// the shop pays in a checkout is held by the relative budget in packages/ui (below
// react-hook-form, plus the allowances issues name); toClientError is not in it. "Locales,
// part 1" added the alias-and-parent table every tag goes through (0.25 kB) and regional English
// (ZIP, postcode, PIN code, Eircode by country): 7.65 and 9.35; "Hosted card fields, part 1" lets a shop move a whole kit field (paramToField): everything, 9.4.
export default [
  {
    name: 'core: { normalizeError, shopperMessage } with English',
    path: 'dist/index.js',
    import: '{ normalizeError, shopperMessage }',
    limit: '7.65 kB',
    modifyEsbuildConfig: utf8,
  },
  { name: 'core: everything', path: 'dist/index.js', import: '*', limit: '9.4 kB', modifyEsbuildConfig: utf8 },
  {
    name: 'core/fields/adyen (Adyen Web Card callbacks in the kit’s words; the code table shared with the adyen-web dialect)',
    path: 'dist/fields/adyen.js',
    import: '*',
    limit: '1.2 kB',
  },
  {
    name: 'core/fields/braintree (Hosted Fields events in the kit’s words)',
    path: 'dist/fields/braintree.js',
    import: '*',
    limit: '0.75 kB',
  },
  {
    name: 'core/fields/paypal (Card Fields inputEvents in the kit’s words)',
    path: 'dist/fields/paypal.js',
    import: '*',
    limit: '0.75 kB',
  },
  {
    name: 'core/fields/square (Web Payments card events in the kit’s words)',
    path: 'dist/fields/square.js',
    import: '*',
    limit: '0.75 kB',
  },
  { name: 'core/postal-codes (its own entry)', path: 'dist/postalCodes.js', import: '*', limit: '0.35 kB' },
  ...locales.map((locale) => ({
    name: `locale ${locale} (its own chunk; the core's shared chunks are already loaded)`,
    path: `dist/locales/${locale}.js`,
    limit: `${capOf(locale)} kB`,
    modifyEsbuildConfig: (config) => ({ ...utf8(config), external: [...(config.external ?? []), '../chunk-*'] }),
  })),
  // A provider dialect is opt-in: 1.5 kB at most, with the core's own chunks already loaded. The
  // chunks only provider dialects share (their table helpers, a provider's codes used by its
  // server and browser entries) are counted in each dialect that imports them.
  ...dialects.map((dialect) => ({
    name: `dialect ${dialect} (opt-in; the core's chunks already loaded, shared dialect chunks counted)`,
    path: `dist/dialects/${dialect}.js`,
    limit: '1.5 kB',
    modifyEsbuildConfig: (config) => ({ ...utf8(config), external: [...(config.external ?? []), ...coreChunks()] }),
  })),
];
