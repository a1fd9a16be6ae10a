import { http } from 'msw';

/**
 * An MSW POST handler that counts its open requests, for the mocks' "one request in flight"
 * check: every request counts while it is open, whatever its answer. Shared by the mock APIs.
 */
export function countedPost(url: string, answer: (request: Request) => Promise<Response>) {
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
