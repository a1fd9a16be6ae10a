import { realBodies, testCards } from '@checkout-errors/testing';
import { describe, expect, it } from 'vitest';
import { createCheckoutErrors, messageDescriptor, normalizeError, sanitizeServerMessage, shopperMessage, toClientError } from './index.js';

const HIDDEN = ['fraudulent', 'lost_card', 'stolen_card', 'pickup_card', 'restricted_card', 'merchant_blacklist', 'security_violation'];
const declined = (decline_code: string, extra: Record<string, unknown> = {}) =>
  normalizeError(
    { error: { type: 'card_error', code: 'card_declined', decline_code, message: 'Your card was declined.', ...extra } },
    { status: 402 },
  );
const publicPart = ({ developer: _developer, ...rest }: ReturnType<typeof normalizeError>) => rest;

describe('the reveal-nothing declines', () => {
  it.each(HIDDEN)('%s is shown exactly like generic_decline', (code) => {
    const hidden = declined(code);
    const generic = declined('generic_decline');
    expect(publicPart(hidden)).toEqual(publicPart(generic));
    expect(shopperMessage(hidden)).toBe(shopperMessage(generic));
    expect(messageDescriptor(hidden)).toEqual(messageDescriptor(generic));
    expect(shopperMessage(hidden, { locale: 'en-GB', showServerMessage: true })).toBe(
      shopperMessage(generic, { locale: 'en-GB', showServerMessage: true }),
    );
    // The raw reason lives only in the developer block.
    expect(hidden.developer.declineCode).toBe(code);
  });

  it.each(HIDDEN)('%s with an advice code is still the generic decline with that advice code', (code) => {
    expect(publicPart(declined(code, { advice_code: 'try_again_later' }))).toEqual(
      publicPart(declined('generic_decline', { advice_code: 'try_again_later' })),
    );
  });

  it('never lets a per-decline override reveal a hidden reason', () => {
    const { shopperMessage: message } = createCheckoutErrors({
      messages: { en: { 'decline.fraudulent': 'We think this is fraud.', 'decline.lost_card': 'Card reported lost.' } },
    });
    expect(message(declined('fraudulent'))).toBe('Your card was declined. Use another card, or contact your bank.');
    expect(message(declined('lost_card'))).toBe('Your card was declined. Use another card, or contact your bank.');
  });

  it('hides the published test cards’ fraud reasons (real bodies)', () => {
    for (const real of realBodies.filter((r) => ['fraudulent', 'lost card', 'stolen card'].some((w) => r.name.startsWith(w)))) {
      const error = normalizeError(real.body);
      expect(error.declineCode, real.name).toBe('generic_decline');
      expect(shopperMessage(error)).toBe('Your card was declined. Use another card, or contact your bank.');
    }
  });

  it('makes every decline generic after N declines in hardened mode', () => {
    const { normalizeError: normalize } = createCheckoutErrors({ hardenAfterDeclines: 2 });
    const body = (decline_code: string) => ({ error: { type: 'card_error', code: 'card_declined', decline_code } });
    expect(normalize(body('insufficient_funds'), { status: 402 }).messageKey).toBe('decline.insufficient_funds');
    expect(normalize({ error: { type: 'card_error', code: 'incorrect_cvc', param: 'cvc' } }, { status: 402 }).field).toBe('cardCvc');
    const third = normalize(body('insufficient_funds'), { status: 402 });
    expect(third).toMatchObject({ declineCode: 'generic_decline', messageKey: 'decline.generic', field: 'form' });
    expect(normalize({ error: { type: 'card_error', code: 'incorrect_cvc', param: 'cvc' } }, { status: 402 })).toMatchObject({
      field: 'form',
      messageKey: 'decline.generic',
    });
    // Authentication is a step, not a reason: it stays.
    expect(normalize(body('authentication_required'), { status: 402 }).retry.mode).toBe('authenticate');
  });
});

