import { useCheckoutErrors, useCheckoutMutation } from '@checkout-errors/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { useCheckoutErrorsConfig } from '../CheckoutErrorsProvider.js';
import { DeclineNotice } from '../DeclineNotice.js';
import { ErrorSummary } from '../ErrorSummary.js';
import { LiveRegion } from '../LiveRegion.js';
import { SubmitButton } from '../SubmitButton.js';

// The react README's Payment Element recipe around a stand-in: Stripe's Payment Element draws its
// own field errors inside its iframe (none can load here), so the kit handles what only the whole
// payment fails with: confirmPayment's error object, read like an API body.
const attempts: string[] = [];

/** A stand-in for Stripe.js: the first confirmation is declined for insufficient funds, the next is paid. */
const stripe = {
  confirmPayment: async () => {
    await new Promise((resolve) => setTimeout(resolve, 150));
    return attempts.length === 1
      ? {
          error: {
            type: 'card_error',
            code: 'card_declined',
            decline_code: 'insufficient_funds',
            message: 'Your card has insufficient funds.',
          },
        }
      : {};
  },
};
const elements = { submit: async (): Promise<{ error?: unknown }> => ({}) };

function PaymentElementCheckout() {
  const form = useForm();
  const errors = useCheckoutErrors({ form, ...useCheckoutErrorsConfig() });
  const [paid, setPaid] = useState(false);
  const pay = useCheckoutMutation({
    errors,
    request: async (_: undefined, { idempotencyKey }) => {
      attempts.push(idempotencyKey);
      const { error } = await stripe.confirmPayment();
      return error ? Response.json({ error }, { status: error.type === 'card_error' ? 402 : 400 }) : Response.json({ paid: true });
    },
    onSuccess: () => setPaid(true),
  });
  if (paid) return <p role="status">Paid</p>;
  return (
    <form
      noValidate
      onSubmit={form.handleSubmit(async () => {
        const { error } = await elements.submit();
        if (!error) await pay.submit(undefined);
      })}
    >
      <ErrorSummary errors={errors} withoutDeclines />
      <DeclineNotice errors={errors} />
      <fieldset
        className="story-payment-element"
        aria-label="Stripe Payment Element (stand-in)"
        style={{ border: '1px dashed var(--ce-color-border)', padding: '1rem', margin: '0 0 1rem' }}
      >
        Stripe’s Payment Element draws its card, wallet and bank fields here, and its own field errors inside.
      </fieldset>
      <SubmitButton errors={errors} mutation={pay}>
        Pay €39.98
      </SubmitButton>
      <LiveRegion errors={errors} />
    </form>
  );
}

const meta = {
  title: 'Checkout/Stripe Payment Element',
  component: PaymentElementCheckout,
  beforeEach: () => void attempts.splice(0),
} satisfies Meta<typeof PaymentElementCheckout>;
export default meta;

/** A decline from confirmPayment shows in the decline notice with focus; the next press is a new attempt (a new key) and pays. */
export const DeclinedThenPaid: StoryObj<typeof meta> = {
  async play({ canvasElement }) {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: /Pay/ }));
    await waitFor(() => expect(canvasElement.querySelector('[data-part="decline"]')).toHaveFocus());
    const notice = canvasElement.querySelector('[data-part="decline"]') as HTMLElement;
    await expect(notice.textContent).toMatch(/enough funds/);
    await expect(notice).toHaveAttribute('data-next-step', 'use_other_card');
    await userEvent.click(canvas.getByRole('button', { name: /Pay|Try again/ }));
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent('Paid'));
    await expect(attempts).toHaveLength(2);
    await expect(attempts[0]).not.toBe(attempts[1]);
  },
};
