import { localeChain } from './messages/localeChain.js';
import type { LocaleCatalog } from './messages/types.js';

/**
 * Loaders for the shipped locales, for apps that switch language at run time: each is a
 * dynamic import, so a bundler splits every locale into its own chunk, fetched only when used.
 * English is built in and needs no loader. Pass what a loader returns to
 * `createCheckoutErrors({ locales })` (or the UI provider).
 */
export const localeLoaders = {
  de: () => import('./locales/de.js').then((m) => m.default),
  fr: () => import('./locales/fr.js').then((m) => m.default),
  'fr-CA': () => import('./locales/fr-CA.js').then((m) => m.default),
  es: () => import('./locales/es.js').then((m) => m.default),
  it: () => import('./locales/it.js').then((m) => m.default),
  nl: () => import('./locales/nl.js').then((m) => m.default),
  'pt-BR': () => import('./locales/pt-BR.js').then((m) => m.default),
  ja: () => import('./locales/ja.js').then((m) => m.default),
  pl: () => import('./locales/pl.js').then((m) => m.default),
  ar: () => import('./locales/ar.js').then((m) => m.default),
  'es-419': () => import('./locales/es-419.js').then((m) => m.default),
  'pt-PT': () => import('./locales/pt-PT.js').then((m) => m.default),
  he: () => import('./locales/he.js').then((m) => m.default),
  fa: () => import('./locales/fa.js').then((m) => m.default),
  ur: () => import('./locales/ur.js').then((m) => m.default),
  ro: () => import('./locales/ro.js').then((m) => m.default),
  ca: () => import('./locales/ca.js').then((m) => m.default),
  nb: () => import('./locales/nb.js').then((m) => m.default),
  da: () => import('./locales/da.js').then((m) => m.default),
  fi: () => import('./locales/fi.js').then((m) => m.default),
  sv: () => import('./locales/sv.js').then((m) => m.default),
} as const satisfies Record<string, () => Promise<LocaleCatalog>>;

/** A locale the kit ships a module for (English is built in). */
export type ShippedLocale = keyof typeof localeLoaders | 'en';

// Also exported from the package's main entry, so a component library needs no loader module.
export { textDirection } from './textDirection.js';

/** Loads the catalogs of a locale's fallback chain (`fr-CA` → fr; `es-MX` → es-419, es; `pt` → pt-BR), skipping what the kit does not ship. */
export async function loadLocale(locale: string): Promise<LocaleCatalog[]> {
  const found: LocaleCatalog[] = [];
  for (const tag of localeChain(locale)) {
    const load = Object.hasOwn(localeLoaders, tag) ? localeLoaders[tag as keyof typeof localeLoaders] : undefined;
    if (load) found.push(await load());
  }
  return found;
}
