'use client';
import { type FieldProps, type UseCheckoutErrorsResult, useFieldError, useHostedFieldState } from '@checkout-errors/react';
import { type ReactNode, useId } from 'react';
import { type ClassName, flag, partClass } from './className.js';
import { FieldError } from './FieldError.js';

/** What a frame hands its control: an id for the label, and the aria state of the field. */
export interface ControlProps extends FieldProps {
  id: string;
  className: string;
}

export interface FieldFrameProps {
  /** `useCheckoutErrors()`'s result. */
  errors: UseCheckoutErrorsResult;
  /** The field's name (`cardNumber`, `email`, or a shop field). */
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  disabled?: boolean;
  className?: ClassName<{ invalid: boolean; disabled: boolean }>;
  /**
   * The control: your input as a function of the props to spread on it, or a hosted
   * (iframe) field's container as a node, which the frame then wraps and describes.
   */
  children: ((props: ControlProps) => ReactNode) | ReactNode;
}

/**
 * A field's frame: label, optional hint, the control, and the inline error, with state on `data-*`:
 * `data-invalid`, `data-disabled`, and for card fields what they report (`data-focused`,
 * `data-empty`, `data-complete`, `data-autofilled`), each present only when true.
 */
export function FieldFrame({ errors, name, label, hint, disabled = false, className, children }: FieldFrameProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const { invalid, fieldProps } = useFieldError(errors.control, name, hintId ? { describedBy: hintId } : {});
  // What a card field reports of itself (the kit's card inputs, a provider's hosted field): absent for the shop's own inputs.
  const reported = useHostedFieldState(errors.control, name);
  const state = { invalid, disabled };
  const control: ControlProps = { ...fieldProps, id, className: 'ce-Field-control' };
  return (
    <div
      className={partClass('ce-Field', className, state)}
      data-part="field"
      data-name={name}
      data-invalid={flag(invalid)}
      data-disabled={flag(disabled)}
      data-focused={flag(reported?.focused === true)}
      data-empty={flag(reported?.empty === true)}
      data-complete={flag(reported?.complete === true)}
      data-autofilled={flag(reported?.autofilled === true)}
    >
      {typeof children === 'function' ? (
        <label className="ce-Field-label" data-part="label" htmlFor={id}>
          {label}
        </label>
      ) : (
        <span className="ce-Field-label" data-part="label" id={`${id}-label`}>
          {label}
        </span>
      )}
      {hint ? (
        <p className="ce-Field-hint" data-part="hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {typeof children === 'function' ? (
        children(control)
      ) : (
        // A hosted field lives in a cross-origin iframe: the frame names and describes its container.
        <fieldset {...control} aria-labelledby={`${id}-label`}>
          {children}
        </fieldset>
      )}
      <FieldError control={errors.control} name={name} prefix={errors.errorPrefix} />
    </div>
  );
}
