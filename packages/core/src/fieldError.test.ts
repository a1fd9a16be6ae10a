import { describe, expect, it } from 'vitest';
import { createCheckoutErrors } from './createCheckoutErrors.js';
import { shopperMessage } from './defaults.js';
import { fieldError } from './fieldError.js';
import de from './locales/de.js';

describe('fieldError', () => {
  it("puts a catalog code on the shop's field with the kit's words in every locale", () => {
    const error = fieldError('email', { code: 'email_invalid' });
    expect(error).toMatchObject({ kind: 'validation', code: 'email_invalid', field: 'email', messageKey: 'email.invalid' });
    expect(error.retry).toEqual({ mode: 'never', retryable: false, sameIdempotencyKey: false, afterMs: null });
    expect(shopperMessage(error)).toBe('Enter a valid email address.');
    expect(createCheckoutErrors({ locales: [de] }).shopperMessage(error, { locale: 'de-AT' })).toBe(
      'Geben Sie eine gültige E-Mail-Adresse ein.',
    );
  });

  it("shows the shop's own text in the shopper's locale, following the chain and falling back to the first given", () => {
    const error = fieldError('coupon', { text: { en: 'This code has expired.', de: 'Dieser Code ist abgelaufen.' } });
    expect(error.field).toBe('coupon');
    expect(shopperMessage(error, { locale: 'de-AT' })).toBe('Dieser Code ist abgelaufen.');
    expect(shopperMessage(error, { locale: 'en-GB' })).toBe('This code has expired.');
    expect(shopperMessage(error, { locale: 'ja' })).toBe('This code has expired.');
    expect(shopperMessage(fieldError('phone', { text: { fr: 'Vérifiez le numéro.' } }), { locale: 'de' })).toBe('Vérifiez le numéro.');
  });

  it('reads a malformed message as "check this field" instead of throwing, and writes no prototype', () => {
    const hostile = JSON.parse('{"text": {"__proto__": "x", "en": 5}}');
    const cases = [null, undefined, 'boom', 42, {}, { code: 7 }, { text: null }, hostile] as never[];
    for (const message of cases) {
      const error = fieldError('coupon', message);
      expect(error).toMatchObject({ kind: 'validation', field: 'coupon', messageKey: 'value.invalid' });
      expect(typeof shopperMessage(error)).toBe('string');
    }
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
    expect(shopperMessage(fieldError('coupon', hostile))).toBe('x');
  });
});
