// The failures the mock payment API can be told to answer with, and how a test panel names
// them: plain data, so a panel can list them without loading msw.
import { errorFixtures } from './errorFixtures.js';

/** A failure the API can be told to answer with instead of charging. */
export type Scenario =
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'idempotency_error'
  | 'external'
  | 'rate_limit'
  | 'server_error'
  | 'server_error_no_retry'
  | 'server_error_no_retry_charged'
  | 'bad_gateway_html'
  | 'unavailable'
  | 'timeout'
  | 'dropped'
  | 'malformed'
  | `payments-api:${string}`;

/** What a test panel shows for each scenario where its name alone does not say it. */
export const scenarioLabels: Readonly<Partial<Record<Scenario, string>>> = {
  server_error_no_retry: '500 with Stripe-Should-Retry: false',
  server_error_no_retry_charged: '500 with Stripe-Should-Retry: false, charged',
};

/** Every scenario a switch can offer (`payments-api:*` expands to each code of that dialect). */
export const scenarios: readonly Scenario[] = [
  'unauthorized',
  'forbidden',
  'not_found',
  'conflict',
  'idempotency_error',
  'external',
  'rate_limit',
  'server_error',
  'server_error_no_retry',
  'server_error_no_retry_charged',
  'bad_gateway_html',
  'unavailable',
  'timeout',
  'dropped',
  'malformed',
  ...errorFixtures.filter((f) => f.row.dialect === 'payments-api').map((f) => `payments-api:${f.row.code}` as const),
];
