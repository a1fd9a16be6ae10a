'use client';
import { type UseCheckoutErrorsResult, useDeveloperFacts } from '@checkout-errors/react';
import { useId, useState } from 'react';

declare const process: { env: { NODE_ENV?: string } };

export interface DeveloperPanelProps {
  errors: UseCheckoutErrorsResult;
  /** Heading level of the panel's title. Default 2. */
  headingLevel?: 2 | 3 | 4;
}

/** What the panel shows of one error on show, and what "Copy as JSON" copies. */
const useFacts = (errors: UseCheckoutErrorsResult) => {
  const developer = useDeveloperFacts(errors);
  return developer === null
    ? null
    : errors.errors.map((error, i) => ({
        field: error.field,
        kind: error.kind,
        code: error.code,
        declineCode: developer[i]?.declineCode ?? null,
        param: error.param,
        status: error.status,
        dialect: developer[i]?.dialect ?? null,
        requestId: developer[i]?.requestId ?? null,
        docUrl: developer[i]?.docUrl ?? null,
        retry: error.retry.mode,
        sameIdempotencyKey: error.retry.sameIdempotencyKey,
        message: developer[i]?.message ?? null,
      }));
};

const ROWS = [
  ['Code', 'code'],
  ['Raw decline code', 'declineCode'],
  ['Param', 'param'],
  ['Status', 'status'],
  ['Dialect', 'dialect'],
  ['Request id', 'requestId'],
  ['Retry', 'retry'],
  ['Server message', 'message'],
] as const;

/** The panel itself: development builds only (see `DeveloperPanel`). */
function DevelopmentPanel({ errors, headingLevel = 2 }: DeveloperPanelProps) {
  const id = useId();
  const [copied, setCopied] = useState('');
  const facts = useFacts(errors);
  if (facts === null) return null;
  const Heading = `h${headingLevel}` as const;
  const copy = () => {
    const json = JSON.stringify(facts, null, 2);
    navigator.clipboard
      ?.writeText(json)
      .then(() => setCopied('Copied the facts as JSON.'))
      .catch(() => setCopied('Copying was refused by the browser.'));
  };
  return (
    <section className="ce-DeveloperPanel" data-part="developer-panel" aria-labelledby={`${id}title`} lang="en" dir="ltr">
      <Heading id={`${id}title`} className="ce-DeveloperPanel-heading">
        Developer facts ({facts.length === 1 ? '1 error' : `${facts.length} errors`} on show)
      </Heading>
      {facts.length === 0 ? (
        <p className="ce-DeveloperPanel-empty">No error on show. Shown in development builds only.</p>
      ) : (
        facts.map((fact) => (
          <dl key={fact.field} className="ce-DeveloperPanel-error" data-part="developer-error" aria-label={`Error on ${fact.field}`}>
            {ROWS.map(([label, key]) =>
              fact[key] === null ? null : (
                <div key={key} className="ce-DeveloperPanel-row">
                  <dt>{label}</dt>
                  <dd>
                    <code>{String(fact[key])}</code>
                  </dd>
                </div>
              ),
            )}
            {fact.docUrl && (
              <div className="ce-DeveloperPanel-row">
                <dt>Doc link</dt>
                <dd>
                  <a href={fact.docUrl} rel="noreferrer" target="_blank">
                    {fact.docUrl}
                  </a>
                </dd>
              </div>
            )}
          </dl>
        ))
      )}
      <button type="button" className="ce-DeveloperPanel-copy" onClick={copy} disabled={facts.length === 0}>
        Copy as JSON
      </button>
      <p role="status" className="ce-DeveloperPanel-status">
        {copied}
      </p>
    </section>
  );
}

/**
 * Every error on show with what a developer needs (code, raw decline code, param, dialect,
 * request id, doc link, the retry decision) and a "Copy as JSON" button. Development builds
 * only: the test is the bare `process.env.NODE_ENV` bundlers replace, so a production bundle
 * folds this to a component that renders nothing, and none of the panel's code or words ship.
 * (The bare read is safe wherever React runs: React's own entry reads it the same way.)
 */
export const DeveloperPanel: (props: DeveloperPanelProps) => ReturnType<typeof DevelopmentPanel> =
  process.env.NODE_ENV === 'production' ? () => null : DevelopmentPanel;
