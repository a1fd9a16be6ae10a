import { fieldError } from '@checkout-errors/core';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useForm } from 'react-hook-form';
import { describe, expect, it } from 'vitest';
import { useCheckoutErrors } from './useCheckoutErrors.js';

// A shop's own checks (an email, a coupon the kit has no words for) raised with `fieldError`
// behave like the kit's errors: one summary, focus, described-by text, cleared on edit.
function Form({ locale = 'en' }: { locale?: string }) {
  const form = useForm({ defaultValues: { email: '', coupon: '' } });
  const errors = useCheckoutErrors({ form, locale, fields: ['coupon'] });
  const submit = () => {
    const problems = [];
    if (!form.getValues('email').includes('@')) problems.push(fieldError('email', { code: 'email_invalid' }));
    if (form.getValues('coupon') === 'OLD')
      problems.push(fieldError('coupon', { text: { en: 'This code has expired.', de: 'Dieser Code ist abgelaufen.' } }));
    errors.show(problems);
  };
  return (
    <form onSubmit={form.handleSubmit(submit)} noValidate>
      <div {...errors.getSummaryProps()}>
        <h2 {...errors.getSummaryHeadingProps()}>{errors.summaryHeading}</h2>
        <ul>
          {errors.shown.map(({ error, message }) => (
            <li key={error.field}>{message}</li>
          ))}
        </ul>
      </div>
      <label htmlFor="email">Email</label>
      <input id="email" {...form.register('email')} {...errors.getFieldProps('email')} />
      <p {...errors.getErrorProps('email')}>{errors.messageFor('email')}</p>
      <label htmlFor="coupon">Coupon</label>
      <input id="coupon" {...form.register('coupon')} {...errors.getFieldProps('coupon')} />
      <p {...errors.getErrorProps('coupon')}>{errors.messageFor('coupon')}</p>
      <button type="submit">Pay</button>
    </form>
  );
}

describe("the shop's own field errors", () => {
  it("lists the shop's email and coupon problems in one summary, each on its field, and clears one on edit", async () => {
    const user = userEvent.setup();
    render(<Form />);
    await user.type(screen.getByLabelText('Coupon'), 'OLD');
    await user.click(screen.getByRole('button', { name: 'Pay' }));
    const summary = screen.getByRole('heading', { name: 'There is a problem' }).parentElement as HTMLElement;
    await waitFor(() => expect(summary).toHaveFocus());
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Enter a valid email address.',
      'This code has expired.',
    ]);
    const coupon = screen.getByLabelText('Coupon');
    expect(coupon).toHaveAttribute('aria-invalid', 'true');
    expect(coupon).toHaveAccessibleDescription('This code has expired.');
    await user.type(coupon, 'X');
    expect(coupon).not.toHaveAttribute('aria-invalid');
    expect(coupon).toHaveValue('OLDX');
    expect(screen.getByLabelText('Email')).toHaveAttribute('aria-invalid', 'true');
  });

  it("shows the shop's text in the form's locale and focuses the one field at fault", async () => {
    const user = userEvent.setup();
    render(<Form locale="de-DE" />);
    await user.type(screen.getByLabelText('Email'), 'ana@example.com');
    await user.type(screen.getByLabelText('Coupon'), 'OLD');
    await user.click(screen.getByRole('button', { name: 'Pay' }));
    const coupon = screen.getByLabelText('Coupon');
    await waitFor(() => expect(coupon).toHaveFocus());
    expect(coupon).toHaveAccessibleDescription('Dieser Code ist abgelaufen.');
  });
});
