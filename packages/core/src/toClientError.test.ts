import { describe, expect, it } from 'vitest';
import { normalizeError, toClientError } from './index.js';

// Server text that must not reach a browser unless it is a card error's: a secret key's prefix,
// markup, and a card number (which the sanitizer redacts even in a card error's message).
const SERVER_TEXT = 'Invalid API Key provided: sk_test_**** <b>see</b> 4242 4242 4242 4242';
const SANITIZED = 'Invalid API Key provided: sk_test_**** see ••••';

/** stripe-node's error classes: the class name in `type`, the API's type in `rawType`, the raw body in `raw`. */
const STRIPE_CLASSES: Record<string, string> = {
  card_error: 'StripeCardError',
  invalid_request_error: 'StripeInvalidRequestError',
  api_error: 'StripeAPIError',
  authentication_error: 'StripeAuthenticationError',
  idempotency_error: 'StripeIdempotencyError',
  rate_limit_error: 'StripeRateLimitError',
  permission_error: 'StripePermissionError',
  api_connection_error: 'StripeConnectionError',
};

const inner = (type: string | undefined) => ({ ...(type === undefined ? {} : { type }), code: 'some_code', message: SERVER_TEXT });
const stripeNode = (type: string, withRawType: boolean) =>
  Object.assign(new Error(SERVER_TEXT), {
    type: STRIPE_CLASSES[type],
    ...(withRawType ? { rawType: type } : {}),
    code: 'some_code',
    statusCode: type === 'authentication_error' ? 401 : 400,
    raw: { type, message: SERVER_TEXT, request_log_url: 'https://dashboard.example/logs/req_1' },
    headers: { 'request-id': 'req_1' },
  });

/** Every way a shop's server may hand an error over. */
const paths = (type: string | undefined) => {
  const list: Array<readonly [string, unknown]> = [
    ['an {error} body', { error: inner(type) }],
    ['a bare inner object', inner(type)],
  ];
  if (type !== undefined && Object.hasOwn(STRIPE_CLASSES, type)) {
    list.push([`stripe-node’s ${STRIPE_CLASSES[type]}`, stripeNode(type, true)]);
    list.push([`an older stripe-node ${STRIPE_CLASSES[type]} (no rawType)`, stripeNode(type, false)]);
  }
  return list;
};

// payment_error is payments-api's decline type, but the spec (sections 2 and 7) lets only a
// `card_error`'s message travel: its message is dropped like every other type's.
const DROPPED = [
  'invalid_request_error',
  'api_error',
  'authentication_error',
  'idempotency_error',
  'rate_limit_error',
  'permission_error',
  'api_connection_error',
  'validation_error',
  'payment_error',
  'mystery_error',
  undefined,
];

describe('toClientError forwards a server message only for a card_error', () => {
  it.each(paths('card_error'))('keeps a card error’s message, sanitized, from %s', (_path, input) => {
    const out = toClientError(input);
    expect(out.error).toMatchObject({ type: 'card_error', code: 'some_code', message: SANITIZED });
    expect(JSON.stringify(out)).not.toMatch(/4242|<b>|dashboard|req_1/);
  });

  it.each(DROPPED.flatMap((type) => paths(type).map(([path, input]) => [String(type ?? 'no type'), path, input] as const)))(
    'drops the message of %s from %s',
    (type, _path, input) => {
      const out = toClientError(input);
      expect(out.error.message).toBeNull();
      expect(JSON.stringify(out)).not.toMatch(/API Key|sk_test|4242/);
      // The rest of what the browser needs still travels.
      expect(out.error.code).toBe('some_code');
      expect(out.error.type).toBe(type === 'no type' ? 'api_error' : type);
    },
  );

  it('decides on the resolved type: stripe-node’s rawType over its class name', () => {
    const mislabelled = { type: 'card_error', rawType: 'authentication_error', message: SERVER_TEXT };
    expect(toClientError(mislabelled).error).toMatchObject({ type: 'authentication_error', message: null });
    const card = { type: 'StripeInvalidRequestError', rawType: 'card_error', message: 'Your card was declined.' };
    expect(toClientError(card).error).toMatchObject({ type: 'card_error', message: 'Your card was declined.' });
  });

  it('keeps a 401’s key out of the browser and still lets the browser read the failure', () => {
    const body = { error: { type: 'invalid_request_error', message: 'Invalid API Key provided: sk_test_****' } };
    const out = toClientError(body);
    expect(JSON.stringify(out)).not.toContain('sk_test');
    expect(normalizeError(out, { status: 401 })).toMatchObject({ kind: 'authentication', developer: { message: null } });
  });

  it('drops a card error’s message that is nothing but markup', () => {
    expect(toClientError({ error: { type: 'card_error', message: '<script></script>' } }).error.message).toBeNull();
  });
});
