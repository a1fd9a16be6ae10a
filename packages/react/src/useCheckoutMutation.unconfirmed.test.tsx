import { createMockPaymentApi } from '@checkout-errors/testing/msw';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render, renderHook, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setupServer } from 'msw/node';
import type { ReactNode } from 'react';
import { useForm } from 'react-hook-form';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { API, CheckoutForm, postPayment, toRequest, withQueryClient } from './checkoutHarness.test-helpers.js';
import type { UseCheckoutMutationOptions, UseCheckoutMutationResult } from './checkoutMutationTypes.js';
import { useCheckoutErrors } from './useCheckoutErrors.js';
import { useCheckoutMutation } from './useCheckoutMutation.js';

// A 5xx marked `Stripe-Should-Retry: false` may have charged: the hook holds the form in
// `unconfirmed` until the shop has checked the payment (spec sections 3 and 4).

const api = createMockPaymentApi({ url: API });
const server = setupServer(...api.handlers);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  api.reset();
  sessionStorage.clear();
});
afterAll(() => server.close());

const MESSAGE = 'We couldn’t confirm your payment yet. Don’t pay again until we do.';
const VALUES = { email: 'ana@example.com', cardNumber: '4242424242424242', cardExpiry: '12/34', cardCvc: '123', postalCode: '94107' };
const body = toRequest(VALUES);
type Body = typeof body;
const keys = () => api.requests.map((r) => r.idempotencyKey);
const pay = () => screen.getByRole('button', { name: /pay/i });
const status = () => screen.getByTestId('status');

/** The form after a submit that the API answers with a 500 marked final. */
async function unconfirmedForm(mutationOptions: Partial<UseCheckoutMutationOptions<Body, unknown>> = {}) {
  let latest: UseCheckoutMutationResult<Body, unknown> | undefined;
  render(withQueryClient(<CheckoutForm mutationOptions={mutationOptions} onMutation={(m) => (latest = m)} defaultValues={VALUES} />));
  api.failNext('server_error_no_retry');
  const user = userEvent.setup();
  await user.click(pay());
  await waitFor(() => expect(status()).toHaveTextContent('unconfirmed'));
  const mutation = () => latest as UseCheckoutMutationResult<Body, unknown>;
  return { user, mutation };
}

const wrapper = ({ children }: { children: ReactNode }) => <QueryClientProvider client={new QueryClient()}>{children}</QueryClientProvider>;
/** The hooks without markup, on this tab's sessionStorage (the hook's default). */
function useCheckout(options: Partial<UseCheckoutMutationOptions<Body, unknown>>) {
  const errors = useCheckoutErrors({ form: useForm() });
  return { errors, pay: useCheckoutMutation({ errors, request: postPayment, sleep: async () => {}, ...options }) };
}

