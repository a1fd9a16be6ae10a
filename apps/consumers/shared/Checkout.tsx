'use client';
// The checkout every consumer app renders, from the published tarballs only: the hooks on
// react-hook-form and react-query, the styled frames with the opt-in card inputs, a locale module
// and a theme. Copied into each scratch app by scripts/consumers.mjs, so it resolves against that
// app's own node_modules (React 18 or 19), never the workspace's.
import type { LocaleCatalog } from '@checkout-errors/core';
import { useCheckoutErrors, useCheckoutMutation } from '@checkout-errors/react';
import {
  CardCvcField,
  CardExpiryField,
  CardNumberField,
  CheckoutErrorsProvider,
  DeclineNotice,
  ErrorSummary,
  LiveRegion,
  PostalCodeField,
  SubmitButton,
  type Theme,
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
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';

interface Values {
  cardNumber: string;
  cardExpiry: string;
  cardCvc: string;
  postalCode: string;
}

function PaymentForm({ country, pay: label }: { country: string; pay: string }) {
  const form = useForm<Values>({ defaultValues: { cardNumber: '', cardExpiry: '', cardCvc: '', postalCode: '' } });
  const errors = useCheckoutErrors({ form, ...useCheckoutErrorsConfig() });
  const [brand, setBrand] = useState<CardBrand | null>(null);
  const pay = useCheckoutMutation({
    errors,
    request: (values: Values, { idempotencyKey, signal }) =>
      fetch('/api/payments', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': idempotencyKey },
        body: JSON.stringify(cardValues(values)),
        signal,
      }),
  });
  if (pay.status === 'succeeded') return <p role="status">Paid</p>;
  return (
    <form
      noValidate
      onSubmit={form.handleSubmit(async (values) => {
        if (errors.validateHostedFields().length === 0) await pay.submit(values);
      })}
    >
      <ErrorSummary errors={errors} withoutDeclines />
      <DeclineNotice errors={errors} />
      <CardNumberField errors={errors}>
        {(control) => <CardNumberInput {...control} {...form.register('cardNumber')} errors={errors} onBrandChange={setBrand} />}
      </CardNumberField>
      <CardExpiryField errors={errors}>
        {(control) => <CardExpiryInput {...control} {...form.register('cardExpiry')} errors={errors} />}
      </CardExpiryField>
      <CardCvcField errors={errors}>
        {(control) => <CardCvcInput {...control} {...form.register('cardCvc')} errors={errors} brand={brand} />}
      </CardCvcField>
      <PostalCodeField errors={errors}>
        {(control) => <PostalCodeInput {...control} {...form.register('postalCode')} errors={errors} country={country} />}
      </PostalCodeField>
      <SubmitButton errors={errors} mutation={pay}>
        {label}
      </SubmitButton>
      <LiveRegion errors={errors} />
    </form>
  );
}

export interface CheckoutProps {
  locale: string;
  country: string;
  locales?: readonly LocaleCatalog[];
  theme?: string | Theme;
  /** The page's style nonce under a strict Content-Security-Policy (Next.js hands it on per request). */
  nonce?: string | undefined;
  pay: string;
}

const ENGLISH_ONLY: readonly LocaleCatalog[] = [];

export function Checkout({ locale, country, locales = ENGLISH_ONLY, theme = 'light', nonce, pay }: CheckoutProps) {
  const [queryClient] = useState(() => new QueryClient());
  return (
    <QueryClientProvider client={queryClient}>
      <CheckoutErrorsProvider locale={locale} country={country} locales={locales} theme={theme} {...(nonce === undefined ? {} : { nonce })}>
        <main>
          <h1>Checkout</h1>
          <PaymentForm country={country} pay={pay} />
        </main>
      </CheckoutErrorsProvider>
    </QueryClientProvider>
  );
}
