'use client';
import type { CheckoutError } from '@checkout-errors/core';
import { useCallback, useSyncExternalStore } from 'react';
import type { CheckoutErrorsControl, FieldProps } from './checkoutErrorsTypes.js';
import { fieldProps } from './useCheckoutErrors.js';

export interface UseFieldErrorResult {
  /** The normalized error on the field, or undefined. */
  error: CheckoutError<string> | undefined;
  /** Its formatted message, or undefined. */
  message: string | undefined;
  invalid: boolean;
  /** Props for the input: `aria-invalid`, `aria-describedby`, `data-invalid`, present only when invalid. */
  fieldProps: FieldProps;
  /** Props for the element that holds the message. */
  errorProps: { id: string };
}

/**
 * One field's error, subscribed to that field alone: typing in another field, or another
 * field's error coming and going, does not re-render the component that calls this.
 */
export function useFieldError(control: CheckoutErrorsControl, field: string, options: { describedBy?: string } = {}): UseFieldErrorResult {
  const { store } = control;
  const subscribe = useCallback((listener: () => void) => store.subscribeField(field, listener), [store, field]);
  const get = useCallback(() => store.get(field), [store, field]);
  const shown = useSyncExternalStore(subscribe, get, get);
  const errorProps = { id: control.errorId(field) };
  return {
    error: shown?.error,
    message: shown?.message,
    invalid: shown !== undefined,
    fieldProps: fieldProps(shown !== undefined, errorProps.id, options.describedBy),
    errorProps,
  };
}
