import ar from '@checkout-errors/core/locales/ar';
import de from '@checkout-errors/core/locales/de';
import { type UseCheckoutErrorsResult, useCheckoutErrors } from '@checkout-errors/react';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { useForm } from 'react-hook-form';
import { describe, expect, it } from 'vitest';
import { CheckoutErrorsProvider, useCheckoutErrorsConfig } from './CheckoutErrorsProvider.js';
import { CardCvcField, CardNumberField, PostalCodeField } from './cardFields.js';
import { createTheme } from './createTheme.js';
import { DeclineNotice } from './DeclineNotice.js';
import { ErrorSummary } from './ErrorSummary.js';
import { LiveRegion } from './LiveRegion.js';

let errors: UseCheckoutErrorsResult | undefined;
function Checkout({ hosted = false }: { hosted?: boolean }) {
  const form = useForm({ defaultValues: { cardNumber: '', cardCvc: '', postalCode: '' } });
  errors = useCheckoutErrors({ form, ...useCheckoutErrorsConfig() });
  return (
    <form noValidate>
      <ErrorSummary errors={errors} withoutDeclines />
      <DeclineNotice errors={errors} />
      <CardNumberField errors={errors}>
        {hosted ? <div data-testid="iframe-host" /> : (props) => <input {...props} {...form.register('cardNumber')} />}
      </CardNumberField>
      <CardCvcField errors={errors} className={({ invalid }) => (invalid ? 'shop-invalid' : 'shop-valid')}>
        {(props) => <input {...props} {...form.register('cardCvc')} inputMode="numeric" />}
      </CardCvcField>
      <PostalCodeField errors={errors}>{(props) => <input {...props} {...form.register('postalCode')} />}</PostalCodeField>
      <button type="submit">Pay</button>
      <LiveRegion errors={errors} />
    </form>
  );
}

const show = (body: unknown, status = 402) => act(() => void errors?.apply(body, { context: { status } }));
const decline = (decline_code: string) => ({ error: { type: 'card_error', code: 'card_declined', decline_code } });

