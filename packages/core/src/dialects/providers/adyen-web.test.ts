import { adyenCardFieldEvents } from '@checkout-errors/testing';
import { describe, expect, it } from 'vitest';
import { createCheckoutErrors } from '../../createCheckoutErrors.js';
import { adyen } from './adyen.js';
import { adyenWeb } from './adyen-web.js';

// Adyen Web's card-field errors, registered beside the API dialect as a shop on Adyen would.
const kit = createCheckoutErrors({ dialects: [adyen, adyenWeb] });
const context = { status: null, forced: false };

describe('Adyen Web card-field errors', () => {
  it.each(adyenCardFieldEvents.map((e) => [e.name, e] as const))('puts %s on its field', (_, event) => {
    const read = adyenWeb.read(event.event, context);
    expect(Array.isArray(read)).toBe(true);
    expect((read as { field: string; code: string }[]).map((f) => [f.field, f.code])).toEqual(event.expected);
    if (event.expected.length === 0) return;
    const errors = kit.normalizeErrors(event.event);
    expect(errors.map((e) => [e.field, e.code])).toEqual(event.expected);
    for (const error of errors) expect(error).toMatchObject({ kind: 'validation', developer: { dialect: 'adyen-web' } });
  });

  it.each([
    ['encryptedCardNumber', 'cc.num.900', 'cardNumber', 'incomplete_number'],
    ['encryptedCardNumber', 'cc.num.903', 'cardNumber', 'invalid_card_type'],
    ['encryptedCardNumber', 'error.va.sf-cc-num.01', 'cardNumber', 'invalid_number'],
    ['encryptedCardNumber', 'error.va.sf-cc-num.04', 'cardNumber', 'incomplete_number'],
    ['encryptedCardNumber', 'err.gen.9101', 'cardNumber', 'invalid_number'],
    ['encryptedExpiryDate', 'cc.dat.910', 'cardExpiry', 'incomplete_expiry'],
    ['encryptedExpiryDate', 'cc.dat.913', 'cardExpiry', 'invalid_expiry_year'],
    ['encryptedExpiryDate', 'error.va.sf-cc-dat.01', 'cardExpiry', 'invalid_expiry_year_past'],
    ['encryptedExpiryMonth', 'cc.mth.915', 'cardExpiry', 'incomplete_expiry'],
    ['encryptedExpiryYear', 'error.va.sf-cc-yr.02', 'cardExpiry', 'incomplete_expiry'],
    ['encryptedSecurityCode', 'cc.cvc.921.amex', 'cardCvc', 'incomplete_cvc'],
    ['encryptedSecurityCode', 'err.gen.9100', 'cardCvc', 'incomplete_cvc'],
    ['encryptedSecurityCode', 'error.va.gen.02', 'cardCvc', 'invalid_cvc'],
  ])('reads %s %s as %s %s, in the same words as the kit’s own card fields', (fieldType, code, field, kitCode) => {
    const error = kit.normalizeError({ fieldType, error: code, type: 'card' });
    expect(error).toMatchObject({ kind: 'validation', field, code: kitCode, developer: { providerCode: code } });
    const own = kit.normalizeError({ elementType: field, error: { type: 'validation_error', code: kitCode } });
    expect(kit.shopperMessage(error)).toBe(kit.shopperMessage(own));
  });

  it('reads a cleared field as no error, and a field the kit does not have as not its own', () => {
    expect(adyenWeb.read({ fieldType: 'encryptedCardNumber', error: '' }, context)).toEqual([]);
    expect(adyenWeb.read({ errors: { encryptedCardNumber: null, encryptedSecurityCode: null } }, context)).toEqual([]);
    expect(adyenWeb.read({ fieldType: 'encryptedPassword', error: 'kcp.pwd.941' }, context)).toBeUndefined();
    expect(adyenWeb.read({ fieldType: 'constructor', error: 'cc.num.901' }, context)).toBeUndefined();
  });

  it('gives no errors for a state with every field cleared, and an unknown error to normalizeError', () => {
    const cleared = { errors: { encryptedCardNumber: null, encryptedSecurityCode: null } };
    expect(kit.normalizeErrors(cleared)).toEqual([]);
    expect(kit.normalizeError(cleared).kind).toBe('unknown');
  });

  it('keeps Adyen Web’s code for developers, since it is no card number', () => {
    const [error] = kit.normalizeErrors({ fieldType: 'encryptedCardNumber', error: 'error.va.sf-cc-num.01' });
    expect(error?.developer.providerCode).toBe('error.va.sf-cc-num.01');
  });
});
