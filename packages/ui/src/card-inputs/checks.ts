import cardValidator from 'card-validator';

/**
 * The client-side checks of the opt-in card inputs, as pure functions (no DOM, no React).
 * Brand rules (prefixes, lengths, gaps, CVC size) come from Braintree's `card-validator` /
 * `credit-card-type`, which keep them current; Luhn is theirs too. Every check answers with
 * the same `client-validation` codes a hosted field raises (`codes.tsv`), or null when fine.
 */

/** A detected card brand: its id (`visa`, `american-express`, …), display name, and the rules the inputs follow. */
export interface CardBrand {
  readonly type: string;
  readonly name: string;
  /** Digit positions after which a space goes (`[4, 8, 12]`). */
  readonly gaps: readonly number[];
  readonly lengths: readonly number[];
  /** The security code's name on the card (CVV, CID, CVC) and its length. */
  readonly code: { readonly name: string; readonly size: number };
}

/** What a check found: the code to raise (null when fine), and whether the entry is complete. */
export interface CheckResult {
  readonly code: string | null;
  readonly complete: boolean;
  readonly empty: boolean;
}

// Digits a shopper may type or paste besides ASCII, each script's zero (Unicode's decimal digits
// run zero to nine from it): full-width (Japanese, Chinese and Korean IMEs), Arabic-Indic and
// Extended Arabic-Indic (Persian, Urdu), N'Ko, Devanagari (Hindi, Marathi, Nepali), Bengali,
// Gurmukhi, Gujarati, Odia, Tamil, Telugu, Kannada, Malayalam, Sinhala, Thai, Lao, Tibetan,
// Myanmar, Khmer and Mongolian: every script whose digits a locale's keyboard or Intl shows.
const DIGIT_ZEROS = [
  0xff10, 0x0660, 0x06f0, 0x07c0, 0x0966, 0x09e6, 0x0a66, 0x0ae6, 0x0b66, 0x0be6, 0x0c66, 0x0ce6, 0x0d66, 0x0de6, 0x0e50, 0x0ed0, 0x0f20,
  0x1040, 0x17e0, 0x1810,
];

/** The entry with any script's decimal digits (full-width, Eastern-Arabic, Devanagari, Thai …) as ASCII digits; other characters kept. */
export function toAsciiDigits(value: string): string {
  let out = '';
  for (const char of value) {
    const point = char.codePointAt(0) ?? 0;
    const zero = DIGIT_ZEROS.find((z) => point >= z && point <= z + 9);
    out += zero === undefined ? char : String(point - zero);
  }
  return out;
}

/** Only the digits of an entry (any script), as ASCII. */
export const digitsOf = (value: string): string => toAsciiDigits(value).replace(/\D/g, '');

const MAX_CARD_DIGITS = 19;

/** The brand of a (partial) card number, or null when no brand matches yet. */
export function cardBrand(value: string): CardBrand | null {
  const { card } = cardValidator.number(digitsOf(value));
  if (!card) return null;
  return { type: card.type, name: card.niceType, gaps: card.gaps, lengths: card.lengths, code: card.code };
}

/** The card number as the card prints it: `4242 4242 4242 4242`, `3782 822463 10005`. */
export function formatCardNumber(value: string): string {
  const digits = digitsOf(value).slice(0, MAX_CARD_DIGITS);
  const brand = cardBrand(digits);
  // 19-digit cards print a fifth group after the sixteenth digit.
  const gaps = brand ? [...brand.gaps, ...(Math.max(...brand.lengths) > 16 ? [16] : [])] : [4, 8, 12, 16];
  let out = '';
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && gaps.includes(i)) out += ' ';
    out += digits[i];
  }
  return out;
}

/** Checks a card number: brand known, a length of the brand, and Luhn. */
export function checkCardNumber(value: string): CheckResult & { brand: CardBrand | null } {
  const digits = digitsOf(value);
  const brand = cardBrand(digits);
  if (digits.length === 0) return { code: 'incomplete_number', complete: false, empty: true, brand };
  const result = cardValidator.number(digits, { maxLength: MAX_CARD_DIGITS });
  if (result.isValid) return { code: null, complete: true, empty: false, brand };
  const lengths = brand?.lengths ?? [16];
  // Still short of every length the brand allows: the shopper has not finished typing.
  const short = brand !== null && digits.length < Math.min(...lengths);
  return { code: short ? 'incomplete_number' : 'invalid_number', complete: false, empty: false, brand };
}

/** The expiry as `MM / YY`; a first digit above 1 is a month (`4` → `04 / `), `MMYYYY` pastes become `MM / YY`. */
export function formatExpiry(value: string): string {
  let digits = digitsOf(value);
  if (/^[2-9]/.test(digits)) digits = `0${digits}`;
  if (digits.length === 6 && digits.slice(2, 4) === '20') digits = digits.slice(0, 2) + digits.slice(4);
  digits = digits.slice(0, 4);
  return digits.length > 2 ? `${digits.slice(0, 2)} / ${digits.slice(2)}` : digits;
}

/** Checks an expiry date against today (injectable): month 1–12, not in the past, at most 20 years ahead. */
export function checkExpiry(value: string, now: Date = new Date()): CheckResult {
  const digits = digitsOf(formatExpiry(value));
  if (digits.length === 0) return { code: 'incomplete_expiry', complete: false, empty: true };
  if (digits.length < 4) return { code: 'incomplete_expiry', complete: false, empty: false };
  const month = Number(digits.slice(0, 2));
  const year = 2000 + Number(digits.slice(2, 4));
  const thisYear = now.getFullYear();
  const fail = (code: string) => ({ code, complete: false, empty: false });
  if (month < 1 || month > 12) return fail('invalid_expiry_month');
  if (year < thisYear) return fail('invalid_expiry_year_past');
  if (year === thisYear && month < now.getMonth() + 1) return fail('invalid_expiry_month_past');
  if (year > thisYear + 20) return fail('invalid_expiry_year');
  return { code: null, complete: true, empty: false };
}

