import { describe, expect, it } from 'vitest';
import { createCheckoutErrors, type Dialect, normalizeError, readErrorResponse } from './index.js';

const card = { error: { type: 'card_error', code: 'incorrect_cvc', param: 'cvc', message: 'Your card’s security code is incorrect.' } };

describe('normalizeError reads every shape a failure arrives in', () => {
  it.each([
    ['an error envelope', card, { status: 402 }],
    ['the inner error object', card.error, { status: 402 }],
    ['a {status, body} pair', { status: 402, body: card }, {}],
    ['a {status, body} pair with a JSON string body', { status: 402, body: JSON.stringify(card) }, {}],
    ['a JSON string', JSON.stringify(card), { status: 402 }],
  ])('%s', (_name, input, context) => {
    expect(normalizeError(input, context)).toMatchObject({ kind: 'card', code: 'incorrect_cvc', field: 'cardCvc', status: 402 });
  });

  it('reads a fetch Response through readErrorResponse, headers included', async () => {
    const response = new Response(JSON.stringify({ error: { type: 'invalid_request_error', code: 'rate_limit' } }), {
      status: 429,
      headers: { 'content-type': 'application/json', 'retry-after': '7', 'request-id': 'req_123' },
    });
    const error = normalizeError(await readErrorResponse(response));
    expect(error).toMatchObject({ kind: 'rate_limit', status: 429, retry: { mode: 'cooldown', afterMs: 7000 } });
    expect(error.developer.requestId).toBe('req_123');
  });

  it('treats a Response whose body was not read as a failure known only by its status', () => {
    expect(normalizeError(new Response('<html>Bad gateway</html>', { status: 502 }))).toMatchObject({
      kind: 'api',
      status: 502,
      retry: { mode: 'auto' },
    });
  });

  it('reads the errors stripe-node throws (class name in type, API type in rawType)', () => {
    class StripeCardError extends Error {
      type = 'StripeCardError';
      rawType = 'card_error';
      code = 'card_declined';
      decline_code = 'insufficient_funds';
      statusCode = 402;
      requestId = 'req_node';
      headers = { 'request-id': 'req_node' };
    }
    const error = normalizeError(new StripeCardError('Your card has insufficient funds.'));
    expect(error).toMatchObject({ kind: 'card', status: 402, declineCode: 'insufficient_funds', messageKey: 'decline.insufficient_funds' });
    expect(error.developer.requestId).toBe('req_node');
    // Older releases have no rawType: the class name is enough.
    expect(normalizeError({ type: 'StripeRateLimitError', message: 'Too many' })).toMatchObject({ kind: 'rate_limit' });
    expect(normalizeError({ type: 'StripeConnectionError', message: 'ECONNRESET' })).toMatchObject({
      kind: 'network',
      retry: { mode: 'auto' },
    });
    expect(normalizeError({ type: 'StripeInvalidRequestError', code: 'parameter_missing', param: 'email' })).toMatchObject({
      kind: 'invalid_request',
      field: 'email',
    });
  });

  it.each([
    ['fetch failing offline (TypeError)', new TypeError('Failed to fetch'), 'network', 'auto'],
    ['an AbortError', new DOMException('The user aborted a request.', 'AbortError'), 'aborted', 'never'],
    ['AbortSignal.timeout()', new DOMException('signal timed out', 'TimeoutError'), 'timeout', 'auto'],
    ['a proxy HTML page with no status', '<html><body>502 Bad Gateway</body></html>', 'network', 'auto'],
    ['a doctype page with leading whitespace', '\n  <!DOCTYPE html><title>Captive portal</title>', 'network', 'auto'],
    ['status 0 with no body (no response came)', { status: 0, body: null }, 'network', 'auto'],
    ['status 0 with an empty body', { status: 0, body: '' }, 'network', 'auto'],
    // Values that say nothing about the network (spec section 1): a thrown string, null, undefined.
    ['a thrown string', 'boom', 'unknown', 'shopper'],
    ['a thrown sentence', 'Payment failed: try later', 'unknown', 'shopper'],
    ['a bare null', null, 'unknown', 'shopper'],
    ['undefined', undefined, 'unknown', 'shopper'],
    ['an empty string', '', 'unknown', 'shopper'],
    ['a JSON-looking string that does not parse', '{"error": {"type": "api_er', 'unknown', 'shopper'],
    ['a number', 42, 'unknown', 'shopper'],
    ['an array', [1, 2, 3], 'unknown', 'shopper'],
    ['a boolean', true, 'unknown', 'shopper'],
    ['a function', () => 1, 'unknown', 'shopper'],
    ['a symbol', Symbol('x'), 'unknown', 'shopper'],
    ['an empty object', {}, 'unknown', 'shopper'],
  ])('%s is %s', (_name, input, kind, mode) => {
    expect(normalizeError(input)).toMatchObject({ kind, retry: { mode }, field: 'form' });
  });

  it('lets the status decide when the body is HTML or empty', () => {
    expect(normalizeError('<html>oops</html>', { status: 502 })).toMatchObject({
      kind: 'api',
      retry: { mode: 'auto', sameIdempotencyKey: true },
    });
    expect(normalizeError('', { status: 503 })).toMatchObject({ kind: 'api', messageKey: 'service.error' });
    expect(normalizeError(null, { status: 501 })).toMatchObject({ kind: 'api', retry: { mode: 'shopper' } });
    expect(normalizeError(undefined, { status: 500 })).toMatchObject({ kind: 'api', retry: { mode: 'auto' } });
    expect(normalizeError({ status: 502, body: '' })).toMatchObject({ kind: 'api', status: 502, developer: { dialect: 'network' } });
    // A malformed JSON 500 (the mock API's `malformed`) is the server's failure, not the shopper's.
    expect(normalizeError({ status: 500, body: '{"error": {"type": "api_er' })).toMatchObject({ kind: 'api', retry: { mode: 'auto' } });
    // With a status, even a thrown string is read as that status's answer.
    expect(normalizeError('boom', { status: 503 })).toMatchObject({ kind: 'api' });
    expect(normalizeError('boom', { status: 403 })).toMatchObject({ kind: 'permission' });
  });

  it('tells a value that is no network failure from one that is', async () => {
    const unknown = { kind: 'unknown', status: null, messageKey: 'unknown', developer: { dialect: null } };
    for (const value of ['boom', null, undefined]) expect(normalizeError(value), String(value)).toMatchObject(unknown);
    const offline = { kind: 'network', messageKey: 'network.offline', retry: { mode: 'auto', sameIdempotencyKey: true } };
    expect(normalizeError(new TypeError('Failed to fetch'))).toMatchObject(offline);
    expect(normalizeError(new TypeError('NetworkError when attempting to fetch resource.'))).toMatchObject(offline);
    expect(normalizeError(null, { status: 0 })).toMatchObject(offline);
    expect(normalizeError('boom', { status: 0 })).toMatchObject(offline);
    // readErrorResponse answers status 0 when there was no Response to read.
    expect(normalizeError(await readErrorResponse(undefined as unknown as Response))).toMatchObject(offline);
    expect(normalizeError(new DOMException('signal timed out', 'TimeoutError'))).toMatchObject({ kind: 'timeout' });
    // Told status 0, a thrown error still says what it is: a cancelled request stays cancelled.
    expect(normalizeError(new DOMException('aborted', 'AbortError'), { status: 0 })).toMatchObject({ kind: 'aborted' });
    expect(normalizeError(new TypeError('Failed to fetch'), { status: 0 })).toMatchObject(offline);
  });

  it('survives cyclic objects, throwing getters, Proxies and revoked Proxies', () => {
    const cyclic: Record<string, unknown> = { type: 'card_error', code: 'expired_card' };
    cyclic.error = cyclic;
    cyclic.self = cyclic;
    expect(normalizeError(cyclic, { status: 402 }).kind).toBe('card');
    const getter = Object.defineProperty({}, 'error', {
      get() {
        throw new Error('boom');
      },
    });
    expect(normalizeError(getter)).toMatchObject({ kind: 'unknown' });
    expect(normalizeError(getter, { status: 500 })).toMatchObject({ kind: 'unknown', status: 500 });
    const trap = new Proxy(
      {},
      {
        get() {
          throw new Error('trap');
        },
      },
    );
    expect(normalizeError(trap).kind).toBe('unknown');
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(normalizeError(proxy).kind).toBe('unknown');
    expect(normalizeError({ status: 402, body: proxy }).kind).toBe('unknown');
  });

  it('reads each property of the input at most once', () => {
    const reads = new Map<PropertyKey, number>();
    const count = <T extends object>(target: T): T =>
      new Proxy(target, {
        get(t, key, receiver) {
          reads.set(key, (reads.get(key) ?? 0) + 1);
          const value = Reflect.get(t, key, receiver);
          return value !== null && typeof value === 'object' ? count(value) : value;
        },
      });
    normalizeError(
      count({ error: { type: 'card_error', code: 'card_declined', decline_code: 'fraudulent', message: 'x', param: 'cvc' } }),
      { status: 402 },
    );
    expect([...reads.values()].every((n) => n === 1)).toBe(true);
    expect(reads.get('decline_code')).toBe(1);
  });

  it('does not parse a string longer than the 64 KB cap', () => {
    const big = JSON.stringify({ error: { type: 'card_error', code: 'incorrect_cvc', message: 'x'.repeat(70_000) } });
    expect(normalizeError(big, { status: 402 })).toMatchObject({ kind: 'card', code: null });
  });

  it('caps every string it keeps', () => {
    const error = normalizeError(
      { error: { type: 'card_error', code: 'c'.repeat(5000), param: 'p'.repeat(5000), message: 'm '.repeat(1e6) } },
      { status: 402 },
    );
    expect(error.code?.length).toBeLessThanOrEqual(100);
    expect(error.param?.length).toBeLessThanOrEqual(100);
    expect(error.developer.message?.length).toBeLessThanOrEqual(500);
  });
});

