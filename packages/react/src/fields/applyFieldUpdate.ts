import { type FieldUpdate, nextFieldState } from '@checkout-errors/core/fields';
import type { CheckoutErrorsControl } from '../checkoutErrorsTypes.js';

/**
 * What every hosted-field adapter does with an update, whatever the provider: records the
 * field's state (never its value); an edit clears the error on show (a new problem waits for
 * blur or submit); leaving a field with a problem announces it politely. `validateHostedFields()`
 * reads the same state on submit.
 */
export function applyFieldUpdate(control: CheckoutErrorsControl, update: FieldUpdate): void {
  const { field, event } = update;
  const state = nextFieldState(control.hosted.get(field), update);
  control.hosted.set(field, state);
  const shown = control.store.get(field) !== undefined;
  if (event === 'edit' && shown) control.clear(field);
  if (event === 'blur' && state.code !== null && !shown)
    control.show([control.normalizeError({ elementType: field, error: { type: 'validation_error', code: state.code } })], 'background');
}
