import { messages as english } from '../locales/en.js';
import type { LocaleCatalog, MessageKey } from './types.js';

/**
 * A locale as the build ships it: its texts in English's key order, without the keys (which
 * the core already carries), so each locale chunk is its words only. A regional module's
 * missing keys (what its parent says) are null. The source modules stay
 * keyed objects; the core's tsup build packs them (see tsup.config.ts).
 */
export const packedLocale = (locale: string, values: readonly (string | null)[]): LocaleCatalog => {
  const messages: Partial<Record<MessageKey, string>> = {};
  (Object.keys(english) as MessageKey[]).forEach((key, i) => {
    const text = values[i];
    if (typeof text === 'string') messages[key] = text;
  });
  return { locale, messages };
};
