'use client';
import type { UseCheckoutErrorsResult } from '@checkout-errors/react';
import type { ReactNode } from 'react';
import { type ClassName, partClass } from './className.js';
import { isDecline } from './DeclineNotice.js';
import { ErrorIcon } from './ErrorIcon.js';

export interface ErrorSummaryProps {
  errors: UseCheckoutErrorsResult;
  /** The heading. Default: the locale's "There is a problem". */
  heading?: ReactNode;
  /** Leave out card declines, when a `DeclineNotice` shows them; other form-level errors (network, server) stay. Default false. */
  withoutDeclines?: boolean;
  className?: ClassName<{ count: number }>;
}

/**
 * The GOV.UK error summary: a heading and one link per field error that moves focus to the
 * field. It takes focus after a failed submit with a form-level error or several errors
 * (`tabindex="-1"`), and has no `role="alert"`, so it is heard once, when focused.
 * Always in the DOM (hidden when empty), so focus can move to it in the same commit. With
 * `withoutDeclines` and nothing but a decline, the `DeclineNotice` is where focus goes.
 */
export function ErrorSummary({ errors, heading, withoutDeclines = false, className }: ErrorSummaryProps) {
  const shown = withoutDeclines ? errors.shown.filter((s) => !isDecline(s)) : errors.shown;
  const { ref, ...summaryProps } = errors.getSummaryProps();
  return (
    <div
      {...summaryProps}
      // Empty (its decline is in a DeclineNotice): the notice takes focus instead.
      ref={shown.length > 0 ? (ref as (element: HTMLDivElement | null) => void) : undefined}
      className={partClass('ce-ErrorSummary', className, { count: shown.length })}
      data-part="summary"
      hidden={shown.length === 0}
    >
      <h2 {...errors.getSummaryHeadingProps()} className="ce-ErrorSummary-heading" data-part="heading">
        <ErrorIcon />
        {heading ?? errors.summaryHeading}
      </h2>
      <ul className="ce-ErrorSummary-list" data-part="list">
        {shown.map(({ error, message }) => (
          <li key={error.field} data-part="item">
            {error.field === 'form' ? (
              message
            ) : (
              <a
                className="ce-ErrorSummary-link"
                data-part="link"
                href={`#${errors.control.errorId(error.field)}`}
                onClick={(event) => {
                  event.preventDefault();
                  errors.focusField(error.field);
                }}
              >
                {message}
              </a>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
