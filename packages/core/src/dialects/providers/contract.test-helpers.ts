// The assertions every provider dialect must pass, shared by the provider tests (Adyen keeps its
// own, written first): each body read as its fixture says, the same words and field as the same
// failure at Stripe, hidden declines exactly like the generic one in the browser and after
// toClientError, 2xx refusals never booked as paid, nothing of the provider's text or the
// shopper's input in what leaves the server, and random or hostile input never crashing the kit.
import type { ProviderBody, ProviderResult } from '@checkout-errors/testing';
import { assertNoPoisoning } from '@fast-check/poisoning';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { createCheckoutErrors } from '../../createCheckoutErrors.js';
import { toClientError } from '../../toClientError.js';
import type { CheckoutError, Dialect } from '../../types.js';

export interface ContractOptions {
  /** The dialects a shop loads for this provider; the first is the one under test. */
  readonly dialects: readonly Dialect[];
  readonly bodies: readonly ProviderBody[];
  readonly results?: readonly ProviderResult[];
  /** Keys and words of the provider's that must never leave the server (`value`, `description` …). */
  readonly secrets: readonly (string | RegExp)[];
  /** Property names a hostile body of this provider's shape would use, for fast-check. */
  readonly keys: readonly string[];
  /** False for a browser-only dialect (braintree-web): no server sends its errors through toClientError. */
  readonly server?: boolean;
}

/** What the shopper and the kit's logic see: everything but the developer facts, the raw status and param. */
export const shopperView = (error: CheckoutError<string>) => ({
  kind: error.kind,
  code: error.code,
  declineCode: error.declineCode,
  field: error.field,
  retry: error.retry,
  messageKey: error.messageKey,
});

const STRIPE_GENERIC = { error: { type: 'card_error', code: 'card_declined', decline_code: 'generic_decline' } };
const plainKit = createCheckoutErrors();

