'use client';
import { type UseCheckoutErrorsResult, useHostedField } from '@checkout-errors/react';
import {
  type ChangeEvent,
  type CompositionEvent,
  type FocusEvent,
  type ForwardedRef,
  forwardRef,
  type InputHTMLAttributes,
  type Ref,
  useCallback,
  useEffect,
  useRef,
  useState,
} from 'react';
import { useCheckoutErrorsConfig } from '../CheckoutErrorsProvider.js';
import {
  type CardBrand,
  type CheckResult,
  checkCardNumber,
  checkCvc,
  checkExpiry,
  checkPostalCode,
  formatCardNumber,
  formatExpiry,
  formatPostalCode,
  postalRule,
} from './checks.js';
import { reformatDigits, reformatText } from './reformat.js';

type NativeProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'defaultValue' | 'type' | 'children' | 'ref'>;

/** Props of every card input: the native ones (spread a frame's `ControlProps` and react-hook-form's `register()` here). */
export interface CardInputProps extends NativeProps {
  /** `useCheckoutErrors()`'s result: the input reports its checks through it, as a hosted field does. */
  errors: UseCheckoutErrorsResult;
  /** The field's name; keep the default so codes map to it (`cardNumber`, `cardExpiry`, `cardCvc`, `postalCode`). */
  name?: string;
}

interface Behaviour {
  field: string;
  check: (value: string) => CheckResult;
  /** Formats the element's value in place; `previous` is the value before this edit. */
  reformat: (input: HTMLInputElement, previous: string) => void;
}

const assignRef = <T,>(ref: Ref<T> | undefined, value: T | null) => {
  if (typeof ref === 'function') ref(value);
  else if (ref) (ref as { current: T | null }).current = value;
};

// The browser's autofill, as CSS sees it: `:autofill` (Chrome 110+, Firefox, Safari 15+), else the
// prefixed name older engines know; an engine that knows neither has not autofilled.
const autofilled = (input: HTMLInputElement) => {
  for (const selector of [':autofill', ':-webkit-autofill'])
    try {
      return input.matches(selector);
    } catch {}
  return false;
};

/**
 * The shared behaviour: uncontrolled input, formatted imperatively on input (never during IME
 * composition), its check reported as a hosted field's change event, so the same
 * `client-validation` codes, clear-on-edit, blur announcement and submit check apply.
 */
function useCardInput(props: CardInputProps, forwarded: ForwardedRef<HTMLInputElement>, behaviour: Behaviour) {
  const { errors, name = behaviour.field, onChange, onFocus, onBlur, onCompositionEnd, ...native } = props;
  const hosted = useHostedField(errors.control, name);
  const element = useRef<HTMLInputElement | null>(null);
  const previous = useRef('');
  const latest = useRef(behaviour);
  latest.current = behaviour;

  /** Checks the value; `edited` (the shopper typed) also clears the error on show, a re-check (brand or country changed) does not. */
  const { onChange: edit, sync } = hosted;
  const report = useCallback(
    (edited = true) => {
      const input = element.current;
      if (!input) return;
      previous.current = input.value;
      const result = latest.current.check(input.value);
      // An empty field raises nothing until submit, like a hosted field.
      const code = result.empty ? null : result.code;
      (edited ? edit : sync)({
        complete: result.complete,
        empty: result.empty,
        autofilled: autofilled(input),
        error: code ? { code } : null,
      });
    },
    [edit, sync],
  );

  const { registerFocus } = hosted;
  const ref = useCallback(
    (input: HTMLInputElement | null) => {
      element.current = input;
      registerFocus(input);
      assignRef(forwarded, input);
    },
    [forwarded, registerFocus],
  );

  // A value the browser restored (back navigation, autofill before hydration) counts from the start.
  useEffect(() => {
    const input = element.current;
    if (input && input.value !== '') {
      latest.current.reformat(input, '');
      report(false);
    }
  }, [report]);

  return {
    report,
    inputProps: {
      ...native,
      name,
      ref,
      className: native.className ?? 'ce-Field-control',
      'data-part': 'input',
      onChange(event: ChangeEvent<HTMLInputElement>) {
        // During IME composition the browser owns the text: format when it ends.
        if (!(event.nativeEvent as InputEvent).isComposing) {
          latest.current.reformat(event.currentTarget, previous.current);
          report();
        }
        onChange?.(event);
      },
      onCompositionEnd(event: CompositionEvent<HTMLInputElement>) {
        latest.current.reformat(event.currentTarget, previous.current);
        report();
        onCompositionEnd?.(event);
      },
      onFocus(event: FocusEvent<HTMLInputElement>) {
        hosted.onFocus();
        onFocus?.(event);
      },
      onBlur(event: FocusEvent<HTMLInputElement>) {
        hosted.onBlur();
        onBlur?.(event);
      },
    },
  };
}

