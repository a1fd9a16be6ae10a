/**
 * `@checkout-errors/ui/card-inputs`: real card inputs with client-side checks, for test mode,
 * demos and providers that tokenize by direct post. Owning card inputs puts card data on the
 * shop's page and widens its PCI DSS scope (SAQ A-EP or D instead of SAQ A): prefer a
 * provider's hosted fields in the default entry point where you can.
 */
export type { CardBrand, CardEntries, CardValues, CheckResult } from './checks.js';
export {
  cardBrand,
  cardValues,
  checkCardNumber,
  checkCvc,
  checkExpiry,
  checkPostalCode,
  digitsOf,
  formatCardNumber,
  formatExpiry,
  formatPostalCode,
  toAsciiDigits,
} from './checks.js';
export type {
  CardCvcInputProps,
  CardExpiryInputProps,
  CardInputProps,
  CardNumberInputProps,
  PostalCodeInputProps,
} from './inputs.js';
export { CardCvcInput, CardExpiryInput, CardNumberInput, PostalCodeInput } from './inputs.js';
