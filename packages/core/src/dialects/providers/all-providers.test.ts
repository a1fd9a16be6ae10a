// Every provider dialect registered in one instance: each provider's corpus is read by its own
// dialect only, whatever the order they are registered in, and a Stripe body still reads as Stripe.
import {
  adyenBodies,
  adyenCardFieldEvents,
  braintreeBodies,
  braintreeWebErrors,
  checkoutComBodies,
  errorFixtures,
  mollieBodies,
  paypalBodies,
  realBodies,
  squareBodies,
} from '@checkout-errors/testing';
import { describe, expect, it } from 'vitest';
import { createCheckoutErrors } from '../../createCheckoutErrors.js';
import type { Dialect } from '../../types.js';
import { adyen } from './adyen.js';
import { adyenWeb } from './adyen-web.js';
import { braintree } from './braintree.js';
import { braintreeWeb } from './braintree-web.js';
import { checkoutCom } from './checkout-com.js';
import { mollie } from './mollie.js';
import { paypal } from './paypal.js';
import { square } from './square.js';

const all: readonly Dialect[] = [adyen, adyenWeb, braintree, braintreeWeb, paypal, checkoutCom, square, mollie];
const corpora: readonly [dialect: string, bodies: readonly { name: string; status: number | null; body: unknown }[]][] = [
  ['adyen', adyenBodies],
  ['adyen-web', adyenCardFieldEvents.filter((e) => e.expected.length > 0).map((e) => ({ name: e.name, status: null, body: e.event }))],
  ['braintree', braintreeBodies],
  ['braintree-web', braintreeWebErrors],
  ['paypal', paypalBodies],
  ['checkout-com', checkoutComBodies],
  ['square', squareBodies],
  ['mollie', mollieBodies],
];

describe.each([
  ['in the order the README lists them', all],
  ['in reverse', [...all].reverse()],
])('all six providers at once, %s', (_, dialects) => {
  const kit = createCheckoutErrors({ dialects });
  const alone = new Map(all.map((d) => [d.name, createCheckoutErrors({ dialects: d.name === 'braintree-web' ? [d, braintree] : [d] })]));

  it.each(corpora)('reads every %s body by its own dialect, exactly as that dialect alone does', (name, bodies) => {
    expect(bodies.length).toBeGreaterThan(0);
    for (const fixture of bodies) {
      const context = fixture.status === null ? {} : { status: fixture.status };
      const error = kit.normalizeError(fixture.body, context);
      expect([fixture.name, error.developer.dialect]).toEqual([fixture.name, name]);
      expect(error).toEqual(alone.get(name)?.normalizeError(fixture.body, context));
    }
  });

  it('still reads Stripe’s and the payments API’s bodies as theirs', () => {
    for (const fixture of [...realBodies, ...errorFixtures]) {
      const error = kit.normalizeError(fixture.body, fixture.status === null ? {} : { status: fixture.status });
      expect(error).toEqual(createCheckoutErrors().normalizeError(fixture.body, fixture.status === null ? {} : { status: fixture.status }));
    }
  });
});
