import { createMockPaymentApi } from '@checkout-errors/testing/msw';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render, renderHook, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setupServer } from 'msw/node';
import type { ReactNode } from 'react';
import { useForm } from 'react-hook-form';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { API, CheckoutForm, manualSleep, postPayment, toRequest, withQueryClient } from './checkoutHarness.test-helpers.js';
import { safePayloadKey } from './payment.js';
import { useCheckoutErrors } from './useCheckoutErrors.js';
import { useCheckoutMutation } from './useCheckoutMutation.js';

const api = createMockPaymentApi({ url: API });
const server = setupServer(...api.handlers);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => api.reset());
afterAll(() => server.close());

async function fill(card: string) {
  const user = userEvent.setup();
  await user.type(screen.getByLabelText('Email'), 'ana@example.com');
  await user.type(screen.getByLabelText('Card number'), card);
  await user.type(screen.getByLabelText('Expiry (MM/YY)'), '12/34');
  await user.type(screen.getByLabelText('Security code'), '123');
  await user.type(screen.getByLabelText('Postal code'), '94107');
  return user;
}
const pay = () => screen.getByRole('button', { name: /pay/i });
const wrapper = ({ children }: { children: ReactNode }) => <QueryClientProvider client={new QueryClient()}>{children}</QueryClientProvider>;
/** The hooks without markup, for tests that drive submits directly. */
function useCheckout(storage?: Storage | null) {
  const form = useForm();
  const errors = useCheckoutErrors({ form });
  return useCheckoutMutation({ errors, request: postPayment, sleep: async () => {}, ...(storage === undefined ? {} : { storage }) });
}
const keys = () => api.requests.map((r) => r.idempotencyKey);

