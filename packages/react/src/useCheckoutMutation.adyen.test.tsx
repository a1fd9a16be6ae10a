import { normalizeError as stripeRead, shopperMessage as stripeWords } from '@checkout-errors/core';
import { adyen } from '@checkout-errors/core/dialects/adyen';
import { adyenWeb } from '@checkout-errors/core/dialects/adyen-web';
import { adyenTestCard } from '@checkout-errors/testing';
import { ADYEN_TEST_PAYMENTS_URL, createAdyenMockApi } from '@checkout-errors/testing/msw';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import { setupServer } from 'msw/node';
import type { ReactNode } from 'react';
import { useForm } from 'react-hook-form';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { UseCheckoutMutationOptions } from './checkoutMutationTypes.js';
import { useCheckoutErrors } from './useCheckoutErrors.js';
import { useCheckoutMutation } from './useCheckoutMutation.js';

// The hooks on a shop that talks to Adyen: the mock answers the kit's test cards as Adyen's test
// mode would (refusals as HTTP 200 results), and the checkout registers the Adyen dialects.
const api = createAdyenMockApi();
const server = setupServer(...api.handlers);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => api.reset());
afterAll(() => server.close());

type Pay = { number: string; holderName?: string };
const request: UseCheckoutMutationOptions<Pay, unknown>['request'] = ({ number, holderName }, { idempotencyKey, signal }) =>
  fetch(ADYEN_TEST_PAYMENTS_URL, {
    method: 'POST',
    // Adyen wants the key in this header (the dialect's `idempotency`).
    headers: { 'Content-Type': 'application/json', [adyen.idempotency?.header as string]: idempotencyKey },
    body: JSON.stringify({
      amount: { value: 4999, currency: 'EUR' },
      reference: 'order-1',
      paymentMethod: { type: 'scheme', ...adyenTestCard, encryptedCardNumber: `test_${number}`, ...(holderName ? { holderName } : {}) },
    }),
    signal,
  });

const wrapper = ({ children }: { children: ReactNode }) => <QueryClientProvider client={new QueryClient()}>{children}</QueryClientProvider>;

function renderCheckout(options: Partial<UseCheckoutMutationOptions<Pay, unknown>> = {}) {
  const onSuccess = vi.fn();
  const hook = renderHook(
    () => {
      const form = useForm();
      const errors = useCheckoutErrors({ form, dialects: [adyen, adyenWeb] });
      const mutation = useCheckoutMutation({ errors, request, storage: null, sleep: async () => {}, onSuccess, ...options });
      return { form, errors, mutation };
    },
    { wrapper },
  );
  return { ...hook, onSuccess };
}

const stripeDecline = (declineCode: string) =>
  stripeWords(stripeRead({ error: { type: 'card_error', code: 'card_declined', decline_code: declineCode } }, { status: 402 }));

describe('useCheckoutMutation with Adyen', () => {
  it('books an Authorised result as paid, once', async () => {
    const { result, onSuccess } = renderCheckout();
    await act(() => result.current.mutation.submit({ number: '4242424242424242' }));
    expect(result.current.mutation.status).toBe('succeeded');
    expect(onSuccess).toHaveBeenCalledTimes(1);
    expect(api.ledger).toHaveLength(1);
  });

  it('never books a 200 Refused as paid: it fails, in the words of the Stripe decline', async () => {
    const { result, onSuccess } = renderCheckout();
    await act(() => result.current.mutation.submit({ number: '4000000000009995' }));
    expect(api.requests.map((r) => [r.status, r.resultCode])).toEqual([[200, 'Refused']]);
    expect(onSuccess).not.toHaveBeenCalled();
    expect(result.current.mutation.status).toBe('failed');
    expect(result.current.mutation.error).toMatchObject({ kind: 'card', declineCode: 'insufficient_funds' });
    expect(result.current.errors.shown.map((s) => s.message)).toEqual([stripeDecline('insufficient_funds')]);
    expect(api.ledger).toHaveLength(0);
  });

  it('shows a FRAUD refusal exactly as the generic decline', async () => {
    const { result } = renderCheckout();
    await act(() => result.current.mutation.submit({ number: '4100000000000019' }));
    expect(result.current.mutation.error).toMatchObject({ declineCode: 'generic_decline', developer: { declineCode: 'fraudulent' } });
    expect(result.current.errors.shown.map((s) => s.message)).toEqual([stripeDecline('generic_decline')]);
  });

  it('puts a CVC Declined on the CVC field', async () => {
    const { result } = renderCheckout();
    await act(() => result.current.mutation.submit({ number: '4000000000000127' }));
    expect(result.current.errors.shown.map((s) => s.error.field)).toEqual(['cardCvc']);
    expect(result.current.form.getFieldState('cardCvc').error?.message).toBe('Check the security code, or use another card.');
  });

  it('hands a RedirectShopper result to the authentication step with Adyen’s action', async () => {
    let finish: () => void = () => {};
    const onAuthenticationRequired = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    const { result, onSuccess } = renderCheckout({ onAuthenticationRequired });
    act(() => void result.current.mutation.submit({ number: '4000002500003155' }));
    await waitFor(() => expect(result.current.mutation.status).toBe('needs_authentication'));
    expect(onAuthenticationRequired).toHaveBeenCalledWith(
      expect.objectContaining({ error: null, data: expect.objectContaining({ type: 'redirect', method: 'GET' }) }),
    );
    expect(onSuccess).not.toHaveBeenCalled();
    expect(result.current.mutation.canSubmit).toBe(false);
    await act(async () => finish());
  });

  it('holds a Received result as pending: not paid, no second payment', async () => {
    const onPending = vi.fn();
    const received: UseCheckoutMutationOptions<Pay, unknown>['request'] = async () =>
      Response.json({ pspReference: 'V4HZ4RBFJGXXGN82', resultCode: 'Received' });
    const { result, onSuccess } = renderCheckout({ onPending, request: received });
    await act(() => result.current.mutation.submit({ number: '4242424242424242' }));
    expect(result.current.mutation.status).toBe('pending');
    expect(onPending).toHaveBeenCalledTimes(1);
    expect(onSuccess).not.toHaveBeenCalled();
    expect(result.current.mutation.canSubmit).toBe(false);
  });
});

describe('useCheckoutErrors with Adyen Web', () => {
  it('shows every failing card field of one state at once, each on its field', () => {
    const { result } = renderCheckout();
    act(() => {
      result.current.errors.apply({
        errors: {
          encryptedCardNumber: { error: 'error.va.sf-cc-num.04' },
          encryptedExpiryDate: null,
          encryptedSecurityCode: { error: 'cc.cvc.920' },
        },
      });
    });
    expect(result.current.errors.shown.map((s) => [s.error.field, s.message])).toEqual([
      ['cardNumber', 'Your card number is incomplete.'],
      ['cardCvc', 'Enter the full security code from your card.'],
    ]);
  });
});
