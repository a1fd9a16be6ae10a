import type { ReactNode } from 'react';
import { ErrorIcon } from './ErrorIcon.js';

/** An error's icon and words, with the localized "Error:" prefix that only screen readers hear. */
export function ErrorText({ prefix, children }: { prefix: string; children: ReactNode }) {
  return (
    <>
      <ErrorIcon />
      <span>
        <span className="ce-VisuallyHidden">{prefix}</span> {children}
      </span>
    </>
  );
}
