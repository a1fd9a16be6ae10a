import { normalizeError as stripeRead, shopperMessage as stripeWords } from '@checkout-errors/core';
import { checkoutCom } from '@checkout-errors/core/dialects/checkout-com';
import { mollie } from '@checkout-errors/core/dialects/mollie';
import { square } from '@checkout-errors/core/dialects/square';
import {
  CHECKOUT_COM_SANDBOX_PAYMENTS_URL,
  createPaymentMockApi,
  MOLLIE_PAYMENTS_URL,
  SQUARE_SANDBOX_PAYMENTS_URL,
} from '@checkout-errors/testing/msw';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook } from '@testing-library/react';
import { setupServer } from 'msw/node';
import type { ReactNode } from 'react';
import { useForm } from 'react-hook-form';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { UseCheckoutMutationOptions } from './checkoutMutationTypes.js';
import { useCheckoutErrors } from './useCheckoutErrors.js';
import { useCheckoutMutation } from './useCheckoutMutation.js';

// The hooks on shops that talk to Checkout.com, Square and Mollie, on the mocks of
// @checkout-errors/testing/msw: each checkout registers its provider's dialect and sends the key
// where its provider wants it.
const apis = {
  'checkout-com': createPaymentMockApi('checkout-com'),
  square: createPaymentMockApi('square'),
  mollie: createPaymentMockApi('mollie'),
};
const server = setupServer(...Object.values(apis).flatMap((api) => api.handlers));
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  for (const api of Object.values(apis)) api.reset();
});
afterAll(() => server.close());

type Provider = keyof typeof apis;
type Pay = { number: string };
const requests: Record<Provider, UseCheckoutMutationOptions<Pay, unknown>['request']> = {
  'checkout-com': ({ number }, { idempotencyKey, signal }) =>
    fetch(CHECKOUT_COM_SANDBOX_PAYMENTS_URL, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', [checkoutCom.idempotency?.header as string]: idempotencyKey },
      body: JSON.stringify({ source: { type: 'card', number }, amount: 4999, currency: 'USD' }),
      signal,
    }),
  square: ({ number }, { idempotencyKey, signal }) =>
    fetch(SQUARE_SANDBOX_PAYMENTS_URL, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      // Square wants the key in the body (the dialect's `idempotency.bodyPath`).
      body: JSON.stringify({
        source_id: `cnon:${number}`,
        [square.idempotency?.bodyPath as string]: idempotencyKey,
        amount_money: { amount: 4999, currency: 'USD' },
      }),
      signal,
    }),
  mollie: ({ number }, { idempotencyKey, signal }) =>
    fetch(MOLLIE_PAYMENTS_URL, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', [mollie.idempotency?.header as string]: idempotencyKey },
      body: JSON.stringify({ method: 'creditcard', cardToken: `tkn_${number}`, amount: { value: '49.99', currency: 'EUR' } }),
      signal,
    }),
};
const dialects = { 'checkout-com': [checkoutCom], square: [square], mollie: [mollie] };

const wrapper = ({ children }: { children: ReactNode }) => <QueryClientProvider client={new QueryClient()}>{children}</QueryClientProvider>;

function renderCheckout(provider: Provider) {
  const onSuccess = vi.fn();
  const hook = renderHook(
    () => {
      const form = useForm();
      const errors = useCheckoutErrors({ form, dialects: dialects[provider] });
      const mutation = useCheckoutMutation({ errors, request: requests[provider], storage: null, sleep: async () => {}, onSuccess });
      return { form, errors, mutation };
    },
    { wrapper },
  );
  return { ...hook, onSuccess };
}

const stripeDecline = (declineCode: string) =>
  stripeWords(stripeRead({ error: { type: 'card_error', code: 'card_declined', decline_code: declineCode } }, { status: 402 }));

describe.each(Object.keys(apis) as Provider[])('useCheckoutMutation with %s', (provider) => {
  it('books a captured payment as paid, once', async () => {
    const { result, onSuccess } = renderCheckout(provider);
    await act(() => result.current.mutation.submit({ number: '4242424242424242' }));
    expect(result.current.mutation.status).toBe('succeeded');
    expect(onSuccess).toHaveBeenCalledTimes(1);
    expect(apis[provider].ledger).toHaveLength(1);
  });

  it('never books a decline as paid: it fails, in the words of the Stripe decline', async () => {
    const { result, onSuccess } = renderCheckout(provider);
    await act(() => result.current.mutation.submit({ number: '4000000000009995' }));
    expect(onSuccess).not.toHaveBeenCalled();
    expect(result.current.mutation.status).toBe('failed');
    expect(result.current.errors.shown.map((s) => s.message)).toEqual([stripeDecline('insufficient_funds')]);
    expect(apis[provider].ledger).toHaveLength(0);
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
  });
});
