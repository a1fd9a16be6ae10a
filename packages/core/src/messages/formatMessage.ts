// A small ICU MessageFormat subset, enough for checkout text and a tenth the size of a full
// implementation: {name}; {name, plural, =0 {…} one {…} other {…}} with # for the number;
// {name, select, US {…} other {…}}; {name, money} formats a number in `values.currency`.
// There is no apostrophe quoting: apostrophes are literal text. Missing values format as empty
// text, never as the placeholder's name.

type Values = Readonly<Record<string, string | number>>;

/** Index of the `}` closing the `{` at `open`, or the end of the text when unbalanced. */
function closing(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return i;
  }
  return text.length;
}

/** `key {text} key {text}` → Map. */
function options(text: string): Map<string, string> {
  const map = new Map<string, string>();
  let i = 0;
  while (i < text.length) {
    const open = text.indexOf('{', i);
    if (open < 0) break;
    const end = closing(text, open);
    map.set(text.slice(i, open).trim(), text.slice(open + 1, end));
    i = end + 1;
  }
  return map;
}

const number = (locale: string, value: number, style?: Intl.NumberFormatOptions) => new Intl.NumberFormat(locale, style).format(value);

function argument(body: string, values: Values, locale: string): string {
  const [rawName = '', rawType, ...rest] = body.split(',');
  const name = rawName.trim();
  const value = Object.hasOwn(values, name) ? values[name] : undefined;
  const type = rawType?.trim();
  if (type === 'plural' || type === 'select') {
    const choices = options(rest.join(','));
    if (type === 'select') return format(choices.get(String(value)) ?? choices.get('other') ?? '', values, locale);
    const n = Number(value);
    const chosen = choices.get(`=${n}`) ?? choices.get(new Intl.PluralRules(locale).select(n)) ?? choices.get('other') ?? '';
    return format(chosen, values, locale, number(locale, n));
  }
  if (value === undefined) return '';
  if (type === 'money') return number(locale, Number(value), { style: 'currency', currency: String(values.currency) });
  return typeof value === 'number' ? number(locale, value) : value;
}

function format(pattern: string, values: Values, locale: string, hash?: string): string {
  let out = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '{') {
      const end = closing(pattern, i);
      out += argument(pattern.slice(i + 1, end), values, locale);
      i = end;
    } else out += c === '#' && hash !== undefined ? hash : c;
  }
  return out;
}

/**
 * Formats a message pattern for `locale`. Never throws: a pattern or value Intl rejects (an
 * unknown currency, a malformed locale tag) formats with English number rules instead.
 */
export function formatMessage(pattern: string, values: Values, locale: string): string {
  try {
    return format(pattern, values, locale);
  } catch {
    try {
      return format(pattern, values, 'en');
    } catch {
      return format(pattern, {}, 'en');
    }
  }
}