describe('useCheckoutMutation', () => {
  it('charges a good card once and ends succeeded, with the errors cleared', async () => {
    render(withQueryClient(<CheckoutForm />));
    const user = await fill('4242 4242 4242 4242');
    await user.click(pay());
    await waitFor(() => expect(screen.getByTestId('status')).toHaveTextContent('succeeded'));
    expect(api.ledger).toHaveLength(1);
    expect(api.ledger[0]).toMatchObject({ amount: 4999, last4: '4242' });
  });

  it('resends a 500 twice with the same key, then shows a message and keeps what was typed', async () => {
    render(withQueryClient(<CheckoutForm />));
    api.failNext('server_error', 3);
    const user = await fill('4242424242424242');
    await user.click(pay());
    await waitFor(() => expect(screen.getByTestId('status')).toHaveTextContent('failed'));
    expect(api.requests.map((r) => r.status)).toEqual([500, 500, 500]);
    expect(new Set(keys()).size).toBe(1);
    // After automatic retries the answer is announced, not focused.
    expect(screen.getByTestId('live')).toHaveTextContent('Something went wrong on our side. Try again in a moment.');
    expect(screen.getByLabelText('Card number')).toHaveValue('4242424242424242');
    expect(api.ledger).toHaveLength(0);
  });

  it('recovers when an automatic retry gets through, charging once', async () => {
    render(withQueryClient(<CheckoutForm />));
    api.failNext('bad_gateway_html');
    const user = await fill('4242424242424242');
    await user.click(pay());
    await waitFor(() => expect(screen.getByTestId('status')).toHaveTextContent('succeeded'));
    expect(api.requests.map((r) => r.status)).toEqual([502, 200]);
    expect(new Set(keys()).size).toBe(1);
    expect(api.ledger).toHaveLength(1);
  });

  it('resends a 409 with the same key', async () => {
    render(withQueryClient(<CheckoutForm />));
    api.failNext('conflict');
    const user = await fill('4242424242424242');
    await user.click(pay());
    await waitFor(() => expect(screen.getByTestId('status')).toHaveTextContent('succeeded'));
    expect(api.requests.map((r) => r.status)).toEqual([409, 200]);
    expect(keys()[0]).toBe(keys()[1]);
  });

  it('times a hung request out and resends it with the same key', async () => {
    render(withQueryClient(<CheckoutForm mutationOptions={{ timeoutMs: 50 }} />));
    api.failNext('timeout');
    const user = await fill('4242424242424242');
    await user.click(pay());
    await waitFor(() => expect(screen.getByTestId('status')).toHaveTextContent('succeeded'));
    expect(api.requests.map((r) => r.status)).toEqual(['timeout', 200]);
    expect(keys()[0]).toBe(keys()[1]);
  });

  it('uses a new key for the next submit after a decline', async () => {
    render(withQueryClient(<CheckoutForm />));
    const user = await fill('4000000000009995');
    await user.click(pay());
    await waitFor(() => expect(screen.getByText('Your card doesn’t have enough funds. Use another card.')).toBeInTheDocument());
    await user.click(pay());
    await waitFor(() => expect(api.requests).toHaveLength(2));
    expect(keys()[0]).not.toBe(keys()[1]);
    // And a changed card is a new attempt too.
    const number = screen.getByLabelText('Card number');
    await user.clear(number);
    await user.type(number, '4242424242424242');
    await user.click(pay());
    await waitFor(() => expect(screen.getByTestId('status')).toHaveTextContent('succeeded'));
    expect(new Set(keys()).size).toBe(3);
  });

  it('sends one request for a double click, for Enter pressed twice, and none after success', async () => {
    let release: () => void = () => {};
    // The first request waits, so the second click and the Enters land while it is in flight.
    const request = (...args: Parameters<typeof postPayment>) =>
      new Promise<void>((resolve) => (release = resolve)).then(() => postPayment(...args));
    render(withQueryClient(<CheckoutForm mutationOptions={{ request }} />));
    const user = await fill('4242424242424242');
    await user.dblClick(pay());
    await user.type(screen.getByLabelText('Postal code'), '{Enter}{Enter}');
    await act(async () => release());
    await waitFor(() => expect(screen.getByTestId('status')).toHaveTextContent('succeeded'));
    // Paid: a late click or Enter is not a second payment.
    await user.type(screen.getByLabelText('Postal code'), '{Enter}');
    expect(pay()).toBeDisabled();
    expect(api.requests).toHaveLength(1);
    expect(api.ledger).toHaveLength(1);
  });

  it('fails visibly when offline, after its automatic retries, and keeps the typed values', async () => {
    render(withQueryClient(<CheckoutForm />));
    api.failNext('dropped', 3);
    const user = await fill('4242424242424242');
    await user.click(pay());
    await waitFor(() => expect(screen.getByTestId('status')).toHaveTextContent('failed'));
    expect(screen.getByTestId('live')).toHaveTextContent('We couldn’t connect. Check your internet connection and try again.');
    for (const [label, value] of [
      ['Email', 'ana@example.com'],
      ['Card number', '4242424242424242'],
      ['Expiry (MM/YY)', '12/34'],
      ['Security code', '123'],
      ['Postal code', '94107'],
    ]) {
      expect(screen.getByLabelText(label as string)).toHaveValue(value);
    }
  });

  it('after a 429 with Retry-After: 3 disables submit, counts down each second, then re-enables it', async () => {
    const clock = manualSleep();
    render(withQueryClient(<CheckoutForm mutationOptions={{ sleep: clock.sleep }} />));
    api.failNext('rate_limit');
    const user = await fill('4242424242424242');
    await user.click(pay());
    await waitFor(() => expect(screen.getByTestId('status')).toHaveTextContent('cooling_down'));
    expect(pay()).toBeDisabled();
    expect(screen.getByTestId('cooldown')).toHaveTextContent('You can try again in 3 seconds.');
    expect(screen.getByRole('heading', { name: 'There is a problem' }).parentElement).toHaveFocus();
    await act(async () => clock.release());
    expect(screen.getByTestId('cooldown')).toHaveTextContent('You can try again in 2 seconds.');
    await act(async () => clock.release());
    expect(screen.getByTestId('cooldown')).toHaveTextContent('You can try again in 1 second.');
    expect(clock.waits.map((w) => w.ms)).toEqual([1000]);
    await act(async () => clock.release());
    expect(pay()).toBeEnabled();
    expect(screen.getByTestId('live')).toHaveTextContent('You can try again now.');
    await user.click(pay());
    await waitFor(() => expect(screen.getByTestId('status')).toHaveTextContent('succeeded'));
  });

  it('hands authentication_required to the shop’s authentication step instead of showing an error', async () => {
    let finish: () => void = () => {};
    const onAuthenticationRequired = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    render(withQueryClient(<CheckoutForm mutationOptions={{ onAuthenticationRequired }} />));
    const user = await fill('4000002500003155');
    await user.click(pay());
    await waitFor(() => expect(screen.getByTestId('status')).toHaveTextContent('needs_authentication'));
    expect(pay()).toBeDisabled();
    expect(onAuthenticationRequired).toHaveBeenCalledWith(
      expect.objectContaining({ error: expect.objectContaining({ declineCode: 'authentication_required' }) }),
    );
    expect(screen.queryByRole('listitem')).not.toBeInTheDocument();
    await act(async () => finish());
    expect(pay()).toBeEnabled();
  });

  it('without an authentication step, tells the shopper their bank wants to confirm the payment', async () => {
    render(withQueryClient(<CheckoutForm />));
    const user = await fill('4000002500003155');
    await user.click(pay());
    await waitFor(() => expect(screen.getByTestId('status')).toHaveTextContent('failed'));
    expect(screen.getByRole('listitem')).toHaveTextContent('Your bank needs you to confirm this payment.');
    expect(pay()).toBeEnabled();
  });

  it('keeps the attempt’s key (never card data) in sessionStorage across a reload', async () => {
    sessionStorage.clear();
    api.failNext('dropped', 3);
    const first = renderHook(() => useCheckout(), { wrapper });
    const body = toRequest({ email: 'a@b.c', cardNumber: '4242424242424242', cardExpiry: '12/34', cardCvc: '123', postalCode: '94107' });
    await act(() => first.result.current.submit(body));
    const key = first.result.current.idempotencyKey;
    expect(key).toMatch(/^[0-9a-f-]{36}$/);
    expect(JSON.stringify({ ...sessionStorage })).not.toMatch(/4242424242424242|"123"/);
    first.unmount();
    // A reload: a new component, the same tab's sessionStorage.
    const second = renderHook(() => useCheckout(), { wrapper });
    expect(second.result.current.idempotencyKey).toBe(key);
    await act(() => second.result.current.submit(body));
    expect(api.requests.at(-1)?.idempotencyKey).toBe(key);
    expect(api.ledger).toHaveLength(1);
  });

  it('warns before unload only while a payment is in flight', async () => {
    let release: () => void = () => {};
    const request = (...args: Parameters<typeof postPayment>) =>
      new Promise<void>((resolve) => (release = resolve)).then(() => postPayment(...args));
    render(withQueryClient(<CheckoutForm mutationOptions={{ request }} />));
    const user = await fill('4242424242424242');
    await user.click(pay());
    await waitFor(() => expect(screen.getByTestId('status')).toHaveTextContent('submitting'));
    const during = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(during);
    expect(during.defaultPrevented).toBe(true);
    await act(async () => release());
    await waitFor(() => expect(screen.getByTestId('status')).toHaveTextContent('succeeded'));
    const after = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(after);
    expect(after.defaultPrevented).toBe(false);
  });

  it('never puts a card number or CVC in the payload key', () => {
    const key = safePayloadKey({ card: { number: '4242 4242 4242 4242', cvc: '123' }, amount: 4999 });
    expect(key).toBe('{"card":{"number":"…4242"},"amount":4999}');
  });
});

