/** The theme's custom properties, by name without the `--ce-` prefix. */
export interface ThemeTokens {
  'color-bg': string;
  'color-text': string;
  'color-muted': string;
  'color-border': string;
  'color-focus': string;
  'color-error': string;
  'color-error-bg': string;
  'color-warning': string;
  'color-accent': string;
  'color-on-accent': string;
  radius: string;
  'border-width': string;
  'focus-width': string;
  'space-1': string;
  'space-2': string;
  'space-3': string;
  'space-4': string;
  'font-family': string;
  'font-size': string;
  'font-size-small': string;
  'font-size-heading': string;
  'line-height': string;
  'font-weight-strong': string;
}

/** A theme for `CheckoutErrorsProvider`: a base theme name and the custom properties it sets. */
export interface Theme {
  readonly name: string;
  readonly properties: Readonly<Record<`--ce-${keyof ThemeTokens}`, string>>;
}

/**
 * A typed theme: start from a shipped theme (`light`, `dark`, `high-contrast`) and set any
 * tokens; unknown token names are a type error. The provider applies them as inline custom
 * properties, so they win over theme.css without !important.
 */
export function createTheme(tokens: Partial<ThemeTokens>, base: 'light' | 'dark' | 'high-contrast' = 'light'): Theme {
  const properties = {} as Record<`--ce-${keyof ThemeTokens}`, string>;
  for (const [token, value] of Object.entries(tokens) as [keyof ThemeTokens, string | undefined][]) {
    if (typeof value === 'string') properties[`--ce-${token}`] = value;
  }
  return { name: base, properties };
}