// Attributes every card input shares: text (not `number`, which drops leading zeros and spins),
// a numeric keypad, no autocorrect, and left-to-right digits even on an Arabic page.
const DIGITS = { type: 'text', inputMode: 'numeric', autoCorrect: 'off', spellCheck: false, dir: 'ltr' } as const;

export interface CardNumberInputProps extends CardInputProps {
  /** Called when the detected brand changes (null: none yet), for a brand icon or the CVC's length. */
  onBrandChange?: (brand: CardBrand | null) => void;
}

/** A card number input: `4242 4242 4242 4242` as you type, brand on `data-brand`, Luhn and length checked. */
export const CardNumberInput = forwardRef<HTMLInputElement, CardNumberInputProps>(function CardNumberInput(
  { onBrandChange, ...props },
  forwarded,
) {
  const [brand, setBrand] = useState<CardBrand | null>(null);
  const known = useRef<CardBrand | null>(null);
  const { inputProps } = useCardInput(props, forwarded, {
    field: 'cardNumber',
    check(value) {
      const result = checkCardNumber(value);
      if (known.current?.type !== result.brand?.type) {
        known.current = result.brand;
        setBrand(result.brand);
        onBrandChange?.(result.brand);
      }
      return result;
    },
    reformat: (input, previous) => reformatDigits(input, formatCardNumber, previous),
  });
  return <input {...DIGITS} autoComplete="cc-number" {...inputProps} data-brand={brand?.type} />;
});

export interface CardExpiryInputProps extends CardInputProps {
  /** Today, for the "in the past" check. Default: the clock. */
  now?: () => Date;
}

/** An expiry input: `MM / YY` as you type; month, past and far-future dates checked. */
export const CardExpiryInput = forwardRef<HTMLInputElement, CardExpiryInputProps>(function CardExpiryInput({ now, ...props }, forwarded) {
  const { inputProps } = useCardInput(props, forwarded, {
    field: 'cardExpiry',
    check: (value) => checkExpiry(value, now ? now() : new Date()),
    reformat: (input, previous) => reformatDigits(input, formatExpiry, previous),
  });
  return <input {...DIGITS} autoComplete="cc-exp" {...inputProps} />;
});

export interface CardCvcInputProps extends CardInputProps {
  /** The card's brand (from `CardNumberInput`'s `onBrandChange`): 4 digits for American Express, else 3. */
  brand?: CardBrand | null;
}

/** A security code input: digits only, as long as the brand's code. */
export const CardCvcInput = forwardRef<HTMLInputElement, CardCvcInputProps>(function CardCvcInput({ brand = null, ...props }, forwarded) {
  const size = brand?.code.size ?? 4;
  const { report, inputProps } = useCardInput(props, forwarded, {
    field: 'cardCvc',
    check: (value) => checkCvc(value, brand),
    reformat: (input, previous) => reformatDigits(input, (value) => value.replace(/\D/g, '').slice(0, size), previous),
  });
  // A brand change (Visa → Amex) changes what a complete code is.
  const brandType = brand?.type;
  useEffect(() => {
    if (brandType !== undefined) report(false);
  }, [brandType, report]);
  return <input {...DIGITS} autoComplete="cc-csc" {...inputProps} />;
});

export interface PostalCodeInputProps extends CardInputProps {
  /** ISO 3166 country whose format applies (US, GB, CA, DE, FR; loose elsewhere). Default: the provider's `country`. */
  country?: string;
}

/** A postal code input checked by country, with a numeric keypad where codes are digits only. */
export const PostalCodeInput = forwardRef<HTMLInputElement, PostalCodeInputProps>(function PostalCodeInput(
  { country: own, ...props },
  forwarded,
) {
  const config = useCheckoutErrorsConfig();
  const country = own ?? config.country;
  const { report, inputProps } = useCardInput(props, forwarded, {
    field: 'postalCode',
    check: (value) => checkPostalCode(value, country),
    reformat: (input) => reformatText(input, formatPostalCode),
  });
  useEffect(() => {
    if (country !== undefined) report(false);
  }, [country, report]);
  return (
    <input
      type="text"
      inputMode={postalRule(country).digitsOnly ? 'numeric' : 'text'}
      autoComplete="postal-code"
      autoCapitalize="characters"
      autoCorrect="off"
      spellCheck={false}
      {...inputProps}
    />
  );
});
