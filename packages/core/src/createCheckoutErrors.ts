import {
  createMessages,
  type DescriptorOptions,
  messageDescriptor,
  type ShopperMessageOptions,
  type TranslateOptions,
} from './messages/createMessages.js';
import type { LocaleCatalog, MessageKey, MessageOverrides } from './messages/types.js';
import { createNormalizer } from './normalizeError.js';
import { readOutcome } from './outcome.js';
import type { CheckoutError, CheckoutField, Dialect, MessageDescriptor, NormalizeContext, PaymentOutcome } from './types.js';

/** Configuration of one checkout's error handling. */
export interface CheckoutErrorsConfig<Field extends string = never> {
  /** Locale catalogs to use besides the built-in English, e.g. `[de, fr]`. Default none. */
  locales?: readonly LocaleCatalog[];
  /** The shop's own dialects, tried before the built-in ones. Default none. */
  dialects?: readonly Dialect[];
  /** Extra or replaced param → field mappings, e.g. `{ promo_code: 'coupon' }`. Default none. */
  paramToField?: Readonly<Record<string, CheckoutField | Field>>;
  /** The shop's own fields (a coupon box, a phone field); a param naming one maps to it. Default none. */
  fields?: readonly Field[];
  /** Per-locale message overrides. Default none. */
  messages?: MessageOverrides;
  /** Card-testing defence: after this many card errors, every decline is shown as the generic one. Default off. */
  hardenAfterDeclines?: number;
  /** Clock for `Retry-After` dates. Default `Date.now`. */
  now?: () => number;
}

/** One checkout's configured functions; same signatures as the module-level ones. */
export interface CheckoutErrors<Field extends string = never> {
  normalizeError(input: unknown, context?: NormalizeContext): CheckoutError<CheckoutField | Field>;
  /**
   * Every error of an input, the primary (`normalizeError`'s) first: a body can name several
   * failing fields. A card decline hides the rest. `[]` when a dialect reads that nothing is wrong.
   */
  normalizeErrors(input: unknown, context?: NormalizeContext): readonly CheckoutError<CheckoutField | Field>[];
  /** What a 2xx answer's body says (a refusal answered with 200 is a failure, never paid). */
  readOutcome(body: unknown, context?: { status?: number }): PaymentOutcome;
  shopperMessage(error: CheckoutError<string>, options?: ShopperMessageOptions): string;
  messageDescriptor(error: CheckoutError<string>, options?: DescriptorOptions): MessageDescriptor;
  /** The text of any catalog key (UI strings such as `ui.error_prefix`), with the same fallback chain. */
  translate(key: MessageKey, values?: Record<string, string | number>, options?: TranslateOptions): string;
}

/**
 * Creates a configured instance. Configuration lives here, never in a global registry, so two
 * checkouts on one page do not interfere and importing the kit has no side effects.
 */
export function createCheckoutErrors<const Field extends string = never>(config: CheckoutErrorsConfig<Field> = {}): CheckoutErrors<Field> {
  const normalizeAll = createNormalizer(config as CheckoutErrorsConfig<string>);
  const { shopperMessage, translate } = createMessages(config.locales, config.messages);
  return {
    // One error always: for an input that says nothing is wrong, the `unknown` of an empty input.
    normalizeError: ((input, context) =>
      normalizeAll(input, context)[0] ?? normalizeAll(undefined)[0]) as CheckoutErrors<Field>['normalizeError'],
    normalizeErrors: normalizeAll as CheckoutErrors<Field>['normalizeErrors'],
    readOutcome: (body, context = {}) => readOutcome(config.dialects ?? [], normalizeAll, body, context.status ?? 200),
    shopperMessage,
    messageDescriptor,
    translate,
  };
}
