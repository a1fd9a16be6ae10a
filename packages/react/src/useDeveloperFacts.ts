'use client';
import type { DeveloperFacts } from '@checkout-errors/core';
import type { UseCheckoutErrorsResult } from './checkoutErrorsTypes.js';

declare const process: { env: { NODE_ENV?: string } } | undefined;

/**
 * Data for a development-only panel: each shown error's `developer` block (server message,
 * raw decline code, request id, doc link). Null in production builds, where bundlers replace
 * `process.env.NODE_ENV` and drop the panel, so none of it can reach a shopper.
 */
export function useDeveloperFacts(errors: UseCheckoutErrorsResult): readonly DeveloperFacts[] | null {
  if (typeof process === 'undefined' || process.env.NODE_ENV === 'production') return null;
  return errors.errors.map((error) => error.developer);
}
