'use client';
import { type CheckoutErrorsControl, useFieldError } from '@checkout-errors/react';
import { memo } from 'react';
import { type ClassName, partClass } from './className.js';
import { ErrorText } from './ErrorText.js';

export interface FieldErrorProps {
  /** `useCheckoutErrors().control`. */
  control: CheckoutErrorsControl;
  /** The field whose error this shows. */
  name: string;
  /** The visually hidden prefix read before the message (`useCheckoutErrors().errorPrefix`). */
  prefix: string;
  className?: ClassName<{ invalid: boolean }>;
}

/**
 * A field's inline error: icon and text, with the localized "Error:" prefix for screen
 * readers. Subscribed to its own field only and memoized, so other fields' changes pass it by.
 * Renders nothing while the field is valid.
 */
export const FieldError = /* @__PURE__ */ memo(function FieldError({ control, name, prefix, className }: FieldErrorProps) {
  const { message, errorProps } = useFieldError(control, name);
  if (message === undefined) return null;
  return (
    <p {...errorProps} className={partClass('ce-FieldError', className, { invalid: true })} data-part="error" data-severity="error">
      <ErrorText prefix={prefix}>{message}</ErrorText>
    </p>
  );
});
