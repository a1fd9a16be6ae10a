import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Profiler } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import { CheckoutForm, commits, withQueryClient } from './checkoutHarness.test-helpers.js';
import type { RequestContext } from './checkoutMutationTypes.js';

// Render counts in a real browser (jsdom inside act() merges commits and proves nothing). The
// API answers in-process, after a short delay, so only React's own scheduling decides the commits.

// A 30 ms round trip, as on a fast network: the pending state and the answer are separate.
const declineCvc = async (_body: unknown, _context: RequestContext) => {
  await new Promise((resolve) => setTimeout(resolve, 30));
  return new Response(
    JSON.stringify({
      error: { type: 'card_error', code: 'incorrect_cvc', param: 'cvc', message: 'Your card’s security code is incorrect.' },
    }),
    {
      status: 402,
      headers: { 'Content-Type': 'application/json' },
    },
  );
};

/** What each commit of the whole form showed, read in the Profiler's commit callback. */
const snapshots: Array<{ summary: boolean; message: boolean; invalid: boolean }> = [];
function Root() {
  return (
    <Profiler
      id="root"
      onRender={() => {
        const cvc = document.getElementById('cardCvc');
        snapshots.push({
          summary: (document.querySelector('ul')?.textContent ?? '').includes('security code'),
          message: (document.querySelector('.field-error:not(:empty)')?.textContent ?? '').includes('security code'),
          invalid: cvc?.getAttribute('aria-invalid') === 'true',
        });
      }}
    >
      <CheckoutForm mutationOptions={{ request: declineCvc }} />
    </Profiler>
  );
}

async function fillAndPay() {
  const user = userEvent.setup();
  await user.type(screen.getByLabelText('Card number'), '4000000000000127');
  await user.type(screen.getByLabelText('Security code'), '123');
  snapshots.length = 0;
  commits.clear();
  await user.click(screen.getByRole('button', { name: /pay/i }));
  await waitFor(() => expect(screen.getByTestId('status')).toHaveTextContent('failed'));
  // Let anything still scheduled (react-query notifies on a timer) commit before counting.
  await new Promise((resolve) => setTimeout(resolve, 100));
  return user;
}

describe('render counts (React Profiler, real browser)', () => {
  beforeEach(() => {
    snapshots.length = 0;
    commits.clear();
  });

  it('shows the summary, the field error and the aria state in the same commit after a 402', async () => {
    render(withQueryClient(<Root />));
    await fillAndPay();
    const first = snapshots.findIndex((s) => s.summary || s.message || s.invalid);
    expect(first).toBeGreaterThanOrEqual(0);
    expect(snapshots[first]).toEqual({ summary: true, message: true, invalid: true });
    // And no commit ever showed one without the others.
    for (const s of snapshots) expect(s.summary === s.message && s.message === s.invalid).toBe(true);
  });

  it('costs at most 3 commits for a failed submit, and renders each error part at most once', async () => {
    render(withQueryClient(<Root />));
    await fillAndPay();
    console.info(
      `render counts: ${snapshots.length} commits for a failed submit; error parts: ${JSON.stringify(Object.fromEntries(commits))}`,
    );
    expect(snapshots.length).toBeLessThanOrEqual(3);
    expect(commits.get('error:cardCvc')).toBe(1);
    for (const name of ['email', 'cardNumber', 'cardExpiry', 'postalCode']) expect(commits.get(`error:${name}`) ?? 0).toBe(0);
  });

  it('re-renders no other field’s error part while the shopper types', async () => {
    render(withQueryClient(<Root />));
    const user = await fillAndPay();
    commits.clear();
    snapshots.length = 0;
    // Typing in a field without an error: nothing re-renders at all.
    await user.type(screen.getByLabelText('Email'), 'ana@example.com');
    expect(Object.fromEntries(commits)).toEqual({});
    // Typing in the CVC clears its error: only the CVC's error part re-renders.
    await user.type(screen.getByLabelText('Security code'), '4');
    expect(commits.get('error:cardCvc')).toBe(1);
    for (const name of ['email', 'cardNumber', 'cardExpiry', 'postalCode']) expect(commits.get(`error:${name}`) ?? 0).toBe(0);
  });
});
