export type { AdviceCode, DeclineCode, ErrorCode } from './catalog.js';
export type { CheckoutErrors, CheckoutErrorsConfig } from './createCheckoutErrors.js';
export { createCheckoutErrors } from './createCheckoutErrors.js';
export { messageDescriptor, normalizeError, shopperMessage } from './defaults.js';
export type { FieldErrorMessage, ShopFieldError, ShopText } from './fieldError.js';
export { fieldError } from './fieldError.js';
export type { IdempotencyAttempts, IdempotencyAttemptsOptions, KeyStorage } from './idempotency.js';
export { createIdempotencyAttempts, createIdempotencyKey } from './idempotency.js';
export type { DescriptorOptions, ShopperMessageOptions, TranslateOptions } from './messages/createMessages.js';
export { formatMessage } from './messages/formatMessage.js';
export { localeChain } from './messages/localeChain.js';
export type { LocaleCatalog, LocaleModule, MessageKey, MessageOverrides, OverrideKey, RegionalLocaleModule } from './messages/types.js';
export type { ErrorResponse, ReadErrorResponseOptions } from './readErrorResponse.js';
export { readErrorResponse } from './readErrorResponse.js';
export type { SendResult, SendWithRetriesOptions } from './retry.js';
export {
  backoffDelay,
  DEFAULT_COOLDOWN_MS,
  INITIAL_RETRY_DELAY_MS,
  MAX_AUTO_RETRIES,
  MAX_RETRY_AFTER_MS,
  MAX_RETRY_DELAY_MS,
  parseRetryAfter,
  sendWithRetries,
  shouldRetryAutomatically,
} from './retry.js';
export { MAX_SERVER_MESSAGE_LENGTH, sanitizeServerMessage } from './sanitizeServerMessage.js';
export { textDirection } from './textDirection.js';
export type { ClientErrorBody, ToClientErrorOptions } from './toClientError.js';
export { toClientError } from './toClientError.js';
export type {
  BuiltInDialectName,
  CheckoutError,
  CheckoutField,
  DeveloperFacts,
  Dialect,
  DialectContext,
  DialectOutcome,
  ErrorFacts,
  ErrorKind,
  MessageDescriptor,
  NormalizeContext,
  PaymentOutcome,
  RetryAdvice,
  RetryMode,
} from './types.js';
