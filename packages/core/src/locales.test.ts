import { errorFixtures, terminology } from '@checkout-errors/testing';
import { describe, expect, it } from 'vitest';
import { createCheckoutErrors, formatMessage, normalizeError } from './index.js';
import { loadLocale, localeLoaders, textDirection } from './localeLoaders.js';
import ar from './locales/ar.js';
import ca from './locales/ca.js';
import da from './locales/da.js';
import de from './locales/de.js';
import { messages as english } from './locales/en.js';
import es from './locales/es.js';
import es419 from './locales/es-419.js';
import fa from './locales/fa.js';
import fi from './locales/fi.js';
import fr from './locales/fr.js';
import frCA from './locales/fr-CA.js';
import he from './locales/he.js';
import it_ from './locales/it.js';
import ja from './locales/ja.js';
import nb from './locales/nb.js';
import nl from './locales/nl.js';
import pl from './locales/pl.js';
import ptBR from './locales/pt-BR.js';
import ptPT from './locales/pt-PT.js';
import ro from './locales/ro.js';
import sv from './locales/sv.js';
import ur from './locales/ur.js';
import type { LocaleModule, RegionalLocaleModule } from './messages/types.js';

const COMPLETE: readonly LocaleModule[] = [de, fr, es, es419, it_, nl, ptBR, ptPT, ja, pl, ar, he, fa, ur, sv, fi, da, nb, ca, ro];
// Regional modules over a complete one, in the same register: only what the region words otherwise.
const REGIONAL: readonly RegionalLocaleModule[] = [frCA];
const LOCALES: readonly (LocaleModule | RegionalLocaleModule)[] = [...COMPLETE, ...REGIONAL];
const parentOf = (locale: LocaleModule | RegionalLocaleModule) =>
  'parent' in locale ? COMPLETE.find((complete) => complete.locale === locale.parent) : undefined;

/**
 * The arguments a message shows: `{name}`, `{name, plural, …}`, `{name, money}`. Select
 * arguments only choose wording (a locale need not vary by country where its words do not),
 * so they are listed apart.
 */
function argumentsOf(pattern: string) {
  const shown = new Set<string>();
  const selects = new Set<string>();
  const closing = (text: string, open: number) => {
    let depth = 0;
    for (let i = open; i < text.length; i++) {
      if (text[i] === '{') depth++;
      else if (text[i] === '}' && --depth === 0) return i;
    }
    return text.length;
  };
  const walk = (text: string) => {
    for (let i = text.indexOf('{'); i >= 0; i = text.indexOf('{', i + 1)) {
      const end = closing(text, i);
      const [name = '', type = '', ...rest] = text.slice(i + 1, end).split(',');
      const kind = type.trim();
      if (kind === 'select') selects.add(name.trim());
      else shown.add(name.trim());
      if (kind === 'select' || kind === 'plural') {
        const options = rest.join(',');
        for (let j = options.indexOf('{'); j >= 0; j = options.indexOf('{', closing(options, j) + 1))
          walk(options.slice(j + 1, closing(options, j)));
      }
      i = end;
    }
  };
  walk(pattern);
  return { shown: [...shown].sort(), selects: [...selects] };
}

