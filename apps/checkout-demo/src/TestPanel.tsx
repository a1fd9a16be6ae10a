import type { CheckoutStatus } from '@checkout-errors/react';
import { testCards } from '@checkout-errors/testing';
import { type Charge, type Scenario, scenarioLabels } from '@checkout-errors/testing/msw';
import { useEffect, useState } from 'react';
import { useMockApi } from './mockApi.js';

// A sample postal code per country, to fill the form in one click.
const SAMPLE_POSTAL: Record<string, string> = {
  US: '94103',
  GB: 'SW1A 1AA',
  CA: 'K1A 0B1',
  DE: '10115',
  FR: '75001',
  ES: '28013',
  IT: '00184',
  NL: '1012 AB',
  BR: '01310-100',
  JP: '100-0001',
  PL: '00-950',
  EG: '11511',
};

/** Types into an uncontrolled input the way a shopper would, so formatting and checks run. */
function typeInto(name: string, value: string, onlyIfEmpty = false) {
  const input = document.querySelector<HTMLInputElement>(`input[name="${name}"]`);
  if (!input || (onlyIfEmpty && input.value !== '')) return;
  Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(input, value);
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

/** The tester's panel: test cards to fill in, failures for the next payment, and what the mock API has done. */
export interface TestPanelProps {
  status: CheckoutStatus;
  country: string;
  /** The key of a payment whose outcome is unknown (status `unconfirmed`), else null. */
  unconfirmedKey: string | null;
  /** What the shop's server found for that key: the charge, or undefined (nothing was charged). */
  onLookedUp(charge: Charge | undefined): void;
}

export function TestPanel({ status, country, unconfirmedKey, onLookedUp }: TestPanelProps) {
  const [scenario, setScenario] = useState<Scenario>('rate_limit');
  const [queued, setQueued] = useState<Scenario | null>(null);
  // A payment takes the queued failure: the note goes once it is used.
  useEffect(() => {
    if (status === 'submitting') setQueued(null);
  }, [status]);
  const mock = useMockApi();
  return (
    <aside className="demo-panel" aria-labelledby="panel-heading" lang="en" dir="ltr">
      <h2 id="panel-heading">Test mode</h2>
      <p>No real payment is made: a mock payment API runs in this page. Status: {status}.</p>
      <h3>Test cards</h3>
      <ul className="demo-cards">
        {testCards.map((card) => (
          <li key={card.number}>
            <button
              type="button"
              className="demo-link"
              onClick={() => {
                typeInto('cardNumber', card.number);
                typeInto('cardExpiry', '12 / 34', true);
                typeInto('cardCvc', card.number.startsWith('3') ? '1234' : '123', true);
                typeInto('postalCode', SAMPLE_POSTAL[country] ?? '12345', true);
                typeInto('email', 'ana@example.com', true);
              }}
            >
              {card.label}
            </button>{' '}
            <code dir="ltr">{card.number.replace(/(\d{4})(?=\d)/g, '$1 ')}</code>
          </li>
        ))}
      </ul>
      <h3>Next payment fails with</h3>
      <div className="demo-scenario">
        <label>
          <span className="ce-VisuallyHidden">Failure</span>
          <select value={scenario} onChange={(event) => setScenario(event.target.value as Scenario)}>
            {(mock?.scenarios ?? [scenario]).map((name) => (
              <option key={name} value={name}>
                {scenarioLabels[name] ?? name}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="demo-button demo-button-secondary"
          disabled={mock === null}
          onClick={() => {
            mock?.api.failNext(scenario);
            setQueued(scenario);
          }}
        >
          Set
        </button>
      </div>
      <p role="status">{queued ? `The next request answers: ${scenarioLabels[queued] ?? queued}.` : ''}</p>
      {unconfirmedKey !== null && (
        <div className="demo-unconfirmed">
          <h3>Payment not confirmed</h3>
          <p>
            The answer was a final 500: the payment may have gone through. Nothing can be sent until the shop's server looks the attempt up
            by its key, <code>{unconfirmedKey}</code>.
          </p>
          <button
            type="button"
            className="demo-button demo-button-secondary"
            onClick={() => onLookedUp(mock?.api.chargeFor(unconfirmedKey))}
          >
            Look the payment up
          </button>
        </div>
      )}
      <p>
        Charges made: <strong data-testid="charges">{mock?.api.ledger.length ?? 0}</strong> · requests: {mock?.api.requests.length ?? 0}
      </p>
    </aside>
  );
}
