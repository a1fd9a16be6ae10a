import { readFileSync } from 'node:fs';
import { paypalBodies, paypalCapture, paypalIssueNames, paypalResults } from '@checkout-errors/testing';
import { describe, expect, it } from 'vitest';
import { createCheckoutErrors } from '../../createCheckoutErrors.js';
import { toClientError } from '../../toClientError.js';
import { dialectContract } from './contract.test-helpers.js';
import paypalDefault, { paypal } from './paypal.js';

dialectContract({
  dialects: [paypal],
  bodies: paypalBodies,
  results: paypalResults,
  // What PayPal sends that must stay on the server: the echoed input, its texts and links, and
  // the processor's AVS and CVV results.
  secrets: [
    /IMM3DI4T3/,
    /"12"/,
    /description|debug_id|links|href|processor_response|avs_code|cvv_code/,
    /could not be performed/,
    /Fraud|payee/i,
  ],
  keys: [
    'name',
    'message',
    'debug_id',
    'details',
    'issue',
    'field',
    'value',
    'status',
    'id',
    'purchase_units',
    'payments',
    'captures',
    'authorizations',
    'processor_response',
    'response_code',
    'error',
    'result',
    'statusCode',
    'links',
    'rel',
  ],
});

const kit = createCheckoutErrors({ dialects: [paypal] });
const byName = (start: string) => paypalBodies.find((f) => f.name.startsWith(start))?.body;

