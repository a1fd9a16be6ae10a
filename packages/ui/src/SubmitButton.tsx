'use client';
import type { CheckoutStatus, UseCheckoutErrorsResult, UseCheckoutMutationResult } from '@checkout-errors/react';
import { type ButtonHTMLAttributes, type MouseEvent, type ReactNode, useId } from 'react';
import { type ClassName, flag, partClass } from './className.js';

export interface SubmitButtonProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'className' | 'disabled'> {
  errors: UseCheckoutErrorsResult;
  /** `useCheckoutMutation()`'s result: the button follows its status and cooldown. */
  // biome-ignore lint/suspicious/noExplicitAny: any variables and data; the button reads only status.
  mutation: UseCheckoutMutationResult<any, any>;
  /** The label, such as "Pay €39.98". After a network or server failure it reads the locale's "Try again". */
  children: ReactNode;
  className?: ClassName<{ status: CheckoutStatus; busy: boolean }>;
}

// Failures the shopper can simply send again: the connection, a timeout, the payment service.
const RESENDABLE = new Set(['network', 'timeout', 'api', 'external', 'conflict']);

/**
 * The pay button as the retry and cooldown affordance. It stays focusable while it cannot be
 * used (`aria-disabled`, not `disabled`, so focus is not thrown to the page), says what is
 * happening below it (processing, still trying, the rate-limit countdown), and reads "Try
 * again" after a failure that sending again may fix. Status on `data-status`.
 */
export function SubmitButton({ errors, mutation, children, className, onClick, ...native }: SubmitButtonProps) {
  const id = useId();
  const { status, cooldown, canSubmit, error } = mutation;
  const options = { locale: errors.locale };
  const t = (key: 'ui.submitting' | 'ui.retrying' | 'ui.try_again') => errors.checkoutErrors.translate(key, {}, options);
  const busy = status === 'submitting' || status === 'retrying';
  const resend = status === 'failed' && error !== null && RESENDABLE.has(error.kind);
  return (
    <div className="ce-SubmitButton" data-part="submit" data-status={status}>
      <button
        type="submit"
        {...native}
        className={partClass('ce-SubmitButton-button', className, { status, busy })}
        data-part="button"
        data-busy={flag(busy)}
        aria-disabled={canSubmit ? undefined : true}
        aria-describedby={cooldown ? `${id}-note` : undefined}
        onClick={(event: MouseEvent<HTMLButtonElement>) => {
          // A press while it cannot submit does nothing (not even the form's validation).
          if (!canSubmit) event.preventDefault();
          else onClick?.(event);
        }}
      >
        {resend ? t('ui.try_again') : children}
      </button>
      {/* Processing and "still trying" are announced once; the countdown is read with the button, not every second. */}
      <p className="ce-SubmitButton-status" data-part="status" role="status" aria-live="polite">
        {busy ? t(status === 'retrying' ? 'ui.retrying' : 'ui.submitting') : ''}
      </p>
      <p className="ce-SubmitButton-cooldown" data-part="cooldown" id={`${id}-note`} hidden={cooldown === null}>
        {cooldown?.text}
      </p>
    </div>
  );
}
