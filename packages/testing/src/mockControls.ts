import { HttpResponse, http } from 'msw';

/**
 * An MSW POST handler that counts its open requests, for the mocks' "one request in flight"
 * check: every request counts while it is open, whatever its answer. Shared by the mock APIs.
 */
function countedPost(url: string, answer: (request: Request) => Promise<Response>) {
  let inFlight = 0;
  let maxInFlight = 0;
  const handler = http.post(url, async ({ request }) => {
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    try {
      return await answer(request);
    } finally {
      inFlight--;
    }
  });
  return {
    handler,
    /** The most requests that were open at the same moment since the last reset. */
    get maxInFlight() {
      return maxInFlight;
    },
    reset() {
      maxInFlight = 0;
    },
  };
}

/** What every mock API keeps: charges, requests, saved answers by key, keys still running, queued failures. */
export interface MockState<Charge, RequestRecord, Scenario, Saved> {
  readonly ledger: Charge[];
  readonly requests: RequestRecord[];
  readonly saved: Map<string, Saved>;
  readonly running: Set<string>;
  readonly queue: Scenario[];
}

/** A fresh state for one mock. */
export const mockState = <Charge, RequestRecord, Scenario, Saved>(): MockState<Charge, RequestRecord, Scenario, Saved> => ({
  ledger: [],
  requests: [],
  saved: new Map(),
  running: new Set(),
  queue: [],
});

/**
 * The part of a mock API tests hold: its MSW handler (open requests counted), the ledger and
 * request log, failures queued by `failNext`, and `reset`. Shared by the mock APIs; each brings
 * its own answers. `onReset` forgets what else a mock keeps (Adyen's reference counter).
 */
export function mockControls<Charge extends { readonly idempotencyKey: string | null }, RequestRecord, Scenario, Saved>(
  url: string,
  state: MockState<Charge, RequestRecord, Scenario, Saved>,
  answer: (request: Request) => Promise<Response>,
  onReset: () => void = () => {},
) {
  const counted = countedPost(url, answer);
  return {
    /** The MSW request handlers to install. */
    handlers: [counted.handler],
    /** Every charge made, in order. */
    ledger: state.ledger as readonly Charge[],
    /** Every request seen, in order. */
    requests: state.requests as readonly RequestRecord[],
    /** The most requests that were open at the same moment. */
    get maxInFlight() {
      return counted.maxInFlight;
    },
    /** What a shop's server finds when it looks a payment up by its idempotency key: the charge, or undefined. */
    chargeFor(idempotencyKey: string): Charge | undefined {
      return state.ledger.find((entry) => entry.idempotencyKey === idempotencyKey);
    },
    /** Answers the next `times` requests (default 1) with a failure scenario instead of charging. */
    failNext(scenario: Scenario, times = 1) {
      for (let i = 0; i < times; i++) state.queue.push(scenario);
    },
    /** Forgets charges, saved keys and queued scenarios. */
    reset() {
      state.ledger.length = 0;
      state.requests.length = 0;
      state.saved.clear();
      state.running.clear();
      state.queue.length = 0;
      counted.reset();
      onReset();
    },
  };
}

/** What a proxy or CDN answers in an API's place when the service behind it is down: an HTML 502. */
export const badGatewayPage = () =>
  new HttpResponse('<!doctype html><html><body><h1>502 Bad Gateway</h1></body></html>', {
    status: 502,
    headers: { 'Content-Type': 'text/html' },
  });

/** A request that never answers until its sender gives up (a timeout scenario): resolves on abort. */
export const untilAborted = (request: Request) =>
  new Promise<void>((resolve) => {
    if (request.signal.aborted) resolve();
    request.signal.addEventListener('abort', () => resolve(), { once: true });
  });

/**
 * Runs `run` once per idempotency key, as a provider honouring keys does: a saved answer is
 * replayed (`replayed: true`), a key whose first request is still running is `busy`. Without a
 * key every request runs. Shared by the PayPal and Braintree mocks.
 */
export async function oncePerKey<Saved>(
  state: Pick<MockState<unknown, unknown, unknown, Saved>, 'saved' | 'running'>,
  key: string | null,
  run: () => Promise<Saved>,
): Promise<{ readonly saved: Saved; readonly replayed: boolean } | 'busy'> {
  if (key === null) return { saved: await run(), replayed: false };
  if (state.running.has(key)) return 'busy';
  const previous = state.saved.get(key);
  if (previous !== undefined) return { saved: previous, replayed: true };
  state.running.add(key);
  try {
    const saved = await run();
    state.saved.set(key, saved);
    return { saved, replayed: false };
  } finally {
    state.running.delete(key);
  }
}
