import {
  type AdyenBody,
  adyenBodies,
  adyenNodeException,
  adyenResults,
  adyenTriggerRefusals,
  errorFixtures,
  realBodies,
} from '@checkout-errors/testing';
import { assertNoPoisoning } from '@fast-check/poisoning';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { createCheckoutErrors } from '../../createCheckoutErrors.js';
import { UNREADABLE } from '../../read.js';
import { toClientError } from '../../toClientError.js';
import type { CheckoutError } from '../../types.js';
import adyenDefault, { adyen } from './adyen.js';
import { adyenWeb } from './adyen-web.js';

const kit = createCheckoutErrors({ dialects: [adyen, adyenWeb] });
const context = { status: null, forced: false };

const all: readonly AdyenBody[] = [...adyenBodies, ...adyenTriggerRefusals, adyenNodeException];
const trigger = (code: string) =>
  adyenTriggerRefusals.find((t) => (t.body as { refusalReasonCode: string }).refusalReasonCode === code) as AdyenBody;
const fraud = trigger('20');
const plainRefusal = trigger('2');
const withoutDeveloper = ({ developer: _, ...rest }: CheckoutError<string>) => rest;

describe('the Adyen dialect, over Adyen bodies', () => {
  it.each(all.map((fixture) => [fixture.name, fixture] as const))('reads %s as the kit says', (_, fixture) => {
    const error = kit.normalizeError(fixture.body, { status: fixture.status });
    const { expected } = fixture;
    expect(error.developer.dialect).toBe('adyen');
    expect(error.kind).toBe(expected.kind);
    expect(error.code).toBe(expected.code);
    expect(error.declineCode).toBe(expected.declineCode ?? null);
    expect(error.field).toBe(expected.field);
    expect(error.retry.mode).toBe(expected.retryMode);
  });

  it.each(all.filter((fixture) => fixture.expected.stripeEquivalent).map((fixture) => [fixture.name, fixture] as const))(
    'shows %s in the same words as the same failure at Stripe',
    (_, fixture) => {
      const adyenError = kit.normalizeError(fixture.body, { status: fixture.status });
      const stripe = fixture.expected.stripeEquivalent as { status: number | null; body: unknown };
      const stripeError = kit.normalizeError(stripe.body, stripe.status === null ? {} : { status: stripe.status });
      expect(stripeError.developer.dialect).not.toBe('adyen');
      expect(kit.shopperMessage(adyenError)).toBe(kit.shopperMessage(stripeError));
      expect(kit.shopperMessage(adyenError, { locale: 'de' })).toBe(kit.shopperMessage(stripeError, { locale: 'de' }));
      expect(adyenError.field).toBe(stripeError.field);
    },
  );

  it('keeps Adyen’s own code, by the key it came in, and the pspReference for developers', () => {
    const cvc = kit.normalizeError(trigger('24').body, { status: 200 });
    expect(cvc.developer).toMatchObject({ providerCode: 'refusalReasonCode:24', requestId: '882587368372271B', message: 'CVC Declined' });
    const invalid = adyenBodies.find((f) => f.name.startsWith('422 validation 101: invalid card number (docs'))?.body;
    expect(kit.normalizeError(invalid, { status: 422 }).developer).toMatchObject({
      providerCode: 'errorCode:101',
      requestId: 'F7WCWRG6JPHR8HG2',
    });
    // refusalReasonCode "20" is FRAUD; an errorCode "20" (or "200") is not.
    expect(adyen.read({ status: 422, errorCode: '20', errorType: 'validation' }, context)).not.toMatchObject({ declineCode: 'fraudulent' });
    expect(adyen.read({ resultCode: 'Refused', refusalReasonCode: '200' }, context)).toMatchObject({ declineCode: 'generic_decline' });
  });

  it('keeps an all-digit pspReference as an ID instead of redacting it as a card number', () => {
    // 16 digits that pass Luhn, as an Adyen pspReference may.
    const error = kit.normalizeError({ resultCode: 'Refused', refusalReasonCode: '2', pspReference: '4111111111111111' }, { status: 200 });
    expect(error.developer.requestId).toBe('4111111111111111');
    expect(adyen.isId?.('993617895204576J')).toBe(true);
    expect(adyen.isId?.('refusalReasonCode:24')).toBe(true);
    expect(adyen.isId?.('errorCode:14_030')).toBe(true);
    expect(adyen.isId?.('my order 12')).toBe(false);
  });

  it('reads adyen-node’s HttpClientException from apiError, or from responseBody when that is all it has', () => {
    const { apiError: _, ...withoutParsed } = adyenNodeException.body;
    for (const exception of [adyenNodeException.body, withoutParsed]) {
      const error = kit.normalizeError(exception);
      expect(error).toMatchObject({ kind: 'invalid_request', status: 422, developer: { dialect: 'adyen', requestId: 'DMB552CV6JHKGK82' } });
    }
    // A body over 64 KB, or not JSON-looking, is not parsed.
    const huge = { ...withoutParsed, responseBody: `{"errorType":"validation","x":"${'a'.repeat(70_000)}"}` };
    expect(adyen.read(huge, context)).toBeUndefined();
    expect(adyen.read({ ...withoutParsed, responseBody: '<html>502</html>', statusCode: 502 }, context)).toBeUndefined();
  });

  it('hands a 5xx configuration error and an unlisted validation error no retry', () => {
    expect(adyen.read({ status: 500, errorCode: '905', errorType: 'configuration' }, context)).toMatchObject({ retry: 'never' });
    expect(adyen.read({ status: 500, errorCode: '702', errorType: 'validation' }, context)).toMatchObject({ retry: 'never' });
    expect(adyen.read({ status: 500, errorCode: '903', errorType: 'internal' }, context)).not.toHaveProperty('retry');
  });

  it('reads 704 (a request with this key still running) as a conflict resent with the same key', () => {
    const error = kit.normalizeError(
      { status: 409, errorCode: '704', message: 'request already processed or in progress' },
      { status: 409 },
    );
    expect(error).toMatchObject({ kind: 'conflict', retry: { mode: 'auto', sameIdempotencyKey: true } });
  });
});

