// Jest 30 in its default CommonJS runtime (no ESM flag, no transform of node_modules): the core
// resolves through its `require` condition to the .cjs build, locale modules and dialects included.
const { createCheckoutErrors, normalizeError, shopperMessage } = require('@checkout-errors/core');
const de = require('@checkout-errors/core/locales/de');
const { adyen } = require('@checkout-errors/core/dialects/adyen');

test('resolves the CommonJS build, not the ESM one', () => {
  expect(require.resolve('@checkout-errors/core')).toMatch(/dist[\\/]index\.cjs$/);
});

test('puts an incorrect CVC on the CVC field in English', () => {
  const error = normalizeError({ error: { type: 'card_error', code: 'incorrect_cvc', param: 'cvc' } });
  expect(error.field).toBe('cardCvc');
  expect(shopperMessage(error, { locale: 'en' })).toBe('Check the security code, or use another card.');
});

test('speaks German from the required locale module', () => {
  const checkout = createCheckoutErrors({ locales: [de] });
  const error = checkout.normalizeError({ error: { type: 'card_error', code: 'incorrect_cvc', param: 'cvc' } });
  expect(checkout.shopperMessage(error, { locale: 'de-AT' })).toBe('Prüfen Sie die Prüfnummer (CVC) oder nutzen Sie eine andere Karte.');
});

test('reads an Adyen refusal through the required dialect, fraud as the generic decline', () => {
  const checkout = createCheckoutErrors({ dialects: [adyen] });
  const error = checkout.normalizeError({ resultCode: 'Refused', refusalReason: 'FRAUD', refusalReasonCode: '20' });
  expect(error.declineCode).toBe('generic_decline');
  expect(error.messageKey).toBe('decline.generic');
  expect(checkout.shopperMessage(error, { locale: 'en' })).toBe('Your card was declined. Use another card, or contact your bank.');
});