async function expectNoAxeViolations(container: HTMLElement) {
  // jsdom has no layout: colour contrast is checked in the real-browser tests instead.
  const result = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`)).toEqual([]);
}

describe('field frames and FieldError', () => {
  it('shows the CVC error under the CVC field with an icon and the hidden "Error:" prefix, and passes axe', async () => {
    const { container } = render(
      <CheckoutErrorsProvider>
        <Checkout />
      </CheckoutErrorsProvider>,
    );
    await expectNoAxeViolations(container);
    show({ error: { type: 'card_error', code: 'incorrect_cvc', param: 'cvc' } });
    const cvc = screen.getByLabelText('Security code');
    expect(cvc).toHaveAttribute('aria-invalid', 'true');
    expect(cvc).toHaveAccessibleDescription(/The last 3 digits on the back.*Error: Check the security code, or use another card\./);
    const frame = cvc.closest('.ce-Field');
    expect(frame).toHaveAttribute('data-invalid', '');
    expect(frame).toHaveClass('ce-Field', 'shop-invalid');
    expect(frame?.querySelector('.ce-FieldError svg[aria-hidden="true"]')).not.toBeNull();
    expect(frame?.querySelector('.ce-VisuallyHidden')).toHaveTextContent('Error:');
    // State attributes are absent, not "false", when not true.
    const number = screen.getByLabelText('Card number').closest('.ce-Field');
    expect(number).not.toHaveAttribute('data-invalid');
    expect(number).toHaveClass('ce-Field');
    await expectNoAxeViolations(container);
  });

  it('puts no reported state on a frame around the shop’s own input: no card field reports on it', () => {
    const { container } = render(
      <CheckoutErrorsProvider>
        <Checkout />
      </CheckoutErrorsProvider>,
    );
    for (const frame of container.querySelectorAll('[data-part="field"]'))
      for (const attribute of ['data-focused', 'data-empty', 'data-complete', 'data-autofilled'])
        expect(frame).not.toHaveAttribute(attribute);
  });

  it('clears the frame’s error as the shopper edits, keeping what was typed', async () => {
    render(
      <CheckoutErrorsProvider>
        <Checkout />
      </CheckoutErrorsProvider>,
    );
    const user = userEvent.setup();
    const cvc = screen.getByLabelText('Security code');
    await user.type(cvc, '12');
    show({ error: { type: 'card_error', code: 'incorrect_cvc', param: 'cvc' } });
    await user.type(cvc, '3');
    expect(cvc).toHaveValue('123');
    expect(cvc.closest('.ce-Field')).not.toHaveAttribute('data-invalid');
    expect(document.querySelector('.ce-FieldError')).toBeNull();
  });

  it('frames a hosted (iframe) field: a named, described group', () => {
    render(
      <CheckoutErrorsProvider>
        <Checkout hosted />
      </CheckoutErrorsProvider>,
    );
    show({ error: { type: 'card_error', code: 'incorrect_number', param: 'number' } });
    const group = screen.getByRole('group', { name: 'Card number' });
    expect(group).toContainElement(screen.getByTestId('iframe-host'));
    expect(group).toHaveAttribute('aria-invalid', 'true');
    expect(group).toHaveAccessibleDescription(/This card number doesn’t look right/);
  });

  it('words labels by locale and country: ZIP code, Postcode, PLZ', () => {
    const { unmount } = render(
      <CheckoutErrorsProvider locale="en-US" country="US">
        <Checkout />
      </CheckoutErrorsProvider>,
    );
    expect(screen.getByLabelText('ZIP code')).toBeInTheDocument();
    unmount();
    const gb = render(
      <CheckoutErrorsProvider locale="en-GB" country="GB">
        <Checkout />
      </CheckoutErrorsProvider>,
    );
    expect(screen.getByLabelText('Postcode')).toBeInTheDocument();
    gb.unmount();
    render(
      <CheckoutErrorsProvider locale="de" locales={[de]}>
        <Checkout />
      </CheckoutErrorsProvider>,
    );
    expect(screen.getByLabelText('PLZ')).toBeInTheDocument();
    expect(screen.getByLabelText('Kartennummer')).toBeInTheDocument();
  });

  it('asks for no postal code where addresses have none, and shows the server’s postal-code error on the billing address', () => {
    render(
      <CheckoutErrorsProvider locale="en" country="AE">
        <Checkout />
      </CheckoutErrorsProvider>,
    );
    expect(screen.queryByLabelText(/postal code|ZIP|postcode/i)).not.toBeInTheDocument();
    expect(screen.getByLabelText('Card number')).toBeInTheDocument();
    show({ error: { type: 'card_error', code: 'incorrect_zip', param: 'address_zip' } });
    const summary = screen.getByRole('heading', { name: 'There is a problem' }).closest('.ce-ErrorSummary');
    expect(summary).toHaveTextContent('The billing address doesn’t match your card.');
    expect(summary).toHaveFocus();
  });
});

describe('ErrorSummary', () => {
  it('lists each field error as a link that moves focus to its field, with a tabindex -1 and no alert role', async () => {
    const { container } = render(
      <CheckoutErrorsProvider>
        <Checkout />
      </CheckoutErrorsProvider>,
    );
    const summary = container.querySelector('.ce-ErrorSummary') as HTMLElement;
    expect(summary).not.toBeVisible();
    show([
      { error: { type: 'card_error', code: 'incorrect_cvc', param: 'cvc' } },
      { error: { type: 'card_error', code: 'incorrect_zip', param: 'address_zip' } },
    ]);
    expect(summary).toBeVisible();
    expect(summary).toHaveAttribute('tabindex', '-1');
    expect(summary).not.toHaveAttribute('role');
    expect(summary).toHaveFocus();
    expect(screen.getByRole('heading', { name: 'There is a problem' })).toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole('link', { name: /postal code doesn’t match/ }));
    expect(screen.getByLabelText('Postal code')).toHaveFocus();
    await expectNoAxeViolations(container);
  });
});

describe('ErrorSummary withoutDeclines beside a DeclineNotice', () => {
  it('still shows and focuses form-level errors that are not declines (a 401, a network failure)', () => {
    const { container } = render(
      <CheckoutErrorsProvider>
        <Checkout />
      </CheckoutErrorsProvider>,
    );
    show({ error: { type: 'invalid_request_error', code: 'api_key_expired', message: 'Invalid API Key provided.' } }, 401);
    const summary = container.querySelector('.ce-ErrorSummary') as HTMLElement;
    expect(summary).toBeVisible();
    expect(summary).toHaveFocus();
    expect(summary).not.toHaveTextContent('API Key');
    expect(container.querySelector('.ce-DeclineNotice')).toBeNull();
    show(decline('generic_decline'));
    expect(summary).not.toBeVisible();
    expect(container.querySelector('.ce-DeclineNotice')).toHaveFocus();
  });
});

describe('DeclineNotice', () => {
  it('tells the shopper the next step, by data-next-step', () => {
    render(
      <CheckoutErrorsProvider>
        <Checkout />
      </CheckoutErrorsProvider>,
    );
    show(decline('insufficient_funds'));
    expect(document.querySelector('.ce-DeclineNotice')).toHaveAttribute('data-next-step', 'use_other_card');
    show(decline('do_not_honor'));
    expect(document.querySelector('.ce-DeclineNotice')).toHaveAttribute('data-next-step', 'contact_bank');
    show(decline('processing_error'));
    expect(document.querySelector('.ce-DeclineNotice')).toHaveAttribute('data-next-step', 'try_again');
    expect(screen.getByText(/We couldn’t process your card/)).toBeInTheDocument();
  });

  it.each(['fraudulent', 'lost_card', 'stolen_card', 'pickup_card', 'restricted_card', 'merchant_blacklist', 'security_violation'])(
    'renders %s as byte-identical DOM to the generic decline',
    (hidden) => {
      const html = (code: string) => {
        const { container, unmount } = render(
          <CheckoutErrorsProvider>
            <Checkout />
          </CheckoutErrorsProvider>,
        );
        show(decline(code));
        const out = container.innerHTML.replace(/«r\w+»|:r\w+:|_r_\w+_/g, 'ID');
        unmount();
        return out;
      };
      expect(html(hidden)).toBe(html('generic_decline'));
    },
  );
});

describe('theming', () => {
  it('sets theme name, typed custom properties and the direction on one root', () => {
    const theme = createTheme({ 'color-error': '#a00000', radius: '2px' }, 'dark');
    const { container } = render(
      <CheckoutErrorsProvider theme={theme} locale="ar" locales={[ar]}>
        <Checkout />
      </CheckoutErrorsProvider>,
    );
    const root = container.querySelector('.ce-Root') as HTMLElement;
    expect(root).toHaveAttribute('data-ce-theme', 'dark');
    expect(root).toHaveAttribute('dir', 'rtl');
    expect(root).toHaveAttribute('lang', 'ar');
    expect(root.style.getPropertyValue('--ce-color-error')).toBe('#a00000');
    expect(root.style.getPropertyValue('--ce-radius')).toBe('2px');
    expect(screen.getByLabelText('رقم البطاقة')).toBeInTheDocument();
    // @ts-expect-error an unknown token is a type error
    createTheme({ 'colour-error': 'red' });
  });
});