describe.each(LOCALES.map((l) => [l.locale, l] as const))('locale %s', (tag, locale) => {
  const parent = parentOf(locale);
  // A regional module is shown with its parent, as loadLocale loads them.
  const instance = createCheckoutErrors({ locales: parent ? [locale, parent] : [locale] });

  it('has exactly the English keys (a regional module: English keys only, its parent a shipped complete module)', () => {
    if ('parent' in locale) {
      expect(parent?.locale, `${tag}'s parent`).toBe(locale.parent);
      expect(tag.startsWith(`${locale.parent}-`), `${tag} is a region of ${locale.parent}`).toBe(true);
      for (const key of Object.keys(locale.messages)) expect(Object.hasOwn(english, key), key).toBe(true);
      // Each text says something its parent does not: otherwise it need not be there.
      for (const [key, text] of Object.entries(locale.messages)) expect(text, key).not.toBe(parent?.messages[key as keyof typeof english]);
    } else {
      expect(Object.keys(locale.messages).sort()).toEqual(Object.keys(english).sort());
    }
  });

  it('shows the same values as English in every message, and selects only on what English selects on', () => {
    for (const [key, pattern] of Object.entries(locale.messages)) {
      const ours = argumentsOf(pattern);
      const theirs = argumentsOf(english[key as keyof typeof english]);
      expect(ours.shown, key).toEqual(theirs.shown);
      for (const select of ours.selects) expect(theirs.selects, `${key}: ${select}`).toContain(select);
      // The field select decides whole sentences (a form-level or a field message): keep it.
      if (theirs.selects.includes('field')) expect(ours.selects, key).toContain('field');
    }
  });

  it('covers every CLDR plural category of the language in every plural message', () => {
    const categories = new Intl.PluralRules(tag).resolvedOptions().pluralCategories;
    for (const [key, pattern] of Object.entries(locale.messages)) {
      for (const plural of pattern.matchAll(/\{\s*\w+\s*,\s*plural\s*,/g)) {
        // The branch selectors of this plural: `one {`, `few {`, `=0 {` (exact values are extra).
        let depth = 0;
        let body = '';
        for (const char of pattern.slice((plural.index ?? 0) + plural[0].length)) {
          if (char === '{') depth++;
          else if (char === '}' && --depth < 0) break;
          if (depth === 0 && char !== '}') body += char;
        }
        const selectors = body.split(/\s+/).filter(Boolean);
        for (const category of categories) expect(selectors, `${key}: ${category}`).toContain(category);
      }
    }
  });

  it('formats every message without leftovers, for a count of 0, 1, 2, 5 and 22', () => {
    for (const [key, pattern] of Object.entries(locale.messages)) {
      for (const seconds of [0, 1, 2, 5, 22]) {
        const text = formatMessage(pattern, { seconds, minimum: 0.5, currency: 'EUR', field: 'form', country: 'FR' }, tag);
        expect(text.trim().length, key).toBeGreaterThan(0);
        expect(text, key).not.toMatch(/[{}]|undefined|NaN/);
      }
    }
  });

  it('gives every catalog code a message of its own, never the English fallback', () => {
    for (const fixture of errorFixtures) {
      const error = normalizeError(fixture.body, fixture.status === null ? {} : { status: fixture.status });
      const text = instance.shopperMessage(error, { locale: tag });
      expect(text.length, fixture.name).toBeGreaterThan(0);
      expect(text, fixture.name).toBe(instance.shopperMessage(error, { locale: tag, messages: {} }));
      expect(text, fixture.name).not.toBe(instance.shopperMessage(error, { locale: 'en' }));
    }
  });

  it('answers every key from its own catalog (no key falls back to English)', () => {
    const values = { seconds: 3, minimum: 0.5, currency: 'EUR', field: 'form' };
    for (const [key, pattern] of Object.entries(locale.messages)) {
      expect(instance.translate(key as keyof typeof english, values, { locale: tag }), key).toBe(formatMessage(pattern, values, tag));
    }
  });

  it('leaves no English: no text equals or contains an English sentence (brand names and abbreviations aside)', () => {
    // Words that are the same in the language itself (Spanish "Error:").
    const SAME_WORD = new Set(['Error:']);
    const sentences = Object.values(english)
      .flatMap((text) => text.split(/(?<=[.!?…])\s+|[{}]/))
      .map((sentence) => sentence.trim())
      // ICU syntax (`seconds, plural, one`) is not English to translate.
      .filter((sentence) => sentence.split(' ').length >= 3 && !/\b(select|plural|money)\b/.test(sentence));
    for (const [key, text] of Object.entries(locale.messages)) {
      if (!SAME_WORD.has(text)) expect(text, key).not.toBe(english[key as keyof typeof english]);
      for (const sentence of sentences) expect(text, `${key} holds “${sentence}”`).not.toContain(sentence);
    }
  });

  it('is what its lazy loader loads', async () => {
    expect(await localeLoaders[tag as keyof typeof localeLoaders]()).toBe(locale);
  });
});

describe('the terminology table (packages/testing/src/terminology.ts)', () => {
  const instance = createCheckoutErrors({ locales: LOCALES });
  it.each(Object.entries(terminology))('%s uses its card form words', (tag, words) => {
    const say = (key: Parameters<typeof instance.translate>[0], country?: string) =>
      instance.translate(key, country ? { country } : {}, { locale: tag });
    expect([say('ui.label.card_number'), say('ui.label.expiry'), say('ui.label.cvc'), say('ui.hint.expiry')]).toEqual([
      words.cardNumber,
      words.expiry,
      words.securityCode,
      words.expiryHint,
    ]);
    for (const [country, name] of Object.entries(words.postalCode))
      expect(say('ui.label.postal_code', country === 'other' ? 'FR' : country), country).toBe(name);
  });

  it('covers every shipped locale and English', () => {
    // (fr-CA's card words are fr's; it is listed for its reviewer all the same.)
    expect(Object.keys(terminology).sort()).toEqual(['en', ...LOCALES.map((l) => l.locale)].sort());
  });
});

describe('region-aware wording', () => {
  const zip = normalizeError({ error: { type: 'card_error', code: 'incorrect_zip', param: 'address_zip' } }, { status: 402 });
  const instance = createCheckoutErrors({ locales: LOCALES });
  it.each([
    ['en-US', undefined, 'ZIP code'],
    ['en-GB', undefined, 'postcode'],
    ['en', 'CA', 'postal code'],
    ['en-CA', undefined, 'postal code'],
    ['en-PR', undefined, 'ZIP code'],
    ['en', 'GU', 'ZIP code'],
    ['en-AU', undefined, 'postcode'],
    ['en-NZ', undefined, 'postcode'],
    ['en-MY', undefined, 'postcode'],
    ['en-IN', undefined, 'PIN code'],
    ['en-IE', undefined, 'Eircode'],
    ['en-GB', 'IE', 'Eircode'],
    ['en-US', 'ZA', 'postal code'],
    ['de', undefined, 'PLZ'],
    ['de-AT', undefined, 'PLZ'],
    ['pt-BR', undefined, 'CEP'],
    ['it', undefined, 'CAP'],
    ['it-CH', undefined, 'NPA'],
    ['fr-CA', undefined, 'code postal'],
    ['ja', undefined, '郵便番号'],
    ['es-MX', undefined, 'código postal'],
    ['pt-PT', undefined, 'código postal'],
    ['he', undefined, 'מיקוד'],
    ['fa', undefined, 'کد پستی'],
    ['ur', undefined, 'پوسٹل کوڈ'],
  ])('%s (country %s) says %s', (locale, country, word) => {
    expect(instance.shopperMessage(zip, { locale, ...(country ? { country } : {}) })).toContain(word);
  });
});

describe('plurals and numbers through Intl', () => {
  const instance = createCheckoutErrors({ locales: LOCALES });
  const countdown = (locale: string, seconds: number) => instance.translate('ui.cooldown', { seconds }, { locale });
  it.each([
    ['de', 1, 'in 1 Sekunde'],
    ['de', 4, 'in 4 Sekunden'],
    ['pl', 1, 'za 1 sekundę'],
    ['pl', 3, 'za 3 sekundy'],
    ['pl', 5, 'za 5 sekund'],
    ['pl', 22, 'za 22 sekundy'],
    ['fr', 1, 'dans 1 seconde'],
    ['fr', 2, 'dans 2 secondes'],
    ['ar', 1, 'ثانية واحدة'],
    ['ar', 2, 'ثانيتين'],
    ['ar', 3, 'ثوانٍ'],
    ['ja', 7, '7秒後'],
    ['pt-BR', 2, 'em 2 segundos'],
    ['he', 1, 'שנייה אחת'],
    ['he', 2, 'שתי שניות'],
    ['he', 5, '5 שניות'],
    ['es-419', 3, 'en 3 segundos'],
    ['pt-PT', 1, 'daqui a 1 segundo.'],
  ])('%s, %i seconds: “%s”', (locale, seconds, expected) => {
    expect(countdown(locale, seconds)).toContain(expected);
  });

  it('a busy service with no wait says “now” (the countdown itself never shows 0: the button comes back instead)', () => {
    expect(instance.translate('service.busy', { seconds: 0 }, { locale: 'pt-BR' })).toContain('Você já pode tentar de novo.');
    // Arabic says it through its own zero category.
    expect(instance.translate('service.busy', { seconds: 0 }, { locale: 'ar' })).toContain('يمكنك المحاولة الآن.');
    // French, Spanish, Italian and Portuguese count a million and up with "de"/"di".
    expect(instance.translate('ui.cooldown', { seconds: 1_000_000 }, { locale: 'fr' })).toMatch(/de secondes\.$/);
    expect(instance.translate('ui.cooldown', { seconds: 1_000_000 }, { locale: 'it' })).toMatch(/di secondi\.$/);
  });

  it('formats the minimum amount in the shop’s currency, the locale’s way', () => {
    const small = normalizeError({ error: { type: 'invalid_request_error', code: 'amount_too_small' } }, { status: 400 });
    expect(instance.shopperMessage(small, { locale: 'de', currency: 'EUR' })).toMatch(/0,50\s€/);
    expect(instance.shopperMessage(small, { locale: 'ja', currency: 'JPY' })).toMatch(/￥50|¥50/);
  });
});

describe('loading and direction', () => {
  it('loads the fallback chain a locale needs, and nothing for English or unknown tags', async () => {
    expect((await loadLocale('fr-CA')).map((l) => l.locale)).toEqual(['fr-CA', 'fr']);
    expect((await loadLocale('pt-BR')).map((l) => l.locale)).toEqual(['pt-BR']);
    expect((await loadLocale('es-419')).map((l) => l.locale)).toEqual(['es-419', 'es']);
    expect((await loadLocale('he-IL')).map((l) => l.locale)).toEqual(['he']);
    expect(await loadLocale('en-GB')).toEqual([]);
    expect(await loadLocale('xx')).toEqual([]);
  });

  it('falls back fr-CA → fr → en with real catalogs, and never registers anything globally', () => {
    const decline = normalizeError({ error: { type: 'card_error', code: 'card_declined' } }, { status: 402 });
    expect(createCheckoutErrors({ locales: [fr] }).shopperMessage(decline, { locale: 'fr-CA' })).toBe(fr.messages['decline.generic']);
    // Another instance, or the module-level function, has only English.
    expect(createCheckoutErrors().shopperMessage(decline, { locale: 'fr' })).toBe(english['decline.generic']);
  });

  it('shows fr-CA its own words where Canada says it otherwise, and fr’s everywhere else', async () => {
    const canada = createCheckoutErrors({ locales: await loadLocale('fr-CA') });
    const decline = normalizeError({ error: { type: 'card_error', code: 'card_declined' } }, { status: 402 });
    const cvc = normalizeError({ error: { type: 'card_error', code: 'incorrect_cvc' } }, { status: 402 });
    expect(canada.shopperMessage(decline, { locale: 'fr-CA' })).toBe(frCA.messages['decline.generic']);
    expect(canada.shopperMessage(decline, { locale: 'fr-CA' })).toContain('communiquez avec votre banque');
    expect(canada.shopperMessage(cvc, { locale: 'fr-CA' })).toBe(fr.messages['card.cvc_invalid']);
    expect(canada.translate('email.invalid', {}, { locale: 'fr-CA' })).toContain('courriel');
    // France keeps its own words.
    expect(canada.shopperMessage(decline, { locale: 'fr-FR' })).toBe(fr.messages['decline.generic']);
  });

  it('knows Arabic, Hebrew, Persian and Urdu read right to left', () => {
    for (const tag of ['ar', 'he', 'fa', 'ur', 'he-IL', 'fa-IR', 'ur-PK']) expect(textDirection(tag), tag).toBe('rtl');
    expect(textDirection('ar')).toBe('rtl');
    expect(textDirection('ar-EG')).toBe('rtl');
    expect(textDirection('de')).toBe('ltr');
  });
});