describe('kind from type, code and status', () => {
  it.each([
    [{ type: 'api_error', code: 'lock_timeout' }, 409, 'conflict', 'auto'],
    [{ type: 'card_error', code: 'card_declined' }, 409, 'conflict', 'auto'],
    [{ type: 'idempotency_error', code: 'idempotency_key_in_use' }, 409, 'conflict', 'auto'],
    [{ type: 'idempotency_error' }, 400, 'idempotency', 'shopper'],
    [{ type: 'invalid_request_error', code: 'idempotency_key_reuse' }, 422, 'idempotency', 'shopper'],
    [{ type: 'invalid_request_error', code: 'parameter_invalid' }, 422, 'invalid_request', 'never'],
    [{ type: 'invalid_request_error', code: 'rate_limit' }, 400, 'rate_limit', 'cooldown'],
    [{ type: 'rate_limit_error' }, 429, 'rate_limit', 'cooldown'],
    [{ type: 'authentication_error' }, 401, 'authentication', 'never'],
    [{ type: 'invalid_request_error' }, 401, 'authentication', 'never'],
    [{ type: 'invalid_request_error' }, 403, 'permission', 'never'],
    [{ type: 'invalid_request_error' }, 404, 'not_found', 'never'],
    [{ type: 'invalid_request_error' }, 424, 'external', 'shopper'],
    [{ type: 'api_error' }, 500, 'api', 'auto'],
    [{ type: 'api_error' }, 504, 'api', 'auto'],
    [{ type: 'api_connection_error' }, null, 'network', 'auto'],
    [{ type: 'invalid_request_error' }, null, 'invalid_request', 'never'],
    [{ type: 'api_error' }, null, 'api', 'auto'],
    [{ code: 'card_declined', decline_code: 'do_not_honor' }, null, 'card', 'never'],
    [{ type: 'payment_error', code: 'payment_not_initialized' }, 400, 'card', 'shopper'],
  ])('%o with status %s is %s (%s)', (body, status, kind, mode) => {
    const error = normalizeError({ error: body }, status === null ? {} : { status });
    expect(error.kind).toBe(kind);
    expect(error.retry.mode).toBe(mode);
  });

  it('treats a 2xx answer that carries an error object as an error', () => {
    expect(
      normalizeError({ error: { type: 'card_error', code: 'card_declined', decline_code: 'insufficient_funds' } }, { status: 200 }),
    ).toMatchObject({
      kind: 'card',
      messageKey: 'decline.insufficient_funds',
    });
  });
});

