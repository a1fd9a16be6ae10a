import { describe, expect, it } from 'vitest';
import { createCheckoutErrors, localeChain, normalizeError, textDirection } from '../index.js';
import { loadLocale } from '../localeLoaders.js';
import es from '../locales/es.js';
import es419 from '../locales/es-419.js';
import he from '../locales/he.js';
import ptBR from '../locales/pt-BR.js';
import ptPT from '../locales/pt-PT.js';
import type { LocaleModule } from './types.js';

const decline = normalizeError({ error: { type: 'card_error', code: 'card_declined' } }, { status: 402 });
const shipped = createCheckoutErrors({ locales: [es, es419, ptBR, ptPT, he] });

describe('a language tag finds its texts', () => {
  it.each(
    [
      ['es-MX', es419],
      ['es-AR', es419],
      ['es-CO', es419],
      ['es-US', es419],
      ['es-419', es419],
      ['es-ES', es],
      ['es', es],
      ['pt', ptBR],
      ['pt-BR', ptBR],
      ['pt-PT', ptPT],
      ['pt-AO', ptPT],
      ['pt-MZ', ptPT],
      ['iw', he],
      ['iw-IL', he],
      ['he_IL', he],
    ].map(([tag, catalog]) => [tag as string, (catalog as LocaleModule).locale, catalog as LocaleModule] as const),
  )('%s shows the %s texts, in shopperMessage and translate alike', (tag, _, catalog) => {
    expect(shipped.shopperMessage(decline, { locale: tag })).toBe(catalog.messages['decline.generic']);
    expect(shipped.translate('ui.label.card_number', {}, { locale: tag })).toBe(catalog.messages['ui.label.card_number']);
  });

  // The kit ships no Chinese, Norwegian, Filipino, Indonesian or Serbian yet: a shop's own texts
  // under the table's tags show where the chain leads.
  const own = (tag: string) => ({ [tag]: { 'decline.generic': tag } });
  const chinese = createCheckoutErrors({ messages: { ...own('zh-CN'), ...own('zh-TW'), ...own('zh-HK') } });
  it.each([
    ['zh', 'zh-CN'],
    ['zh-Hans', 'zh-CN'],
    ['zh-SG', 'zh-CN'],
    ['zh-Hans-CN', 'zh-CN'],
    ['zh-Hant', 'zh-TW'],
    ['zh-Hant-TW', 'zh-TW'],
    ['zh-hant-tw', 'zh-TW'],
    ['zh-MO', 'zh-HK'],
    ['zh-Hant-HK', 'zh-HK'],
  ])('%s reads the %s texts', (tag, expected) => {
    expect(chinese.shopperMessage(decline, { locale: tag })).toBe(expected);
  });

  it('never shows Simplified Chinese to a Traditional reader, nor Brazilian to a European one, nor Cyrillic to Latin Serbian', () => {
    const simplifiedOnly = createCheckoutErrors({ messages: own('zh-CN') });
    expect(simplifiedOnly.shopperMessage(decline, { locale: 'zh-TW' })).toBe(shipped.shopperMessage(decline, { locale: 'en' }));
    expect(createCheckoutErrors({ locales: [ptBR] }).shopperMessage(decline, { locale: 'pt-PT' })).toBe(
      shipped.shopperMessage(decline, { locale: 'en' }),
    );
    expect(createCheckoutErrors({ messages: own('sr') }).shopperMessage(decline, { locale: 'sr-Latn' })).not.toBe('sr');
  });

  it.each([
    ['no', 'nb'],
    ['no-NO', 'nb'],
    ['nn', 'nb'],
    ['tl', 'fil'],
    ['in', 'id'],
    ['sr-Cyrl', 'sr'],
    ['sr-Cyrl-RS', 'sr'],
  ])('%s reads the %s texts', (tag, expected) => {
    expect(createCheckoutErrors({ messages: own(expected) }).shopperMessage(decline, { locale: tag })).toBe(expected);
  });

  it('chains through regional parents to the language, then English', () => {
    expect(localeChain('es-MX')).toEqual(['es-MX', 'es-419', 'es', 'en']);
    expect(localeChain('zh-MO')).toEqual(['zh-MO', 'zh-HK', 'zh-TW', 'en']);
    expect(localeChain('fr-CA')).toEqual(['fr-CA', 'fr', 'en']);
    expect(localeChain('en-US-u-ca-buddhist')).toEqual(['en-US', 'en']);
    expect(localeChain(undefined)).toEqual(['en']);
  });

  it('answers garbage with English, never a throw', () => {
    for (const tag of ['', 'x', '__proto__', 'constructor', '-', 'en--US', 'a'.repeat(100_000), '\u0000', 'zh-TW>'])
      expect(localeChain(tag).at(-1), JSON.stringify(tag.slice(0, 20))).toBe('en');
  });
});

describe('direction and loading follow the same table', () => {
  it('knows a legacy Hebrew tag reads right to left, whatever its case', () => {
    for (const tag of ['iw', 'iw-IL', 'HE-il', 'fa-AF', 'ur-IN', 'ar-EG', 'he-u-nu-hebr']) expect(textDirection(tag), tag).toBe('rtl');
    for (const tag of ['en', 'arn', 'de', 'uz']) expect(textDirection(tag), tag).toBe('ltr');
  });

  it.each([
    ['es-MX', ['es-419', 'es']],
    ['pt', ['pt-BR']],
    ['pt-AO', ['pt-PT']],
    ['iw', ['he']],
    ['zh-Hant-TW', []],
  ])('loadLocale(%s) loads %j', async (tag, expected) => {
    expect((await loadLocale(tag)).map((catalog) => catalog.locale)).toEqual(expected);
  });
});
