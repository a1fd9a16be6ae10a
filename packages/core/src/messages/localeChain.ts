// Where a language tag finds its texts when cutting it is not enough. One table for the message
// chain, `textDirection` and `loadLocale`; the default import carries it, so it is kept small
// (`pnpm size`). The platform does part of the work: `Intl.getCanonicalLocales` fixes case and
// applies the registry's aliases (UTS 35, required by ECMA-402: iw → he, in → id, tl → fil).
// The rest, after CLDR's parentLocales: `no` and `nn` read Bokmål; Simplified Chinese is zh-CN,
// Traditional zh-TW with Hong Kong's and Macao's own zh-HK before it; every Spanish of the
// Americas is es-419 (CLDR lists each of its 22 regions; only Spain's and Equatorial Guinea's
// and the Philippines' are not); every Portuguese outside Brazil is pt-PT. An empty target ends
// the chain at English: Traditional Chinese never falls back to Simplified, European Portuguese
// never to Brazilian, Latin Serbian never to Cyrillic.
const NEXT =
  ' no>nb nn>no zh>zh-CN zh-Hant>zh-TW zh-Hant-HK>zh-HK zh-Hant-MO>zh-HK zh-MO>zh-HK zh-HK>zh-TW zh-TW> pt>pt-BR pt-PT> sr-Latn>';

const next = (tag: string): string => {
  const at = NEXT.indexOf(` ${tag}>`);
  if (at >= 0) return NEXT.slice(at + tag.length + 2).split(' ')[0] as string;
  if (/^es-(?!ES|EA|IC|GQ|PH|419)[A-Z]{2}$/.test(tag)) return 'es-419';
  if (/^pt-(?!BR)[A-Z]{2}$/.test(tag)) return 'pt-PT';
  return tag.slice(0, Math.max(0, tag.lastIndexOf('-')));
};

/** The fallback chain of a locale tag: `fr-CA` → `fr-CA`, `fr`, `en`; `es-MX` → `es-MX`, `es-419`, `es`, `en`; `iw` → `he`, `en`. */
export function localeChain(locale: string | undefined): string[] {
  // Extensions (`-u-ca-buddhist`) and private use say nothing about the texts.
  let tag = (locale || 'en')
    .replace(/_/g, '-')
    .replace(/-[\da-z]-.*$/i, '')
    .slice(0, 40);
  try {
    tag = Intl.getCanonicalLocales(tag)[0] ?? tag;
  } catch {}
  const chain: string[] = [];
  for (; tag && !chain.includes(tag) && chain.length < 8; tag = next(tag)) chain.push(tag);
  if (!chain.includes('en')) chain.push('en');
  return chain;
}
