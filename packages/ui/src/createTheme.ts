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
  /** A short name for these properties, the same on server and client (`t1x2y3`). */
  readonly id: string;
  /** The properties as one CSS rule for `.ce-Root[data-ce-theme-id=<id>]`: what the provider's `nonce` path writes. */
  readonly css: string;
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
  const id = themeId(properties);
  return { name: base, properties, id, css: themeCss({ properties }, `.ce-Root[data-ce-theme-id=${id}]`) };
}

// A quoted font name that is plain words reads the same unquoted (`"Segoe UI"` → `Segoe UI`).
const QUOTED_WORDS = /(["'])((?:[A-Za-z_][\w-]*)(?: [A-Za-z_][\w-]*)*)\1/g;
// What could end the rule or the element, or that React 18 escapes in server-rendered text.
const UNSAFE = /[<>{};\\&"']/;

/**
 * The theme as one CSS rule for `selector`, for a `<style nonce>` element or a stylesheet the shop
 * serves: the paths that a Content-Security-Policy without `'unsafe-inline'` for styles allows
 * (such a policy drops a `style` attribute from server-rendered HTML). A value that could end the
 * rule or the element (`<`, `>`, `{`, `}`, `;`, `\`, `&`, or quotes around anything but plain
 * font names) is left out, so the theme stays what it says.
 */
export function themeCss(theme: Pick<Theme, 'properties'>, selector: string): string {
  const declarations: string[] = [];
  for (const [property, raw] of Object.entries(theme.properties)) {
    const value = String(raw).replace(QUOTED_WORDS, '$2').trim();
    if (/^--ce-[a-z0-9-]+$/.test(property) && value !== '' && !UNSAFE.test(value)) declarations.push(`${property}:${value}`);
  }
  return `${selector}{${declarations.join(';')}}`;
}

/** A short name for a theme's properties, the same for the same theme on server and client. */
function themeId(properties: Theme['properties']): string {
  let hash = 5381;
  for (const char of JSON.stringify(properties)) hash = ((hash * 33) ^ char.charCodeAt(0)) >>> 0;
  return `t${hash.toString(36)}`;
}
