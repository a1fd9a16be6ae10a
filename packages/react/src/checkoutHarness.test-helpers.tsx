// A real checkout form for the hooks' tests: react-hook-form, a real QueryClient, the hooks,
// and plain markup. Shared by the jsdom and the real-browser tests; not part of the package.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { memo, Profiler, type ProfilerOnRenderCallback, type ReactNode } from 'react';
import { useForm } from 'react-hook-form';
import type { CheckoutErrorEvent } from './analytics.js';
import type { CheckoutErrorsControl } from './checkoutErrorsTypes.js';
import type { UseCheckoutMutationOptions, UseCheckoutMutationResult } from './checkoutMutationTypes.js';
import { useCheckoutErrors } from './useCheckoutErrors.js';
import { useCheckoutMutation } from './useCheckoutMutation.js';
import { useFieldError } from './useFieldError.js';

export const API = 'http://localhost/api/payments';

export interface CheckoutValues {
  email: string;
  cardNumber: string;
  cardExpiry: string;
  cardCvc: string;
  postalCode: string;
}

export const FIELDS: ReadonlyArray<readonly [keyof CheckoutValues, string]> = [
  ['email', 'Email'],
  ['cardNumber', 'Card number'],
  ['cardExpiry', 'Expiry (MM/YY)'],
  ['cardCvc', 'Security code'],
  ['postalCode', 'Postal code'],
];

/** What the mock API receives: the form's values in the API's shape. */
export const toRequest = (v: CheckoutValues) => {
  const [month = '', year = ''] = v.cardExpiry.split('/');
  return {
    amount: 4999,
    currency: 'usd',
    email: v.email,
    postal_code: v.postalCode,
    card: { number: v.cardNumber.replace(/\s/g, ''), exp_month: Number(month), exp_year: 2000 + Number(year), cvc: v.cardCvc },
  };
};

export const postPayment: UseCheckoutMutationOptions<ReturnType<typeof toRequest>, unknown>['request'] = (
  body,
  { idempotencyKey, signal },
) =>
  fetch(API, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': idempotencyKey },
    body: JSON.stringify(body),
    signal,
  });

/** Counts commits per named part through React's Profiler. */
export const commits = new Map<string, number>();
const onRender: ProfilerOnRenderCallback = (id) => commits.set(id, (commits.get(id) ?? 0) + 1);

/** One field's error message: subscribed to its own field only, memoized so other fields' changes pass it by. */
export const FieldMessage = memo(function FieldMessage({
  control,
  name,
  prefix,
}: {
  control: CheckoutErrorsControl;
  name: string;
  prefix: string;
}) {
  const { message, errorProps } = useFieldError(control, name);
  return (
    <Profiler id={`error:${name}`} onRender={onRender}>
      <p {...errorProps} className="field-error">
        {message ? (
          <>
            <span className="visually-hidden">{prefix}</span> {message}
          </>
        ) : null}
      </p>
    </Profiler>
  );
});

export interface CheckoutFormProps {
  mutationOptions?: Partial<UseCheckoutMutationOptions<ReturnType<typeof toRequest>, unknown>>;
  onErrorEvent?: (event: CheckoutErrorEvent) => void;
  onMutation?: (mutation: UseCheckoutMutationResult<ReturnType<typeof toRequest>, unknown>) => void;
  defaultValues?: Partial<CheckoutValues>;
  /** Keep the attempt's key in sessionStorage (the default of the hook); tests otherwise keep it in memory. */
  keepKeyInSession?: boolean;
}

export function CheckoutForm({
  mutationOptions = {},
  onErrorEvent,
  onMutation,
  defaultValues = {},
  keepKeyInSession = false,
}: CheckoutFormProps) {
  const form = useForm<CheckoutValues>({
    defaultValues: { email: '', cardNumber: '', cardExpiry: '', cardCvc: '', postalCode: '', ...defaultValues },
  });
  const errors = useCheckoutErrors({ form, ...(onErrorEvent ? { onErrorEvent } : {}) });
  const mutation = useCheckoutMutation({
    errors,
    request: postPayment,
    sleep: async () => {},
    ...(keepKeyInSession ? {} : { storage: null }),
    ...mutationOptions,
  });
  onMutation?.(mutation);
  const onSubmit = form.handleSubmit((values) => mutation.submit(toRequest(values)));
  return (
    <form onSubmit={onSubmit} noValidate>
      <Profiler id="summary" onRender={onRender}>
        <div {...errors.getSummaryProps()} hidden={errors.shown.length === 0}>
          <h2 {...errors.getSummaryHeadingProps()}>{errors.summaryHeading}</h2>
          <ul>
            {errors.shown.map(({ error, message }) => (
              <li key={error.field}>{message}</li>
            ))}
          </ul>
        </div>
      </Profiler>
      {FIELDS.map(([name, label]) => (
        <div key={name}>
          <label htmlFor={name}>{label}</label>
          <input id={name} {...form.register(name)} {...errors.getFieldProps(name)} />
          <FieldMessage control={errors.control} name={name} prefix={errors.errorPrefix} />
        </div>
      ))}
      <button type="submit" disabled={!mutation.canSubmit}>
        Pay $49.99
      </button>
      <p data-testid="status">{mutation.status}</p>
      {mutation.cooldown ? <p data-testid="cooldown">{mutation.cooldown.text}</p> : null}
      <div {...errors.getLiveRegionProps()} data-testid="live" />
    </form>
  );
}

export function withQueryClient(children: ReactNode) {
  const client = new QueryClient();
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}

/** A sleep the test releases by hand, one wait at a time. */
export function manualSleep() {
  const waits: Array<{ ms: number; resolve: () => void }> = [];
  return {
    sleep: (ms: number) => new Promise<void>((resolve) => waits.push({ ms, resolve })),
    waits,
    release() {
      waits.shift()?.resolve();
    },
  };
}