export function dialectContract(options: ContractOptions): void {
  const { dialects, bodies, results = [] } = options;
  const [dialect] = dialects as [Dialect];
  const kit = createCheckoutErrors({ dialects });
  const context = { status: null, forced: false };
  const normalize = (fixture: ProviderBody) => kit.normalizeError(fixture.body, fixture.status === null ? {} : { status: fixture.status });
  const hidden = bodies.filter((f) => f.expected.declineCode === 'generic_decline' && f.expected.retryMode === 'never');

  describe(`the ${dialect.name} dialect, over ${dialect.name} bodies`, () => {
    it.each(bodies.map((fixture) => [fixture.name, fixture] as const))('reads %s as the kit says', (_, fixture) => {
      const error = normalize(fixture);
      const { expected } = fixture;
      expect(error.developer.dialect).toBe(dialect.name);
      expect({ kind: error.kind, code: error.code, declineCode: error.declineCode, field: error.field, retry: error.retry.mode }).toEqual({
        kind: expected.kind,
        code: expected.code,
        declineCode: expected.declineCode ?? null,
        field: expected.field,
        retry: expected.retryMode,
      });
    });

    it.each(bodies.filter((f) => f.expected.stripeEquivalent).map((fixture) => [fixture.name, fixture] as const))(
      'shows %s in the same words, on the same field, as the same failure at Stripe',
      (_, fixture) => {
        const error = normalize(fixture);
        const stripe = fixture.expected.stripeEquivalent as { status: number | null; body: unknown };
        const stripeError = kit.normalizeError(stripe.body, stripe.status === null ? {} : { status: stripe.status });
        expect(stripeError.developer.dialect).not.toBe(dialect.name);
        for (const locale of ['en', 'de', 'ar'])
          expect(kit.shopperMessage(error, { locale })).toBe(kit.shopperMessage(stripeError, { locale }));
        expect(error.field).toBe(stripeError.field);
      },
    );

    it('keeps the provider’s own code for developers, and never its text for shoppers', () => {
      for (const fixture of bodies) {
        const error = normalize(fixture);
        expect(error.developer.providerCode ?? error.developer.message ?? error.developer.requestId).not.toBeNull();
        // Even a shop that shows server messages shows the kit's words, never the provider's.
        expect(kit.shopperMessage(error, { showServerMessage: true })).toBe(kit.shopperMessage(error));
      }
    });
  });

  if (hidden.length > 0)
    describe(`a ${dialect.name} decline that must reveal nothing`, () => {
      it.each(hidden.map((fixture) => [fixture.name, fixture] as const))(
        'shows %s exactly like the generic decline at Stripe',
        (_, fixture) => {
          expect(shopperView(normalize(fixture))).toEqual(shopperView(kit.normalizeError(STRIPE_GENERIC, { status: 402 })));
        },
      );

      if (options.server !== false)
        it.each(hidden.map((fixture) => [fixture.name, fixture] as const))(
          'sends %s from the shop’s server as the generic decline, readable without the dialect',
          (_, fixture) => {
            const client = toClientError(fixture.body, { dialects });
            expect(JSON.stringify(client)).not.toMatch(/fraud|risk|blocked|compliance|restricted|lost|stolen/i);
            expect((client as { error: { decline_code: string } }).error.decline_code).toBe('generic_decline');
            expect(shopperView(plainKit.normalizeError(client, { status: 402 }))).toEqual(
              shopperView(plainKit.normalizeError(STRIPE_GENERIC, { status: 402 })),
            );
          },
        );
    });

  // Defined only for a dialect a server uses (no skipped tests: a browser dialect has none here).
  if (options.server !== false)
    describe(`toClientError with the ${dialect.name} dialect`, () => {
      it.each(bodies.map((fixture) => [fixture.name, fixture] as const))('lets nothing of %s through but the kit’s facts', (_, fixture) => {
        const client = toClientError(fixture.body, { dialects }) as { error: Record<string, unknown> };
        const text = JSON.stringify(client);
        for (const secret of options.secrets) expect(text).not.toMatch(secret);
        expect(client.error.message).toBeNull();
        // In the browser, without the provider's dialect, it reads with the same words and field;
        // a kind no Stripe type names (a payment the shopper abandoned: aborted) arrives as
        // "something went wrong", never as a payment or a decline.
        const server = normalize(fixture);
        const browser = plainKit.normalizeError(client, server.status === null ? {} : { status: server.status });
        if (server.kind === 'aborted') {
          expect([browser.kind, browser.declineCode]).toEqual(['unknown', null]);
          return;
        }
        expect(plainKit.shopperMessage(browser)).toBe(kit.shopperMessage(server));
        expect(browser.field).toBe(server.field);
      });
    });

  describe(`${dialect.name} 2xx answers`, () => {
    const twoXx = bodies.filter((f) => f.status !== null && f.status >= 200 && f.status < 300);
    if (twoXx.length > 0)
      it.each(twoXx.map((fixture) => [fixture.name, fixture] as const))(
        'never books %s as paid, and reads it as the error',
        (_, fixture) => {
          const outcome = kit.readOutcome(fixture.body, { status: fixture.status as number });
          expect(outcome.outcome).toBe('failed');
          if (outcome.outcome === 'failed') expect(outcome.error).toEqual(normalize(fixture));
        },
      );

    if (results.length > 0)
      it.each(results.map((result) => [result.name, result] as const))('reads %s as its outcome', (_, result) => {
        expect(kit.readOutcome(result.body, { status: result.status }).outcome).toBe(result.expected.outcome);
        expect(dialect.readOutcome?.(result.body, { status: result.status, forced: false })?.outcome).toBe(result.expected.outcome);
      });

    it('leaves Stripe bodies and Stripe’s payment intents to the built-in dialects', () => {
      for (const body of [
        STRIPE_GENERIC,
        { error: { type: 'card_error', code: 'incorrect_cvc', param: 'cvc' } },
        { id: 'pi_1', status: 'succeeded' },
      ]) {
        expect(dialect.read(body, context)).toBeUndefined();
        expect(dialect.readOutcome?.(body, context)).toBeUndefined();
      }
      expect(kit.normalizeError(STRIPE_GENERIC).developer.dialect).toBe('stripe');
      expect(kit.readOutcome({ id: 'pi_1', status: 'succeeded' }).outcome).toBe('succeeded');
    });
  });

  describe(`${dialect.name} over random and hostile input`, { timeout: 120_000 }, () => {
    afterAll(() => {
      assertNoPoisoning({ ignoredRootRegex: /^(__vitest_\w+__|AbortController)$/ });
    });
    const word = fc.oneof(
      fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', ...options.keys),
      fc.string({ maxLength: 12 }),
      fc.anything(),
    );
    const shaped = fc.dictionary(
      fc.constantFrom(...options.keys, '__proto__', 'constructor'),
      fc.oneof(word, fc.array(fc.dictionary(fc.constantFrom(...options.keys), word), { maxLength: 3 })),
      {
        maxKeys: 8,
      },
    );
    const nested = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        shaped,
        fc.dictionary(fc.constantFrom(...options.keys), tie('node'), { maxKeys: 3 }),
        fc.array(tie('node'), { maxLength: 3 }),
      ),
    })).node;
    const hostile = fc
      .jsonValue()
      .map((v) => JSON.parse(JSON.stringify({ __proto__: v, constructor: v, errors: [v], details: [v] })) as unknown);
    const input = fc.oneof(
      shaped,
      nested,
      hostile,
      ...bodies.slice(0, 4).map((f) => fc.constant(f.body)),
      fc.anything({ withNullPrototype: true, withMap: true, withTypedArray: true }),
    );

    it('never throws, never writes a prototype, and keeps the kit’s output plain JSON', () => {
      fc.assert(
        fc.property(input, fc.constantFrom(null, 200, 201, 402, 422, 500), (body, status) => {
          const error = kit.normalizeError(body, status === null ? {} : { status });
          expect(JSON.parse(JSON.stringify(error))).toEqual(error);
          kit.normalizeErrors(body);
          kit.readOutcome(body, { status: 200 });
          const client = toClientError(body, { dialects });
          expect(JSON.parse(JSON.stringify(client))).toEqual(client);
          expect(Object.hasOwn(Object.prototype, 'polluted')).toBe(false);
        }),
        { numRuns: 10_000 },
      );
    });

    it('reads a throwing getter or a revoked Proxy as unknown, never a crash', () => {
      const trap = new Proxy(
        {},
        {
          get() {
            throw new Error('boom');
          },
        },
      );
      const { proxy, revoke } = Proxy.revocable({}, {});
      revoke();
      for (const body of [trap, proxy, { errors: [trap] }, { details: trap, debug_id: 'x', name: 'Y' }, { extensions: {}, data: trap }]) {
        expect(() => kit.normalizeError(body)).not.toThrow();
        expect(() => kit.readOutcome(body)).not.toThrow();
        expect(() => toClientError(body, { dialects })).not.toThrow();
      }
      expect(kit.normalizeError(trap).kind).toBe('unknown');
    });
  });
}
