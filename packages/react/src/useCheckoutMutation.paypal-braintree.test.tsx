import { normalizeError as stripeRead, shopperMessage as stripeWords } from '@checkout-errors/core';
import { braintree } from '@checkout-errors/core/dialects/braintree';
import { braintreeWeb } from '@checkout-errors/core/dialects/braintree-web';
import { paypal } from '@checkout-errors/core/dialects/paypal';
import {
  BRAINTREE_SANDBOX_GRAPHQL_URL,
  createBraintreeMockApi,
  createPayPalMockApi,
  PAYPAL_SANDBOX_ORDERS_URL,
} from '@checkout-errors/testing/msw';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import { setupServer } from 'msw/node';
import type { ReactNode } from 'react';
import { useForm } from 'react-hook-form';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { UseCheckoutMutationOptions } from './checkoutMutationTypes.js';
import { useCheckoutErrors } from './useCheckoutErrors.js';
import { useCheckoutMutation } from './useCheckoutMutation.js';

// The hooks on shops that talk to PayPal and to Braintree: the mocks answer the kit's test cards
// as the providers' sandboxes would (PayPal's declines as 201 orders, Braintree's everything as
// HTTP 200), and each checkout registers its provider's dialects.
const paypalApi = createPayPalMockApi();
const braintreeApi = createBraintreeMockApi();
const server = setupServer(...paypalApi.handlers, ...braintreeApi.handlers);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  paypalApi.reset();
  braintreeApi.reset();
});
afterAll(() => server.close());

type Pay = { number: string };
const viaPayPal: UseCheckoutMutationOptions<Pay, unknown>['request'] = ({ number }, { idempotencyKey, signal }) =>
  fetch(PAYPAL_SANDBOX_ORDERS_URL, {
    method: 'POST',
    // PayPal wants the key in this header (the dialect's `idempotency`).
    headers: { 'Content-Type': 'application/json', [paypal.idempotency?.header as string]: idempotencyKey },
    body: JSON.stringify({
      intent: 'CAPTURE',
      purchase_units: [{ amount: { currency_code: 'USD', value: '49.99' } }],
      payment_source: { card: { number, expiry: '2030-03', name: 'Jo Doe' } },
    }),
    signal,
  });
const viaBraintree: UseCheckoutMutationOptions<Pay, unknown>['request'] = ({ number }, { signal }) =>
  fetch(BRAINTREE_SANDBOX_GRAPHQL_URL, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation Charge($input: ChargePaymentMethodInput!) { … }',
      variables: { input: { paymentMethodId: `tokencc_${number}`, transaction: { amount: '49.99' } } },
    }),
    signal,
  });

const wrapper = ({ children }: { children: ReactNode }) => <QueryClientProvider client={new QueryClient()}>{children}</QueryClientProvider>;

function renderCheckout(provider: 'paypal' | 'braintree', options: Partial<UseCheckoutMutationOptions<Pay, unknown>> = {}) {
  const onSuccess = vi.fn();
  const dialects = provider === 'paypal' ? [paypal] : [braintree, braintreeWeb];
  const request = provider === 'paypal' ? viaPayPal : viaBraintree;
  const hook = renderHook(
    () => {
      const form = useForm();
      const errors = useCheckoutErrors({ form, dialects });
      const mutation = useCheckoutMutation({ errors, request, storage: null, sleep: async () => {}, onSuccess, ...options });
      return { form, errors, mutation };
    },
    { wrapper },
  );
  return { ...hook, onSuccess };
}

const stripeDecline = (declineCode: string) =>
  stripeWords(stripeRead({ error: { type: 'card_error', code: 'card_declined', decline_code: declineCode } }, { status: 402 }));

describe.each(['paypal', 'braintree'] as const)('useCheckoutMutation with %s', (provider) => {
  const ledger = () => (provider === 'paypal' ? paypalApi.ledger : braintreeApi.ledger);

  it('books a captured payment as paid, once', async () => {
    const { result, onSuccess } = renderCheckout(provider);
    await act(() => result.current.mutation.submit({ number: '4242424242424242' }));
    expect(result.current.mutation.status).toBe('succeeded');
    expect(onSuccess).toHaveBeenCalledTimes(1);
    expect(ledger()).toHaveLength(1);
  });

  it('never books a 2xx decline as paid: it fails, in the words of the Stripe decline', async () => {
    const { result, onSuccess } = renderCheckout(provider);
    await act(() => result.current.mutation.submit({ number: '4000000000009995' }));
    expect(onSuccess).not.toHaveBeenCalled();
    expect(result.current.mutation.status).toBe('failed');
    expect(result.current.mutation.error).toMatchObject({ kind: 'card', declineCode: 'insufficient_funds' });
    expect(result.current.errors.shown.map((s) => s.message)).toEqual([stripeDecline('insufficient_funds')]);
    expect(ledger()).toHaveLength(0);
  });

  it('shows a fraud decline exactly as the generic decline', async () => {
    const { result } = renderCheckout(provider);
    await act(() => result.current.mutation.submit({ number: '4100000000000019' }));
    expect(result.current.mutation.error).toMatchObject({ declineCode: 'generic_decline' });
    expect(result.current.errors.shown.map((s) => s.message)).toEqual([stripeDecline('generic_decline')]);
  });

  it('puts a CVC failure on the CVC field', async () => {
    const { result } = renderCheckout(provider);
    await act(() => result.current.mutation.submit({ number: '4000000000000127' }));
    expect(result.current.errors.shown.map((s) => s.error.field)).toEqual(['cardCvc']);
    expect(result.current.form.getFieldState('cardCvc').error?.message).toBe('Check the security code, or use another card.');
  });
});

describe('useCheckoutMutation with PayPal’s 3D Secure', () => {
  it('hands a PAYER_ACTION_REQUIRED order to the authentication step with its payer-action link', async () => {
    let finish: () => void = () => {};
    const onAuthenticationRequired = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    const { result, onSuccess } = renderCheckout('paypal', { onAuthenticationRequired });
    act(() => void result.current.mutation.submit({ number: '4000002500003155' }));
    await waitFor(() => expect(result.current.mutation.status).toBe('needs_authentication'));
    expect(onAuthenticationRequired).toHaveBeenCalledWith(
      expect.objectContaining({
        error: null,
        data: expect.objectContaining({
          status: 'PAYER_ACTION_REQUIRED',
          links: expect.arrayContaining([expect.objectContaining({ rel: 'payer-action' })]),
        }),
      }),
    );
    expect(onSuccess).not.toHaveBeenCalled();
    await act(async () => finish());
  });
});

describe('useCheckoutErrors with braintree-web', () => {
  it('shows every field Hosted Fields names invalid, each on its field', () => {
    const { result } = renderCheckout('braintree');
    act(() => {
      result.current.errors.apply({
        name: 'BraintreeError',
        code: 'HOSTED_FIELDS_FIELDS_INVALID',
        type: 'CUSTOMER',
        message: 'Some payment input fields are invalid. Cannot tokenize invalid card fields.',
        details: { invalidFieldKeys: ['number', 'cvv'] },
      });
    });
    expect(result.current.errors.shown.map((s) => [s.error.field, s.message])).toEqual([
      ['cardNumber', 'This card number doesn’t look right. Check it, or use another card.'],
      ['cardCvc', 'Check the security code, or use another card.'],
    ]);
  });
});