/** Checks a security code: the brand's length (3, or 4 for American Express); 3 or 4 while the brand is unknown. */
export function checkCvc(value: string, brand: CardBrand | null = null): CheckResult {
  const length = digitsOf(value).length;
  const sizes = brand ? [brand.code.size] : [3, 4];
  if (length === 0) return { code: 'incomplete_cvc', complete: false, empty: true };
  if (sizes.includes(length)) return { code: null, complete: true, empty: false };
  return { code: length < Math.min(...sizes) ? 'incomplete_cvc' : 'invalid_cvc', complete: false, empty: false };
}

/** How a country writes its postal codes: the full pattern, what a half-typed code looks like, and whether it is digits only (for `inputmode`). */
interface PostalRule {
  readonly pattern: RegExp;
  /** An entry that could still become a valid code: the shopper has not finished. */
  readonly partial: RegExp;
  readonly digitsOnly: boolean;
}

// USPS, Royal Mail, Canada Post, Deutsche Post and La Poste formats; other countries get a
// loose check (2 to 10 letters, digits, spaces or dashes) rather than a false rejection.
const POSTAL_RULES: Record<string, PostalRule> = {
  US: { pattern: /^\d{5}(?:-?\d{4})?$/, partial: /^\d{0,4}$|^\d{5}-?\d{0,3}$/, digitsOnly: true },
  GB: {
    pattern: /^(?:[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}|GIR\s?0AA)$/,
    partial: /^[A-Z]{1,2}(?:\d[A-Z\d]?(?:\s?\d[A-Z]?)?)?$/,
    digitsOnly: false,
  },
  CA: {
    pattern: /^[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z]\s?\d[ABCEGHJ-NPRSTV-Z]\d$/,
    partial: /^[ABCEGHJ-NPRSTVXY](?:\d(?:[ABCEGHJ-NPRSTV-Z](?:\s?\d[ABCEGHJ-NPRSTV-Z]?)?)?)?$/,
    digitsOnly: false,
  },
  DE: { pattern: /^\d{5}$/, partial: /^\d{0,4}$/, digitsOnly: true },
  FR: { pattern: /^\d{5}$/, partial: /^\d{0,4}$/, digitsOnly: true },
};
const LOOSE: PostalRule = { pattern: /^[A-Z\d][A-Z\d\s-]{0,8}[A-Z\d]$/, partial: /^[A-Z\d]$/, digitsOnly: false };

/** The postal rule of a country (ISO 3166 alpha-2), or the loose one. */
export const postalRule = (country: string | undefined): PostalRule => {
  const code = country?.toUpperCase();
  return code !== undefined && Object.hasOwn(POSTAL_RULES, code) ? (POSTAL_RULES[code] as PostalRule) : LOOSE;
};

/** The postal code as typed, with ASCII digits, upper case and single spaces; a US ZIP+4 keeps its dash. */
export const formatPostalCode = (value: string): string => toAsciiDigits(value).toUpperCase().replace(/\s+/g, ' ').trimStart();

/** Checks a postal code for a country: US ZIP (+4), UK postcode, Canadian, German and French codes; loose elsewhere. */
export function checkPostalCode(value: string, country?: string): CheckResult {
  const entry = formatPostalCode(value).trim();
  const rule = postalRule(country);
  if (entry.length === 0) return { code: 'incomplete_zip', complete: false, empty: true };
  if (rule.pattern.test(entry)) return { code: null, complete: true, empty: false };
  return { code: rule.partial.test(entry) ? 'incomplete_zip' : 'invalid_zip', complete: false, empty: false };
}

/** The card inputs' entries as react-hook-form holds them: what the shopper sees, formatted. */
export interface CardEntries {
  readonly cardNumber?: string | undefined;
  readonly cardExpiry?: string | undefined;
  readonly cardCvc?: string | undefined;
  readonly postalCode?: string | undefined;
}

/** What a provider's API takes: digits only, the expiry as numbers (null until complete), the postal code normalized. */
export interface CardValues {
  readonly number: string;
  readonly expMonth: number | null;
  /** Four digits (`2034`). */
  readonly expYear: number | null;
  readonly cvc: string;
  readonly postalCode: string;
}

/**
 * The card inputs submit what the shopper sees (`"4242 4242 4242 4242"`, `"12 / 34"`, Eastern
 * Arabic or full-width digits as typed): this turns those entries into what a provider's API
 * expects (`{ number: '4242424242424242', expMonth: 12, expYear: 2034, cvc: '123', … }`).
 */
export function cardValues(entries: CardEntries): CardValues {
  const expiry = digitsOf(formatExpiry(entries.cardExpiry ?? ''));
  const complete = expiry.length === 4;
  return {
    number: digitsOf(entries.cardNumber ?? ''),
    expMonth: complete ? Number(expiry.slice(0, 2)) : null,
    expYear: complete ? 2000 + Number(expiry.slice(2)) : null,
    cvc: digitsOf(entries.cardCvc ?? ''),
    postalCode: formatPostalCode(entries.postalCode ?? '').trim(),
  };
}
