'use client';
import type { HostedFieldState } from '@checkout-errors/core/fields';
import { useCallback, useSyncExternalStore } from 'react';
import type { CheckoutErrorsControl } from './checkoutErrorsTypes.js';

/**
 * A hosted field's state (complete, empty, focused, autofilled, code), or undefined for a field no
 * adapter reports on (the shop's own email input); re-renders only when that field's state changes.
 */
export function useHostedFieldState(control: CheckoutErrorsControl, field: string): HostedFieldState | undefined {
  const { hosted } = control;
  const get = useCallback(() => hosted.get(field), [hosted, field]);
  return useSyncExternalStore(hosted.subscribe, get, get);
}