describe('a refusal that must reveal nothing', () => {
  it.each(['5', '14', '20', '22', '25', '31'])('shows refusalReasonCode %s exactly like a generic decline at Stripe', (code) => {
    const adyenError = kit.normalizeError(trigger(code).body);
    const stripeError = kit.normalizeError({ type: 'card_error', code: 'card_declined', decline_code: 'generic_decline' });
    expect(withoutDeveloper(adyenError)).toEqual(withoutDeveloper(stripeError));
    // And exactly like Adyen's own plain refusal.
    expect(withoutDeveloper(kit.normalizeError(trigger(code).body, { status: 200 }))).toEqual(
      withoutDeveloper(kit.normalizeError(plainRefusal.body, { status: 200 })),
    );
    expect(kit.shopperMessage(adyenError, { showServerMessage: true })).toBe(kit.shopperMessage(stripeError));
  });

  it('leaves the server with no fraud text, no additionalData and no risk data', () => {
    for (const code of ['5', '14', '20', '22', '25', '31']) {
      const client = adyen.toClient?.(trigger(code).body);
      const text = JSON.stringify(client);
      expect(text).not.toMatch(/fraud/i);
      expect(text).not.toMatch(/additionalData|Blocked|Restricted|accountScore|RED/);
      // Byte for byte Adyen's plain refusal.
      expect(client).toEqual(adyen.toClient?.(plainRefusal.body));
      expect(client).toEqual({ resultCode: 'Refused', refusalReason: 'Refused', refusalReasonCode: '2', pspReference: '882587368372271B' });
      expect(toClientError(trigger(code).body, { dialects: [adyen] })).toEqual(client);
    }
  });

  it('reads the reduced body in the browser as the same generic decline', () => {
    const client = adyen.toClient?.(fraud.body);
    expect(withoutDeveloper(kit.normalizeError(client, { status: 200 }))).toEqual(
      withoutDeveloper(kit.normalizeError(fraud.body, { status: 200 })),
    );
  });
});

