'use client';
import type { ShownError, UseCheckoutErrorsResult } from '@checkout-errors/react';
import { type ClassName, partClass } from './className.js';
import { ErrorText } from './ErrorText.js';

/** What the shopper can do next, as an enumerated string on `data-next-step`. */
export type DeclineNextStep = 'use_other_card' | 'contact_bank' | 'try_again' | 'authenticate';

export interface DeclineNoticeProps {
  errors: UseCheckoutErrorsResult;
  className?: ClassName<{ nextStep: DeclineNextStep }>;
}

/** A form-level card decline: what the notice shows and an `ErrorSummary` with `withoutDeclines` leaves out. */
export const isDecline = ({ error }: ShownError): boolean => error.field === 'form' && error.kind === 'card';

// The step a decline leaves the shopper, from its retry advice; the message words it.
const nextStep = (mode: string, messageKey: string): DeclineNextStep => {
  if (mode === 'authenticate') return 'authenticate';
  if (mode === 'shopper') return 'try_again';
  return messageKey === 'decline.contact_issuer' ? 'contact_bank' : 'use_other_card';
};

/**
 * A form-level card decline with the step the shopper can take. It reads only the normalized
 * error, whose decline code is already masked, so a hidden decline (fraud, lost, stolen…)
 * renders byte-identical DOM to the generic decline.
 */
export function DeclineNotice({ errors, className }: DeclineNoticeProps) {
  const decline = errors.shown.find(isDecline);
  if (decline === undefined) return null;
  const step = nextStep(decline.error.retry.mode, decline.error.messageKey);
  // With nothing else beside it, the summary (`withoutDeclines`) is empty: the notice is focused
  // after the submit instead (`tabindex="-1"`, no role=alert, so it is heard once).
  const focusTarget = errors.shown.every(isDecline);
  return (
    <div
      ref={focusTarget ? (errors.getSummaryProps().ref as (element: HTMLDivElement | null) => void) : undefined}
      tabIndex={focusTarget ? -1 : undefined}
      className={partClass('ce-DeclineNotice', className, { nextStep: step })}
      data-part="decline"
      data-severity="error"
      data-next-step={step}
    >
      <p className="ce-DeclineNotice-message" data-part="message">
        <ErrorText prefix={errors.errorPrefix}>{decline.message}</ErrorText>
      </p>
    </div>
  );
}
