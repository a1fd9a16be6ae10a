import { codeRows, testCards } from '@checkout-errors/testing';
import { describe, expect, it } from 'vitest';
import {
  cardBrand,
  cardValues,
  checkCardNumber,
  checkCvc,
  checkExpiry,
  checkPostalCode,
  formatCardNumber,
  formatExpiry,
  formatPostalCode,
  toAsciiDigits,
} from './checks.js';

const june2026 = new Date(2026, 5, 15);

describe('card number', () => {
  it('groups digits as the brand prints them', () => {
    expect(formatCardNumber('4242424242424242')).toBe('4242 4242 4242 4242');
    expect(formatCardNumber('378282246310005')).toBe('3782 822463 10005');
    expect(formatCardNumber('4242 4242-4242 4242 9999 9')).toBe('4242 4242 4242 4242 999');
  });

  it('reads full-width and Eastern-Arabic digits as digits', () => {
    expect(toAsciiDigits('４２４２ ٤٢٤٢ ۴۲۴۲')).toBe('4242 4242 4242');
  });

  it.each([
    'deva',
    'beng',
    'tamldec',
    'telu',
    'knda',
    'mlym',
    'gujr',
    'guru',
    'orya',
    'thai',
    'laoo',
    'mymr',
    'khmr',
    'tibt',
    'mong',
    'nkoo',
    'sinh',
    'fullwide',
    'arab',
    'arabext',
  ])('reads the %s digits 0 to 9, as the platform formats them for a locale that shows them', (numberingSystem) => {
    const digits = new Intl.NumberFormat('en', { numberingSystem, useGrouping: false }).format(1234567890);
    expect(digits).not.toBe('1234567890');
    expect(toAsciiDigits(digits)).toBe('1234567890');
    expect(checkCardNumber('٤٢٤٢٤٢٤٢٤٢٤٢٤٢٤٢').code).toBeNull();
    expect(formatCardNumber('４２４２４２４２４２４２４２４２')).toBe('4242 4242 4242 4242');
  });

  it('detects brands and their CVC size', () => {
    expect(cardBrand('4242')?.type).toBe('visa');
    expect(cardBrand('5555')?.type).toBe('mastercard');
    expect(cardBrand('3782')?.code.size).toBe(4);
    expect(cardBrand('')).toBeNull();
  });

  it('tells an unfinished number from a wrong one', () => {
    expect(checkCardNumber('')).toMatchObject({ code: 'incomplete_number', empty: true });
    expect(checkCardNumber('4242 4242')).toMatchObject({ code: 'incomplete_number', complete: false });
    expect(checkCardNumber('4242 4242 4242 4241')).toMatchObject({ code: 'invalid_number', complete: false });
    expect(checkCardNumber('9999 9999 9999 9999').code).toBe('invalid_number');
    expect(checkCardNumber('4242 4242 4242 4242')).toMatchObject({ code: null, complete: true });
  });

  it('passes every test card that is Luhn-valid and stops the one that is not', () => {
    for (const card of testCards) {
      const expected = card.number === '4242424242424241' ? 'invalid_number' : null;
      expect(checkCardNumber(card.number).code, card.label).toBe(expected);
    }
  });
});

describe('expiry', () => {
  it('formats as MM / YY and pads a single month digit', () => {
    expect(formatExpiry('1')).toBe('1');
    expect(formatExpiry('4')).toBe('04');
    expect(formatExpiry('1228')).toBe('12 / 28');
    expect(formatExpiry('12/2030')).toBe('12 / 30');
    expect(formatExpiry('٠٥/٢٩')).toBe('05 / 29');
  });

  it.each([
    ['', 'incomplete_expiry'],
    ['12 / 2', 'incomplete_expiry'],
    ['13 / 28', 'invalid_expiry_month'],
    ['00 / 28', 'invalid_expiry_month'],
    ['12 / 25', 'invalid_expiry_year_past'],
    ['05 / 26', 'invalid_expiry_month_past'],
    ['06 / 26', null],
    ['12 / 46', null],
    ['12 / 47', 'invalid_expiry_year'],
  ])('%j in June 2026 → %s', (value, code) => {
    expect(checkExpiry(value, june2026).code).toBe(code);
  });
});

