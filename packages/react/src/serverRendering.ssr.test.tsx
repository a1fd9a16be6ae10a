/// <reference types="vite/client" />
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderToString } from 'react-dom/server';
import { expect, it } from 'vitest';
import { CheckoutForm } from './checkoutHarness.test-helpers.js';

// Runs in Node with no DOM: importing the hooks and rendering a checkout on the server must not
// touch window, document or storage.
it('renders a checkout on the server with no window, with the live region present from the first paint', async () => {
  expect(typeof window).toBe('undefined');
  const html = renderToString(
    <QueryClientProvider client={new QueryClient()}>
      <CheckoutForm keepKeyInSession />
    </QueryClientProvider>,
  );
  expect(html).toContain('role="status"');
  expect(html).toContain('aria-live="polite"');
  expect(html).not.toContain('aria-invalid');
  // Every hook module begins with the 'use client' directive, for app-router server components.
  const sources = import.meta.glob('./use*.ts', { query: '?raw', import: 'default', eager: true });
  expect(Object.keys(sources).length).toBeGreaterThanOrEqual(5);
  for (const [file, text] of Object.entries(sources)) expect((text as string).startsWith("'use client';"), file).toBe(true);
});
