'use client';
import { type CheckoutError, type CheckoutErrors, createCheckoutErrors } from '@checkout-errors/core';
import { hasPostalCode } from '@checkout-errors/core/postal-codes';
import { useCallback, useEffect, useId, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type { FieldValues } from 'react-hook-form';
import { type ErrorSource, toAnalyticsEvent } from './analytics.js';
import type {
  ApplyOptions,
  CheckoutErrorsControl,
  FieldProps,
  FocusHandle,
  UseCheckoutErrorsOptions,
  UseCheckoutErrorsResult,
} from './checkoutErrorsTypes.js';
import { createErrorStore } from './errorStore.js';
import { HostedFieldStore } from './hostedFieldStore.js';

// The code a hosted field that was left incomplete (or empty) fails a submit with.
const INCOMPLETE: Record<string, string> = {
  cardNumber: 'incomplete_number',
  cardExpiry: 'incomplete_expiry',
  cardCvc: 'incomplete_cvc',
  postalCode: 'incomplete_zip',
};

// react-hook-form keeps form-level errors under `root.*`.
const formName = (field: string) => (field === 'form' ? 'root.checkout' : field);

/**
 * Connects checkout errors to a react-hook-form form. Renders nothing: it returns props, text
 * and state. Focus and announcements follow one rule so each error is heard once: after a
 * submit, one field error focuses that field, anything else focuses the summary; errors that
 * arrive on their own go to the polite live region.
 */
export function useCheckoutErrors<TFieldValues extends FieldValues = FieldValues>(
  options: UseCheckoutErrorsOptions<TFieldValues>,
): UseCheckoutErrorsResult {
  const { form, locale = 'en', country, messages, locales, dialects, fields, onErrorEvent } = options;
  const fieldsKey = fields?.join('\u0000');
  // biome-ignore lint/correctness/useExhaustiveDependencies: the fields list is compared by value.
  const checkoutErrors = useMemo(
    () =>
      options.checkoutErrors ??
      (createCheckoutErrors({
        ...(locales ? { locales } : {}),
        ...(dialects ? { dialects } : {}),
        ...(fields ? { fields } : {}),
      }) as CheckoutErrors<string>),
    [options.checkoutErrors, locales, dialects, fieldsKey],
  );
  const [store] = useState(createErrorStore);
  const shown = useSyncExternalStore(store.subscribe, store.all, store.all);
  const base = useId();
  const ids = useMemo(() => ({ summary: `${base}summary`, heading: `${base}summary-heading`, live: `${base}live` }), [base]);
  const [live, setLive] = useState('');
  const [focusRequest, setFocusRequest] = useState<{ target: string } | null>(null);
  const summaryRef = useRef<FocusHandle | null>(null);
  const handles = useRef(new Map<string, FocusHandle>());
  // The latest options, for callbacks that must keep their identity.
  const latest = useRef({ form, locale, country, messages, onErrorEvent, checkoutErrors });
  latest.current = { form, locale, country, messages, onErrorEvent, checkoutErrors };

  const format = useCallback((error: CheckoutError<string>) => {
    const { locale: l, country: c, messages: m, checkoutErrors: ce } = latest.current;
    return ce.shopperMessage(error, { locale: l, ...(c ? { country: c } : {}), ...(m ? { messages: m } : {}) });
  }, []);

  const announce = useCallback((text: string) => {
    // The same words twice are not re-read by screen readers unless the text changes: alternate
    // a trailing no-break space so a repeat is still heard.
    setLive((before) => (before === text ? `${text}\u00a0` : text));
  }, []);

  const show = useCallback(
    (errors: readonly CheckoutError<string>[], source: ErrorSource = 'submit') => {
      const { form: f, onErrorEvent: report, country: c } = latest.current;
      // Cancelled requests are the shopper's or the page's own doing: never shown. Where
      // addresses have no postal code (Hong Kong, the Emirates), a postal-code error is about
      // the billing address: shown there, as an address mismatch.
      const visible = errors
        .filter((e) => e.kind !== 'aborted')
        .map((e) =>
          e.field === 'postalCode' && !hasPostalCode(c)
            ? { ...e, field: 'billingAddress', messageKey: 'card.address_mismatch' as const }
            : e,
        );
      if (source === 'submit' && visible.length === 0 && errors.length > 0) return;
      const entries = visible.map((error) => ({ error, message: format(error) }));
      // A submit's answer replaces what was on show; a background error joins it (a blur check
      // must not wipe a decline the shopper is still reading).
      const next =
        source === 'submit' ? entries : [...store.all().filter((s) => !entries.some((e) => e.error.field === s.error.field)), ...entries];
      for (const { error } of store.all())
        if (!next.some((e) => e.error.field === error.field)) f.clearErrors(formName(error.field) as never);
      for (const { error, message } of entries) {
        // Focus is the hook's job (it knows about hosted fields and the summary).
        f.setError(formName(error.field) as never, { type: 'checkout', message }, { shouldFocus: false });
      }
      store.replace(next);
      for (const error of visible) report?.(toAnalyticsEvent(error, source));
      if (visible.length === 0) return;
      if (source === 'background') announce(entries.map((e) => e.message).join(' '));
      // One field's error focuses that field; the billing address is several fields, so its
      // error focuses the summary.
      else
        setFocusRequest({
          target:
            visible.length === 1 && !/^(form|billingAddress)$/.test(visible[0]?.field as string)
              ? (visible[0]?.field as string)
              : ids.summary,
        });
    },
    [announce, format, store, ids.summary],
  );

  const apply = useCallback(
    (failure: unknown, applyOptions: ApplyOptions = {}) => {
      const { checkoutErrors: ce } = latest.current;
      const failures = Array.isArray(failure) ? failure : [failure];
      const errors = failures.flatMap((f) => ce.normalizeErrors(f, applyOptions.context));
      show(errors, applyOptions.source);
      return errors;
    },
    [show],
  );

  const clear = useCallback(
    (field?: string) => {
      const { form: f } = latest.current;
      for (const { error } of store.all()) if (field === undefined || error.field === field) f.clearErrors(formName(error.field) as never);
      store.clear(field);
    },
    [store],
  );

  // A field's error goes as soon as the shopper edits that field; the value stays as typed.
  useEffect(
    () =>
      form.subscribe({
        formState: { values: true },
        callback: ({ name }) => {
          if (name !== undefined && store.get(name) !== undefined) clear(name);
        },
      }),
    [form, store, clear],
  );

  const focusField = useCallback((field: string) => {
    const handle = handles.current.get(field);
    if (handle) handle.focus();
    else latest.current.form.setFocus(field as never);
  }, []);

  // Focus moves after the commit that rendered the errors, so the field's described-by
  // message (or the summary's list) exists when the screen reader reads it.
  useEffect(() => {
    if (focusRequest === null) return;
    if (focusRequest.target === ids.summary) summaryRef.current?.focus();
    else focusField(focusRequest.target);
  }, [focusRequest, focusField, ids.summary]);

  const registerFocus = useCallback((field: string, handle: FocusHandle | null) => {
    if (handle) handles.current.set(field, handle);
    else handles.current.delete(field);
  }, []);
  const summaryCallbackRef = useCallback((element: FocusHandle | null) => {
    summaryRef.current = element;
  }, []);

  const errorId = useCallback((field: string) => `${base}${field}-error`, [base]);
  const [hosted] = useState(() => new HostedFieldStore());
  const normalize = useCallback((input: unknown) => latest.current.checkoutErrors.normalizeError(input), []);
  const control = useMemo<CheckoutErrorsControl>(
    () => ({ store, hosted, show, clear, normalizeError: normalize, errorId, focusField, registerFocus }),
    [store, hosted, show, clear, normalize, errorId, focusField, registerFocus],
  );
  const validateHostedFields = useCallback(
    ({ show: showFound = true }: { show?: boolean } = {}) => {
      const found: CheckoutError<string>[] = [];
      for (const [field, state] of hosted) {
        if (field === 'postalCode' && !hasPostalCode(latest.current.country)) continue;
        const code = state.code ?? (state.complete ? null : (INCOMPLETE[field] ?? null));
        if (code !== null) found.push(normalize({ elementType: field, error: { type: 'validation_error', code } }));
      }
      if (showFound && found.length > 0) show(found, 'submit');
      return found;
    },
    [hosted, normalize, show],
  );
  const { translate } = checkoutErrors;
  const textOptions = { locale, ...(messages ? { messages } : {}) };
  return {
    apply,
    show,
    clear,
    errors: useMemo(() => shown.map((s) => s.error), [shown]),
    shown,
    messageFor: (field) => store.get(field)?.message,
    getFieldProps: (field, fieldOptions = {}) => fieldProps(store.get(field) !== undefined, errorId(field), fieldOptions.describedBy),
    getErrorProps: (field) => ({ id: errorId(field) }),
    getSummaryProps: () => ({ id: ids.summary, tabIndex: -1, 'aria-labelledby': ids.heading, ref: summaryCallbackRef }),
    getSummaryHeadingProps: () => ({ id: ids.heading }),
    getLiveRegionProps: () => ({ id: ids.live, role: 'status', 'aria-live': 'polite', 'aria-atomic': true, children: live }),
    announce,
    focusField,
    registerFocus,
    validateHostedFields,
    errorPrefix: translate('ui.error_prefix', {}, textOptions),
    summaryHeading: translate('ui.summary_heading', {}, textOptions),
    checkoutErrors,
    locale,
    control,
  };
}

/** The input's props: invalid state and the message it is described by, present only when invalid. */
export function fieldProps(invalid: boolean, errorId: string, describedBy?: string): FieldProps {
  const described = [describedBy, invalid ? errorId : undefined].filter(Boolean).join(' ');
  return {
    ...(invalid ? { 'aria-invalid': true, 'data-invalid': '' } : {}),
    ...(described ? { 'aria-describedby': described } : {}),
  };
}