describe('CVC', () => {
  it('needs the brand’s length', () => {
    const visa = cardBrand('4242');
    const amex = cardBrand('3782');
    expect(checkCvc('12', visa).code).toBe('incomplete_cvc');
    expect(checkCvc('123', visa).code).toBeNull();
    expect(checkCvc('1234', visa).code).toBe('invalid_cvc');
    expect(checkCvc('123', amex).code).toBe('incomplete_cvc');
    expect(checkCvc('1234', amex).code).toBeNull();
    expect(checkCvc('1234').code).toBeNull();
    expect(checkCvc('').empty).toBe(true);
  });
});

describe('postal code by country', () => {
  it.each([
    ['US', '94103', null],
    ['US', '94103-1234', null],
    ['US', '9410', 'incomplete_zip'],
    ['US', 'SW1A 1AA', 'invalid_zip'],
    ['GB', 'sw1a 1aa', null],
    ['GB', 'SW1A1AA', null],
    ['GB', 'EC1A', 'incomplete_zip'],
    ['GB', 'SW1A 1A', 'incomplete_zip'],
    ['CA', 'K1A 0', 'incomplete_zip'],
    ['US', '94103-12', 'incomplete_zip'],
    ['GB', '12345', 'invalid_zip'],
    ['CA', 'K1A 0B1', null],
    ['CA', 'D1A 0B1', 'invalid_zip'],
    ['DE', '10115', null],
    ['DE', '1011', 'incomplete_zip'],
    ['FR', '75001', null],
    ['FR', '7500A', 'invalid_zip'],
    ['NL', '1012 AB', null],
    [undefined, '٧٥٠٠١', null],
    ['US', '', 'incomplete_zip'],
  ])('%s %j → %s', (country, value, code) => {
    expect(checkPostalCode(value, country).code).toBe(code);
  });

  it('upper-cases and writes ASCII digits', () => {
    expect(formatPostalCode('  sw1a  1aa')).toBe('SW1A 1AA');
    expect(formatPostalCode('１０１１５')).toBe('10115');
  });
});

describe('codes', () => {
  it('raises only client-validation codes that the catalog knows', () => {
    const raised = new Set<string>();
    const values = ['', '4242', '4242424242424241', '9999999999999999', '1', '1325', '0125', '12', '12345', 'X', '99999-'];
    for (const value of values) {
      for (const result of [checkCardNumber(value), checkExpiry(value, june2026), checkCvc(value), checkPostalCode(value, 'US')]) {
        if (result.code) raised.add(result.code);
      }
    }
    const clientCodes = new Set(codeRows.filter((row) => row.dialect === 'client-validation').map((row) => row.code));
    for (const code of raised) expect(clientCodes.has(code), code).toBe(true);
    expect(raised.size).toBeGreaterThanOrEqual(9);
  });
});

describe('cardValues', () => {
  it('turns the formatted entries into what a provider API takes', () => {
    expect(cardValues({ cardNumber: '4242 4242 4242 4242', cardExpiry: '12 / 34', cardCvc: '123', postalCode: ' sw1a 1aa' })).toEqual({
      number: '4242424242424242',
      expMonth: 12,
      expYear: 2034,
      cvc: '123',
      postalCode: 'SW1A 1AA',
    });
  });

  it('reads Eastern-Arabic and full-width digits, and leaves an incomplete expiry null', () => {
    expect(cardValues({ cardNumber: '٤٢٤٢ ٤٢٤٢ ٤٢٤٢ ٤٢٤٢', cardExpiry: '１２ / ３', cardCvc: '١٢٣' })).toEqual({
      number: '4242424242424242',
      expMonth: null,
      expYear: null,
      cvc: '123',
      postalCode: '',
    });
    expect(cardValues({ cardExpiry: '7/29' })).toMatchObject({ expMonth: 7, expYear: 2029 });
  });
});
