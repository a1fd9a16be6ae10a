'use client';
import type { UseCheckoutErrorsResult } from '@checkout-errors/react';

/** The polite live region the hooks speak through: visually hidden, present from the first render. */
export function LiveRegion({ errors }: { errors: UseCheckoutErrorsResult }) {
  return <div {...errors.getLiveRegionProps()} className="ce-VisuallyHidden" data-part="live-region" />;
}
