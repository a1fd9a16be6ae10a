import { describe, expect, it } from 'vitest';
import { createCheckoutErrors, normalizeError, sendWithRetries, shopperMessage } from './index.js';
import de from './locales/de.js';

describe('retry advice from headers', () => {
  const rateLimit = { error: { type: 'rate_limit_error', code: 'rate_limit' } };
  it('matches header names case-insensitively in records, arrays and Headers', () => {
    for (const headers of [{ 'RETRY-AFTER': '4' }, [['Retry-After', '4']] as [string, string][], new Headers({ 'retry-after': '4' })]) {
      expect(normalizeError(rateLimit, { status: 429, headers }).retry.afterMs).toBe(4000);
    }
  });

  it('reads Retry-After as an HTTP date and clamps it to 60 seconds', () => {
    const now = Date.parse('2026-11-23T10:00:00Z');
    const { normalizeError: normalize } = createCheckoutErrors({ now: () => now });
    expect(normalize(rateLimit, { status: 429, headers: { 'retry-after': 'Mon, 23 Nov 2026 10:00:09 GMT' } }).retry.afterMs).toBe(9000);
    expect(normalize(rateLimit, { status: 429, headers: { 'retry-after': '3600' } }).retry.afterMs).toBe(60_000);
    expect(normalize(rateLimit, { status: 429, headers: { 'retry-after': 'soon' } }).retry.afterMs).toBe(5000);
  });

  it('lets Stripe-Should-Retry: true win even on a 429, and false stop an automatic retry', () => {
    expect(normalizeError(rateLimit, { status: 429, headers: { 'Stripe-Should-Retry': 'true' } }).retry.mode).toBe('auto');
    // No status, so no 5xx: the shopper may try again, with the same key (the outcome is uncertain).
    expect(normalizeError({ error: { type: 'api_connection_error' } }, { headers: { 'stripe-should-retry': 'false' } }).retry).toEqual({
      mode: 'shopper',
      retryable: true,
      sameIdempotencyKey: true,
      afterMs: null,
    });
    // A decline is never resent automatically, whatever the header says.
    expect(
      normalizeError({ error: { type: 'card_error', code: 'card_declined' } }, { status: 402, headers: { 'stripe-should-retry': 'true' } })
        .retry.mode,
    ).toBe('never');
  });

  it('keeps the idempotency key on a 409 even when told not to retry', () => {
    expect(
      normalizeError(
        { error: { type: 'idempotency_error', code: 'idempotency_key_in_use' } },
        { status: 409, headers: { 'stripe-should-retry': 'false' } },
      ).retry,
    ).toMatchObject({ mode: 'shopper', sameIdempotencyKey: true });
  });

  it('refines a decline’s retry guidance with advice_code', () => {
    const later = normalizeError(
      { error: { type: 'card_error', code: 'card_declined', decline_code: 'do_not_honor', advice_code: 'try_again_later' } },
      { status: 402 },
    );
    expect(later.retry).toMatchObject({ mode: 'shopper', sameIdempotencyKey: false });
    expect(later.messageKey).toBe('decline.contact_issuer');
    const never = normalizeError(
      { error: { type: 'card_error', code: 'card_declined', decline_code: 'processing_error', advice_code: 'do_not_try_again' } },
      { status: 402 },
    );
    expect(never.retry.mode).toBe('never');
    const confirm = normalizeError(
      { error: { type: 'card_error', code: 'card_declined', advice_code: 'confirm_card_data' } },
      { status: 402 },
    );
    expect(confirm.messageKey).toBe('advice.confirm_card_data');
  });
});