describe('toClient', () => {
  it('keeps what a browser needs and drops server text, amounts and echoed input', () => {
    const expired = adyenBodies.find((f) => f.name === 'Refused 6: Expired Card')?.body;
    expect(adyen.toClient?.(expired)).toEqual({ resultCode: 'Refused', refusalReasonCode: '6', pspReference: '882587368372271B' });
    const threeDs = adyenBodies.find((f) => f.name.startsWith('Refused 11'))?.body;
    // The SDK fixture's pspReference "FooBar" is not in Adyen's format: it does not leave the server.
    expect(adyen.toClient?.(threeDs)).toEqual({ resultCode: 'Refused', refusalReasonCode: '11' });
    const b05 = adyenBodies.find((f) => f.name.startsWith('500 configuration 905'))?.body;
    expect(adyen.toClient?.(b05)).toEqual({ status: 500, errorCode: '905', errorType: 'configuration', pspReference: '8516091485743033' });
    expect(adyen.toClient?.(adyenNodeException.body)).toEqual({
      status: 422,
      errorCode: '200',
      errorType: 'validation',
      pspReference: 'DMB552CV6JHKGK82',
    });
  });

  it('keeps the action of a result that needs the shopper, and nothing of additionalData', () => {
    const redirect = adyenResults.find((r) => r.body && (r.body as { resultCode: string }).resultCode === 'RedirectShopper') as {
      body: { action: unknown };
    };
    expect(adyen.toClient?.(redirect.body)).toEqual({
      resultCode: 'RedirectShopper',
      action: redirect.body.action,
      pspReference: 'JLCMPCQ8HXSKGK82',
    });
    const authorised = adyenResults[0]?.body;
    expect(adyen.toClient?.(authorised)).toEqual({ resultCode: 'Authorised', pspReference: '993617895204576J' });
  });

  it('returns undefined for a body that is not Adyen’s', () => {
    for (const body of [null, 'text', 42, [], {}, realBodies[0]?.body, { error: { type: 'card_error', code: 'card_declined' } }]) {
      expect(adyen.toClient?.(body)).toBeUndefined();
    }
  });
});

describe('2xx results', () => {
  it('reads a 200 refusal as failed, and reads its body like an error body', () => {
    for (const fixture of all.filter((f) => f.status === 200)) {
      expect(adyen.readOutcome?.(fixture.body, { status: 200, forced: false })).toEqual({ outcome: 'failed' });
      expect(adyen.read(fixture.body, { status: 200, forced: false })).toMatchObject({ type: 'card_error' });
      const outcome = kit.readOutcome(fixture.body);
      expect(outcome.outcome).toBe('failed');
      if (outcome.outcome === 'failed') expect(outcome.error).toEqual(kit.normalizeError(fixture.body, { status: 200 }));
    }
  });

  it.each(adyenResults.map((r) => [r.name, r] as const))('reads %s as its outcome', (_, result) => {
    const outcome = adyen.readOutcome?.(result.body, { status: 200, forced: false });
    expect(outcome?.outcome).toBe(result.expected.outcome);
    expect(kit.readOutcome(result.body).outcome).toBe(result.expected.outcome);
    // A result that is no refusal is not an error to read.
    expect(adyen.read(result.body, context)).toBeUndefined();
  });

  it('hands the authentication step the action of a RedirectShopper result', () => {
    const redirect = adyenResults.find((r) => (r.body as { resultCode: string }).resultCode === 'RedirectShopper') as {
      body: { action: unknown };
    };
    const outcome = kit.readOutcome(redirect.body);
    expect(outcome).toEqual({ outcome: 'requires_action', data: redirect.body.action });
    if (outcome.outcome === 'requires_action') expect(outcome.data).toBe(redirect.body.action);
  });

  it('never reads an unknown or not-yet-final result as paid', () => {
    for (const resultCode of ['PartiallyAuthorised', 'AuthenticationFinished', 'Success', 'SomethingNew']) {
      expect(kit.readOutcome({ resultCode, pspReference: '993617895204576J' }).outcome).toBe('pending');
    }
  });
});

describe('what the dialect does not claim', () => {
  it('leaves Stripe and payments-api bodies to the built-in dialects', () => {
    const stripeBodies = [...realBodies.map((r) => r.body), ...errorFixtures.map((f) => f.body)];
    for (const body of stripeBodies) {
      expect(adyen.read(body, context)).toBeUndefined();
      expect(adyen.readOutcome?.(body, context)).toBeUndefined();
      expect(adyen.toClient?.(body)).toBeUndefined();
    }
    const stripe = kit.normalizeError({ error: { type: 'card_error', code: 'incorrect_cvc', param: 'cvc' } }, { status: 402 });
    expect(stripe.developer.dialect).toBe('stripe');
  });

  it('leaves an unforced unknown body alone, and reads what it can when forced', () => {
    expect(adyen.read({ hello: 'world' }, context)).toBeUndefined();
    expect(adyen.read({ hello: 'world' }, { status: 500, forced: true })).toEqual({});
  });
});

