import { useCheckoutErrors } from '@checkout-errors/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import { expect, within } from 'storybook/test';
import { useCheckoutErrorsConfig } from '../CheckoutErrorsProvider.js';
import { CardNumberField, PostalCodeField } from '../cardFields.js';
import { DeveloperPanel } from '../dev/DeveloperPanel.js';
import { FieldFrame } from '../FieldFrame.js';

/** Frames on their own: a hosted (iframe) field's container, a disabled field, a shop's own field with an error. */
function Parts({ withErrors }: { withErrors: boolean }) {
  const form = useForm({ defaultValues: { email: 'ana@example', postalCode: '' } });
  const errors = useCheckoutErrors({ form, ...useCheckoutErrorsConfig() });
  const { apply } = errors;
  useEffect(() => {
    if (withErrors)
      apply(
        [
          { error: { type: 'invalid_request_error', code: 'email_invalid', param: 'email' } },
          { elementType: 'cardNumber', error: { type: 'validation_error', code: 'incomplete_number' } },
        ],
        {
          context: { status: 400 },
          source: 'background',
        },
      );
  }, [apply, withErrors]);
  return (
    <>
      <FieldFrame errors={errors} name="email" label="Email">
        {(control) => <input {...control} {...form.register('email')} type="email" autoComplete="email" />}
      </FieldFrame>
      <CardNumberField errors={errors}>
        <div data-testid="hosted" style={{ minHeight: '2.75rem' }} />
      </CardNumberField>
      <PostalCodeField errors={errors} disabled>
        {(control) => <input {...control} {...form.register('postalCode')} disabled />}
      </PostalCodeField>
    </>
  );
}

const meta = { title: 'Parts/Field frames', component: Parts, args: { withErrors: false } } satisfies Meta<typeof Parts>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Quiet: Story = {};

export const WithErrors: Story = {
  args: { withErrors: true },
  async play({ canvasElement }) {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText(/Enter a valid email address/)).toBeVisible();
    const hosted = canvasElement.querySelector('fieldset') as HTMLElement;
    await expect(hosted).toHaveAttribute('aria-invalid', 'true');
    await expect(canvasElement.querySelector('[data-name="postalCode"]')).toHaveAttribute('data-disabled', '');
  },
};

/** The development-only panel beside a decline (forced to development mode in Storybook, see .storybook/main.ts). */
function WithDeveloperPanel() {
  const form = useForm();
  const errors = useCheckoutErrors({ form, ...useCheckoutErrorsConfig() });
  const { apply } = errors;
  useEffect(() => {
    apply(
      [
        {
          error: {
            type: 'card_error',
            code: 'card_declined',
            decline_code: 'stolen_card',
            doc_url: 'https://docs.stripe.com/declines/codes',
          },
        },
      ],
      { context: { status: 402, headers: { 'Request-Id': 'req_8Kx2Ab' } }, source: 'background' },
    );
  }, [apply]);
  return <DeveloperPanel errors={errors} />;
}

export const DeveloperFacts: StoryObj = {
  render: () => <WithDeveloperPanel />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const panel = await canvas.findByRole('region', { name: 'Developer facts (1 error on show)' });
    await expect(panel).toHaveTextContent('stolen_card');
    await expect(panel).toHaveAttribute('lang', 'en');
  },
};
