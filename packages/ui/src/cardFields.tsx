'use client';
import { hasPostalCode } from '@checkout-errors/core/postal-codes';
import type { UseCheckoutErrorsResult } from '@checkout-errors/react';
import type { ReactNode } from 'react';
import { useCheckoutErrorsConfig } from './CheckoutErrorsProvider.js';
import { type ControlProps, FieldFrame, type FieldFrameProps } from './FieldFrame.js';

/** Props of the card field frames: the label and hint default to the locale's words. */
export interface CardFieldProps extends Omit<FieldFrameProps, 'name' | 'label'> {
  errors: UseCheckoutErrorsResult;
  label?: ReactNode;
  children: ((props: ControlProps) => ReactNode) | ReactNode;
}

function useText(errors: UseCheckoutErrorsResult) {
  const { country, messages } = useCheckoutErrorsConfig();
  const options = { locale: errors.locale, ...(messages ? { messages } : {}) };
  return (key: Parameters<UseCheckoutErrorsResult['checkoutErrors']['translate']>[0]) =>
    errors.checkoutErrors.translate(key, country ? { country: country.toUpperCase() } : {}, options);
}

/** The card number's frame. */
export function CardNumberField({ label, ...props }: CardFieldProps) {
  const t = useText(props.errors);
  return <FieldFrame name="cardNumber" label={label ?? t('ui.label.card_number')} {...props} />;
}

/** The expiry date's frame, with an MM / YY hint. */
export function CardExpiryField({ label, hint, ...props }: CardFieldProps) {
  const t = useText(props.errors);
  return <FieldFrame name="cardExpiry" label={label ?? t('ui.label.expiry')} hint={hint ?? t('ui.hint.expiry')} {...props} />;
}

/** The security code's frame, with a hint saying where to find it. */
export function CardCvcField({ label, hint, ...props }: CardFieldProps) {
  const t = useText(props.errors);
  return <FieldFrame name="cardCvc" label={label ?? t('ui.label.cvc')} hint={hint ?? t('ui.hint.cvc')} {...props} />;
}

/**
 * The postal code's frame: ZIP code, postcode, PLZ or CEP by locale and country. Renders nothing
 * where addresses have no postal code (the provider's `country`: Hong Kong, the Emirates, Qatar…).
 */
export function PostalCodeField({ label, ...props }: CardFieldProps) {
  const t = useText(props.errors);
  const { country } = useCheckoutErrorsConfig();
  if (!hasPostalCode(country)) return null;
  return <FieldFrame name="postalCode" label={label ?? t('ui.label.postal_code')} {...props} />;
}
