import { type CodeRow, codeRows, errorFixtures } from '@checkout-errors/testing';
import { describe, expect, it } from 'vitest';
import { createCheckoutErrors, messageDescriptor, normalizeError, shopperMessage } from './index.js';
import { messages as english } from './locales/en.js';

// Every row of the spec's codes.tsv, sent the way it arrives (body + status, or a card field's
// change event), must land on the row's field, retry mode and reveal policy.

const expectedKind = (row: CodeRow) => {
  if (row.status === '409') return 'conflict';
  if (row.dialect === 'client-validation') return 'validation';
  if (row.code === 'rate_limit') return 'rate_limit';
  if (row.type === 'card_error' || row.type === 'payment_error') return 'card';
  if (row.type === 'idempotency_error') return 'idempotency';
  if (row.status === '422') return 'idempotency';
  if (row.type === 'api_error') return 'api';
  return ({ '400': 'invalid_request', '401': 'authentication', '404': 'not_found' } as Record<string, string>)[row.status];
};

// by_param: the code says nothing about the field; with no param the error belongs to the form.
const expectedField = (row: CodeRow) => (row.field === 'by_param' ? 'form' : row.field);
// by_decline_code (card_declined): with no decline code the generic decline decides: never.
const expectedRetry = (row: CodeRow) => (row.retry === 'by_decline_code' ? 'never' : row.retry);

const generic = normalizeError({ error: { type: 'card_error', code: 'card_declined', decline_code: 'generic_decline' } }, { status: 402 });

describe('every catalog row', () => {
  it('covers all 152 rows of the spec', () => {
    expect(codeRows).toHaveLength(152);
    expect(errorFixtures).toHaveLength(152);
  });

  it.each(errorFixtures.map((f) => [f.name, f] as const))('%s lands on its field, retry mode, kind and reveal policy', (_name, fixture) => {
    const { row } = fixture;
    const error = normalizeError(fixture.body, fixture.status === null ? {} : { status: fixture.status });
    expect(error.kind).toBe(expectedKind(row));
    expect(error.field).toBe(expectedField(row));
    expect(error.retry.mode).toBe(expectedRetry(row));
    expect(error.retry.retryable).toBe(expectedRetry(row) !== 'never');
    // The shopper sees catalog text: never the server's, never the code.
    const text = shopperMessage(error);
    expect(text).not.toMatch(/Server text|Provider text/);
    expect(text).not.toContain(row.code);
    expect(Object.hasOwn(english, error.messageKey) || error.messageKey === 'amount.below_minimum').toBe(true);
    if (row.reveal === 'generic' && row.dialect === 'decline') {
      expect(error.declineCode).toBe('generic_decline');
      expect(error.developer.declineCode).toBe(row.code);
      expect(error.messageKey).toBe(generic.messageKey);
      expect(text).toBe(shopperMessage(generic));
    } else if (row.reveal === 'generic') {
      expect(error.messageKey).toBe('shop.unavailable');
    } else if (row.dialect === 'decline') {
      expect(error.declineCode).toBe(row.code);
    }
  });

  it.each(errorFixtures.filter((f) => f.row.field !== 'by_param' && f.row.field !== 'form').map((f) => [f.name, f] as const))(
    '%s: a param naming another field still wins over the default field',
    (_name, fixture) => {
      const body = fixture.body as { error?: Record<string, unknown> };
      if (body.error === undefined) return expect(fixture.row.dialect).toBe('client-validation');
      const error = normalizeError({ error: { ...body.error, param: 'receipt_email' } }, { status: fixture.status ?? 400 });
      expect(error.field).toBe('email');
    },
  );

  it.each(errorFixtures.filter((f) => f.row.field === 'by_param').map((f) => [f.name, f] as const))(
    '%s goes to the field its param names',
    (_name, fixture) => {
      const body = fixture.body as { error: Record<string, unknown> };
      const error = normalizeError({ error: { ...body.error, param: 'billing_details[address][postal_code]' } }, { status: 400 });
      expect(error.field).toBe('postalCode');
      expect(error.param).toBe('billing_details[address][postal_code]');
    },
  );

  it('tells the payments-api dialect from Stripe by its own codes and its payment_error type', () => {
    for (const fixture of errorFixtures.filter((f) => f.row.dialect === 'payments-api')) {
      const error = normalizeError(fixture.body, { status: fixture.status ?? 400 });
      const own = !codeRows.some((r) => r.dialect === 'stripe' && r.code === fixture.row.code);
      expect(error.developer.dialect).toBe(own || fixture.row.type === 'payment_error' ? 'payments-api' : 'stripe');
      expect(normalizeError(fixture.body, { status: fixture.status ?? 400, dialect: 'payments-api' }).developer.dialect).toBe(
        'payments-api',
      );
    }
  });

  it('reads client-validation events from hosted card fields and from the kit in the same way', () => {
    const fromEvent = normalizeError({
      elementType: 'cardCvc',
      complete: false,
      empty: false,
      error: { type: 'validation_error', code: 'incomplete_cvc', message: 'x' },
    });
    const fromKit = normalizeError({ type: 'validation_error', code: 'incomplete_cvc' });
    expect(fromEvent).toMatchObject({ kind: 'validation', field: 'cardCvc', messageKey: 'card.cvc_incomplete' });
    expect(fromKit).toMatchObject({ kind: 'validation', field: 'cardCvc', messageKey: 'card.cvc_incomplete' });
    // The combined card element names no single field: the code's default decides.
    expect(normalizeError({ elementType: 'card', error: { type: 'validation_error', code: 'invalid_expiry_year_past' } }).field).toBe(
      'cardExpiry',
    );
  });

  it('words the cooldown with the seconds from Retry-After', () => {
    const error = normalizeError(
      { error: { type: 'invalid_request_error', code: 'rate_limit' } },
      { status: 429, headers: { 'Retry-After': '3' } },
    );
    expect(messageDescriptor(error)).toEqual({ key: 'service.busy', values: { field: 'form', seconds: 3 } });
    expect(shopperMessage(error)).toBe('Too many attempts in a short time. Try again in 3 seconds.');
  });

  it('gives a shop dialect unknown codes the message of their kind', () => {
    const { normalizeError: normalize } = createCheckoutErrors();
    expect(normalize({ error: { type: 'invalid_request_error', code: 'brand_new_code' } }, { status: 400 }).messageKey).toBe(
      'shop.unavailable',
    );
    expect(
      normalize({ error: { type: 'card_error', code: 'card_declined', decline_code: 'brand_new_decline' } }, { status: 402 }).messageKey,
    ).toBe('decline.generic');
  });
});
