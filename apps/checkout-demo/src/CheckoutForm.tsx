import { fieldError } from '@checkout-errors/core';
import { useCheckoutErrors, useCheckoutMutation } from '@checkout-errors/react';
import {
  CardCvcField,
  CardExpiryField,
  CardNumberField,
  DeclineNotice,
  ErrorSummary,
  FieldFrame,
  LiveRegion,
  PostalCodeField,
  SubmitButton,
  useCheckoutErrorsConfig,
} from '@checkout-errors/ui';
import {
  type CardBrand,
  CardCvcInput,
  CardExpiryInput,
  CardNumberInput,
  cardValues,
  PostalCodeInput,
} from '@checkout-errors/ui/card-inputs';
import { DeveloperPanel } from '@checkout-errors/ui/dev';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { mockApi } from './mockApi.js';
import { TestPanel } from './TestPanel.js';
import { pageText } from './text.js';

interface Values {
  email: string;
  cardholderName: string;
  cardNumber: string;
  cardExpiry: string;
  cardCvc: string;
  postalCode: string;
}

interface PaymentBody {
  amount: number;
  currency: string;
  email: string;
  name: string;
  postal_code: string;
  country: string;
  card: { number: string; exp_month: number; exp_year: number; cvc: string };
}

const AMOUNT = 3998;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

// The card inputs hold what the shopper sees ("4242 4242 4242 4242", "12 / 34"): `cardValues`
// gives the digits and the expiry as numbers the API takes.
const toBody = (values: Values, country: string): PaymentBody => {
  const card = cardValues(values);
  return {
    amount: AMOUNT,
    currency: 'eur',
    email: values.email.trim(),
    name: values.cardholderName.trim(),
    postal_code: card.postalCode,
    country,
    card: { number: card.number, exp_month: card.expMonth ?? 0, exp_year: card.expYear ?? 0, cvc: card.cvc },
  };
};

// The mock API's service worker must be running before the first payment (it starts at page load).
const post = async (body: PaymentBody, { idempotencyKey, signal }: { idempotencyKey: string; signal: AbortSignal }) =>
  mockApi().then(() =>
    fetch('/api/payments', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': idempotencyKey },
      body: JSON.stringify(body),
      signal,
    }),
  );

export interface CheckoutFormProps {
  locale: string;
  country: string;
  countries: readonly string[];
  onCountryChange(country: string): void;
  timeoutMs: number;
}

/** The checkout: contact, card and address fields, the pay button, and every error in its place. */
export function CheckoutForm({ locale, country, countries, onCountryChange, timeoutMs }: CheckoutFormProps) {
  const form = useForm<Values>({
    defaultValues: { email: '', cardholderName: '', cardNumber: '', cardExpiry: '', cardCvc: '', postalCode: '' },
  });
  const errors = useCheckoutErrors({ form, ...useCheckoutErrorsConfig() });
  const pay = useCheckoutMutation<PaymentBody, { id: string }>({ errors, request: post, timeoutMs });
  const [brand, setBrand] = useState<CardBrand | null>(null);
  const t = pageText(locale);
  const total = new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' }).format(AMOUNT / 100);
  const regionName = new Intl.DisplayNames([locale], { type: 'region' });

  const onSubmit = form.handleSubmit(async (values) => {
    // Client checks first, all shown at once in page order: the email, then the card fields.
    const problems = [
      ...(EMAIL.test(values.email.trim()) ? [] : [fieldError('email', { code: 'email_invalid' })]),
      ...errors.validateHostedFields({ show: false }),
    ];
    if (problems.length > 0) {
      errors.show(problems);
      return;
    }
    await pay.submit(toBody(values, country));
  });

  return (
    <div className="demo-layout">
      <section className="demo-order" aria-labelledby="order-heading">
        <h2 id="order-heading">{t.order}</h2>
        <p className="demo-line">
          <span>{t.item}</span>
          <span>{total}</span>
        </p>
        <p className="demo-line demo-total">
          <span>{t.total}</span>
          <span>{total}</span>
        </p>
      </section>

      {pay.status === 'succeeded' ? (
        <section className="demo-success" aria-labelledby="paid-heading">
          <h2 id="paid-heading" tabIndex={-1} ref={(heading) => heading?.focus()}>
            {t.paid}
          </h2>
          <p>
            {t.paidBody} <code>{pay.data?.id}</code>.
          </p>
          <button
            type="button"
            className="demo-button"
            onClick={() => {
              form.reset();
              pay.reset();
            }}
          >
            {t.again}
          </button>
        </section>
      ) : (
        <form className="demo-form" noValidate onSubmit={onSubmit} aria-label={t.checkout}>
          <ErrorSummary errors={errors} withoutDeclines />
          <DeclineNotice errors={errors} />
          <fieldset className="demo-group">
            <legend>{t.contact}</legend>
            <FieldFrame errors={errors} name="email" label={t.email}>
              {(control) => <input {...control} {...form.register('email')} type="email" autoComplete="email" spellCheck={false} />}
            </FieldFrame>
          </fieldset>
          <fieldset className="demo-group">
            <legend>{t.payment}</legend>
            <FieldFrame errors={errors} name="cardholderName" label={t.name}>
              {(control) => <input {...control} {...form.register('cardholderName')} autoComplete="cc-name" />}
            </FieldFrame>
            <CardNumberField errors={errors}>
              {(control) => <CardNumberInput {...control} {...form.register('cardNumber')} errors={errors} onBrandChange={setBrand} />}
            </CardNumberField>
            <div className="demo-row">
              <CardExpiryField errors={errors}>
                {(control) => <CardExpiryInput {...control} {...form.register('cardExpiry')} errors={errors} />}
              </CardExpiryField>
              <CardCvcField errors={errors}>
                {(control) => <CardCvcInput {...control} {...form.register('cardCvc')} errors={errors} brand={brand} />}
              </CardCvcField>
            </div>
            <div className="demo-row">
              <FieldFrame errors={errors} name="country" label={t.country}>
                {(control) => (
                  <select {...control} value={country} onChange={(event) => onCountryChange(event.target.value)} autoComplete="country">
                    {countries.map((code) => (
                      <option key={code} value={code}>
                        {regionName.of(code)}
                      </option>
                    ))}
                  </select>
                )}
              </FieldFrame>
              <PostalCodeField errors={errors}>
                {(control) => <PostalCodeInput {...control} {...form.register('postalCode')} errors={errors} country={country} />}
              </PostalCodeField>
            </div>
          </fieldset>
          <SubmitButton errors={errors} mutation={pay}>
            {t.pay} {total}
          </SubmitButton>
          <LiveRegion errors={errors} />
        </form>
      )}
      <TestPanel
        status={pay.status}
        country={country}
        unconfirmedKey={pay.status === 'unconfirmed' ? pay.idempotencyKey : null}
        onLookedUp={(charge) => (charge ? pay.resolveUnconfirmed('paid', { id: charge.id }) : pay.resolveUnconfirmed('not_paid'))}
      />
      {/* Development builds only (`pnpm --filter checkout-demo dev`): a production build carries none of it. */}
      <DeveloperPanel errors={errors} />
    </div>
  );
}
