import { describe, expect, it } from 'vitest';
import { countriesWithoutPostalCode, hasPostalCode } from './postalCodes.js';

describe('countries without postal codes (Google’s address metadata)', () => {
  it('lists the 69 countries whose address format has no postal code, sorted and once each', () => {
    const list = countriesWithoutPostalCode();
    expect(list).toHaveLength(69);
    expect(new Set(list).size).toBe(69);
    expect([...list].sort()).toEqual(list);
    for (const code of ['AE', 'QA', 'HK', 'MO', 'PA', 'BO', 'JM', 'GH', 'UG', 'ZW', 'YE']) expect(list, code).toContain(code);
  });

  it('answers every listed country no, in any case, and every other yes', () => {
    for (const code of countriesWithoutPostalCode()) {
      expect(hasPostalCode(code), code).toBe(false);
      expect(hasPostalCode(code.toLowerCase()), code).toBe(false);
    }
    // Trinidad and Tobago gained postal codes in 2024; Ireland has Eircodes; the rest are everyday.
    for (const code of ['US', 'GB', 'DE', 'TT', 'IE', 'CA', 'IN', 'AU', 'JP', 'BR']) expect(hasPostalCode(code), code).toBe(true);
  });

  it('assumes a postal code where the country is unknown or not a country code', () => {
    for (const input of [undefined, '', 'A', 'AEX', 'A E', '__proto__', 'constructor', 'EGO', 'E'])
      expect(hasPostalCode(input), String(input)).toBe(true);
    // The list is grouped by first letter ('AEGOQW' is AE AG AO AQ AW): a group's letters are not
    // codes of their own, so Egypt keeps its postal code though 'AEGOQW' holds "EG".
    expect(hasPostalCode('EG')).toBe(true);
  });
});
