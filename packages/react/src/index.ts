export type { CheckoutErrorEvent, ErrorSource } from './analytics.js';
export { toAnalyticsEvent } from './analytics.js';
export type {
  ApplyOptions,
  CheckoutErrorsControl,
  FieldProps,
  FocusHandle,
  HostedFieldState,
  UseCheckoutErrorsOptions,
  UseCheckoutErrorsResult,
} from './checkoutErrorsTypes.js';
export type {
  AuthenticationContext,
  CheckoutStatus,
  RequestContext,
  UnconfirmedContext,
  UseCheckoutMutationOptions,
  UseCheckoutMutationResult,
} from './checkoutMutationTypes.js';
export type { ErrorStore, ShownError } from './errorStore.js';
export type { HostedFieldStore } from './hostedFieldStore.js';
export { CheckoutFailure, safePayloadKey } from './payment.js';
export { useCheckoutErrors } from './useCheckoutErrors.js';
export { useCheckoutMutation } from './useCheckoutMutation.js';
export { useDeveloperFacts } from './useDeveloperFacts.js';
export type { UseFieldErrorResult } from './useFieldError.js';
export { useFieldError } from './useFieldError.js';
export type { HostedFieldChangeEvent, UseHostedFieldResult } from './useHostedField.js';
export { useHostedField } from './useHostedField.js';
export { useHostedFieldState } from './useHostedFieldState.js';
