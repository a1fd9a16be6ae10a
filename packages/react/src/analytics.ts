import type { CheckoutError, ErrorKind, RetryMode } from '@checkout-errors/core';

/** How an error reached the form: after a submit, or on its own (blur check, retry, cooldown). */
export type ErrorSource = 'submit' | 'background';

/**
 * What an analytics callback receives for each error shown: an allowlist of fields that hold no
 * card data and no server text. A hidden decline reports as `generic_decline`, so this payload
 * is identical for a fraud decline and a generic one.
 */
export interface CheckoutErrorEvent {
  readonly kind: ErrorKind;
  readonly code: string | null;
  readonly declineCode: string | null;
  readonly field: string;
  readonly status: number | null;
  readonly retryMode: RetryMode;
  readonly messageKey: string;
  readonly source: ErrorSource;
}

/** Builds the allowlisted analytics event for one error. Nothing from `developer` is copied. */
export const toAnalyticsEvent = (error: CheckoutError<string>, source: ErrorSource): CheckoutErrorEvent => ({
  kind: error.kind,
  code: error.code,
  declineCode: error.declineCode,
  field: error.field,
  status: error.status,
  retryMode: error.retry.mode,
  messageKey: error.messageKey,
  source,
});
