import { braintreeWebErrors } from '@checkout-errors/testing';
import { describe, expect, it } from 'vitest';
import { createCheckoutErrors } from '../../createCheckoutErrors.js';
import { braintree } from './braintree.js';
import braintreeWebDefault, { braintreeWeb } from './braintree-web.js';
import { dialectContract } from './contract.test-helpers.js';

dialectContract({
  dialects: [braintreeWeb, braintree],
  bodies: braintreeWebErrors,
  // braintree-web's own texts, and the DOM nodes it hands over in details.invalidFields.
  secrets: [/Cannot tokenize|merchant's vault|rate-limited|invalidFields|#cc-number/],
  server: false,
  keys: [
    'name',
    'code',
    'type',
    'message',
    'details',
    'originalError',
    'invalidFieldKeys',
    'httpStatus',
    'fieldErrors',
    'field',
    'error',
    'extensions',
    'legacyCode',
    'inputPath',
  ],
});

const kit = createCheckoutErrors({ dialects: [braintreeWeb, braintree] });
const byName = (start: string) => braintreeWebErrors.find((f) => f.name.startsWith(start))?.body;

describe('braintree-web specifics', () => {
  it('puts an error on every field Hosted Fields names invalid, and on every empty one', () => {
    expect(kit.normalizeErrors(byName('HOSTED_FIELDS_FIELDS_INVALID')).map((e) => [e.code, e.field])).toEqual([
      ['invalid_number', 'cardNumber'],
      ['invalid_cvc', 'cardCvc'],
    ]);
    expect(kit.normalizeErrors(byName('HOSTED_FIELDS_FIELDS_EMPTY')).map((e) => [e.code, e.field])).toEqual([
      ['incomplete_number', 'cardNumber'],
      ['incomplete_expiry', 'cardExpiry'],
      ['incomplete_cvc', 'cardCvc'],
    ]);
    const keys = ['expirationMonth', 'postalCode', 'cardholderName', 'somethingNew'];
    const error = {
      name: 'BraintreeError',
      code: 'HOSTED_FIELDS_FIELDS_INVALID',
      type: 'CUSTOMER',
      message: '…',
      details: { invalidFieldKeys: keys },
    };
    expect(kit.normalizeErrors(error).map((e) => [e.code, e.field])).toEqual([
      ['invalid_expiry_month', 'cardExpiry'],
      ['invalid_zip', 'postalCode'],
      ['parameter_invalid', 'cardholderName'],
      ['parameter_invalid', 'form'],
    ]);
  });

  it('reads every field error a tokenization failure wraps, where Hosted Fields reads only the first', () => {
    expect(kit.normalizeErrors(byName('HOSTED_FIELDS_FAILED_TOKENIZATION')).map((e) => [e.code, e.field, e.status])).toEqual([
      ['invalid_expiry_month', 'cardExpiry', 422],
      ['invalid_expiry_year', 'cardExpiry', 422],
    ]);
  });

  it('stops unwrapping originalError after three levels', () => {
    let error: unknown = { fieldErrors: [{ field: 'cvv', code: '81707' }] };
    for (let i = 0; i < 5; i++)
      error = { name: 'BraintreeError', code: 'CLIENT_REQUEST_ERROR', type: 'NETWORK', message: 'x', details: { originalError: error } };
    expect(kit.normalizeError(error).kind).toBe('network');
  });

  it('leaves server answers to the braintree dialect, and exports itself as default', () => {
    expect(braintreeWeb.read({ data: null, errors: [], extensions: {} }, { status: 200, forced: false })).toBeUndefined();
    expect(braintreeWebDefault).toBe(braintreeWeb);
  });
});
