import { mollieBodies, molliePayment, mollieResults } from '@checkout-errors/testing';
import { describe, expect, it } from 'vitest';
import { createCheckoutErrors } from '../../createCheckoutErrors.js';
import { dialectContract } from './contract.test-helpers.js';
import mollieDefault, { mollie } from './mollie.js';

dialectContract({
  dialects: [mollie],
  bodies: mollieBodies,
  results: mollieResults,
  // What Mollie sends that must stay on the server: failureMessage (written for shoppers, never
  // shown by the kit), its details, the card's data and token, its links.
  secrets: [/Kontostand|authenticatie|failureMessage|tkn_|9996|T\. TEST|docs\.mollie|Unprocessable/],
  keys: [
    'resource',
    'id',
    'status',
    'title',
    'detail',
    'field',
    'extra',
    'failureReason',
    'details',
    '_links',
    'checkout',
    'href',
    'statusCode',
  ],
});

const kit = createCheckoutErrors({ dialects: [mollie] });

describe('Mollie specifics', () => {
  it('never shows failureMessage, the text Mollie writes for shoppers, even to a shop that shows server messages', () => {
    const error = kit.normalizeError(molliePayment('failed', 'insufficient_funds'), { status: 200 });
    expect(JSON.stringify(error)).not.toMatch(/Kontostand/);
    expect(kit.shopperMessage(error, { showServerMessage: true })).toBe('Your card doesn’t have enough funds. Use another card.');
  });

  it('hands the checkout link of an open payment to the authentication step', () => {
    const open = mollieResults[0]?.body;
    expect(kit.readOutcome(open, { status: 201 })).toEqual({ outcome: 'requires_action', data: open });
    expect(kit.readOutcome({ resource: 'payment', id: 'tr_1', status: 'open' }).outcome).toBe('pending');
  });

  it('reads a failed payment with a reason it does not know as the generic decline', () => {
    expect(kit.normalizeError(molliePayment('failed', 'something_new'), { status: 200 }).declineCode).toBe('generic_decline');
  });

  it('asks for the key in the Idempotency-Key header, and exports itself as default', () => {
    expect(mollie.idempotency).toEqual({ header: 'Idempotency-Key' });
    expect(mollieDefault).toBe(mollie);
  });
});
