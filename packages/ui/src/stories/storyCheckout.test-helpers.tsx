// The checkout the stories render: react-hook-form, the hooks, the components and the opt-in
// card inputs, showing the failures a story passes (as the server would answer them).
import { type UseCheckoutErrorsResult, useCheckoutErrors, useCheckoutMutation } from '@checkout-errors/react';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useCheckoutErrorsConfig } from '../CheckoutErrorsProvider.js';
import { type CardBrand, CardCvcInput, CardExpiryInput, CardNumberInput, digitsOf, PostalCodeInput } from '../card-inputs/index.js';
import { CardCvcField, CardExpiryField, CardNumberField, PostalCodeField } from '../cardFields.js';
import { DeclineNotice } from '../DeclineNotice.js';
import { ErrorSummary } from '../ErrorSummary.js';
import { LiveRegion } from '../LiveRegion.js';
import { SubmitButton } from '../SubmitButton.js';

export const API = '/api/payments';

// The story shop's own words (the form's name and the pay button), in the toolbar's language:
// the kit translates only its own texts, so a shop supplies these, as the demo does.
const ENGLISH = ['Payment', 'Pay'] as const;
const SHOP_WORDS: Record<string, readonly [form: string, pay: string]> = {
  de: ['Zahlung', 'Bezahlen'],
  fr: ['Paiement', 'Payer'],
  es: ['Pago', 'Pagar'],
  it: ['Pagamento', 'Paga'],
  nl: ['Betaling', 'Betalen'],
  pt: ['Pagamento', 'Pagar'],
  ja: ['お支払い方法', '支払う'],
  pl: ['Płatność', 'Zapłać'],
  ar: ['الدفع', 'ادفع'],
};
const shopWords = (locale: string) => {
  const [form, pay] = SHOP_WORDS[locale.split('-')[0] ?? ''] ?? ENGLISH;
  return { form, pay: `${pay} ${new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' }).format(39.98)}` };
};

export interface StoryCheckoutProps {
  /** Failures to show on mount, as a payment API answers them. */
  failures?: unknown[];
  status?: number;
  /** Values typed before the failure (they must survive it). */
  values?: Partial<Record<'cardNumber' | 'cardExpiry' | 'cardCvc' | 'postalCode', string>>;
}

type Values = Record<'cardNumber' | 'cardExpiry' | 'cardCvc' | 'postalCode', string>;

export function StoryCheckout({ failures = [], status = 402, values = {} }: StoryCheckoutProps) {
  const form = useForm<Values>({ defaultValues: { cardNumber: '', cardExpiry: '', cardCvc: '', postalCode: '', ...values } });
  const config = useCheckoutErrorsConfig();
  const errors = useCheckoutErrors({ form, ...config });
  const words = shopWords(config.locale);
  const pay = useCheckoutMutation<object, { id: string }>({
    errors,
    timeoutMs: 2000,
    request: (body, { idempotencyKey, signal }) =>
      fetch(API, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': idempotencyKey },
        body: JSON.stringify(body),
        signal,
      }),
  });
  const [brand, setBrand] = useState<CardBrand | null>(null);
  const { apply } = errors;
  // biome-ignore lint/correctness/useExhaustiveDependencies: shown once, as the answer to a submit
  useEffect(() => {
    if (failures.length > 0) apply(failures, { context: { status } });
  }, []);
  return (
    <form
      noValidate
      aria-label={words.form}
      onSubmit={form.handleSubmit(async (v) => {
        if (errors.validateHostedFields().length > 0) return;
        const [month = '', year = ''] = v.cardExpiry.split('/').map((part) => part.trim());
        await pay.submit({
          amount: 3998,
          currency: 'eur',
          postal_code: v.postalCode,
          card: { number: digitsOf(v.cardNumber), exp_month: Number(month), exp_year: 2000 + Number(year), cvc: v.cardCvc },
        });
      })}
    >
      <ErrorSummary errors={errors} withoutDeclines />
      <DeclineNotice errors={errors} />
      <Fields errors={errors} form={form} brand={brand} onBrandChange={setBrand} />
      {pay.status === 'succeeded' ? <p role="status">Paid: {pay.data?.id}</p> : null}
      <SubmitButton errors={errors} mutation={pay}>
        {words.pay}
      </SubmitButton>
      <LiveRegion errors={errors} />
    </form>
  );
}

function Fields({
  errors,
  form,
  brand,
  onBrandChange,
}: {
  errors: UseCheckoutErrorsResult;
  form: ReturnType<typeof useForm<Values>>;
  brand: CardBrand | null;
  onBrandChange(brand: CardBrand | null): void;
}) {
  return (
    <>
      <CardNumberField errors={errors}>
        {(c) => <CardNumberInput {...c} {...form.register('cardNumber')} errors={errors} onBrandChange={onBrandChange} />}
      </CardNumberField>
      <CardExpiryField errors={errors}>
        {(c) => <CardExpiryInput {...c} {...form.register('cardExpiry')} errors={errors} />}
      </CardExpiryField>
      <CardCvcField errors={errors}>
        {(c) => <CardCvcInput {...c} {...form.register('cardCvc')} errors={errors} brand={brand} />}
      </CardCvcField>
      <PostalCodeField errors={errors}>
        {(c) => <PostalCodeInput {...c} {...form.register('postalCode')} errors={errors} />}
      </PostalCodeField>
    </>
  );
}
