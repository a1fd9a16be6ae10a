// A CommonJS server (Express-era code, `require` only) using the published core: the answers a
// shop's route would send for what stripe-node and adyen-node throw, checked with node:assert.
// Run by scripts/consumers.mjs after `npm ci` in a scratch copy: `node server.cjs`.
const assert = require('node:assert/strict');
const { toClientError } = require('@checkout-errors/core');
const { adyen } = require('@checkout-errors/core/dialects/adyen');

// stripe-node's StripeCardError for a fraud decline: what the browser may see is a plain decline.
const fraud = toClientError({
  type: 'StripeCardError',
  rawType: 'card_error',
  code: 'card_declined',
  decline_code: 'fraudulent',
  message: 'Your card was declined.',
  statusCode: 402,
  raw: { charge: 'ch_secret', payment_intent: { client_secret: 'pi_1_secret_x' } },
});
assert.equal(fraud.error.decline_code, 'generic_decline');
assert.doesNotMatch(JSON.stringify(fraud), /fraud|ch_secret|_secret_/);

// stripe-node's StripeAuthenticationError names the API key in its message: it never leaves.
const auth = toClientError({
  type: 'StripeAuthenticationError',
  rawType: 'invalid_request_error',
  message: 'Invalid API Key provided: sk_test_…',
  statusCode: 401,
});
assert.equal(auth.error.message, null);

// An Adyen refusal for fraud leaves as Adyen's plain "Refused", without its reasons.
const refused = toClientError(
  { resultCode: 'Refused', refusalReason: 'FRAUD', refusalReasonCode: '20', additionalData: { fraudResultType: 'RED' } },
  { dialects: [adyen] },
);
assert.doesNotMatch(JSON.stringify(refused), /FRAUD|RED|fraudResult/);

console.log(JSON.stringify({ fraud, auth, refused }));
