import { messages as english } from '../locales/en.js';
import { sanitizeServerMessage } from '../sanitizeServerMessage.js';
import type { CheckoutError, MessageDescriptor } from '../types.js';
import { formatMessage } from './formatMessage.js';
import { localeChain } from './localeChain.js';
import type { LocaleCatalog, MessageKey, MessageOverrides } from './types.js';

/** Options of `messageDescriptor`. */
export interface DescriptorOptions {
  /** ISO 3166 country of the shopper (region wording: ZIP in US, postcode in GB). Default: the locale's region. */
  country?: string | undefined;
  /** ISO 4217 currency of the shop, for amounts in messages (the minimum charge). */
  currency?: string | undefined;
}

/** Options of `shopperMessage`. */
export interface ShopperMessageOptions extends DescriptorOptions, TranslateOptions {
  /**
   * Show the server's own message for card errors instead of the catalog text, after
   * sanitizing it. Default false. Never used for generic declines, nor for a provider dialect's
   * errors (Adyen's refusalReason, PayPal's message): only Stripe's are written for shoppers.
   */
  showServerMessage?: boolean;
}

// Minimum charge amounts in major units (the payment provider's published table), for the
// `amount_too_small` message. Other currencies get the message without an amount.
const MINIMUM_CHARGE: Record<string, number> = {
  USD: 0.5,
  EUR: 0.5,
  GBP: 0.3,
  CAD: 0.5,
  AUD: 0.5,
  CHF: 0.5,
  JPY: 50,
  PLN: 2,
  BRL: 0.5,
  SEK: 3,
  NOK: 3,
  DKK: 2.5,
  MXN: 10,
};

/** The region subtag of a locale (`en-GB` → `GB`), or undefined. */
const regionOf = (locale: string | undefined) =>
  locale
    ?.split(/[-_]/)
    .find((part, i) => i > 0 && /^[A-Za-z]{2}$/.test(part))
    ?.toUpperCase();

/** The message key and values for an error, to format at render time. */
export function messageDescriptor(error: CheckoutError<string>, options: DescriptorOptions = {}): MessageDescriptor {
  const values: Record<string, string | number> = { field: error.field };
  if (options.country) values.country = options.country.toUpperCase();
  let key = error.messageKey;
  if (key === 'service.busy') values.seconds = Math.ceil((error.retry.afterMs ?? 0) / 1000);
  const currency = options.currency?.toUpperCase();
  if (key === 'amount.too_small' && currency !== undefined && Object.hasOwn(MINIMUM_CHARGE, currency)) {
    key = 'amount.below_minimum';
    values.minimum = MINIMUM_CHARGE[currency] as number;
    values.currency = currency;
  }
  return { key, values };
}

/** Options of `translate`. */
export interface TranslateOptions {
  /** BCP 47 locale. Default `en`. */
  locale?: string;
  /** Per-locale replacements; they win over the instance's. */
  messages?: MessageOverrides;
}

/**
 * Builds the two look-ups over a set of locale catalogs and shop overrides: `shopperMessage`
 * for errors and `translate` for any catalog key (the hooks' "Error:" prefix, the summary
 * heading, the countdown). Both walk the same chain: for each locale of `fr-CA → fr → en`, the
 * call's overrides, then the instance's, then the catalog; English built in at the end.
 */
export function createMessages(locales: readonly LocaleCatalog[] = [], shopOverrides: MessageOverrides = {}) {
  const catalogs = new Map<string, LocaleCatalog['messages']>();
  for (const catalog of locales) catalogs.set(catalog.locale, catalog.messages);

  /** The first text found for `keys` (most specific first), formatted; null when none has one. */
  const find = (
    keys: readonly (string | null | false)[],
    catalogKey: string,
    values: Record<string, string | number>,
    options: TranslateOptions,
  ) => {
    const { locale = 'en', messages = {} } = options;
    for (const tag of localeChain(locale)) {
      for (const key of keys) {
        for (const overrides of [messages, shopOverrides]) {
          const forLocale = Object.hasOwn(overrides, tag) ? (overrides[tag] as Record<string, string | undefined>) : undefined;
          const text = key && forLocale && Object.hasOwn(forLocale, key) ? forLocale[key] : undefined;
          if (typeof text === 'string') return formatMessage(text, values, tag);
        }
      }
      // A shop's own `en` catalog may be partial: the built-in English stays the last resort.
      for (const catalog of [catalogs.get(tag), tag === 'en' ? english : undefined]) {
        const text =
          catalog && Object.hasOwn(catalog, catalogKey) ? (catalog as Record<string, string | undefined>)[catalogKey] : undefined;
        if (typeof text === 'string') return formatMessage(text, values, tag);
      }
    }
    return null;
  };

  const shopperMessage = (error: CheckoutError<string>, options: ShopperMessageOptions = {}): string => {
    // A shop's own error (`fieldError`) carries its words per locale: the locale's chain, else the first given.
    const own = (error as { text?: Readonly<Record<string, string>> }).text;
    if (own) {
      const tag = localeChain(options.locale).find((t) => Object.hasOwn(own, t));
      const text = tag === undefined ? Object.values(own)[0] : own[tag];
      if (typeof text === 'string') return text;
    }
    // Only Stripe's and the payments API's card messages are written for shoppers: another
    // provider's text never reaches one.
    if (
      options.showServerMessage &&
      error.kind === 'card' &&
      error.declineCode !== 'generic_decline' &&
      /^(stripe|payments-api)$/.test(`${error.developer.dialect}`)
    ) {
      const text = sanitizeServerMessage(error.developer.message);
      if (text !== null) return text;
    }
    const descriptor = messageDescriptor(error, { ...options, country: options.country ?? regionOf(options.locale) });
    // Per-code keys win over the message key (a call's overrides over the instance's for the
    // same key); the decline code is the masked one, so an override for `decline.fraudulent`
    // can never reveal a hidden decline.
    const keys = [error.declineCode && `decline.${error.declineCode}`, error.code && `code.${error.code}`, descriptor.key];
    // A key no catalog has (a shop dialect's own): English's text for the error's kind of trouble.
    return find(keys, descriptor.key, descriptor.values, options) ?? formatMessage(english.unknown, descriptor.values, 'en');
  };

  /** The text of any catalog key in a locale, formatted with `values`; the key itself never shows. */
  // Like `shopperMessage`, the country defaults to the locale's region (ZIP code in en-US).
  const translate = (key: MessageKey, values: Record<string, string | number> = {}, options: TranslateOptions = {}): string => {
    const country = values.country ?? regionOf(options.locale);
    return find([key], key, country === undefined ? values : { ...values, country }, options) ?? '';
  };

  return { shopperMessage, translate };
}
