import { useEffect, useState } from 'react';

// msw (with its cookie and domain tables) is most of the demo's JavaScript: it loads in its own
// chunk beside the page, so the checkout paints first; a payment waits for it if it must.
export const mockApi = import('./mockWorker.js').then((module) => module.start());
export type MockApi = Awaited<typeof mockApi>;

/** The mock API once it runs, or null before. */
export function useMockApi(): MockApi | null {
  const [api, setApi] = useState<MockApi | null>(null);
  useEffect(() => {
    let live = true;
    mockApi.then((ready) => live && setApi(ready));
    return () => {
      live = false;
    };
  }, []);
  return api;
}
