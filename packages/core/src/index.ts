export { normalizeError, shopperMessage, messageDescriptor } from './defaults.js';
export { createCheckoutErrors } from './createCheckoutErrors.js';
export { readErrorResponse } from './readErrorResponse.js';
export { toClientError } from './toClientError.js';
export { sanitizeServerMessage, MAX_SERVER_MESSAGE_LENGTH } from './sanitizeServerMessage.js';
export { formatMessage } from './messages/formatMessage.js';
export { localeChain } from './messages/createMessages.js';
export {
  backoffDelay,
  parseRetryAfter,
  sendWithRetries,
  shouldRetryAutomatically,
  MAX_AUTO_RETRIES,
  INITIAL_RETRY_DELAY_MS,
  MAX_RETRY_DELAY_MS,
  MAX_RETRY_AFTER_MS,
  DEFAULT_COOLDOWN_MS,
} from './retry.js';
export { createIdempotencyKey, createIdempotencyAttempts } from './idempotency.js';

export type {
  BuiltInDialectName,
  CheckoutError,
  CheckoutField,
  DeveloperFacts,
  Dialect,
  DialectContext,
  ErrorFacts,
  ErrorKind,
  MessageDescriptor,
  NormalizeContext,
  RetryAdvice,
  RetryMode,
} from './types.js';
export type { AdviceCode, DeclineCode, ErrorCode } from './catalog.js';
export type { LocaleCatalog, MessageKey, MessageOverrides, OverrideKey } from './messages/types.js';
export type { DescriptorOptions, ShopperMessageOptions } from './messages/createMessages.js';
export type { CheckoutErrors, CheckoutErrorsConfig } from './createCheckoutErrors.js';
export type { ErrorResponse, ReadErrorResponseOptions } from './readErrorResponse.js';
export type { ClientErrorBody } from './toClientError.js';
export type { SendResult, SendWithRetriesOptions } from './retry.js';
export type { IdempotencyAttempts, IdempotencyAttemptsOptions, KeyStorage } from './idempotency.js';
