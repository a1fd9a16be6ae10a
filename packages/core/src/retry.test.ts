import { describe, expect, it } from 'vitest';
import {
  backoffDelay,
  createIdempotencyAttempts,
  createIdempotencyKey,
  type KeyStorage,
  normalizeError,
  parseRetryAfter,
  sendWithRetries,
} from './index.js';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('backoff', () => {
  it('grows from 0.5 s, caps at 5 s, jitters in [0.5, 1] and never waits under 0.5 s', () => {
    expect(backoffDelay(1, () => 0)).toBe(500);
    expect(backoffDelay(1, () => 0.999)).toBeCloseTo(500, 0);
    expect(backoffDelay(2, () => 0)).toBe(500);
    expect(backoffDelay(2, () => 1)).toBe(1000);
    expect(backoffDelay(3, () => 1)).toBe(2000);
    expect(backoffDelay(10, () => 1)).toBe(5000);
    expect(backoffDelay(10, () => 0)).toBe(2500);
    for (let n = 1; n < 20; n++) {
      const d = backoffDelay(n);
      expect(d).toBeGreaterThanOrEqual(500);
      expect(d).toBeLessThanOrEqual(5000);
    }
  });

  it('never waits less than a Retry-After the server asked for', () => {
    expect(backoffDelay(1, () => 0, 3000)).toBe(3000);
  });

  it('reads Retry-After in seconds or as an HTTP date, clamped to [0, 60 s]', () => {
    const now = Date.parse('2026-11-23T10:00:00Z');
    expect(parseRetryAfter('3', now)).toBe(3000);
    expect(parseRetryAfter(' 0 ', now)).toBe(0);
    expect(parseRetryAfter('120', now)).toBe(60_000);
    expect(parseRetryAfter('Mon, 23 Nov 2026 10:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('Mon, 23 Nov 2026 09:59:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('-5', now)).toBeNull();
    expect(parseRetryAfter('soon', now)).toBeNull();
    expect(parseRetryAfter(null, now)).toBeNull();
  });
});

describe('sendWithRetries', () => {
  const failing = (answers: unknown[]) => {
    const keys: number[] = [];
    const send = async (retry: number) => {
      keys.push(retry);
      const answer = answers.shift();
      if (answer !== 'ok') throw answer;
      return 'paid';
    };
    return { send, keys };
  };
  const sleeps: number[] = [];
  const options = { normalize: (e: unknown) => normalizeError(e), sleep: async (ms: number) => void sleeps.push(ms), random: () => 0 };

  it('resends a 500 twice, then reports it', async () => {
    sleeps.length = 0;
    const { send, keys } = failing([{ status: 500, body: null }, { status: 500, body: null }, { status: 500, body: null }, 'ok']);
    const result = await sendWithRetries(send, options);
    expect(result).toMatchObject({ ok: false, retries: 2, error: { kind: 'api' } });
    expect(keys).toEqual([0, 1, 2]);
    expect(sleeps).toEqual([500, 500]);
  });

  it('recovers when a retry succeeds, and honours Retry-After on a 409', async () => {
    sleeps.length = 0;
    const conflict = {
      status: 409,
      headers: { 'retry-after': '2' },
      body: { error: { type: 'idempotency_error', code: 'idempotency_key_in_use' } },
    };
    const { send } = failing([conflict, 'ok']);
    expect(await sendWithRetries(send, options)).toEqual({ ok: true, value: 'paid', retries: 1 });
    expect(sleeps).toEqual([2000]);
  });

  it.each([
    ['a decline', { status: 402, body: { error: { type: 'card_error', code: 'card_declined' } } }],
    ['a rate limit', { status: 429, body: null }],
    ['a cancelled request', new DOMException('aborted', 'AbortError')],
    ['a key reused with other parameters', { status: 400, body: { error: { type: 'idempotency_error' } } }],
    ['an unconfirmed 5xx', { status: 502, headers: { 'Stripe-Should-Retry': 'false' }, body: null }],
  ])('never resends %s', async (_name, answer) => {
    const { send, keys } = failing([answer, 'ok']);
    const result = await sendWithRetries(send, options);
    expect(result.ok).toBe(false);
    expect(keys).toEqual([0]);
  });
});

describe('idempotency keys', () => {
  it('makes UUID v4 keys, also outside secure contexts (getRandomValues only)', () => {
    expect(createIdempotencyKey()).toMatch(UUID_V4);
    const insecure = {
      getRandomValues: <T extends ArrayBufferView | null>(a: T) => crypto.getRandomValues(a as Uint8Array) as unknown as T,
    };
    const keys = new Set(Array.from({ length: 200 }, () => createIdempotencyKey(insecure)));
    expect(keys.size).toBe(200);
    for (const key of keys) expect(key).toMatch(UUID_V4);
  });

  const memory = (): KeyStorage & { data: Map<string, string> } => {
    const data = new Map<string, string>();
    return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k) };
  };
  const decline = normalizeError({ error: { type: 'card_error', code: 'card_declined' } }, { status: 402 });
  const timeout = normalizeError(new DOMException('t', 'TimeoutError'));
  const conflict = normalizeError({ error: { type: 'idempotency_error', code: 'idempotency_key_in_use' } }, { status: 409 });
  const keyReuse = normalizeError({ error: { type: 'invalid_request_error', code: 'idempotency_key_reuse' } }, { status: 422 });

  it('keeps one key per attempt: same after a timeout or 409, new after a decline, a key-reuse error or a changed payload', () => {
    const attempts = createIdempotencyAttempts();
    const first = attempts.keyFor('order-1|4999|tok_visa');
    attempts.settle(timeout);
    expect(attempts.keyFor('order-1|4999|tok_visa')).toBe(first);
    attempts.settle(conflict);
    expect(attempts.keyFor('order-1|4999|tok_visa')).toBe(first);
    attempts.settle(decline);
    const second = attempts.keyFor('order-1|4999|tok_visa');
    expect(second).not.toBe(first);
    expect(attempts.keyFor('order-1|5999|tok_visa')).not.toBe(second);
    const third = attempts.current();
    attempts.settle(keyReuse);
    expect(attempts.keyFor('order-1|5999|tok_visa')).not.toBe(third);
    attempts.settle('succeeded');
    expect(attempts.current()).toBeNull();
  });

  it('survives a reload through storage, which never holds the payload', () => {
    const storage = memory();
    const key = createIdempotencyAttempts({ storage }).keyFor('4242424242424242|4999');
    const afterReload = createIdempotencyAttempts({ storage });
    expect(afterReload.current()).toBe(key);
    expect(afterReload.keyFor('4242424242424242|4999')).toBe(key);
    expect([...storage.data.values()].join()).not.toContain('4242');
    afterReload.settle('succeeded');
    expect(storage.data.size).toBe(0);
  });

  const unconfirmed = normalizeError({ error: { type: 'api_error' } }, { status: 500, headers: { 'Stripe-Should-Retry': 'false' } });

  it('holds an unconfirmed attempt’s key, whatever the payload, until the shop settles it', () => {
    const attempts = createIdempotencyAttempts();
    const key = attempts.keyFor('order-1|4999|tok_visa');
    expect(attempts.unconfirmed()).toBe(false);
    attempts.settle(unconfirmed);
    expect(attempts.unconfirmed()).toBe(true);
    // A changed card or amount is no new attempt while the first may have charged.
    expect(attempts.keyFor('order-1|5999|tok_mastercard')).toBe(key);
    // Only the shop's check ends it: later answers do not.
    attempts.settle(decline);
    attempts.settle(keyReuse);
    expect(attempts.current()).toBe(key);
    attempts.settle('not_paid');
    expect(attempts.unconfirmed()).toBe(false);
    expect(attempts.current()).toBeNull();
    expect(attempts.keyFor('order-1|4999|tok_visa')).not.toBe(key);
  });

  it('keeps the unconfirmed marker beside the key across a reload, and clears both when settled', () => {
    const storage = memory();
    const key = createIdempotencyAttempts({ storage }).keyFor('…4242|4999');
    createIdempotencyAttempts({ storage }).settle(unconfirmed);
    expect(JSON.parse(storage.data.get('checkout-errors:attempt') ?? 'null')).toEqual({ key, fp: expect.any(String), unconfirmed: true });
    const afterReload = createIdempotencyAttempts({ storage });
    expect(afterReload.current()).toBe(key);
    expect(afterReload.unconfirmed()).toBe(true);
    afterReload.settle('succeeded');
    expect(storage.data.size).toBe(0);
    // A marker that is not exactly true is no marker.
    storage.setItem('checkout-errors:attempt', JSON.stringify({ key, fp: 'x', unconfirmed: 'yes' }));
    expect(createIdempotencyAttempts({ storage }).unconfirmed()).toBe(false);
  });

  it('starts fresh when storage is broken or holds junk', () => {
    const broken: KeyStorage = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceeded');
      },
      removeItem: () => {},
    };
    const attempts = createIdempotencyAttempts({ storage: broken });
    expect(attempts.keyFor('x')).toMatch(UUID_V4);
    const junk = memory();
    junk.setItem('checkout-errors:attempt', '{"key": 5}');
    expect(createIdempotencyAttempts({ storage: junk }).current()).toBeNull();
  });
});