describe('look-ups by own property only', () => {
  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty', 'prototype'])(
    'a code, decline code or param of %s finds nothing',
    (word) => {
      const error = normalizeError(
        { error: { type: 'card_error', code: word, decline_code: word, advice_code: word, param: word } },
        { status: 402 },
      );
      expect(error).toMatchObject({ kind: 'card', field: 'form', messageKey: 'decline.generic', retry: { mode: 'never' } });
      expect(shopperMessage(error)).toBe('Your card was declined. Use another card, or contact your bank.');
      expect(normalizeError({ error: { type: word, code: word } }).kind).toBe('unknown');
    },
  );

  it('does not write to any prototype from input keys', () => {
    const input = JSON.parse(
      '{"__proto__": {"polluted": true}, "error": {"__proto__": {"type": "card_error"}, "constructor": {"prototype": {"polluted": true}}}}',
    );
    normalizeError(input, { status: 402 });
    toClientError(input);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
});

describe('developer facts never reach shoppers', () => {
  it('drops a doc_url or request log link that is not https', () => {
    const error = normalizeError({
      error: { type: 'card_error', code: 'expired_card', doc_url: 'javascript:alert(1)', request_log_url: 'http://x.test/logs' },
    });
    expect(error.developer.docUrl).toBeNull();
    expect(error.developer.requestLogUrl).toBeNull();
  });

  it('redacts card-number-like runs from the server message it keeps for developers', () => {
    const error = normalizeError({ error: { type: 'card_error', code: 'incorrect_number', message: 'Card 4000-0000-0000-0002 rejected' } });
    expect(error.developer.message).toBe('Card •••• rejected');
  });

  it('puts no typed card number in any part of the error', () => {
    for (const { number } of testCards) {
      const error = normalizeError({
        error: { type: 'card_error', code: 'incorrect_number', param: 'number', message: `The number ${number} is wrong` },
      });
      expect(JSON.stringify(error)).not.toContain(number);
      expect(shopperMessage(error, { showServerMessage: true })).not.toContain(number.slice(0, 12));
    }
  });
});

describe('sanitizeServerMessage', () => {
  it.each([
    ['plain text stays', 'Your card was declined.', 'Your card was declined.'],
    ['markup is removed', 'Hi <img src=x onerror=alert(1)>there <b>you</b>', 'Hi there you'],
    ['anything that looks like a tag goes, brackets included', 'a < b > c <', 'a c'],
    ['control and bidi characters go', 'abc\u202Edef\u0007\u2066g', 'abc def g'],
    ['a Luhn-valid number is redacted', 'card 4242424242424242 ok', 'card •••• ok'],
    ['a Luhn-invalid number is redacted too', 'card 4242424242424241 ok', 'card •••• ok'],
    ['spaces and dashes do not hide it', '4242 4242-4242 4242', '••••'],
    ['12 digits are a card number', 'ref 123456789012', 'ref ••••'],
    ['11 digits are not', 'ref 12345678901', 'ref 12345678901'],
    ['full-width digits count', '４２４２４２４２４２４２４２４２', '••••'],
    ['Eastern-Arabic digits count', '٤٢٤٢٤٢٤٢٤٢٤٢٤٢٤٢', '••••'],
    ['tags cannot split a number', '4242<b>4242</b>4242<i>4242</i>', '••••'],
    ['empty after cleaning is null', '<br><br>', null],
    ['non-strings are null', 42, null],
  ])('%s', (_name, input, expected) => {
    expect(sanitizeServerMessage(input)).toBe(expected);
  });

  it('caps the length, and a 10 MB message costs no more than a short one', () => {
    const out = sanitizeServerMessage('word '.repeat(2_000_000));
    expect(out?.length).toBeLessThanOrEqual(200);
    expect(out?.endsWith('…')).toBe(true);
  });

  it('does not leak the start of a card number cut by the cap', () => {
    // The 800-character read cap falls inside the number: only its first 8 digits are read,
    // fewer than the 12 the redaction needs, so the cut tail must go instead.
    const text = `Declined: ${'<b></b>'.repeat(112)}4242 4242 4242 4242 and more text`;
    const out = sanitizeServerMessage(text, 200);
    expect(out).toBe('Declined:');
  });
});

describe('toClientError (for shops’ servers)', () => {
  it.each(realBodies.map((r) => [r.name, r] as const))('strips secrets and objects from %s', (_name, real) => {
    const out = toClientError(real.body);
    const text = JSON.stringify(out);
    expect(text).not.toContain('client_secret');
    expect(text).not.toContain('_secret_');
    expect(out.error).not.toHaveProperty('payment_method');
    expect(text).not.toContain('last4');
    expect(text).not.toContain('request_log_url');
    // What the browser needs survives, and the browser reads it back the same way.
    const original = normalizeError(real.body, { status: 402 });
    const forwarded = normalizeError(out, { status: 402 });
    expect(forwarded.code).toBe(original.code);
    expect(forwarded.declineCode).toBe(original.declineCode);
    expect(forwarded.field).toBe(original.field);
    expect(forwarded.messageKey).toBe(original.messageKey);
  });

  it('keeps the payment intent’s id and status only, and masks hidden decline codes', () => {
    const fraud = realBodies.find((r) => r.name.startsWith('fraudulent'))?.body;
    expect(toClientError(fraud).error).toMatchObject({
      decline_code: 'generic_decline',
      payment_intent: { id: 'pi_1IepurKsNNk3qPPUjSuzWaIQ', status: 'requires_payment_method' },
    });
  });

  it('reads server-library errors and survives garbage', () => {
    const nodeError = Object.assign(new Error('Your card was declined.'), {
      type: 'StripeCardError',
      rawType: 'card_error',
      code: 'card_declined',
      decline_code: 'stolen_card',
      raw: { payment_intent: { client_secret: 'pi_x_secret_y' } },
      headers: { 'request-id': 'req_1' },
      request_log_url: 'https://dashboard.example/logs/req_1',
    });
    const out = toClientError(nodeError);
    expect(out.error).toMatchObject({
      type: 'card_error',
      code: 'card_declined',
      decline_code: 'generic_decline',
      message: 'Your card was declined.',
    });
    expect(JSON.stringify(out)).not.toMatch(/secret|dashboard|req_1/);
    for (const garbage of [
      null,
      42,
      'x',
      [],
      new Proxy(
        {},
        {
          get: () => {
            throw new Error('x');
          },
        },
      ),
    ]) {
      expect(toClientError(garbage).error.type).toBe('api_error');
    }
  });
});
