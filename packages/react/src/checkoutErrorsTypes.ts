import type { CheckoutError, CheckoutErrors, Dialect, LocaleCatalog, MessageOverrides, NormalizeContext } from '@checkout-errors/core';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import type { CheckoutErrorEvent, ErrorSource } from './analytics.js';
import type { ErrorStore, ShownError } from './errorStore.js';

// The contract of `useCheckoutErrors`: its options, what it returns, and the stable control
// that `useFieldError`, `useHostedField` and components take.

/** Something that can take focus: a DOM element, or a hosted card field's own handle. */
export interface FocusHandle {
  focus(): void;
}

export interface UseCheckoutErrorsOptions<TFieldValues extends FieldValues = FieldValues> {
  /** The react-hook-form form, as `useForm()` returns it. Field names are the kit's (`cardCvc`, `email`…) or the shop's own. */
  form: UseFormReturn<TFieldValues>;
  /** BCP 47 locale of the messages. Default `en`. */
  locale?: string;
  /** ISO country of the shopper, for region wording (ZIP, postcode). Default: the locale's region. */
  country?: string;
  /** Per-locale message overrides. Default none. */
  messages?: MessageOverrides;
  /** Locale catalogs besides English, e.g. `[de]`. Ignored when `checkoutErrors` is given. Default none. */
  locales?: readonly LocaleCatalog[];
  /** Provider dialects, e.g. `[adyen]` from `@checkout-errors/core/dialects/adyen`. Ignored when `checkoutErrors` is given. Default none. */
  dialects?: readonly Dialect[];
  /** The shop's own fields (a coupon box). Ignored when `checkoutErrors` is given. Default none. */
  fields?: readonly string[];
  /** A configured core instance (dialects, mappings, hardened mode). Default: one made from the options above. */
  checkoutErrors?: CheckoutErrors<string>;
  /** Called once per error shown, with an allowlisted, card-data-free event. Default none. */
  onErrorEvent?: (event: CheckoutErrorEvent) => void;
}

/** What a hosted card field last reported: no value, only its state (complete, empty, focused, autofilled, code). */
import type { HostedFieldState } from '@checkout-errors/core/fields';
import type { HostedFieldStore } from './hostedFieldStore.js';

export type { HostedFieldState };

/** Options of `apply`. */
export interface ApplyOptions {
  /** `submit` moves focus (one field error: that field; otherwise the summary); `background` announces politely. Default `submit`. */
  source?: ErrorSource;
  /** Status and headers, when the failure is only a body. */
  context?: NormalizeContext;
}

/** Props for a field's input (or a hosted field's container). Attributes are present only when true. */
export interface FieldProps {
  'aria-invalid'?: true;
  'aria-describedby'?: string;
  'data-invalid'?: '';
}

export interface UseCheckoutErrorsResult {
  /** Normalizes any failure (or several) and shows it, every failing field of one body at once: `setError` on its field, focus or announcement. Returns what was shown. */
  apply(failure: unknown, options?: ApplyOptions): readonly CheckoutError<string>[];
  /** Shows errors that are already normalized (client checks), replacing what is on show. */
  show(errors: readonly CheckoutError<string>[], source?: ErrorSource): void;
  /** Removes one field's error, or all; what the shopper typed is never touched. */
  clear(field?: string): void;
  /** The errors on show, normalized. */
  errors: readonly CheckoutError<string>[];
  /** The errors on show with their formatted messages, in order. */
  shown: readonly ShownError[];
  /** The formatted message on a field, or undefined. */
  messageFor(field: string): string | undefined;
  getFieldProps(field: string, options?: { describedBy?: string }): FieldProps;
  getErrorProps(field: string): { id: string };
  getSummaryProps(): { id: string; tabIndex: -1; 'aria-labelledby': string; ref: (element: FocusHandle | null) => void };
  getSummaryHeadingProps(): { id: string };
  getLiveRegionProps(): { id: string; role: 'status'; 'aria-live': 'polite'; 'aria-atomic': true; children: string };
  /** Says `text` once in the polite live region. */
  announce(text: string): void;
  /** Moves focus to a field: its registered handle, else react-hook-form's `setFocus`. */
  focusField(field: string): void;
  /**
   * Before a submit: shows an error for every hosted card field that is incomplete or invalid,
   * and returns them (none: go ahead). With `{ show: false }` it only returns them, so the shop
   * can add its own checks (an email) and `show` everything at once, in page order.
   */
  validateHostedFields(options?: { show?: boolean }): readonly CheckoutError<string>[];
  /** Registers how to focus a field that react-hook-form does not own (a hosted card field). */
  registerFocus(field: string, handle: FocusHandle | null): void;
  /** The localized, visually hidden prefix of every error message ("Error:"). */
  errorPrefix: string;
  /** The localized heading of the error summary. */
  summaryHeading: string;
  /** The core instance in use, and the locale options, for components that format more text. */
  checkoutErrors: CheckoutErrors<string>;
  locale: string;
  /** A stable handle for `useFieldError` and components: its identity never changes, so memoized parts stay put. */
  control: CheckoutErrorsControl;
}

/** The stable part of `useCheckoutErrors`: pass it to `useFieldError` and to memoized error parts. */
export interface CheckoutErrorsControl {
  /** The per-field store of errors on show. */
  readonly store: ErrorStore;
  /** The last state each hosted card field reported, by field. */
  readonly hosted: HostedFieldStore;
  /** Shows errors that are already normalized (`useCheckoutErrors().show`). */
  show(errors: readonly CheckoutError<string>[], source?: ErrorSource): void;
  clear(field?: string): void;
  normalizeError(input: unknown): CheckoutError<string>;
  /** The id of a field's error message element. */
  errorId(field: string): string;
  focusField(field: string): void;
  registerFocus(field: string, handle: FocusHandle | null): void;
}
