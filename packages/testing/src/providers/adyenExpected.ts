// Where the Adyen fixtures were published, and their types under Adyen's name; the shared fixture
// types and the Stripe bodies that must read the same are ./expected.ts. Plain data.
import type { ProviderBody, ProviderExpected, ProviderResult } from './expected.js';

export { card, decline, declined, failed, SERVER, SHOP_SETUP, type StripeEquivalent, stripe } from './expected.js';

/** What the kit must make of an Adyen body. */
export type AdyenExpected = ProviderExpected;
/** An Adyen failure and what the kit must make of it; Adyen answers refusals with HTTP 200. */
export type AdyenBody = ProviderBody & { readonly status: number };
/** A 2xx /payments result and the outcome the kit must read. */
export type AdyenResult = ProviderResult;

export const OAS = 'Adyen/adyen-openapi json/CheckoutService-v71.json @74fabab0628019206b77c4823776b726345a035d';
export const JAVA = 'Adyen/adyen-java-api-library';
export const ERRORS_DOC = 'https://docs.adyen.com/development-resources/error-codes';
export const TRIGGERS_DOC = 'https://docs.adyen.com/development-resources/testing/result-codes';