describe('1,000 rapid submits, retries and failures against the mock API', () => {
  it('charges each idempotency key at most once, with at most one request in flight', async () => {
    const { result } = renderHook(() => useCheckout(null), { wrapper });
    // A seeded mix: good cards, declines, server errors, drops, 409s; bursts of 5 submits at once.
    const cards = ['4242424242424242', '4000000000000002', '4000000000009995', '4000000000000119'];
    const failures = ['server_error', 'dropped', 'conflict', 'bad_gateway_html', 'unavailable', 'malformed'] as const;
    let seed = 7;
    const random = () => {
      seed = (seed * 48271) % 2147483647;
      return seed / 2147483647;
    };
    let submits = 0;
    while (submits < 1000) {
      if (random() < 0.3)
        api.failNext(failures[Math.floor(random() * failures.length)] as (typeof failures)[number], 1 + Math.floor(random() * 3));
      const card = cards[Math.floor(random() * cards.length)] as string;
      const body = {
        amount: 1000 + (submits % 7),
        currency: 'usd',
        email: 'a@b.c',
        postal_code: '94107',
        card: { number: card, exp_month: 12, exp_year: 2034, cvc: '123' },
      };
      await act(async () => {
        await Promise.all(Array.from({ length: 5 }, () => result.current.submit(body)));
        // Let react-query deliver its settled state (it notifies on a timer) before the next burst.
        await new Promise((resolve) => setTimeout(resolve, 0));
      });
      // The shop starts the next order after a success.
      act(() => result.current.reset());
      submits += 5;
    }
    const charged = api.ledger.map((c) => c.idempotencyKey);
    // Every burst reached the API (plus the automatic retries), and the rest of each burst was dropped.
    expect(api.requests.length).toBeGreaterThanOrEqual(200);
    expect(api.requests.length).toBeLessThan(1000);
    expect(charged.length).toBeGreaterThan(0);
    expect(new Set(charged).size).toBe(charged.length);
    expect(api.maxInFlight).toBe(1);
    // No attempt charged twice: every charged key was charged by exactly one non-replayed 200.
    for (const key of charged)
      expect(api.requests.filter((r) => r.idempotencyKey === key && r.status === 200 && !r.replayed)).toHaveLength(1);
  }, 60_000);
});
