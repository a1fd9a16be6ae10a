/**
 * `@checkout-errors/core/fields`: the kit's view of a provider's hosted (iframe) card fields,
 * framework-free. Each provider's translation has its own entry (`fields/braintree`,
 * `fields/adyen`); Stripe's change events are the kit's shape already.
 */
export type { FieldUpdate, HostedFieldState } from './state.js';
export { EMPTY_FIELD, fieldCode, kitField, nextFieldState } from './state.js';