describe('fields from param', () => {
  it.each([
    ['number', 'cardNumber'],
    ['exp_month', 'cardExpiry'],
    ['exp_year', 'cardExpiry'],
    ['cvc', 'cardCvc'],
    ['address_zip', 'postalCode'],
    ['card[number]', 'cardNumber'],
    ['payment_method_data[card][cvc]', 'cardCvc'],
    ['billing_details[address][postal_code]', 'postalCode'],
    ['billing_details[name]', 'cardholderName'],
    ['billing_details[email]', 'email'],
    ['source[address_zip]', 'postalCode'],
    ['card.cvc', 'cardCvc'],
    ['payment_method_data.billing_details.address.line1', 'billingAddress'],
    ['amount', 'amount'],
    ['metadata[order_id]', 'form'],
    ['__proto__', 'form'],
    ['constructor', 'form'],
    ['toString', 'form'],
    ['', 'form'],
  ])('%s goes to %s', (param, field) => {
    expect(
      normalizeError({ error: { type: 'invalid_request_error', code: 'parameter_invalid_empty', param } }, { status: 400 }).field,
    ).toBe(field);
  });

  it('takes a shop’s own fields and mappings without forking', () => {
    const { normalizeError: normalize } = createCheckoutErrors({
      fields: ['coupon', 'phone'],
      paramToField: { promo_code: 'coupon', cvc: 'cardNumber' },
    });
    expect(
      normalize({ error: { type: 'invalid_request_error', code: 'parameter_invalid', param: 'discounts[0][promo_code]' } }).field,
    ).toBe('coupon');
    expect(normalize({ error: { type: 'invalid_request_error', code: 'parameter_missing', param: 'phone' } }).field).toBe('phone');
    expect(normalize({ error: { type: 'card_error', code: 'incorrect_cvc', param: 'cvc' } }).field).toBe('cardNumber');
    // Other instances are untouched: no global registry.
    expect(normalizeError({ error: { type: 'card_error', code: 'incorrect_cvc', param: 'cvc' } }).field).toBe('cardCvc');
  });
});

