import { realBodies } from '@checkout-errors/testing';
import { expect, it } from 'vitest';
import { normalizeError, shopperMessage } from './index.js';

// Recorded responses, each with what a shopper must see. Status is the one Stripe sends card
// errors with; the Stripe.js results carry none, which must work too.
const expected: Record<string, { field: string; declineCode: string | null; message: string }> = {
  'generic decline (Stripe.js, test mode)': {
    field: 'form',
    declineCode: 'generic_decline',
    message: 'Your card was declined. Use another card, or contact your bank.',
  },
  'incorrect CVC (Stripe.js, test mode)': { field: 'cardCvc', declineCode: null, message: 'Check the security code, or use another card.' },
  'fraudulent (Stripe.js, test mode)': {
    field: 'form',
    declineCode: 'generic_decline',
    message: 'Your card was declined. Use another card, or contact your bank.',
  },
  'lost card (Stripe.js, test mode)': {
    field: 'form',
    declineCode: 'generic_decline',
    message: 'Your card was declined. Use another card, or contact your bank.',
  },
  'stolen card (Stripe.js, test mode)': {
    field: 'form',
    declineCode: 'generic_decline',
    message: 'Your card was declined. Use another card, or contact your bank.',
  },
  'generic decline (API body, live, logged by a shop plugin)': {
    field: 'form',
    declineCode: 'generic_decline',
    message: 'Your card was declined. Use another card, or contact your bank.',
  },
  'insufficient funds (API body, test mode, logged by a shop)': {
    field: 'form',
    declineCode: 'insufficient_funds',
    message: 'Your card doesn’t have enough funds. Use another card.',
  },
};

it('has an expectation for every recorded body, each with its source', () => {
  expect(Object.keys(expected).sort()).toEqual(realBodies.map((r) => r.name).sort());
  for (const real of realBodies) expect(real.source).toMatch(/^https:\/\/github\.com\//);
});

it.each(realBodies.map((r) => [r.name, r] as const))('%s', (name, real) => {
  const want = expected[name];
  for (const context of [{}, { status: 402 }]) {
    const error = normalizeError(real.body, context);
    expect(error.kind).toBe('card');
    expect(error.field).toBe(want?.field);
    expect(error.declineCode).toBe(want?.declineCode);
    expect(error.retry).toMatchObject({ mode: 'never', sameIdempotencyKey: false });
    expect(shopperMessage(error)).toBe(want?.message);
    expect(JSON.stringify(error)).not.toContain('_secret_');
  }
});