describe('PayPal specifics', () => {
  it('reads every detail of an envelope, in order, each on the field its JSON Pointer names', () => {
    const body = {
      name: 'UNPROCESSABLE_ENTITY',
      debug_id: '866780170332c',
      message: 'The requested action could not be performed.',
      details: [
        { field: '/payment_source/card/expiry', issue: 'CARD_EXPIRED', value: '2020-01' },
        { field: '/payment_source/card/security_code', issue: 'INVALID_SECURITY_CODE_LENGTH', value: '12' },
        { field: "/purchase_units/@reference_id=='default'/amount/value", issue: 'INVALID_PARAMETER_VALUE', value: '1.005' },
      ],
    };
    const errors = kit.normalizeErrors(body, { status: 422 });
    expect(errors.map((e) => [e.code, e.field])).toEqual([
      ['expired_card', 'cardExpiry'],
      ['invalid_cvc', 'cardCvc'],
      ['parameter_invalid', 'amount'],
    ]);
    // The echoed values are nowhere, not even in the developer facts.
    expect(JSON.stringify(errors)).not.toMatch(/2020-01|"12"|1\.005/);
    expect(errors[0]?.developer).toMatchObject({ providerCode: 'issue:CARD_EXPIRED', requestId: '866780170332c', dialect: 'paypal' });
  });

  it('hands the authentication step the order itself for PAYER_ACTION_REQUIRED', () => {
    const result = paypalResults.find((r) => r.name.startsWith('PAYER_ACTION_REQUIRED'))?.body;
    expect(kit.readOutcome(result, { status: 201 })).toEqual({ outcome: 'requires_action', data: result });
    // As a 422 on capture, it is Stripe's authentication_required: run the step, then continue.
    expect(kit.normalizeError(byName('422 PAYER_ACTION_REQUIRED'), { status: 422 }).retry.mode).toBe('authenticate');
  });

  it('reads OAuth’s string `error` as the shop’s credentials, not as a Stripe error object', () => {
    const body = { error: 'invalid_client', error_description: 'Client Authentication failed' };
    const error = kit.normalizeError(body, { status: 401 });
    expect(error).toMatchObject({ kind: 'authentication', developer: { dialect: 'paypal', providerCode: 'error:invalid_client' } });
    expect(createCheckoutErrors().normalizeError(body, { status: 401 }).developer.dialect).not.toBe('stripe');
  });

  it('resends a 5xx with the same PayPal-Request-Id, and lets the shopper retry a declined capture only when PayPal says so', () => {
    expect(kit.normalizeError(byName('500'), { status: 500 }).retry).toMatchObject({ mode: 'auto', sameIdempotencyKey: true });
    expect(kit.normalizeError(paypalCapture('DECLINED', '9100'), { status: 201 }).retry.mode).toBe('shopper');
    expect(kit.normalizeError(paypalCapture('DECLINED', '5120'), { status: 201 }).retry.mode).toBe('never');
  });

  it('reads the first failed payment of any purchase unit, and an unknown status as not paid', () => {
    const twoUnits = {
      id: '5O190127TN364715T',
      status: 'COMPLETED',
      purchase_units: [
        { payments: { captures: [{ status: 'COMPLETED' }] } },
        { payments: { captures: [{ status: 'DECLINED', processor_response: { response_code: '5120' } }] } },
      ],
    };
    expect(kit.readOutcome(twoUnits).outcome).toBe('failed');
    expect(kit.normalizeError(twoUnits, { status: 201 }).declineCode).toBe('insufficient_funds');
    const unknown = {
      id: '5O190127TN364715T',
      status: 'COMPLETED',
      purchase_units: [{ payments: { captures: [{ status: 'SOMETHING_NEW' }] } }],
    };
    expect(kit.readOutcome(unknown).outcome).toBe('pending');
  });

  it('answers the browser with the kit’s own body, and no PayPal text', () => {
    expect(toClientError(byName('422 CARD_EXPIRED'), { dialects: [paypal] })).toMatchObject({
      error: { type: 'api_error', code: 'expired_card', param: '/payment_source/card/expiry', message: null },
    });
    expect(toClientError(paypalCapture('DECLINED', '9500'), { dialects: [paypal] })).toMatchObject({
      error: { type: 'card_error', code: 'card_declined', decline_code: 'generic_decline' },
    });
  });

  it('reads exactly the spec’s declines as the generic decline, and knows every issue its table names', () => {
    const envelopeOf = (issue: string) => ({ name: 'UNPROCESSABLE_ENTITY', debug_id: 'f00d1234abcd0', details: [{ issue }] });
    const generic = paypalIssueNames.filter(
      (issue) => kit.normalizeError(envelopeOf(issue), { status: 422 }).declineCode === 'generic_decline',
    );
    expect(generic).toEqual([
      'ALIAS_DECLINED_BY_PROCESSOR',
      'COMPLIANCE_VIOLATION',
      'DECLINED_DUE_TO_RELATED_TXN',
      'INSTRUMENT_DECLINED',
      'PAYEE_BLOCKED_TRANSACTION',
      'PAYER_ACCOUNT_LOCKED_OR_CLOSED',
      'PAYER_ACCOUNT_RESTRICTED',
      'PAYER_CANNOT_PAY',
      'PAYMENT_SOURCE_CANNOT_BE_USED',
      'PAYMENT_SOURCE_DECLINED_BY_PROCESSOR',
      'REDIRECT_PAYER_FOR_ALTERNATE_FUNDING',
      'TRANSACTION_BLOCKED_BY_PAYEE',
      'TRANSACTION_REFUSED',
    ]);
    // Every issue the dialect's table names is one of the spec's (no typo reads as nothing).
    const source = readFileSync(new URL('./paypal.ts', import.meta.url), 'utf8');
    const table = source.slice(source.indexOf('const CODES ='), source.indexOf('const DECLINED'));
    const literals = [...table.matchAll(/^\s*'([^']*)'/gm)].map((m) => m[1]).join('|');
    const named = literals.split(/[| ]/).filter((word) => /^[A-Z][A-Z0-9_]{5,}$/.test(word));
    expect(named.length).toBe(19);
    expect(named.filter((issue) => !paypalIssueNames.includes(issue))).toEqual([]);
  });

  it('asks for the key in the PayPal-Request-Id header, and exports itself as default', () => {
    expect(paypal.idempotency).toEqual({ header: 'PayPal-Request-Id' });
    expect(paypalDefault).toBe(paypal);
  });
});
