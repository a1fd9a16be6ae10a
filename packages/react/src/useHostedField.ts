'use client';
import { EMPTY_FIELD } from '@checkout-errors/core/fields';
import { useCallback, useEffect, useRef } from 'react';
import type { CheckoutErrorsControl, FocusHandle } from './checkoutErrorsTypes.js';
import { type UseFieldErrorResult, useFieldError } from './useFieldError.js';

/**
 * The change event a hosted (iframe) card field raises, in the shape payment providers use:
 * `{ elementType, complete, empty, error?: { type, code, message } }`. Structural and read-only,
 * so a provider's own event objects (which carry more, such as the brand) pass without casts.
 * Only these members are read; a postal code field's `value` never is.
 */
export interface HostedFieldChangeEvent {
  readonly elementType?: string;
  readonly complete?: boolean;
  readonly empty?: boolean;
  /** The browser's autofill filled it, where the field can tell (the kit's own card inputs). */
  readonly autofilled?: boolean;
  readonly error?: { readonly type?: string; readonly code?: string; readonly message?: string } | null | undefined;
}

export interface UseHostedFieldResult extends UseFieldErrorResult {
  /** Pass to the hosted field's `change` event. */
  onChange(event: HostedFieldChangeEvent): void;
  /** Records a state that did not come from the shopper's edit (a re-check): the error on show stays. */
  sync(event: HostedFieldChangeEvent): void;
  /** Pass to its `focus` event: the field's state says it is focused. */
  onFocus(): void;
  /** Pass to its `blur` event: an invalid entry is announced when the shopper leaves the field. */
  onBlur(): void;
  /** Pass the provider's element (anything with `focus()`) once it is ready, so errors can focus it. */
  registerFocus(handle: FocusHandle | null): void;
}

/**
 * Adapter for a hosted card field: its change events give the same field errors, aria props and
 * clear-on-edit as the shop's own inputs. The page cannot focus inside a cross-origin iframe,
 * so the field registers the provider's own `focus()` handle.
 */
export function useHostedField(control: CheckoutErrorsControl, field: string): UseHostedFieldResult {
  const state = useFieldError(control, field);
  const pending = useRef<string | null>(null);
  const { hosted } = control;

  useEffect(() => {
    hosted.set(field, EMPTY_FIELD);
    return () => {
      hosted.delete(field);
      control.registerFocus(field, null);
    };
  }, [control, hosted, field]);

  const sync = useCallback(
    (event: HostedFieldChangeEvent) => {
      const code = typeof event.error?.code === 'string' ? event.error.code.slice(0, 100) : null;
      hosted.set(field, {
        ...(hosted.get(field) ?? EMPTY_FIELD),
        complete: event.complete === true,
        empty: event.empty === true,
        autofilled: event.autofilled === true,
        code,
      });
      pending.current = code;
    },
    [hosted, field],
  );

  const onChange = useCallback(
    (event: HostedFieldChangeEvent) => {
      sync(event);
      // Any edit clears the error on show; a new problem waits for blur or submit.
      if (control.store.get(field) !== undefined) control.clear(field);
    },
    [control, sync, field],
  );

  const focus = useCallback((focused: boolean) => hosted.set(field, { ...(hosted.get(field) ?? EMPTY_FIELD), focused }), [hosted, field]);
  const onFocus = useCallback(() => focus(true), [focus]);

  const onBlur = useCallback(() => {
    focus(false);
    const code = pending.current;
    if (code === null || control.store.get(field) !== undefined) return;
    control.show([control.normalizeError({ elementType: field, error: { type: 'validation_error', code } })], 'background');
  }, [control, field, focus]);

  const registerFocus = useCallback((handle: FocusHandle | null) => control.registerFocus(field, handle), [control, field]);

  return { ...state, onChange, sync, onFocus, onBlur, registerFocus };
}
