'use client';
import { EMPTY_FIELD, type HostedFieldState } from '@checkout-errors/core/fields';
import { useCallback, useSyncExternalStore } from 'react';
import type { CheckoutErrorsControl } from './checkoutErrorsTypes.js';

/** A hosted field's state (complete, empty, focused, autofilled, code); re-renders only when that field's state changes. */
export function useHostedFieldState(control: CheckoutErrorsControl, field: string): HostedFieldState {
  const { hosted } = control;
  const get = useCallback(() => hosted.get(field) ?? EMPTY_FIELD, [hosted, field]);
  return useSyncExternalStore(hosted.subscribe, get, get);
}
