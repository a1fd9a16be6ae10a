import { render } from '@testing-library/react';
import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import { describe, expect, it, vi } from 'vitest';
import { useCheckoutErrors } from './useCheckoutErrors.js';
import { useDeveloperFacts } from './useDeveloperFacts.js';

let facts: ReturnType<typeof useDeveloperFacts> = null;
function Panel() {
  const form = useForm();
  const errors = useCheckoutErrors({ form });
  facts = useDeveloperFacts(errors);
  useEffect(() => {
    errors.apply(
      { error: { type: 'card_error', code: 'card_declined', decline_code: 'stolen_card', message: 'Declined' } },
      { context: { status: 402 } },
    );
  }, [errors.apply]);
  return null;
}

describe('useDeveloperFacts', () => {
  it('shows the developer facts in development and never in production', () => {
    render(<Panel />);
    expect(facts).toEqual([expect.objectContaining({ declineCode: 'stolen_card', message: 'Declined' })]);
    vi.stubEnv('NODE_ENV', 'production');
    try {
      render(<Panel />);
      expect(facts).toBeNull();
    } finally {
      vi.unstubAllEnvs();
    }
  });
});
