'use client';
import type { DeveloperFacts } from '@checkout-errors/core';
import type { UseCheckoutErrorsResult } from './checkoutErrorsTypes.js';
import { isDevelopment } from './isDevelopment.js';

/**
 * Data for a development-only panel: each shown error's `developer` block (server message,
 * raw decline code, request id, doc link). Null in production builds (see `isDevelopment`: bundlers
 * replace `process.env.NODE_ENV`, in Vite's dev server too), so none of it can reach a shopper.
 */
export function useDeveloperFacts(errors: UseCheckoutErrorsResult): readonly DeveloperFacts[] | null {
  if (!isDevelopment()) return null;
  return errors.errors.map((error) => error.developer);
}
