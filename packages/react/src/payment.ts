import type { CheckoutError, CheckoutErrors, KeyStorage } from '@checkout-errors/core';

// The payment submit's helpers, apart from the hook: what it rejects with, what identifies a
// payment, where its key is kept, and how a successful answer is read.

/** What the mutation rejects with: the normalized error and how many automatic retries were made. */
export class CheckoutFailure extends Error {
  override readonly name = 'CheckoutFailure';
  constructor(
    readonly error: CheckoutError<string>,
    readonly retries: number,
    /** Every error of the answer, `error` first (a body can name several fields). */
    readonly errors: readonly CheckoutError<string>[] = [error],
  ) {
    super(error.messageKey);
  }
}

export const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The default payload key: card numbers cut to their last 4 digits, CVCs left out, so nothing a shopper typed reaches storage even hashed. */
export const safePayloadKey = (variables: unknown): string =>
  JSON.stringify(variables, (key, value: unknown) => {
    if (/^(cvc|cvv|cvc2|securityCode|cardCvc)$/i.test(key)) return undefined;
    return typeof value === 'string' ? value.replace(/\d(?:[\s-]*\d){11,18}/g, (run) => `…${run.replace(/\D/g, '').slice(-4)}`) : value;
  }) ?? '';

export const sessionStore = (): KeyStorage | null => {
  try {
    return typeof window === 'undefined' ? null : window.sessionStorage;
  } catch {
    // Storage disabled by privacy settings: the attempt lives in memory only.
    return null;
  }
};

export async function readSuccess(response: Response): Promise<unknown> {
  const text = await response.text().catch(() => '');
  try {
    return text === '' ? null : (JSON.parse(text) as unknown);
  } catch {
    // A 2xx with an unreadable body still means the payment went through.
    return null;
  }
}

/**
 * The failure an unconfirmed attempt found in storage stands for after a reload. Only the
 * marker survives a reload (never the answer, which may hold server text), so it is rebuilt as
 * what made it: a 5xx the server marked final, with no body, read by the form's own instance.
 */
export const unconfirmedAfterReload = (checkoutErrors: CheckoutErrors<string>): CheckoutError<string> =>
  checkoutErrors.normalizeError(null, { status: 500, headers: { 'stripe-should-retry': 'false' } });
