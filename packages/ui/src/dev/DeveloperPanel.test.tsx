import { useCheckoutErrors } from '@checkout-errors/react';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DeveloperPanelProps } from './DeveloperPanel.js';

const decline = {
  error: {
    type: 'card_error',
    code: 'card_declined',
    decline_code: 'stolen_card',
    message: 'Your card was declined.',
    doc_url: 'https://docs.example/codes',
  },
};

function Checkout({ Panel }: { Panel: (props: DeveloperPanelProps) => unknown }) {
  const form = useForm();
  const errors = useCheckoutErrors({ form });
  useEffect(() => {
    errors.apply([decline], { context: { status: 402, headers: { 'Request-Id': 'req_8Kx2' } } });
  }, [errors.apply]);
  return <>{Panel({ errors }) as never}</>;
}

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

describe('DeveloperPanel', () => {
  it('lists each error on show with its developer facts and copies them as JSON, in English, by keyboard', async () => {
    const { DeveloperPanel } = await import('./DeveloperPanel.js');
    // user-event puts a clipboard of its own on navigator: what the button wrote is read back from it.
    const user = userEvent.setup();
    render(<Checkout Panel={DeveloperPanel} />);
    const panel = await screen.findByRole('region', { name: 'Developer facts (1 error on show)' });
    expect(panel).toHaveAttribute('lang', 'en');
    const text = panel.textContent ?? '';
    // The raw, hidden decline reason is for developers: here it shows, never in the shopper's text.
    for (const fact of ['card_declined', 'stolen_card', 'stripe', 'req_8Kx2', 'never', 'https://docs.example/codes'])
      expect(text).toContain(fact);
    expect(
      within(panel)
        .getAllByRole('term')
        .map((term) => term.textContent),
    ).toContain('Raw decline code');
    await user.tab();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Copy as JSON' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(JSON.parse(await navigator.clipboard.readText())).toEqual([
      expect.objectContaining({
        code: 'card_declined',
        declineCode: 'stolen_card',
        requestId: 'req_8Kx2',
        retry: 'never',
        dialect: 'stripe',
      }),
    ]);
    expect(await within(panel).findByRole('status')).toHaveTextContent('Copied the facts as JSON.');
  });

  it('renders nothing in a production build', async () => {
    vi.stubEnv('NODE_ENV', 'production');
    const { DeveloperPanel } = await import('./DeveloperPanel.js');
    const { container } = render(<Checkout Panel={DeveloperPanel} />);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(container).toBeEmptyDOMElement();
  });
});
