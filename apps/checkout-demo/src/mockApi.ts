import { useEffect, useState } from 'react';

// msw (with its cookie and domain tables) is most of the demo's JavaScript: it loads in its own
// chunk once the shopper first touches the page (or pays), so it never delays the first paint
// or blocks the main thread while the page settles.
let started: ReturnType<typeof load> | undefined;
const load = () => import('./mockWorker.js').then((module) => module.start());
export type MockApi = Awaited<ReturnType<typeof load>>;

/** The mock API, started on first use. */
export const mockApi = (): Promise<MockApi> => {
  started ??= load();
  return started;
};

const WAKE = ['pointerdown', 'keydown', 'focusin'] as const;

/** The mock API once it runs, or null before; the first interaction with the page starts it. */
export function useMockApi(): MockApi | null {
  const [api, setApi] = useState<MockApi | null>(null);
  useEffect(() => {
    let live = true;
    const wake = () => {
      for (const type of WAKE) document.removeEventListener(type, wake, true);
      mockApi().then((ready) => live && setApi(ready));
    };
    for (const type of WAKE) document.addEventListener(type, wake, true);
    if (started) wake();
    return () => {
      live = false;
      for (const type of WAKE) document.removeEventListener(type, wake, true);
    };
  }, []);
  return api;
}