it('asks for the idempotency key in the Idempotency-Key header, and exports itself as default', () => {
  expect(adyen.idempotency).toEqual({ header: 'Idempotency-Key' });
  expect(adyenDefault).toBe(adyen);
});

describe('over random and hostile input', { timeout: 120_000 }, () => {
  afterAll(() => {
    assertNoPoisoning({ ignoredRootRegex: /^(__vitest_\w+__|AbortController)$/ });
  });

  const word = fc.oneof(
    fc.constantFrom(
      'Refused',
      'Error',
      'Cancelled',
      'Authorised',
      'RedirectShopper',
      '20',
      '24',
      '101',
      '704',
      'validation',
      'configuration',
    ),
    fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'encryptedCardNumber', 'cc.num.902', 'error.va.sf-cc-num.01'),
    fc.string({ maxLength: 20 }),
    fc.anything(),
  );
  const adyenish = fc.record(
    {
      resultCode: word,
      refusalReasonCode: word,
      refusalReason: word,
      pspReference: word,
      action: fc.oneof(fc.object(), word),
      status: fc.oneof(fc.integer({ min: -1, max: 700 }), word),
      errorCode: word,
      errorType: word,
      message: word,
      statusCode: fc.oneof(fc.integer({ min: 0, max: 700 }), word),
      apiError: fc.oneof(fc.object(), word),
      responseBody: fc.oneof(fc.json(), fc.string(), word),
      name: fc.constantFrom('HttpClientException', 'ApiException', 'Error'),
      fieldType: word,
      error: word,
      errors: fc.oneof(
        fc.dictionary(
          word.filter((w): w is string => typeof w === 'string'),
          fc.oneof(fc.record({ error: word }), word),
        ),
        word,
      ),
      encryptedCardNumber: fc.oneof(fc.record({ error: word }), word),
      encryptedSecurityCode: fc.oneof(fc.record({ error: word }), word),
    },
    { requiredKeys: [] },
  );
  // Hostile keys as JSON.parse makes them: own properties named __proto__, constructor, prototype.
  const hostile = fc
    .dictionary(
      fc.constantFrom('__proto__', 'constructor', 'prototype', 'resultCode', 'errorCode', 'fieldType', 'errors', 'apiError'),
      fc.jsonValue(),
    )
    .map((d) => JSON.parse(JSON.stringify({ ...d, apiError: d, errors: d })) as unknown);
  const input = fc.oneof(
    adyenish,
    adyenish.map((b) => ({ apiError: b, statusCode: 422, name: 'HttpClientException' })),
    hostile,
    fc.array(adyenish, { maxLength: 4 }),
    fc.anything({ withBoxedValues: true, withMap: true, withSet: true, withNullPrototype: true, withTypedArray: true }),
  );
  const attempt = (run: () => unknown) => {
    try {
      run();
    } catch (thrown) {
      // Only read.ts's UNREADABLE may escape (a throwing getter); the normalizer catches it.
      expect(thrown).toBe(UNREADABLE);
    }
  };

  it('never throws (but UNREADABLE), never writes a prototype, and keeps the kit’s output closed', () => {
    fc.assert(
      fc.property(input, fc.constantFrom(null, 200, 402, 422, 500), fc.boolean(), (body, status, forced) => {
        attempt(() => adyen.read(body, { status, forced }));
        attempt(() => adyen.readOutcome?.(body, { status: 200, forced }));
        attempt(() => adyen.toClient?.(body));
        const error = kit.normalizeError(body, status === null ? {} : { status });
        expect(JSON.parse(JSON.stringify(error))).toEqual(error);
        expect(Object.hasOwn(Object.prototype, 'polluted')).toBe(false);
        expect(({} as Record<string, unknown>).resultCode).toBeUndefined();
      }),
      { numRuns: 20_000 },
    );
  });

  it('yields UNREADABLE, never another throw, from a throwing getter', () => {
    const trap = new Proxy(
      {},
      {
        get() {
          throw new Error('boom');
        },
      },
    );
    attempt(() => adyen.read(trap, context));
    attempt(() => adyen.toClient?.({ apiError: trap }));
    expect(() => adyen.read(trap, context)).toThrow();
    expect(kit.normalizeError(trap).kind).toBe('unknown');
  });
});
