// Countries whose addresses have no postal code, after Google's address metadata (the data
// Chromium's autofill uses): every region of google/libaddressinput's
// cpp/src/region_data_constants.cc (e20690c8, 2025-06) whose `fmt` has no %Z, 69 of them.
// Trinidad and Tobago gained one in May 2024 and is not listed. Its own entry point, out of the
// core's main one: `@checkout-errors/core/postal-codes`. Grouped by first letter (`AEGOQW` is
// AE AG AO AQ AW), the smallest form brotli leaves it in: the hooks and the postal-code frame
// carry it into every checkout.
const WITHOUT = 'AEGOQW BFIJOQSVWZ CDFGIKMW DJM ER FJ GADHMQY HK JM KIMN LCY MLORSW NRU PAS QA RW SBCLRSTXY TDFGKLOV UG VU WS YE ZW';

/** Whether addresses in `country` (ISO 3166-1 alpha-2, any case) have a postal code; true when the country is unknown. */
export function hasPostalCode(country: string | undefined): boolean {
  const code = country?.toUpperCase() ?? '';
  return !/^[A-Z]{2}$/.test(code) || !WITHOUT.split(' ').some((group) => group[0] === code[0] && group.includes(code[1] as string, 1));
}

/** The ISO 3166-1 codes of the countries whose addresses have no postal code (AE, HK, QA …), sorted. */
export const countriesWithoutPostalCode = (): string[] =>
  WITHOUT.split(' ').flatMap((group) => [...group.slice(1)].map((second) => `${group[0]}${second}`));
