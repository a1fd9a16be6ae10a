import { useCheckoutErrors } from '@checkout-errors/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import { expect, within } from 'storybook/test';
import { useCheckoutErrorsConfig } from '../CheckoutErrorsProvider.js';
import { CardNumberField, PostalCodeField } from '../cardFields.js';
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
