import { createMockPaymentApi, scenarios } from '@checkout-errors/testing/msw';
import { setupWorker } from 'msw/browser';

// The mock payment API runs in this page: the service worker (public/mockServiceWorker.js)
// hands each `fetch('/api/payments')` to these handlers. A 400 ms charge makes the
// "Processing…" state visible and a double click meaningful.
export async function start() {
  const api = createMockPaymentApi({ url: '/api/payments', latencyMs: 400, retryAfterSeconds: 5 });
  const worker = setupWorker(...api.handlers);
  await worker.start({
    onUnhandledRequest: 'bypass',
    quiet: true,
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
  });
  // The end-to-end suite reads the ledger and the request log from here.
  (window as unknown as { checkoutDemo: unknown }).checkoutDemo = { api };
  return { api, scenarios };
}
