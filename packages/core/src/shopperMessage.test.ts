import { describe, expect, it } from 'vitest';
import { createCheckoutErrors, formatMessage, localeChain, messageDescriptor, normalizeError, shopperMessage } from './index.js';
import { messages as english } from './locales/en.js';

const decline = (decline_code: string, extra: Record<string, unknown> = {}) =>
  normalizeError(
    { error: { type: 'card_error', code: 'card_declined', decline_code, message: 'Server says: declined', ...extra } },
    { status: 402 },
  );

// A tiny French catalog for the fallback tests; real locales arrive with their own issue.
const fr = {
  locale: 'fr',
  messages: { 'decline.generic': 'Votre carte a été refusée.', 'card.cvc_invalid': 'Vérifiez le code de sécurité.' },
};
const frCA = { locale: 'fr-CA', messages: { 'card.cvc_invalid': 'Vérifiez le code de sécurité (CA).' } };

describe('shopperMessage', () => {
  it('writes every English message for shoppers: no codes, no placeholders left, no jargon', () => {
    for (const [key, pattern] of Object.entries(english).filter(([k]) => !k.startsWith('ui.'))) {
      const text = formatMessage(pattern, { field: 'cardCvc', seconds: 2, minimum: 0.5, currency: 'USD', country: 'US' }, 'en');
      expect(text, key).toMatch(/^[A-Z].*[.!]$/);
      expect(text, key).not.toMatch(/[{}_#]|undefined|NaN|error|code:|http/i);
    }
  });

  it('never shows server text unless the shop opts in, and then only sanitized card errors', () => {
    const cvc = normalizeError(
      { error: { type: 'card_error', code: 'incorrect_cvc', message: 'CVC <b>wrong</b> for 4242 4242 4242 4242' } },
      { status: 402 },
    );
    expect(shopperMessage(cvc)).toBe('Check the security code, or use another card.');
    expect(shopperMessage(cvc, { showServerMessage: true })).toBe('CVC wrong for ••••');
    const api = normalizeError(
      { error: { type: 'invalid_request_error', code: 'parameter_missing', message: 'Missing customer' } },
      { status: 400 },
    );
    expect(shopperMessage(api, { showServerMessage: true })).not.toContain('Missing customer');
    // Hidden declines (and the generic one) stay the catalog's text even then.
    expect(shopperMessage(decline('fraudulent'), { showServerMessage: true })).toBe(shopperMessage(decline('generic_decline')));
  });

  it('falls back fr-CA → fr → en, and never to a key name', () => {
    expect(localeChain('fr-CA')).toEqual(['fr-CA', 'fr', 'en']);
    const { shopperMessage: message } = createCheckoutErrors({ locales: [fr, frCA] });
    const cvc = normalizeError({ error: { type: 'card_error', code: 'incorrect_cvc' } }, { status: 402 });
    expect(message(cvc, { locale: 'fr-CA' })).toBe('Vérifiez le code de sécurité (CA).');
    expect(message(decline('generic_decline'), { locale: 'fr-CA' })).toBe('Votre carte a été refusée.');
    expect(message(decline('insufficient_funds'), { locale: 'fr-CA' })).toBe(english['decline.insufficient_funds']);
    expect(message(cvc, { locale: 'de-AT' })).toBe(english['card.cvc_invalid']);
    expect(message({ ...cvc, messageKey: 'no.such.key' }, { locale: 'fr' })).toBe(english.unknown);
    expect(message(cvc, { locale: 'not a locale!!' })).toBe(english['card.cvc_invalid']);
  });

  it('lets per-code overrides win over message keys, per locale, from the instance or the call', () => {
    const { shopperMessage: message } = createCheckoutErrors({
      locales: [fr],
      messages: {
        en: { 'decline.insufficient_funds': 'Not enough money on this card.', 'code.incorrect_cvc': 'That CVC is off.' },
        fr: { 'card.cvc_invalid': 'CVC ?' },
      },
    });
    expect(message(decline('insufficient_funds'))).toBe('Not enough money on this card.');
    const cvc = normalizeError({ error: { type: 'card_error', code: 'incorrect_cvc' } }, { status: 402 });
    expect(message(cvc)).toBe('That CVC is off.');
    expect(message(cvc, { locale: 'fr' })).toBe('CVC ?');
    expect(message(cvc, { messages: { en: { 'card.cvc_invalid': 'call-level' } } })).toBe('That CVC is off.');
    expect(message(cvc, { messages: { en: { 'code.incorrect_cvc': 'call-level' } } })).toBe('call-level');
  });

  it('types overrides: an unknown key does not compile', () => {
    createCheckoutErrors({
      messages: {
        // @ts-expect-error 'decline.not_a_code' is not a message key or a code.
        en: { 'decline.not_a_code': 'x' },
      },
    });
    createCheckoutErrors({ messages: { en: { 'decline.fraudulent': 'typed, yet never shown (see the safety tests)' } } });
    expect(true).toBe(true);
  });

  it('words postal codes by country: ZIP in the US, postcode in the UK', () => {
    const zip = normalizeError({ error: { type: 'card_error', code: 'incorrect_zip', param: 'address_zip' } }, { status: 402 });
    expect(shopperMessage(zip, { locale: 'en-US' })).toBe('The ZIP code doesn’t match your card. Check it, or use another card.');
    expect(shopperMessage(zip, { locale: 'en-GB' })).toBe('The postcode doesn’t match your card. Check it, or use another card.');
    expect(shopperMessage(zip, { locale: 'en', country: 'ca' })).toBe(
      'The postal code doesn’t match your card. Check it, or use another card.',
    );
    expect(shopperMessage(zip, { locale: 'en-GB', country: 'US' })).toContain('ZIP code');
  });

  it('counts the cooldown down with plurals', () => {
    const at = (seconds: number) =>
      shopperMessage(normalizeError({ error: { type: 'rate_limit_error' } }, { status: 429, headers: { 'retry-after': String(seconds) } }));
    expect(at(1)).toBe('Too many attempts in a short time. Try again in 1 second.');
    expect(at(2)).toBe('Too many attempts in a short time. Try again in 2 seconds.');
    expect(at(0)).toBe('Too many attempts in a short time. You can try again now.');
  });

  it('formats the minimum amount in the shop’s currency', () => {
    const small = normalizeError({ error: { type: 'invalid_request_error', code: 'amount_too_small', param: 'amount' } }, { status: 400 });
    expect(messageDescriptor(small, { currency: 'eur' })).toEqual({
      key: 'amount.below_minimum',
      values: { field: 'amount', minimum: 0.5, currency: 'EUR' },
    });
    expect(shopperMessage(small, { currency: 'USD' })).toBe('The order total is below the minimum of $0.50 for card payments.');
    expect(shopperMessage(small, { currency: 'GBP', locale: 'en-GB' })).toBe(
      'The order total is below the minimum of £0.30 for card payments.',
    );
    expect(shopperMessage(small, { currency: 'XYZ' })).toBe('The order total is below the minimum for card payments.');
  });

  it('words missing and invalid values for a field and for the whole form', () => {
    const onField = normalizeError(
      { error: { type: 'invalid_request_error', code: 'parameter_missing', param: 'email' } },
      { status: 400 },
    );
    const onForm = normalizeError(
      { error: { type: 'invalid_request_error', code: 'parameter_missing', param: 'metadata[x]' } },
      { status: 400 },
    );
    expect(shopperMessage(onField)).toBe('Fill in this field.');
    expect(shopperMessage(onForm)).toBe('Some details are missing. Check the form and try again.');
  });
});

describe('translate (UI strings through the same catalogs)', () => {
  it('words the hooks’ own strings, with overrides, plurals and the locale fallback', () => {
    const { translate } = createCheckoutErrors({
      locales: [{ locale: 'fr', messages: { 'ui.error_prefix': 'Erreur :' } }],
      messages: { en: { 'ui.summary_heading': 'Please check your details' } },
    });
    expect(translate('ui.error_prefix')).toBe('Error:');
    expect(translate('ui.error_prefix', {}, { locale: 'fr-CA' })).toBe('Erreur :');
    expect(translate('ui.summary_heading', {}, { locale: 'fr' })).toBe('Please check your details');
    expect(translate('ui.cooldown', { seconds: 1 })).toBe('You can try again in 1 second.');
    expect(translate('ui.cooldown', { seconds: 4 }, { messages: { en: { 'ui.cooldown': 'Wait {seconds}s' } } })).toBe('Wait 4s');
  });

  it('takes the country from the locale’s region, as the error messages do, unless one is given', () => {
    const { translate } = createCheckoutErrors();
    expect(translate('ui.label.postal_code', {}, { locale: 'en-US' })).toBe('ZIP code');
    expect(translate('ui.label.postal_code', {}, { locale: 'en-GB' })).toBe('Postcode');
    expect(translate('ui.label.postal_code', {}, { locale: 'en' })).toBe('Postal code');
    expect(translate('ui.label.postal_code', { country: 'GB' }, { locale: 'en-US' })).toBe('Postcode');
  });
});

describe('formatMessage (the ICU subset)', () => {
  it.each([
    ['Hello {name}.', { name: 'Ana' }, 'Hello Ana.'],
    ['{n, plural, =0 {none} one {# item} other {# items}}', { n: 1 }, '1 item'],
    ['{n, plural, one {# item} other {# items}}', { n: 1200 }, '1,200 items'],
    ['{c, select, US {ZIP} other {postal code}}', { c: 'DE' }, 'postal code'],
    ['Missing {value} stays empty', {}, 'Missing  stays empty'],
    ['{__proto__} {constructor}', {}, ' '],
    ['Unbalanced {name', { name: 'x' }, 'Unbalanced x'],
    ['{a, money}', { a: 5, currency: 'NOT-A-CURRENCY' }, ''],
  ])('%s', (pattern, values, expected) => {
    expect(formatMessage(pattern, values as Record<string, string | number>, 'en')).toBe(expected);
  });

  it('uses the locale’s plural rules', () => {
    const pattern = '{n, plural, one {# sekunda} few {# sekundy} many {# sekund} other {# sekundy}}';
    expect(formatMessage(pattern, { n: 1 }, 'pl')).toBe('1 sekunda');
    expect(formatMessage(pattern, { n: 3 }, 'pl')).toBe('3 sekundy');
    expect(formatMessage(pattern, { n: 5 }, 'pl')).toBe('5 sekund');
  });
});