describe('useCheckoutMutation when a payment’s outcome is unknown', () => {
  it('stops at one request, tells the shop the key once, and shows the message in the summary', async () => {
    const onUnconfirmed = vi.fn();
    const { mutation } = await unconfirmedForm({ onUnconfirmed });
    expect(api.requests.map((r) => r.status)).toEqual([500]);
    expect(onUnconfirmed).toHaveBeenCalledTimes(1);
    expect(onUnconfirmed).toHaveBeenCalledWith({
      idempotencyKey: keys()[0],
      error: expect.objectContaining({
        status: 500,
        retry: { mode: 'unconfirmed', retryable: false, sameIdempotencyKey: true, afterMs: null },
      }),
    });
    expect(mutation()).toMatchObject({ idempotencyKey: keys()[0], canSubmit: false, error: { messageKey: 'payment.unconfirmed' } });
    expect(screen.getByRole('listitem')).toHaveTextContent(MESSAGE);
    // It answers the shopper's click: focus moves to the summary.
    expect(screen.getByRole('heading', { name: 'There is a problem' }).parentElement).toHaveFocus();
  });

  it('sends nothing for a click, a double click, Enter pressed twice or a direct call', async () => {
    const { user, mutation } = await unconfirmedForm();
    await user.click(pay());
    await user.dblClick(pay());
    await user.type(screen.getByLabelText('Postal code'), '{Enter}{Enter}');
    await act(async () => {
      expect(await mutation().submit(body)).toBeUndefined();
      // Even react-query's own mutate, which the guards of `submit` do not see.
      await mutation()
        .mutation.mutateAsync(body)
        .catch(() => undefined);
    });
    expect(status()).toHaveTextContent('unconfirmed');
    expect(api.requests).toHaveLength(1);
    expect(api.ledger).toHaveLength(0);
  });

  it("after resolveUnconfirmed('not_paid') lets the next submit start a new attempt with a new key", async () => {
    const { user, mutation } = await unconfirmedForm();
    act(() => mutation().resolveUnconfirmed('not_paid'));
    expect(status()).toHaveTextContent('idle');
    expect(mutation().idempotencyKey).toBeNull();
    expect(screen.queryByRole('listitem')).not.toBeInTheDocument();
    await user.click(pay());
    await waitFor(() => expect(status()).toHaveTextContent('succeeded'));
    expect(api.requests.map((r) => r.status)).toEqual([500, 200]);
    expect(keys()[1]).not.toBe(keys()[0]);
    expect(api.ledger).toHaveLength(1);
  });

  it("after resolveUnconfirmed('paid') takes the success path and sends nothing", async () => {
    const onSuccess = vi.fn();
    const { user, mutation } = await unconfirmedForm({ onSuccess });
    act(() => mutation().resolveUnconfirmed('paid', { id: 'pi_found_by_the_shop' }));
    expect(status()).toHaveTextContent('succeeded');
    expect(onSuccess).toHaveBeenCalledTimes(1);
    expect(onSuccess).toHaveBeenCalledWith({ id: 'pi_found_by_the_shop' }, body);
    expect(mutation()).toMatchObject({ data: { id: 'pi_found_by_the_shop' }, error: null, idempotencyKey: null, canSubmit: false });
    expect(screen.queryByRole('listitem')).not.toBeInTheDocument();
    // Paid: a second resolve, a click or an Enter is no second payment.
    act(() => mutation().resolveUnconfirmed('not_paid'));
    await user.click(pay());
    await user.type(screen.getByLabelText('Postal code'), '{Enter}');
    expect(status()).toHaveTextContent('succeeded');
    expect(api.requests).toHaveLength(1);
    expect(onSuccess).toHaveBeenCalledTimes(1);
  });

  it('comes back unconfirmed after a reload, with the same key, until the shop resolves it', async () => {
    const first = renderHook(() => useCheckout({}), { wrapper });
    api.failNext('server_error_no_retry');
    await act(() => first.result.current.pay.submit(body));
    const key = first.result.current.pay.idempotencyKey;
    expect(first.result.current.pay.status).toBe('unconfirmed');
    // The marker sits beside the key; nothing the shopper typed does.
    expect(JSON.parse(sessionStorage.getItem('checkout-errors:attempt') ?? 'null')).toMatchObject({ key, unconfirmed: true });
    expect(JSON.stringify({ ...sessionStorage })).not.toMatch(/4242424242424242|"123"|ana@example/);
    first.unmount();

    // A reload: a new component, the same tab's sessionStorage.
    const onUnconfirmed = vi.fn();
    const onSuccess = vi.fn();
    const second = renderHook(() => useCheckout({ onUnconfirmed, onSuccess }), { wrapper });
    await waitFor(() => expect(second.result.current.pay.status).toBe('unconfirmed'));
    expect(second.result.current.pay).toMatchObject({
      idempotencyKey: key,
      canSubmit: false,
      error: { messageKey: 'payment.unconfirmed' },
    });
    expect(onUnconfirmed).toHaveBeenCalledTimes(1);
    expect(onUnconfirmed).toHaveBeenCalledWith({
      idempotencyKey: key,
      error: expect.objectContaining({ messageKey: 'payment.unconfirmed' }),
    });
    // Shown through useCheckoutErrors, like any failure.
    expect(second.result.current.errors.shown.map((s) => s.message)).toEqual([MESSAGE]);
    await act(() => second.result.current.pay.submit(body));
    expect(api.requests).toHaveLength(1);

    // The shop found the payment: the success path, with no data and no variables from before the reload.
    act(() => second.result.current.pay.resolveUnconfirmed('paid'));
    expect(second.result.current.pay.status).toBe('succeeded');
    expect(onSuccess).toHaveBeenCalledWith(null, undefined);
    expect(sessionStorage.getItem('checkout-errors:attempt')).toBeNull();
    expect(api.requests).toHaveLength(1);
  });

  it("after a reload and resolveUnconfirmed('not_paid'), pays with a new key", async () => {
    const first = renderHook(() => useCheckout({}), { wrapper });
    api.failNext('server_error_no_retry');
    await act(() => first.result.current.pay.submit(body));
    first.unmount();
    const second = renderHook(() => useCheckout({}), { wrapper });
    await waitFor(() => expect(second.result.current.pay.status).toBe('unconfirmed'));
    act(() => second.result.current.pay.resolveUnconfirmed('not_paid'));
    expect(second.result.current.errors.shown).toEqual([]);
    await act(() => second.result.current.pay.submit(body));
    expect(second.result.current.pay.status).toBe('succeeded');
    expect(keys()).toHaveLength(2);
    expect(keys()[1]).not.toBe(keys()[0]);
    expect(api.ledger.map((c) => c.idempotencyKey)).toEqual([keys()[1]]);
  });
});
