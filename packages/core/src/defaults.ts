import { type CheckoutErrors, createCheckoutErrors } from './createCheckoutErrors.js';
import type { DescriptorOptions, ShopperMessageOptions } from './messages/createMessages.js';
import type { CheckoutError, CheckoutField, MessageDescriptor, NormalizeContext } from './types.js';

// The module-level functions share one default instance (English, built-in dialects), made on
// first use so that importing the kit runs nothing.
let instance: CheckoutErrors | undefined;
const defaults = () => (instance ??= createCheckoutErrors());

/** Turns any failure (body, response, exception, event, garbage) into a CheckoutError. Never throws. */
export const normalizeError = (input: unknown, context?: NormalizeContext): CheckoutError<CheckoutField> =>
  defaults().normalizeError(input, context);

/** The shopper-safe text for an error, in the given locale (English by default). */
export const shopperMessage = (error: CheckoutError<string>, options?: ShopperMessageOptions): string =>
  defaults().shopperMessage(error, options);

export { messageDescriptor } from './messages/createMessages.js';
export type { DescriptorOptions, MessageDescriptor };