describe('dialects', () => {
  // A provider that answers { errors: [{ code, field }] } with its own codes.
  const acme: Dialect = {
    name: 'acme',
    read(input) {
      if (typeof input !== 'object' || input === null || !('errors' in input) || !Array.isArray(input.errors)) return undefined;
      const first: unknown = input.errors[0];
      if (typeof first !== 'object' || first === null) return {};
      const { code, field } = first as { code?: unknown; field?: unknown };
      const codes: Record<string, string> = { CARD_EXPIRED: 'expired_card', CVV_MISMATCH: 'incorrect_cvc', EMAIL_BAD: 'email_invalid' };
      const ours = typeof code === 'string' && Object.hasOwn(codes, code) ? codes[code] : null;
      return {
        type: ours === 'email_invalid' ? 'invalid_request_error' : 'card_error',
        code: ours ?? null,
        param: typeof field === 'string' ? field : null,
      };
    },
  };

  it('lets a shop register its own dialect for another provider', () => {
    const { normalizeError: normalize, shopperMessage } = createCheckoutErrors({ dialects: [acme] });
    const cvv = normalize({ errors: [{ code: 'CVV_MISMATCH', field: 'security_code' }] }, { status: 422 });
    expect(cvv).toMatchObject({ kind: 'card', code: 'incorrect_cvc', field: 'cardCvc', developer: { dialect: 'acme' } });
    expect(shopperMessage(cvv)).toBe('Check the security code, or use another card.');
    expect(normalize({ errors: [{ code: 'EMAIL_BAD', field: 'email' }] }, { status: 400 })).toMatchObject({
      kind: 'invalid_request',
      field: 'email',
    });
    // Bodies in other dialects still go to the built-in readers.
    expect(normalize({ error: { type: 'card_error', code: 'expired_card' } }).developer.dialect).toBe('stripe');
  });

  it('holds a shop dialect to the same caps and enums, and survives it throwing', () => {
    const sloppy: Dialect = { name: 'sloppy', read: () => ({ code: 'x'.repeat(10_000), kind: 'nonsense' as never }) };
    const throwing: Dialect = {
      name: 'throwing',
      read: () => {
        throw new Error('bug in shop code');
      },
    };
    const a = createCheckoutErrors({ dialects: [sloppy] }).normalizeError({}, { status: 400 });
    expect(a.code?.length).toBe(100);
    expect(a.kind).toBe('invalid_request');
    expect(createCheckoutErrors({ dialects: [throwing] }).normalizeError({}, { status: 503 })).toMatchObject({
      kind: 'unknown',
      status: 503,
    });
  });

  it('forces a dialect by name', () => {
    expect(normalizeError({ code: 'invalid_number' }, { dialect: 'client-validation' })).toMatchObject({
      kind: 'validation',
      field: 'cardNumber',
    });
    expect(normalizeError({ error: { type: 'card_error', code: 'expired_card' } }, { dialect: 'network' }).kind).toBe('network');
    expect(normalizeError({ error: { type: 'card_error', code: 'expired_card' } }, { dialect: 'stripe' }).developer.dialect).toBe('stripe');
    expect(normalizeError({ error: { type: 'card_error' } }, { dialect: 'no-such-dialect', status: 402 }).kind).toBe('card');
  });

  it('reads a body as Stripe’s only with a Stripe type, since other providers share the envelope', () => {
    // Shapes other providers answer with: none of them is Stripe's, so none gets Stripe's label or code.
    for (const body of [{ error: { code: 'INVALID_REQUEST' } }, { error: { message: 'Refused' } }, { error: 'invalid_client' }]) {
      const error = normalizeError(body, { status: 400 });
      expect(error).toMatchObject({ kind: 'invalid_request', code: null, developer: { dialect: null } });
    }
    // Without its type even a code the catalog knows is not taken for Stripe's: the status decides.
    expect(normalizeError({ error: { code: 'incorrect_cvc' } }, { status: 402 })).toMatchObject({ kind: 'card', field: 'form' });
    // Told the dialect, the kit reads it all the same.
    expect(normalizeError({ error: { code: 'incorrect_cvc' } }, { status: 402, dialect: 'stripe' }).field).toBe('cardCvc');
    expect(normalizeError({ error: { type: 'card_error', code: 'SOMETHING_NEW' } }, { status: 402 }).developer.dialect).toBe('stripe');
  });
});