describe('a 5xx marked Stripe-Should-Retry: false is unconfirmed', () => {
  const final = { 'Stripe-Should-Retry': 'false' };
  const unreadable = Object.defineProperty({}, 'error', {
    get() {
      throw new Error('getter');
    },
  });
  // stripe-node's error class: the API's type in rawType, the status in statusCode, its own headers.
  const nodeApiError = Object.assign(new Error('An unknown error occurred'), {
    type: 'StripeAPIError',
    rawType: 'api_error',
    statusCode: 500,
    headers: { 'stripe-should-retry': 'false', 'request-id': 'req_node' },
  });
  it.each([
    ['an api_error 500', { error: { type: 'api_error' } }, { status: 500, headers: final }],
    ['a proxy’s HTML 502', '<!doctype html><h1>502 Bad Gateway</h1>', { status: 502, headers: final }],
    ['an empty 503', '', { status: 503, headers: final }],
    ['a 501 with no body (not among the resent 5xx)', null, { status: 501, headers: final }],
    ['an api_error with no status (kind api)', { error: { type: 'api_error' } }, { headers: final }],
    ['payments-api internal_error', { error: { type: 'api_error', code: 'internal_error' } }, { status: 500, headers: final }],
    ['an unreadable 500', unreadable, { status: 500, headers: final }],
    ['a Retry-After beside it', { error: { type: 'api_error' } }, { status: 500, headers: { ...final, 'Retry-After': '3' } }],
    ['stripe-node’s StripeAPIError, headers on the instance', nodeApiError, {}],
  ])('%s', (_name, input, context) => {
    const error = normalizeError(input, context);
    expect(error.retry).toEqual({ mode: 'unconfirmed', retryable: false, sameIdempotencyKey: true, afterMs: null });
    expect(error.messageKey).toBe('payment.unconfirmed');
    expect(shopperMessage(error)).toBe('We couldn’t confirm your payment yet. Don’t pay again until we do.');
  });

  it('says so in every shipped locale, in its own words', () => {
    const error = normalizeError({ error: { type: 'api_error' } }, { status: 500, headers: final });
    expect(createCheckoutErrors({ locales: [de] }).shopperMessage(error, { locale: 'de' })).toBe(de.messages['payment.unconfirmed']);
  });

  it.each([
    ['a 500 without the header is resent', { error: { type: 'api_error' } }, { status: 500 }, 'auto'],
    ['a 500 marked true is resent', { error: { type: 'api_error' } }, { status: 500, headers: { 'Stripe-Should-Retry': 'true' } }, 'auto'],
    ['a 409 marked false', { error: { type: 'idempotency_error', code: 'lock_timeout' } }, { status: 409, headers: final }, 'shopper'],
    ['a timeout marked false', new DOMException('t', 'TimeoutError'), { headers: final }, 'shopper'],
    ['a 429 marked false', { error: { type: 'rate_limit_error' } }, { status: 429, headers: final }, 'cooldown'],
    ['a 424 marked false', { error: { type: 'api_error' } }, { status: 424, headers: final }, 'shopper'],
    ['a 400 marked false', { error: { type: 'invalid_request_error' } }, { status: 400, headers: final }, 'never'],
    ['a decline marked false', { error: { type: 'card_error', code: 'card_declined' } }, { status: 402, headers: final }, 'never'],
    // The answer is a decline, so the outcome is known: a decline even on a 5xx.
    ['a decline on a 5xx', { error: { type: 'card_error', code: 'card_declined' } }, { status: 500, headers: final }, 'never'],
    ['a cancelled request', new DOMException('a', 'AbortError'), { status: 500, headers: final }, 'never'],
  ])('keeps today’s advice for %s', (_name, input, context, mode) => {
    const error = normalizeError(input, context);
    expect(error.retry.mode).toBe(mode);
    expect(error.messageKey).not.toBe('payment.unconfirmed');
  });

  it('is never resent automatically', async () => {
    const sent: number[] = [];
    const result = await sendWithRetries(
      async (retry) => {
        sent.push(retry);
        throw { status: 500, headers: final, body: { error: { type: 'api_error' } } };
      },
      { normalize: (thrown) => normalizeError(thrown), sleep: async () => {} },
    );
    expect(sent).toEqual([0]);
    expect(result).toMatchObject({ ok: false, retries: 0, error: { retry: { mode: 'unconfirmed' } } });
  });
});
