'use client';
import type { Dialect, LocaleCatalog, MessageOverrides } from '@checkout-errors/core';
import { textDirection } from '@checkout-errors/core';
import { type CSSProperties, createContext, type ReactNode, useContext, useMemo } from 'react';
import type { Theme } from './createTheme.js';

/** What the provider hands to `useCheckoutErrors` and to the components. */
export interface CheckoutErrorsConfig {
  locale: string;
  country?: string;
  messages?: MessageOverrides;
  locales?: readonly LocaleCatalog[];
  /** Provider dialects (`[adyen]`), for every form inside. */
  dialects?: readonly Dialect[];
}

const ConfigContext = createContext<CheckoutErrorsConfig>({ locale: 'en' });

export interface CheckoutErrorsProviderProps extends Partial<CheckoutErrorsConfig> {
  /** A shipped theme by name (`light`, `dark`, `high-contrast`, or your own CSS theme's name), or a `createTheme()` object. Default `light`. */
  theme?: string | Theme;
  /** Text direction. Default: from the locale (`rtl` for Arabic). */
  dir?: 'ltr' | 'rtl';
  /**
   * The page's style nonce, under a Content-Security-Policy without `'unsafe-inline'` for styles:
   * a `createTheme()` theme then goes into a `<style nonce>` element instead of a `style`
   * attribute, which such a policy drops from server-rendered HTML. Default none (a `style` attribute).
   */
  nonce?: string;
  className?: string;
  children?: ReactNode;
}

/**
 * Sets locale, country, messages and theme for the checkout inside it. Renders one wrapper
 * element that carries the theme (`data-ce-theme`, custom properties) and the direction.
 */
export function CheckoutErrorsProvider({
  locale = 'en',
  country,
  messages,
  locales,
  dialects,
  theme = 'light',
  dir,
  nonce,
  className,
  children,
}: CheckoutErrorsProviderProps) {
  const config = useMemo<CheckoutErrorsConfig>(
    () => ({
      locale,
      ...(country ? { country } : {}),
      ...(messages ? { messages } : {}),
      ...(locales ? { locales } : {}),
      ...(dialects ? { dialects } : {}),
    }),
    [locale, country, messages, locales, dialects],
  );
  const named = typeof theme === 'string' ? theme : theme.name;
  const custom = typeof theme === 'string' ? undefined : theme;
  // Under a strict style policy the theme goes into a <style nonce> element, not a style attribute.
  const id = nonce === undefined ? undefined : custom?.id;
  return (
    <ConfigContext.Provider value={config}>
      <div
        className={className ? `ce-Root ${className}` : 'ce-Root'}
        data-part="root"
        data-ce-theme={named}
        data-ce-theme-id={id}
        dir={dir ?? textDirection(locale)}
        lang={locale}
        style={custom && id === undefined ? (custom.properties as CSSProperties) : undefined}
      >
        {custom && id !== undefined && <style nonce={nonce}>{custom.css}</style>}
        {children}
      </div>
    </ConfigContext.Provider>
  );
}

/** The provider's settings, to spread into `useCheckoutErrors({ form, ...useCheckoutErrorsConfig() })`. */
export const useCheckoutErrorsConfig = (): CheckoutErrorsConfig => useContext(ConfigContext);
