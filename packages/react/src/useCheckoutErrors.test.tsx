import { createMockPaymentApi } from '@checkout-errors/testing/msw';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { CheckoutErrorEvent } from './analytics.js';
import { API, CheckoutForm, withQueryClient } from './checkoutHarness.test-helpers.js';

const api = createMockPaymentApi({ url: API });
const server = setupServer(...api.handlers);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => api.reset());
afterAll(() => server.close());

async function fillAndPay(card: string, extra: { cvc?: string } = {}) {
  const user = userEvent.setup();
  await user.type(screen.getByLabelText('Email'), 'ana@example.com');
  await user.type(screen.getByLabelText('Card number'), card);
  await user.type(screen.getByLabelText('Expiry (MM/YY)'), '12/34');
  await user.type(screen.getByLabelText('Security code'), extra.cvc ?? '123');
  await user.type(screen.getByLabelText('Postal code'), '94107');
  await user.click(screen.getByRole('button', { name: /pay/i }));
  return user;
}

describe('useCheckoutErrors', () => {
  it('shows the CVC error under the CVC field, focuses it, and clears it as soon as the shopper edits the CVC', async () => {
    render(withQueryClient(<CheckoutForm />));
    const user = await fillAndPay('4000000000000127');
    const cvc = screen.getByLabelText('Security code');
    await waitFor(() => expect(cvc).toHaveFocus());
    expect(cvc).toHaveAttribute('aria-invalid', 'true');
    expect(cvc).toHaveAccessibleDescription('Error: Check the security code, or use another card.');
    // One field error: the summary is not where the shopper is sent.
    expect(screen.getByRole('heading', { name: 'There is a problem' })).not.toHaveFocus();
    await user.type(cvc, '4');
    expect(cvc).not.toHaveAttribute('aria-invalid');
    expect(cvc).not.toHaveAccessibleDescription();
    // What the shopper typed is all still there.
    expect(cvc).toHaveValue('1234');
    expect(screen.getByLabelText('Card number')).toHaveValue('4000000000000127');
  });

  it('moves focus to the error summary after a form-level decline, and the summary is no alert', async () => {
    render(withQueryClient(<CheckoutForm />));
    await fillAndPay('4000000000000002');
    const summary = screen.getByRole('heading', { name: 'There is a problem' }).parentElement as HTMLElement;
    await waitFor(() => expect(summary).toHaveFocus());
    expect(summary).toHaveAttribute('tabindex', '-1');
    expect(summary).not.toHaveAttribute('role');
    expect(summary).toHaveTextContent('Your card was declined. Use another card, or contact your bank.');
    // Focus moved, so the live region stays silent: the error is heard once.
    expect(screen.getByTestId('live')).toHaveTextContent('');
    expect(screen.getByLabelText('Card number')).not.toHaveAttribute('aria-invalid');
  });

  it('words a wrong postal code on the postal code field', async () => {
    render(withQueryClient(<CheckoutForm />));
    await fillAndPay('4000000000000036');
    const zip = screen.getByLabelText('Postal code');
    await waitFor(() => expect(zip).toHaveFocus());
    expect(zip).toHaveAccessibleDescription(/postal code doesn’t match your card/);
  });

  it('sends analytics an allowlisted event, identical for a fraud decline and a generic one', async () => {
    const events: CheckoutErrorEvent[] = [];
    const { unmount } = render(withQueryClient(<CheckoutForm onErrorEvent={(e) => events.push(e)} />));
    await fillAndPay('4100000000000019');
    await waitFor(() => expect(events).toHaveLength(1));
    unmount();
    render(withQueryClient(<CheckoutForm onErrorEvent={(e) => events.push(e)} />));
    await fillAndPay('4000000000000002');
    await waitFor(() => expect(events).toHaveLength(2));
    expect(events[0]).toEqual(events[1]);
    expect(events[0]).toEqual({
      kind: 'card',
      code: 'card_declined',
      declineCode: 'generic_decline',
      field: 'form',
      status: 402,
      retryMode: 'never',
      messageKey: 'decline.generic',
      source: 'submit',
    });
    expect(JSON.stringify(events)).not.toMatch(/4100|fraud|doc_url|docs\.example/);
  });

  it('renders a hidden decline exactly like the generic decline', async () => {
    const { container, unmount } = render(withQueryClient(<CheckoutForm />));
    await fillAndPay('4000000000009979');
    await waitFor(() => expect(screen.getByText(/Your card was declined/)).toBeInTheDocument());
    const stolen = container.innerHTML.replace(/value="[^"]*"/g, '');
    unmount();
    const generic = render(withQueryClient(<CheckoutForm />));
    await fillAndPay('4000000000000002');
    await waitFor(() => expect(screen.getByText(/Your card was declined/)).toBeInTheDocument());
    // useId differs between the two trees only by its counter: compare with ids normalized.
    const ids = (html: string) => html.replace(/«r\w+»|:r\w+:|_r_\w+_/g, 'ID');
    expect(ids(generic.container.innerHTML.replace(/value="[^"]*"/g, ''))).toBe(ids(stolen));
  });

  it('never shows an aborted request', async () => {
    const onErrorEvent = vi.fn();
    // The page (or the shopper) cancels the request: fetch rejects with an AbortError.
    const request = async () => {
      throw new DOMException('The user aborted a request.', 'AbortError');
    };
    render(withQueryClient(<CheckoutForm onErrorEvent={onErrorEvent} mutationOptions={{ request }} />));
    await fillAndPay('4242424242424242');
    await waitFor(() => expect(screen.getByTestId('status')).toHaveTextContent('failed'));
    expect(onErrorEvent).not.toHaveBeenCalled();
    expect(screen.queryByRole('listitem')).not.toBeInTheDocument();
    expect(screen.getByLabelText('Card number')).not.toHaveFocus();
  });
});
