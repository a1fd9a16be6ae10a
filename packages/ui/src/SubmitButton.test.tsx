import { type UseCheckoutMutationOptions, useCheckoutErrors, useCheckoutMutation } from '@checkout-errors/react';
import { createMockPaymentApi } from '@checkout-errors/testing/msw';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { setupServer } from 'msw/node';
import { useForm } from 'react-hook-form';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CheckoutErrorsProvider, useCheckoutErrorsConfig } from './CheckoutErrorsProvider.js';
import { ErrorSummary } from './ErrorSummary.js';
import { LiveRegion } from './LiveRegion.js';
import { SubmitButton } from './SubmitButton.js';

const API = 'http://localhost/api/payments';
const api = createMockPaymentApi({ url: API });
const server = setupServer(...api.handlers);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => api.reset());
afterAll(() => server.close());

/** A sleep the test releases by hand: backoff and the countdown wait for it. */
function manualSleep() {
  const waits: Array<() => void> = [];
  return {
    sleep: (_ms: number) => new Promise<void>((resolve) => waits.push(resolve)),
    release: () => waits.shift()?.(),
    get pending() {
      return waits.length;
    },
  };
}

const request: UseCheckoutMutationOptions<{ card: string }, unknown>['request'] = (body, { idempotencyKey, signal }) =>
  fetch(API, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': idempotencyKey },
    body: JSON.stringify({ amount: 3998, currency: 'eur', card: { number: body.card, exp_month: 12, exp_year: 2034, cvc: '123' } }),
    signal,
  });

function Checkout({ sleep }: { sleep: (ms: number) => Promise<void> }) {
  const form = useForm({ defaultValues: { card: '4242424242424242' } });
  const errors = useCheckoutErrors({ form, ...useCheckoutErrorsConfig() });
  const pay = useCheckoutMutation({ errors, request, sleep });
  return (
    <form noValidate onSubmit={form.handleSubmit((values) => pay.submit(values))}>
      <ErrorSummary errors={errors} />
      <SubmitButton errors={errors} mutation={pay}>
        Pay €39.98
      </SubmitButton>
      <LiveRegion errors={errors} />
    </form>
  );
}

const renderCheckout = (sleep: (ms: number) => Promise<void>) =>
  render(
    <QueryClientProvider client={new QueryClient()}>
      <CheckoutErrorsProvider>
        <Checkout sleep={sleep} />
      </CheckoutErrorsProvider>
    </QueryClientProvider>,
  );

describe('SubmitButton', () => {
  it('after a 429 stays focusable but inert, reads the countdown with the button, and comes back', async () => {
    const clock = manualSleep();
    const { container } = renderCheckout(clock.sleep);
    api.failNext('rate_limit');
    const button = screen.getByRole('button', { name: 'Pay €39.98' });
    await userEvent.click(button);
    await waitFor(() => expect(button).toHaveAttribute('aria-disabled', 'true'));
    expect(button).not.toBeDisabled();
    expect(button).toHaveAccessibleDescription('You can try again in 3 seconds.');
    expect(button.closest('[data-part="submit"]')).toHaveAttribute('data-status', 'cooling_down');

    await userEvent.click(button);
    expect(api.requests).toHaveLength(1);
    const result = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(result.violations.map((v) => v.id)).toEqual([]);

    await act(async () => clock.release());
    expect(button).toHaveAccessibleDescription('You can try again in 2 seconds.');
    await act(async () => clock.release());
    await act(async () => clock.release());
    expect(button).not.toHaveAttribute('aria-disabled');
    expect(button).not.toHaveAccessibleDescription();
    expect(container.querySelector('[data-part="status"]')).toBeEmptyDOMElement();
    expect(container.querySelector('[data-part="live-region"]')).toHaveTextContent('You can try again now.');
    await userEvent.click(button);
    await waitFor(() => expect(api.ledger).toHaveLength(1));
  });

  it('says it is still trying during automatic resends, then offers "Try again" after a dropped connection', async () => {
    const clock = manualSleep();
    renderCheckout(clock.sleep);
    api.failNext('dropped', 3);
    await userEvent.click(screen.getByRole('button', { name: 'Pay €39.98' }));
    await waitFor(() => expect(clock.pending).toBe(1));
    await act(async () => clock.release());
    await waitFor(() => expect(screen.getByText('Still trying to reach the payment service…')).toBeInTheDocument());
    expect(screen.getByRole('button')).toHaveAttribute('data-busy', '');
    await waitFor(() => expect(clock.pending).toBe(1));
    await act(async () => clock.release());
    const again = await screen.findByRole('button', { name: 'Try again' });
    expect(again).not.toHaveAttribute('aria-disabled');
    expect(again).not.toHaveAttribute('data-busy');
    await userEvent.click(again);
    await waitFor(() => expect(api.ledger).toHaveLength(1));
    // The dropped requests may have reached the bank: the shopper's resend keeps the attempt's key.
    expect(new Set(api.requests.map((r) => r.idempotencyKey)).size).toBe(1);
  });
});
